// Package cart keeps each user's cart in a Redis hash, sku → quantity, so
// that every instance sees the same cart and additions from concurrent
// requests never overwrite each other (HINCRBY is atomic).
package cart

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// MaxQuantity is the most of one SKU a single request may add.
const MaxQuantity = 99

// ttl drops carts nobody has touched for a month.
const ttl = 30 * 24 * time.Hour

var validSKU = regexp.MustCompile(`^[a-z0-9-]{1,40}$`)

// Item is one line of a cart.
type Item struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

// Validate reports what is wrong with an item a client wants to add.
func (it Item) Validate() error {
	if !validSKU.MatchString(it.SKU) {
		return fmt.Errorf("sku must match %s", validSKU)
	}
	if it.Quantity < 1 || it.Quantity > MaxQuantity {
		return fmt.Errorf("quantity must be between 1 and %d", MaxQuantity)
	}
	return nil
}

// Store keeps carts in Redis.
type Store struct{ rdb redis.Cmdable }

// NewStore returns a Store on rdb.
func NewStore(rdb redis.Cmdable) *Store { return &Store{rdb: rdb} }

func key(user string) string { return "cart:" + user }

// Add adds it to user's cart. The caller validates it first.
func (s *Store) Add(ctx context.Context, user string, it Item) error {
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HIncrBy(ctx, key(user), it.SKU, int64(it.Quantity))
		p.Expire(ctx, key(user), ttl)
		return nil
	})
	if err != nil {
		return fmt.Errorf("add to cart: %w", err)
	}
	return nil
}

// List returns user's cart sorted by SKU; an empty cart is an empty,
// non-nil slice.
func (s *Store) List(ctx context.Context, user string) ([]Item, error) {
	m, err := s.rdb.HGetAll(ctx, key(user)).Result()
	if err != nil {
		return nil, fmt.Errorf("list cart: %w", err)
	}
	items := make([]Item, 0, len(m))
	for sku, q := range m {
		n, err := strconv.Atoi(q)
		if err != nil {
			return nil, fmt.Errorf("list cart: quantity of %s is %q", sku, q)
		}
		items = append(items, Item{SKU: sku, Quantity: n})
	}
	slices.SortFunc(items, func(a, b Item) int { return strings.Compare(a.SKU, b.SKU) })
	return items, nil
}
