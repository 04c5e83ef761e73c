package redis

import (
	"context"
	"fmt"
	"strconv"
)

// Cmder is the interface implemented by all command results. This stub
// declares the exported subset of the real interface's methods.
type Cmder interface {
	// command name.
	// e.g. "set k v ex 10" -> "set", "cluster info" -> "cluster".
	Name() string

	// full command name.
	// e.g. "set k v ex 10" -> "set", "cluster info" -> "cluster info".
	FullName() string

	// all args of the command.
	// e.g. "set k v ex 10" -> "[set k v ex 10]".
	Args() []interface{}

	// format request and response string.
	// e.g. "set k v ex 10" -> "set k v ex 10: OK", "get k" -> "get k: v".
	String() string

	SetErr(error)
	Err() error
}

type baseCmd struct {
	ctx  context.Context
	args []interface{}
	err  error
}

func (cmd *baseCmd) Name() string {
	if len(cmd.args) == 0 {
		return ""
	}
	return fmt.Sprint(cmd.args[0])
}

func (cmd *baseCmd) FullName() string {
	return cmd.Name()
}

func (cmd *baseCmd) Args() []interface{} {
	return cmd.args
}

func (cmd *baseCmd) SetErr(e error) {
	cmd.err = e
}

func (cmd *baseCmd) Err() error {
	return cmd.err
}

func cmdString(cmd Cmder, val interface{}) string {
	return fmt.Sprint(cmd.Args()...) + ": " + fmt.Sprint(val)
}

//------------------------------------------------------------------------------

// Cmd is the result of a command sent with Do.
type Cmd struct {
	baseCmd

	val interface{}
}

// NewCmd returns a new Cmd.
func NewCmd(ctx context.Context, args ...interface{}) *Cmd {
	return &Cmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

func (cmd *Cmd) String() string { return cmdString(cmd, cmd.val) }

func (cmd *Cmd) Val() interface{} { return cmd.val }

func (cmd *Cmd) Result() (interface{}, error) { return cmd.val, cmd.err }

func (cmd *Cmd) Text() (string, error) {
	if cmd.err != nil {
		return "", cmd.err
	}
	s, _ := cmd.val.(string)
	return s, nil
}

func (cmd *Cmd) Int() (int, error) {
	if cmd.err != nil {
		return 0, cmd.err
	}
	i, _ := cmd.val.(int64)
	return int(i), nil
}

func (cmd *Cmd) Int64() (int64, error) {
	if cmd.err != nil {
		return 0, cmd.err
	}
	i, _ := cmd.val.(int64)
	return i, nil
}

func (cmd *Cmd) Bool() (bool, error) {
	if cmd.err != nil {
		return false, cmd.err
	}
	b, _ := cmd.val.(bool)
	return b, nil
}

//------------------------------------------------------------------------------

// StatusCmd is the result of a command replying with a status string.
type StatusCmd struct {
	baseCmd

	val string
}

// NewStatusCmd returns a new StatusCmd.
func NewStatusCmd(ctx context.Context, args ...interface{}) *StatusCmd {
	return &StatusCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

func (cmd *StatusCmd) Val() string { return cmd.val }

func (cmd *StatusCmd) Result() (string, error) { return cmd.val, cmd.err }

func (cmd *StatusCmd) Bytes() ([]byte, error) { return []byte(cmd.val), cmd.err }

func (cmd *StatusCmd) String() string { return cmdString(cmd, cmd.val) }

//------------------------------------------------------------------------------

// IntCmd is the result of a command replying with an integer.
type IntCmd struct {
	baseCmd

	val int64
}

// NewIntCmd returns a new IntCmd.
func NewIntCmd(ctx context.Context, args ...interface{}) *IntCmd {
	return &IntCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

func (cmd *IntCmd) Val() int64 { return cmd.val }

func (cmd *IntCmd) Result() (int64, error) { return cmd.val, cmd.err }

func (cmd *IntCmd) Uint64() (uint64, error) { return uint64(cmd.val), cmd.err }

func (cmd *IntCmd) String() string { return cmdString(cmd, cmd.val) }

//------------------------------------------------------------------------------

// IntSliceCmd is the result of a command replying with a list of integers.
type IntSliceCmd struct {
	baseCmd

	val []int64
}

// NewIntSliceCmd returns a new IntSliceCmd.
func NewIntSliceCmd(ctx context.Context, args ...interface{}) *IntSliceCmd {
	return &IntSliceCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

func (cmd *IntSliceCmd) Val() []int64 { return cmd.val }

func (cmd *IntSliceCmd) Result() ([]int64, error) { return cmd.val, cmd.err }

func (cmd *IntSliceCmd) String() string { return cmdString(cmd, cmd.val) }

//------------------------------------------------------------------------------

// BoolCmd is the result of a command replying with a boolean.
type BoolCmd struct {
	baseCmd

	val bool
}

// NewBoolCmd returns a new BoolCmd.
func NewBoolCmd(ctx context.Context, args ...interface{}) *BoolCmd {
	return &BoolCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

func (cmd *BoolCmd) Val() bool { return cmd.val }

func (cmd *BoolCmd) Result() (bool, error) { return cmd.val, cmd.err }

func (cmd *BoolCmd) String() string { return cmdString(cmd, cmd.val) }

//------------------------------------------------------------------------------

// StringCmd is the result of a command replying with a bulk string.
type StringCmd struct {
	baseCmd

	val string
}

// NewStringCmd returns a new StringCmd.
func NewStringCmd(ctx context.Context, args ...interface{}) *StringCmd {
	return &StringCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

func (cmd *StringCmd) Val() string { return cmd.val }

func (cmd *StringCmd) Result() (string, error) { return cmd.val, cmd.err }

func (cmd *StringCmd) Bytes() ([]byte, error) { return []byte(cmd.val), cmd.err }

func (cmd *StringCmd) Int() (int, error) {
	if cmd.err != nil {
		return 0, cmd.err
	}
	return strconv.Atoi(cmd.Val())
}

func (cmd *StringCmd) Int64() (int64, error) {
	if cmd.err != nil {
		return 0, cmd.err
	}
	return strconv.ParseInt(cmd.Val(), 10, 64)
}

func (cmd *StringCmd) Scan(val interface{}) error {
	if cmd.err != nil {
		return cmd.err
	}
	if p, ok := val.(*string); ok {
		*p = cmd.val
	}
	return nil
}

func (cmd *StringCmd) String() string { return cmdString(cmd, cmd.val) }

//------------------------------------------------------------------------------

// MapStringStringCmd is the result of a command replying with a map of
// strings.
type MapStringStringCmd struct {
	baseCmd

	val map[string]string
}

// NewMapStringStringCmd returns a new MapStringStringCmd.
func NewMapStringStringCmd(ctx context.Context, args ...interface{}) *MapStringStringCmd {
	return &MapStringStringCmd{baseCmd: baseCmd{ctx: ctx, args: args}}
}

func (cmd *MapStringStringCmd) Val() map[string]string { return cmd.val }

func (cmd *MapStringStringCmd) Result() (map[string]string, error) { return cmd.val, cmd.err }

func (cmd *MapStringStringCmd) String() string { return cmdString(cmd, cmd.val) }

// Scan scans the results from the map into a destination struct.
func (cmd *MapStringStringCmd) Scan(dest interface{}) error { return cmd.err }
