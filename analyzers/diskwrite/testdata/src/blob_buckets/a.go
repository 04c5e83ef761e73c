package blob_buckets // want package:`writes through blob_buckets.Server.bucket, blob_buckets.shared` package:`opens memblob bucket into blob_buckets.Server.cache`

import (
	"context"
	"io"
	"net/http"

	"gocloud.dev/blob"
	"gocloud.dev/blob/fileblob"
	"gocloud.dev/blob/memblob"
)

var shared *blob.Bucket

type Server struct {
	bucket *blob.Bucket
	cache  *blob.Bucket
}

func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	s.bucket.WriteAll(r.Context(), r.FormValue("key"), data, nil)
}

func publish(w http.ResponseWriter, r *http.Request) {
	shared.WriteAll(r.Context(), "latest", nil, nil)
}

func scratch(w http.ResponseWriter, r *http.Request) {
	b := memblob.OpenBucket(nil)
	defer b.Close()
	b.WriteAll(r.Context(), "k", nil, nil) // want `handler scratch stores objects in a memblob bucket: they live in this instance's memory`
}

func main() {
	ctx := context.Background()
	local, err := fileblob.OpenBucket("/var/data", nil) // want `fileblob bucket opened here keeps request data on local disk \(/var/data\): handler Server.upload stores objects through blob_buckets.Server.bucket \(a.go:22\)`
	if err != nil {
		panic(err)
	}
	s := &Server{bucket: local}
	shared, _ = blob.OpenBucket(ctx, "file:///srv/shared") // want `fileblob bucket opened here keeps request data on local disk \(file:///srv/shared\): handler publish stores objects through blob_buckets.shared`
	// The cache is never written on a request path.
	s.cache = memblob.OpenBucket(nil)
	mem := memblob.OpenBucket(nil)
	http.HandleFunc("/upload", s.upload)
	http.HandleFunc("/publish", publish)
	http.HandleFunc("/closure", func(w http.ResponseWriter, r *http.Request) {
		mem.WriteAll(r.Context(), "k", nil, nil) // want `handler func literal in main stores objects in a memblob bucket`
	})
	http.ListenAndServe(":8080", nil)
}
