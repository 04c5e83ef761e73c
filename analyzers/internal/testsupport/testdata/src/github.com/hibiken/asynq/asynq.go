// Package asynq is a test stub mirroring the exported API of
// github.com/hibiken/asynq v0.26.0 used by statecheck's tests.
package asynq

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Task represents a unit of work to be performed.
type Task struct {
	// typename indicates the type of task to be performed.
	typename string

	// payload holds data needed to perform the task.
	payload []byte

	// headers holds additional metadata for the task.
	headers map[string]string

	// opts holds options for the task.
	opts []Option
}

// Type returns the type name of the task.
func (t *Task) Type() string { return t.typename }

// Payload returns the data needed to perform the task.
func (t *Task) Payload() []byte { return t.payload }

// Headers returns the metadata of the task.
func (t *Task) Headers() map[string]string { return t.headers }

// NewTask returns a new Task given a type name and payload data.
// Options can be passed to configure task processing behavior.
func NewTask(typename string, payload []byte, opts ...Option) *Task {
	return &Task{
		typename: typename,
		payload:  payload,
		headers:  nil,
		opts:     opts,
	}
}

// A TaskInfo describes a task and its metadata.
type TaskInfo struct {
	// ID is the identifier of the task.
	ID string

	// Queue is the name of the queue in which the task belongs.
	Queue string

	// Type is the type name of the task.
	Type string

	// Payload is the payload data of the task.
	Payload []byte

	// State indicates the task state.
	State TaskState

	// MaxRetry is the maximum number of times the task can be retried.
	MaxRetry int

	// Retried is the number of times the task has retried so far.
	Retried int

	// Timeout is the duration the task can be processed by Handler before
	// being retried.
	Timeout time.Duration

	// Deadline is the deadline for the task.
	Deadline time.Time

	// NextProcessAt is the time the task is scheduled to be processed.
	NextProcessAt time.Time
}

// TaskState denotes the state of a task.
type TaskState int

const (
	// Indicates that the task is currently being processed by Handler.
	TaskStateActive TaskState = iota + 1

	// Indicates that the task is ready to be processed by Handler.
	TaskStatePending

	// Indicates that the task is scheduled to be processed some time in
	// the future.
	TaskStateScheduled

	// Indicates that the task has previously failed and scheduled to be
	// processed some time in the future.
	TaskStateRetry

	// Indicates that the task is archived and stored for inspection
	// purposes.
	TaskStateArchived

	// Indicates that the task is processed successfully and retained until
	// the retention TTL expires.
	TaskStateCompleted

	// Indicates that the task is waiting in a group to be aggregated into
	// one task.
	TaskStateAggregating
)

// RedisConnOpt is a discriminated union of types that represent Redis
// connection configuration option.
type RedisConnOpt interface {
	// MakeRedisClient returns a new redis client instance.
	// Return value is intentionally opaque to hide the implementation
	// detail of redis client.
	MakeRedisClient() interface{}
}

// RedisClientOpt is used to create a redis client that connects to a redis
// server directly.
type RedisClientOpt struct {
	// Network type to use, either tcp or unix.
	// Default is tcp.
	Network string

	// Redis server address in "host:port" format.
	Addr string

	// Username to authenticate the current connection when Redis ACLs are
	// used.
	Username string

	// Password to authenticate the current connection.
	Password string

	// Redis DB to select after connecting to a server.
	DB int

	// Dial timeout for establishing new connections.
	DialTimeout time.Duration

	// Timeout for socket reads.
	ReadTimeout time.Duration

	// Timeout for socket writes.
	WriteTimeout time.Duration

	// Maximum number of socket connections.
	PoolSize int
}

// MakeRedisClient returns a new redis client instance.
func (opt RedisClientOpt) MakeRedisClient() interface{} {
	return redis.NewClient(&redis.Options{
		Network:      opt.Network,
		Addr:         opt.Addr,
		Username:     opt.Username,
		Password:     opt.Password,
		DB:           opt.DB,
		DialTimeout:  opt.DialTimeout,
		ReadTimeout:  opt.ReadTimeout,
		WriteTimeout: opt.WriteTimeout,
		PoolSize:     opt.PoolSize,
	})
}

// A Client is responsible for scheduling tasks.
//
// A Client is used to register tasks that should be processed
// immediately or some time in the future.
//
// Clients are safe for concurrent use by multiple goroutines.
type Client struct {
	rdb              redis.UniversalClient
	sharedConnection bool
}

// NewClient returns a new Client instance given a redis connection option.
func NewClient(r RedisConnOpt) *Client {
	redisClient, ok := r.MakeRedisClient().(redis.UniversalClient)
	if !ok {
		panic(fmt.Sprintf("asynq: unsupported RedisConnOpt type %T", r))
	}
	return &Client{rdb: redisClient, sharedConnection: false}
}

// NewClientFromRedisClient returns a new instance of Client given a redis
// client.
func NewClientFromRedisClient(c redis.UniversalClient) *Client {
	return &Client{rdb: c, sharedConnection: true}
}

// OptionType is the type of an Option.
type OptionType int

const (
	MaxRetryOpt OptionType = iota
	QueueOpt
	TimeoutOpt
	DeadlineOpt
	UniqueOpt
	ProcessAtOpt
	ProcessInOpt
	TaskIDOpt
	RetentionOpt
	GroupOpt
)

// Option specifies the task processing behavior.
type Option interface {
	// String returns a string representation of the option.
	String() string

	// Type describes the type of the option.
	Type() OptionType

	// Value returns a value used to create this option.
	Value() interface{}
}

// Internal option representations.
type (
	retryOption     int
	queueOption     string
	timeoutOption   time.Duration
	processInOption time.Duration
)

// MaxRetry returns an option to specify the max number of times
// the task will be retried.
//
// Negative retry count is treated as zero retry.
func MaxRetry(n int) Option {
	if n < 0 {
		n = 0
	}
	return retryOption(n)
}

func (n retryOption) String() string     { return fmt.Sprintf("MaxRetry(%d)", int(n)) }
func (n retryOption) Type() OptionType   { return MaxRetryOpt }
func (n retryOption) Value() interface{} { return int(n) }

// Queue returns an option to specify the queue to enqueue the task into.
func Queue(name string) Option {
	return queueOption(name)
}

func (name queueOption) String() string     { return fmt.Sprintf("Queue(%q)", string(name)) }
func (name queueOption) Type() OptionType   { return QueueOpt }
func (name queueOption) Value() interface{} { return string(name) }

// Timeout returns an option to specify how long a task may run.
func Timeout(d time.Duration) Option {
	return timeoutOption(d)
}

func (d timeoutOption) String() string     { return fmt.Sprintf("Timeout(%v)", time.Duration(d)) }
func (d timeoutOption) Type() OptionType   { return TimeoutOpt }
func (d timeoutOption) Value() interface{} { return time.Duration(d) }

// ProcessIn returns an option to specify when to process the given task
// relative to the current time.
func ProcessIn(d time.Duration) Option {
	return processInOption(d)
}

func (d processInOption) String() string     { return fmt.Sprintf("ProcessIn(%v)", time.Duration(d)) }
func (d processInOption) Type() OptionType   { return ProcessInOpt }
func (d processInOption) Value() interface{} { return time.Duration(d) }

// Close closes the connection with redis.
func (c *Client) Close() error {
	if c.sharedConnection {
		return fmt.Errorf("redis connection is shared so the Client can't be closed through asynq")
	}
	return c.rdb.Close()
}

// Enqueue enqueues the given task to a queue.
//
// Enqueue uses context.Background internally; to specify the context, use
// EnqueueContext.
func (c *Client) Enqueue(task *Task, opts ...Option) (*TaskInfo, error) {
	return c.EnqueueContext(context.Background(), task, opts...)
}

// EnqueueContext enqueues the given task to a queue.
func (c *Client) EnqueueContext(ctx context.Context, task *Task, opts ...Option) (*TaskInfo, error) {
	info := &TaskInfo{Queue: "default", Type: task.Type(), Payload: task.Payload(), State: TaskStatePending}
	for _, opt := range append(task.opts, opts...) {
		switch opt := opt.(type) {
		case retryOption:
			info.MaxRetry = int(opt)
		case queueOption:
			info.Queue = string(opt)
		case timeoutOption:
			info.Timeout = time.Duration(opt)
		}
	}
	return info, nil
}
