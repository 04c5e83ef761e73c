package handler_via_echo_v5

import "github.com/labstack/echo/v5"

var tokens = map[string]string{}

func issue(c *echo.Context) error {
	tokens["u"] = "t" // want `handler issue writes package-level map tokens`
	return nil
}

func main() {
	e := echo.New()
	e.POST("/token", issue)
}
