package handler_via_apphandler

import "net/http"

// appHandler lets handlers return errors.
type appHandler func(http.ResponseWriter, *http.Request, string) error

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r, "user"); err != nil {
		http.Error(w, err.Error(), 500)
	}
}

var votes = map[string]int{}

func vote(w http.ResponseWriter, r *http.Request, user string) error {
	votes[user]++ // want `handler vote writes package-level map votes`
	return nil
}

type errHandler func(w http.ResponseWriter, r *http.Request) error

func (fn errHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { _ = fn(w, r) }

var hits int

func unvote(any string) error {
	hits++ // never a handler: a plain function
	return nil
}

func main() {
	http.Handle("/vote", appHandler(vote))
	http.ListenAndServe(":8080", nil)
}
