package blob_cross_package

import (
	"net/http"

	"gocloud.dev/blob/fileblob"

	"blobapi"
)

func newAPI(dir string) *blobapi.API {
	b, err := fileblob.OpenBucket(dir, &fileblob.Options{CreateDir: true}) // want `fileblob bucket opened here keeps request data on local disk \(dir\): handler API.Upload stores objects through blobapi.API.Bucket \(api.go:20\)`
	if err != nil {
		panic(err)
	}
	return &blobapi.API{Bucket: b}
}

func main() {
	api := newAPI("./data")
	http.HandleFunc("/upload", api.Upload)
	http.ListenAndServe(":8080", nil)
}
