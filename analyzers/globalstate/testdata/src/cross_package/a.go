package cross_package

import (
	"net/http"

	"sessions"
)

var local = map[string]string{}

var global = &sessions.Store{}

func login(w http.ResponseWriter, r *http.Request) {
	sessions.Save("id", "user") // want `handler login → sessions.Save writes package-level map sessions.store \(store.go:13\): state kept`
}

func viaArgument(w http.ResponseWriter, r *http.Request) {
	sessions.Put(local, "k", "v") // want `handler viaArgument → sessions.Put writes package-level map local \(store.go:18\)`
	request := map[string]string{}
	sessions.Put(request, "k", "v") // request-scoped: quiet
}

func viaGlobalStruct(w http.ResponseWriter, r *http.Request) {
	global.Set("id", "user") // want `handler viaGlobalStruct → sessions.Store.Set writes package-level map global.m \(store.go:28\)`
}

func limit(w http.ResponseWriter, r *http.Request) {
	if !sessions.Allow(r.RemoteAddr) { // want `handler limit → sessions.Allow stores a per-client rate limiter in package-level map sessions.limiters \(store.go:37\): each instance counts alone, so N instances allow N× the limit`
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}
}
