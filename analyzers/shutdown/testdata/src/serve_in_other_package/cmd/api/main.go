package main

import "serve_in_other_package/server"

func main() {
	s := server.New(":8080")
	if err := s.Start(); err != nil { // want `\(\*http.Server\).ListenAndServe \(via server.Server.Start\) has no Shutdown`
		panic(err)
	}
}
