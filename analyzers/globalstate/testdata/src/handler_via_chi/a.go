package handler_via_chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

var orders = map[string]string{}

func main() {
	r := chi.NewRouter()
	r.Route("/orders", func(r chi.Router) {
		r.Post("/{id}", func(w http.ResponseWriter, req *http.Request) {
			orders[chi.URLParam(req, "id")] = "new" // want `handler func literal in main writes package-level map orders`
		})
	})
	http.ListenAndServe(":8080", r)
}
