package main

import (
	"net/http"

	"layers/api"
	"layers/memrepo"
	"layers/svc"
)

func main() {
	repo := memrepo.New() // want `handler api.Server.Create → Service.Create → Repo.Insert \(\*memrepo.Repo wired at main.go:12\) appends to package-level slice memrepo.rows`
	srv := api.New(svc.New(repo))
	http.HandleFunc("/", srv.Create)
}
