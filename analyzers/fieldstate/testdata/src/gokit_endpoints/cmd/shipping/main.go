package main

import (
	"net/http"

	"gokit_endpoints/booking"
)

func main() {
	cargos := booking.NewMemRepository() // want `^handler func literal in booking.makeBookEndpoint → Service.Book → Repository.Store \(\*booking.MemRepository wired at main.go:10\) writes map r.cargos of the long-lived receiver \(booking.go:25\)`
	bs := booking.NewService(cargos)
	_ = http.ListenAndServe(":8080", booking.MakeHandler(bs, cargos))
}
