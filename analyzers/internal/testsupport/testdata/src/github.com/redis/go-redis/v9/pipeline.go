package redis

import (
	"context"
)

// Pipeliner is a mechanism to realise Redis Pipeline technique.
type Pipeliner interface {
	StatefulCmdable

	// Len is to obtain the number of commands in the pipeline that have not
	// yet been executed.
	Len() int

	// Do is an API for executing any command.
	Do(ctx context.Context, args ...interface{}) *Cmd

	// Process is to put the commands to be executed into the pipeline
	// buffer.
	Process(ctx context.Context, cmd Cmder) error

	// Discard is to discard all commands in the cache that have not yet
	// been executed.
	Discard()

	// Exec is to send all the commands buffered in the pipeline to the
	// redis-server.
	Exec(ctx context.Context) ([]Cmder, error)
}

// Pipeline implements pipelining as described in
// http://redis.io/topics/pipelining.
type Pipeline struct {
	cmdable
	statefulCmdable

	cmds []Cmder
}

func (c *Pipeline) init() {
	c.cmdable = c.Process
	c.statefulCmdable = c.Process
}

// Len returns the number of queued commands.
func (c *Pipeline) Len() int {
	return len(c.cmds)
}

// Do queues the custom command for later execution.
func (c *Pipeline) Do(ctx context.Context, args ...interface{}) *Cmd {
	cmd := NewCmd(ctx, args...)
	_ = c.Process(ctx, cmd)
	return cmd
}

// Process queues the cmd for later execution.
func (c *Pipeline) Process(ctx context.Context, cmd Cmder) error {
	c.cmds = append(c.cmds, cmd)
	return nil
}

// Discard resets the pipeline and discards queued commands.
func (c *Pipeline) Discard() {
	c.cmds = c.cmds[:0]
}

// Exec executes all previously queued commands using one client-server
// roundtrip.
func (c *Pipeline) Exec(ctx context.Context) ([]Cmder, error) {
	cmds := c.cmds
	c.cmds = nil
	return cmds, nil
}

// Pipelined executes the commands queued by fn.
func (c *Pipeline) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	if err := fn(c); err != nil {
		return nil, err
	}
	return c.Exec(ctx)
}

// Pipeline returns the pipeline itself.
func (c *Pipeline) Pipeline() Pipeliner {
	return c
}

// TxPipelined executes the commands queued by fn.
func (c *Pipeline) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return c.Pipelined(ctx, fn)
}

// TxPipeline returns the pipeline itself.
func (c *Pipeline) TxPipeline() Pipeliner {
	return c
}
