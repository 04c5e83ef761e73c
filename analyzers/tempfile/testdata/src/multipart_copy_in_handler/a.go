package multipart_copy_in_handler

import (
	"context"
	"net/http"
	"time"
)

func upload(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Minute)
	defer cancel()
	r = r.WithContext(ctx)
	if err := r.ParseMultipartForm(1 << 20); err != nil { // want `handler upload parses a multipart form \(ParseMultipartForm\) on a copy of the request made by WithContext without RemoveAll`
		return
	}
}
