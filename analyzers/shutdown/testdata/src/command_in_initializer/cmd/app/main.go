package main

import (
	"os"

	"command_in_initializer/commands"
)

func main() { // want `http.ListenAndServe \(via initialization of command_in_initializer/commands\) cannot stop gracefully`
	if err := commands.Root.Execute(os.Args[1:]); err != nil {
		os.Exit(1)
	}
}
