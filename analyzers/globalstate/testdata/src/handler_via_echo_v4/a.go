package handler_via_echo_v4

import "github.com/labstack/echo/v4"

var tokens = map[string]string{}

func issue(c echo.Context) error {
	tokens[c.Param("user")] = "t" // want `handler issue writes package-level map tokens`
	return nil
}

// auth is echo middleware: its inner handler runs per request.
func auth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		delete(tokens, c.Param("user")) // want `handler func literal in auth deletes from package-level map tokens`
		return next(c)
	}
}

func main() {
	e := echo.New()
	e.Use(auth)
	e.POST("/token/:user", issue)
	e.Start(":8080")
}
