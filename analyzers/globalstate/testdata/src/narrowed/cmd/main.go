package main

import (
	"fmt"
	"net/http"

	"narrowed/api"
	"narrowed/filelog"
	"narrowed/memrepo"
	"narrowed/quietrepo"
)

func main() {
	st := memrepo.New()
	srv := api.New(st) // want `handler api.Server.Create → Saver.Save \(\*memrepo.mem, one of 2 implementations wired at main.go:15\) writes package-level map memrepo.saved`
	http.HandleFunc("/", srv.Create)

	plugins := map[string]any{}
	var p any = filelog.New()
	plugins["log"] = p
	if s, ok := p.(api.Saver); ok { // want `handler api.Server.Create → Saver.Save \(\*filelog.Log, one of 2 implementations wired at main.go:21\) appends to package-level slice filelog.lines`
		http.HandleFunc("/log", api.New(s).Create)
	}

	fmt.Println(&quietrepo.Repo{})
}
