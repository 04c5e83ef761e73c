// Package pgstore keeps links in a database.
package pgstore

type DB interface {
	Exec(q string, args ...any) error
}

type Store struct{ db DB }

func New(db DB) *Store { return &Store{db: db} }

func (s *Store) Save(code, url string) { _ = s.db.Exec("insert", code, url) }

func (s *Store) Lookup(code string) string { return "" }
