package main

import "serve_tls_or_plain/server"

func main() {
	s := server.New(":8080")
	if err := s.Start(); err != nil { // want `^\(\*http.Server\).ListenAndServeTLS or \(\*http.Server\).ListenAndServe \(via server.Server.Start\) has no Shutdown`
		panic(err)
	}
}
