// Package render is a test stub mirroring the exported API of
// github.com/go-chi/render v1.0.3 that statecheck's tests use: response
// payloads implement Renderer, whose Render the package calls on the
// request path before it writes the payload out (render.go:28-45).
package render

import "net/http"

// Renderer interface for managing response payloads.
type Renderer interface {
	Render(w http.ResponseWriter, r *http.Request) error
}

// Binder interface for managing request payloads.
type Binder interface {
	Bind(r *http.Request) error
}

// Bind decodes a request body and executes the Binder method of the
// payload structure.
func Bind(r *http.Request, v Binder) error { return v.Bind(r) }

// Render renders a single payload and respond to the client request.
func Render(w http.ResponseWriter, r *http.Request, v Renderer) error { return v.Render(w, r) }

// RenderList renders a slice of payloads and responds to the client request.
func RenderList(w http.ResponseWriter, r *http.Request, l []Renderer) error {
	for _, v := range l {
		if err := v.Render(w, r); err != nil {
			return err
		}
	}
	return nil
}
