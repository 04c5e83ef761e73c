// Package redis is a test stub mirroring the exported API of
// github.com/redis/go-redis/v9 v9.7.3 used by statecheck's tests.
package redis

import (
	"context"
	"crypto/tls"
	"time"

	"github.com/redis/go-redis/v9/internal/proto"
)

// Nil reply returned by Redis when key does not exist.
const Nil = proto.Nil

// KeepTTL is a Redis KEEPTTL option to keep existing TTL, it requires your
// redis-server version >= 6.0, otherwise you will receive an error: (error)
// ERR syntax error.
const KeepTTL = -1

// Options keeps the settings to set up redis connection.
type Options struct {
	// The network type, either tcp or unix.
	// Default is tcp.
	Network string
	// host:port address.
	Addr string

	// ClientName will execute the `CLIENT SETNAME ClientName` command for
	// each conn.
	ClientName string

	// Use the specified Username to authenticate the current connection
	// with one of the connections defined in the ACL list when connecting
	// to a Redis 6.0 instance, or greater, that is using the Redis ACL
	// system.
	Username string
	// Optional password. Must match the password specified in the
	// requirepass server configuration option (if connecting to a Redis
	// 5.0 instance, or lower), or the User Password when connecting to a
	// Redis 6.0 instance, or greater, that is using the Redis ACL system.
	Password string

	// Database to be selected after connecting to the server.
	DB int

	// Maximum number of retries before giving up.
	MaxRetries int

	// Dial timeout for establishing new connections.
	DialTimeout time.Duration
	// Timeout for socket reads.
	ReadTimeout time.Duration
	// Timeout for socket writes.
	WriteTimeout time.Duration

	// Base number of socket connections.
	PoolSize int
	// Minimum number of idle connections.
	MinIdleConns int

	// TLS Config to use. When set, TLS will be negotiated.
	TLSConfig *tls.Config
}

type baseClient struct {
	opt     *Options
	onClose func() error // hook called when client is closed
}

// Close closes the client, releasing any open resources.
//
// It is rare to Close a Client, as the Client is meant to be long-lived
// and shared between many goroutines.
func (c *baseClient) Close() error {
	if c.onClose != nil {
		return c.onClose()
	}
	return nil
}

// Client is a Redis client representing a pool of zero or more underlying
// connections. It's safe for concurrent use by multiple goroutines.
type Client struct {
	*baseClient
	cmdable
}

// NewClient returns a client to the Redis Server specified by Options.
func NewClient(opt *Options) *Client {
	c := Client{
		baseClient: &baseClient{
			opt: opt,
		},
	}
	c.init()
	return &c
}

func (c *Client) init() {
	c.cmdable = c.Process
}

// Do create a Cmd from the args and processes the cmd.
func (c *Client) Do(ctx context.Context, args ...interface{}) *Cmd {
	cmd := NewCmd(ctx, args...)
	_ = c.Process(ctx, cmd)
	return cmd
}

// Process sends the command to the server.
func (c *Client) Process(ctx context.Context, cmd Cmder) error {
	return nil
}

// Options returns read-only Options that were used to create the client.
func (c *Client) Options() *Options {
	return c.opt
}

// Pipelined executes commands queued in the fn outside of a transaction.
func (c *Client) Pipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return c.Pipeline().Pipelined(ctx, fn)
}

// Pipeline returns a new pipeline.
func (c *Client) Pipeline() Pipeliner {
	pipe := Pipeline{}
	pipe.init()
	return &pipe
}

// TxPipelined executes commands queued in the fn in a transaction.
func (c *Client) TxPipelined(ctx context.Context, fn func(Pipeliner) error) ([]Cmder, error) {
	return c.TxPipeline().Pipelined(ctx, fn)
}

// TxPipeline acts like Pipeline, but wraps queued commands with
// MULTI/EXEC.
func (c *Client) TxPipeline() Pipeliner {
	pipe := Pipeline{}
	pipe.init()
	return &pipe
}

// UniversalClient is an abstract client which - based on the provided
// options - represents either a ClusterClient, a FailoverClient, or a
// single-node Client. This stub declares the subset of the real
// interface's methods that statecheck's tests use.
type UniversalClient interface {
	Cmdable
	Do(ctx context.Context, args ...interface{}) *Cmd
	Process(ctx context.Context, cmd Cmder) error
	Close() error
}

var (
	_ UniversalClient = (*Client)(nil)
	_ Pipeliner       = (*Pipeline)(nil)
)
