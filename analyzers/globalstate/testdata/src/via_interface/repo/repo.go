// Package repo declares the repositories the handlers use.
package repo

type Users interface{ Add(name string) }

type Events interface{ Record(kind string) }

// Store is a generic repository.
type Store[T any] interface{ Put(key string, v T) }
