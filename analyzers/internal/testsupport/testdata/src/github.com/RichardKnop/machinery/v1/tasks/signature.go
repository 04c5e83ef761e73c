// Package tasks is a test stub mirroring
// github.com/RichardKnop/machinery/v1/tasks v1.10.8.
package tasks

// Arg represents a single argument passed to invocation fo a task.
type Arg struct {
	Name  string      `bson:"name"`
	Type  string      `bson:"type"`
	Value interface{} `bson:"value"`
}

// Signature represents a single task invocation.
type Signature struct {
	UUID       string
	Name       string
	RoutingKey string
	Args       []Arg
}
