// Package redis is a test stub mirroring github.com/gofiber/storage/redis/v3
// v3.4.3: a shared fiber.Storage on Redis. It implements both the fiber v2
// and the fiber v3 Storage interfaces, as the real one does.
// NewFromConnection, which takes a go-redis UniversalClient, is left out.
package redis

import (
	"context"
	"crypto/tls"
	"time"
)

// Config defines the config for storage.
type Config struct {
	Host      string
	Port      int
	Username  string
	Password  string
	Database  int
	URL       string
	Addrs     []string
	TLSConfig *tls.Config
	Reset     bool
	PoolSize  int
}

// Storage interface that is implemented by storage providers.
type Storage struct {
	cfg Config
}

// New creates a new Redis storage.
func New(config ...Config) *Storage {
	s := &Storage{}
	if len(config) > 0 {
		s.cfg = config[0]
	}
	return s
}

func (s *Storage) GetWithContext(ctx context.Context, key string) ([]byte, error) { return nil, nil }
func (s *Storage) Get(key string) ([]byte, error)                                 { return nil, nil }
func (s *Storage) SetWithContext(ctx context.Context, key string, val []byte, exp time.Duration) error {
	return nil
}
func (s *Storage) Set(key string, val []byte, exp time.Duration) error     { return nil }
func (s *Storage) DeleteWithContext(ctx context.Context, key string) error { return nil }
func (s *Storage) Delete(key string) error                                 { return nil }
func (s *Storage) ResetWithContext(ctx context.Context) error              { return nil }
func (s *Storage) Reset() error                                            { return nil }
func (s *Storage) Close() error                                            { return nil }
func (s *Storage) Keys() ([][]byte, error)                                 { return nil, nil }
