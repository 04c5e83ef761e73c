package main

import "net/http"

func main() {
	if err := run(":8080"); err != nil {
		panic(err)
	}
}

func run(addr string) error {
	return serve(addr, http.NewServeMux())
}

func serve(addr string, h http.Handler) error {
	srv := &http.Server{Addr: addr, Handler: h}
	return srv.ListenAndServe() // want `\(\*http.Server\).ListenAndServe \(via run → serve\) has no Shutdown`
}
