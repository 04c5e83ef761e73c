package main

import "github.com/labstack/echo/v5"

// echo v5's Start stops gracefully on SIGINT and SIGTERM by itself.
func main() {
	e := echo.New()
	if err := e.Start(":1323"); err != nil {
		panic(err)
	}
}
