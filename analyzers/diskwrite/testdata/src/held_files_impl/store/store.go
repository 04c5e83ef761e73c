package store // want package:`opens file into held_files_impl/store.fileRepo.enc`

// The store keeps records in a file it opens once, behind an interface
// its callers hold.

import (
	"encoding/json"
	"os"
)

// Repository stores records.
type Repository interface {
	Save(v any) error
}

type fileRepo struct {
	enc *json.Encoder
}

func (r *fileRepo) Save(v any) error { return r.enc.Encode(v) }

// New opens the repository's file.
func New(path string) (Repository, error) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	return &fileRepo{enc: json.NewEncoder(f)}, nil
}
