package main

import (
	"net/http"
	"os"

	"via_interface/api"
	"via_interface/memstore"
	"via_interface/pgstore"
	"via_interface/store"
)

func main() {
	var links store.Links
	if os.Getenv("DATABASE_URL") != "" {
		links = pgstore.New(nil)
	} else {
		links = memstore.New() // want `handler api.Server.Shorten → Links.Save \(\*memstore.Store, one of 2 implementations wired at main.go:18\) writes map s.urls of the long-lived receiver \(memstore.go:10\)`
	}
	srv := api.New(links)
	http.HandleFunc("/shorten", srv.Shorten)
	http.HandleFunc("/", srv.Follow)
	http.ListenAndServe(":8080", nil)
}
