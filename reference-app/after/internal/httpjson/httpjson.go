// Package httpjson reads and writes the shop's JSON bodies. Decoding is
// strict so that malformed input is refused with a 4xx that says what was
// wrong instead of surfacing later as a 500.
package httpjson

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
)

// MaxBody is the largest JSON body any endpoint accepts.
const MaxBody = 8 << 10

// Decode reads exactly one JSON object into v. On failure it has already
// written the 4xx response and returns false.
func Decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			Error(w, http.StatusUnsupportedMediaType, "body must be application/json")
			return false
		}
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		status, msg := describe(err)
		Error(w, status, msg)
		return false
	}
	if dec.More() {
		Error(w, http.StatusBadRequest, "body must hold a single JSON object")
		return false
	}
	return true
}

func describe(err error) (int, string) {
	var (
		tooLarge  *http.MaxBytesError
		syntax    *json.SyntaxError
		typeError *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &tooLarge):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("body is larger than %d bytes", MaxBody)
	case errors.Is(err, io.EOF):
		return http.StatusBadRequest, "body is empty"
	case errors.As(err, &syntax), errors.Is(err, io.ErrUnexpectedEOF):
		return http.StatusBadRequest, "body is not valid JSON"
	case errors.As(err, &typeError):
		return http.StatusBadRequest, fmt.Sprintf("field %q must be a %s", typeError.Field, typeError.Type)
	default:
		// Unknown fields and other decoder complaints are phrased well
		// enough to pass on.
		return http.StatusBadRequest, err.Error()
	}
}

// Write sends v as a JSON response with the given status.
func Write(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		slog.Debug("write response", "err", err)
	}
}

// Error sends {"error": msg} with the given status.
func Error(w http.ResponseWriter, status int, msg string) {
	Write(w, status, map[string]string{"error": msg})
}
