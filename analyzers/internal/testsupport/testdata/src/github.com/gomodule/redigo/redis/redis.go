// Package redis is a test stub mirroring the exported API of
// github.com/gomodule/redigo/redis v1.9.3 used by statecheck's tests.
package redis

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Error represents an error returned in a command reply.
type Error string

func (err Error) Error() string { return string(err) }

// Conn represents a connection to a Redis server.
type Conn interface {
	// Close closes the connection.
	Close() error

	// Err returns a non-nil value when the connection is not usable.
	Err() error

	// Do sends a command to the server and returns the received reply.
	// This function will use the timeout which was set when the connection
	// is created
	Do(commandName string, args ...interface{}) (reply interface{}, err error)

	// Send writes the command to the client's output buffer.
	Send(commandName string, args ...interface{}) error

	// Flush flushes the output buffer to the Redis server.
	Flush() error

	// Receive receives a single reply from the Redis server
	Receive() (reply interface{}, err error)
}

// DialOption specifies an option for dialing a Redis server.
type DialOption struct {
	f func(*dialOptions)
}

type dialOptions struct {
	readTimeout  time.Duration
	writeTimeout time.Duration
	db           int
	password     string
}

// DialReadTimeout specifies the timeout for reading a single command
// reply.
func DialReadTimeout(d time.Duration) DialOption {
	return DialOption{func(do *dialOptions) {
		do.readTimeout = d
	}}
}

// DialWriteTimeout specifies the timeout for writing a single command.
func DialWriteTimeout(d time.Duration) DialOption {
	return DialOption{func(do *dialOptions) {
		do.writeTimeout = d
	}}
}

// DialDatabase specifies the database to select when dialing a
// connection.
func DialDatabase(db int) DialOption {
	return DialOption{func(do *dialOptions) {
		do.db = db
	}}
}

// DialPassword specifies the password to use when connecting to the Redis
// server.
func DialPassword(password string) DialOption {
	return DialOption{func(do *dialOptions) {
		do.password = password
	}}
}

// Dial connects to the Redis server at the given network and address using
// the specified options.
func Dial(network, address string, options ...DialOption) (Conn, error) {
	return DialContext(context.Background(), network, address, options...)
}

// DialContext connects to the Redis server at the given network and
// address using the specified options and context.
func DialContext(ctx context.Context, network, address string, options ...DialOption) (Conn, error) {
	do := dialOptions{}
	for _, option := range options {
		option.f(&do)
	}
	return nil, errors.New("redigo: dial is not available")
}

// Pool maintains a pool of connections. The application calls the Get
// method to get a connection from the pool and the connection's Close
// method to return the connection's resources to the pool.
type Pool struct {
	// Dial is an application supplied function for creating and
	// configuring a connection.
	Dial func() (Conn, error)

	// DialContext is an application supplied function for creating and
	// configuring a connection with the given context.
	DialContext func(ctx context.Context) (Conn, error)

	// TestOnBorrow is an optional application supplied function for
	// checking the health of an idle connection before the connection is
	// used again by the application.
	TestOnBorrow func(c Conn, lastUsed time.Time) error

	// Maximum number of idle connections in the pool.
	MaxIdle int

	// Maximum number of connections allocated by the pool at a given time.
	// When zero, there is no limit on the number of connections in the
	// pool.
	MaxActive int

	// Close connections after remaining idle for this duration.
	IdleTimeout time.Duration

	// If Wait is true and the pool is at the MaxActive limit, then Get()
	// waits for a connection to be returned to the pool before returning.
	Wait bool

	// Close connections older than this duration.
	MaxConnLifetime time.Duration

	mu     sync.Mutex // mu protects the following fields
	closed bool       // set to true when the pool is closed.
	active int        // the number of open connections in the pool
}

// NewPool creates a new pool.
//
// Deprecated: Initialize the Pool directly as shown in the example.
func NewPool(newFn func() (Conn, error), maxIdle int) *Pool {
	return &Pool{Dial: newFn, MaxIdle: maxIdle}
}

// Get gets a connection. The application must close the returned
// connection.
func (p *Pool) Get() Conn {
	// GetContext returns errorConn in the first argument when an error
	// occurs.
	c, _ := p.GetContext(context.Background())
	return c
}

// GetContext gets a connection using the provided context.
func (p *Pool) GetContext(ctx context.Context) (Conn, error) {
	p.mu.Lock()
	p.active++
	p.mu.Unlock()
	if p.DialContext != nil {
		return p.DialContext(ctx)
	}
	if p.Dial != nil {
		return p.Dial()
	}
	return nil, errors.New("redigo: pool has no dial function")
}

// ActiveCount returns the number of connections in the pool. The count
// includes idle connections and connections in use.
func (p *Pool) ActiveCount() int {
	p.mu.Lock()
	active := p.active
	p.mu.Unlock()
	return active
}

// Close releases the resources used by the pool.
func (p *Pool) Close() error {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	return nil
}

// ErrNil indicates that a reply value is nil.
var ErrNil = errors.New("redigo: nil returned")

// Int is a helper that converts a command reply to an integer.
func Int(reply interface{}, err error) (int, error) {
	n, err := Int64(reply, err)
	return int(n), err
}

// Int64 is a helper that converts a command reply to 64 bit integer.
func Int64(reply interface{}, err error) (int64, error) {
	if err != nil {
		return 0, err
	}
	switch reply := reply.(type) {
	case int64:
		return reply, nil
	case nil:
		return 0, ErrNil
	case Error:
		return 0, reply
	}
	return 0, fmt.Errorf("redigo: unexpected type for Int64, got type %T", reply)
}

// String is a helper that converts a command reply to a string.
func String(reply interface{}, err error) (string, error) {
	if err != nil {
		return "", err
	}
	switch reply := reply.(type) {
	case []byte:
		return string(reply), nil
	case string:
		return reply, nil
	case nil:
		return "", ErrNil
	case Error:
		return "", reply
	}
	return "", fmt.Errorf("redigo: unexpected type for String, got type %T", reply)
}

// Bytes is a helper that converts a command reply to a slice of bytes.
func Bytes(reply interface{}, err error) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	switch reply := reply.(type) {
	case []byte:
		return reply, nil
	case string:
		return []byte(reply), nil
	case nil:
		return nil, ErrNil
	case Error:
		return nil, reply
	}
	return nil, fmt.Errorf("redigo: unexpected type for Bytes, got type %T", reply)
}

// Bool is a helper that converts a command reply to a boolean.
func Bool(reply interface{}, err error) (bool, error) {
	n, err := Int64(reply, err)
	return n != 0, err
}
