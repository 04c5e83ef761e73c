package via_interface

import (
	"net/http"

	"via_interface/memrepo"
	"via_interface/repo"
)

type thing struct{ id string }

type Server struct {
	users  repo.Users
	events map[string]repo.Events
	things repo.Store[thing]
}

func (s *Server) Signup(w http.ResponseWriter, r *http.Request) {
	s.users.Add(r.FormValue("name"))
	s.events["signup"].Record("signup")
	s.things.Put(r.FormValue("id"), thing{id: r.FormValue("id")})
}

// newUsers picks the implementation by configuration.
func newUsers(kind string) repo.Users {
	if kind == "memory" {
		return memrepo.Users{}
	}
	return nil
}

func main() {
	s := &Server{events: map[string]repo.Events{}}
	s.users = newUsers("memory") // want `handler Server.Signup → Users.Add \(memrepo.Users wired at app.go:34\) appends to package-level slice memrepo.users`
	s.events["signup"] = memrepo.Events{} // want `handler Server.Signup → Events.Record \(memrepo.Events wired at app.go:35\) writes package-level map memrepo.events`
	s.things = memrepo.Store[thing]{}     // want `handler Server.Signup → Store.Put \(memrepo.Store\[thing\] wired at app.go:36\) writes package-level map memrepo.things`
	memrepo.Audit{}.Add("boot")
	http.HandleFunc("/signup", s.Signup)
}
