package via_interface

import (
	"net/http"

	"via_interface/impl"
)

type Mailer interface{ Send(to string) }

type Server struct {
	welcome Mailer
	receipt Mailer
}

func (s *Server) Signup(w http.ResponseWriter, r *http.Request) {
	s.welcome.Send(r.FormValue("email"))
	s.receipt.Send(r.FormValue("email"))
}

func main() {
	s := &Server{
		welcome: impl.Async{}, // want `handler Server.Signup → Mailer.Send \(impl.Async, one of 2 implementations wired at a.go:23\) starts a goroutine \(go deliver\) that outlives the request \(impl.go:9\)`
		receipt: &impl.Sync{},
	}
	http.HandleFunc("/signup", s.Signup)
}
