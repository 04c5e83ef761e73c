// Package commands declares the program's commands. // want package:`init: serves http.ListenAndServe`
package commands

import (
	"net/http"

	"command_in_initializer/cli"
)

// Root is the serve command, run by main.
var Root = &cli.Command{
	Use: "serve",
	Run: func(args []string) error {
		return http.ListenAndServe(":8080", nil)
	},
}
