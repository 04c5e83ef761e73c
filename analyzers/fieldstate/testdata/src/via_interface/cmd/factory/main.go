package main

import (
	"net/http"

	"via_interface/api"
	"via_interface/memstore"
)

func main() {
	srv := api.New(memstore.NewLinks()) // want `handler api.Server.Shorten → Links.Save \(\*memstore.cache wired at main.go:11\) writes map c.entries of the long-lived receiver \(memstore.go:\d+\)`
	http.HandleFunc("/shorten", srv.Shorten)
}
