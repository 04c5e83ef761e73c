// Package cli is a minimal command framework: commands run through a
// function field, as with cobra's RunE.
package cli

// Command is one command line verb.
type Command struct {
	Use string
	Run func(args []string) error
}

// Execute runs the command.
func (c *Command) Execute(args []string) error { return c.Run(args) }
