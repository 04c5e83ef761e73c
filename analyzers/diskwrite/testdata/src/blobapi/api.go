// Package blobapi holds handlers that store uploads in whatever bucket
// main gives them.
package blobapi

import (
	"io"
	"net/http"

	"gocloud.dev/blob"
)

// API serves uploads.
type API struct {
	Bucket *blob.Bucket
}

// Upload stores the request body.
func (a *API) Upload(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	a.Bucket.WriteAll(r.Context(), r.FormValue("key"), data, nil)
}
