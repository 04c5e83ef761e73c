// Package resources exercises the resource effects of summaries: what a
// function leaves running or on disk, and what it leaves to its caller.
package resources

import (
	"context"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"sync"
)

func work(ctx context.Context) {}

func Start() { // want Start:`starts goroutine work on context.Background\(\)`
	go work(context.Background())
}

// Joined waits for its goroutine: no fact.
func Joined() {
	var wg sync.WaitGroup
	wg.Go(func() { work(context.TODO()) })
	wg.Wait()
}

func Spawn(wg *sync.WaitGroup) { // want Spawn:`starts goroutine func literal calling work on context.TODO\(\) held by param 0`
	wg.Add(1)
	go func() {
		defer wg.Done()
		work(context.TODO())
	}()
}

func NewTemp() (*os.File, error) { // want NewTemp:`leaves behind temporary file os.CreateTemp returned as result 0`
	return os.CreateTemp("", "x")
}

func Leak() { // want Leak:`leaves behind temporary directory os.MkdirTemp`
	os.MkdirTemp("", "x")
}

func Cleanup(f *os.File) { // want Cleanup:`removes file os.Remove held by param 0`
	f.Close()
	os.Remove(f.Name())
}

func Save(dir string, data []byte) error { // want Save:`writes file dir/data.bin held by param 0`
	return os.WriteFile(filepath.Join(dir, "data.bin"), data, 0o600)
}

func Parse(r *http.Request) error { // want Parse:`parses multipart form ParseMultipartForm held by param 0`
	return r.ParseMultipartForm(1 << 20)
}

// Parsed removes what it parses: its callers learn that it removes the
// form of their request.
func Parsed(r *http.Request) error { // want Parsed:`removes multipart form mime/multipart.Form.RemoveAll held by param 0`
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		return err
	}
	defer r.MultipartForm.RemoveAll()
	return nil
}

// RangeUnjoined starts goroutines in the body of a range-over-func loop,
// which runs inside it.
func RangeUnjoined(m map[string]int) { // want RangeUnjoined:`starts goroutine work on context.Background\(\)`
	for range maps.Keys(m) {
		go work(context.Background())
	}
}

// RangeJoined waits after the loop for the goroutines its body starts: no
// fact.
func RangeJoined(m map[string]int) {
	var wg sync.WaitGroup
	for range maps.Keys(m) {
		wg.Go(func() { work(context.TODO()) })
	}
	wg.Wait()
}
