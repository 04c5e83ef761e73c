package captured_closure

import (
	"html/template"
	"net/http"
)

// dashboard's handlers use the captured err as scratch: each writes it
// before reading it, so no request reads what another left. Quiet.
func dashboard(mux *http.ServeMux, tmpl *template.Template) error {
	var err error
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if err = tmpl.Execute(w, nil); err != nil {
			http.Error(w, "render", http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		err = tmpl.Execute(w, r.URL.Path)
		if err != nil {
			return
		}
	})
	return err
}

// lastPath is written by one handler and read by another: state.
func lastPath(mux *http.ServeMux) {
	var last string
	mux.HandleFunc("/set", func(w http.ResponseWriter, r *http.Request) {
		last = r.URL.Path // want `handler func literal in lastPath assigns captured variable last`
	})
	mux.HandleFunc("/get", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(last))
	})
}

// maybe writes only on some paths before reading: the read may see the
// previous request's value.
func maybe(mux *http.ServeMux) {
	var msg string
	mux.HandleFunc("/m", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/m" {
			msg = "hello" // want `handler func literal in maybe assigns captured variable msg`
		}
		w.Write([]byte(msg))
	})
}
