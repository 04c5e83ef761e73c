package directives

import "net/http"

type Server struct {
	//statecheck:cache avatars resized on demand, rebuilt from object storage on a miss
	thumbs map[string][]byte

	sessions map[string]string
	carts    map[string]string
	orders   map[string]string
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	s.thumbs[r.URL.Path] = nil // declared a cache: quiet

	//statecheck:ignore fieldstate sessions are migrated to redis in PR 42
	s.sessions["id"] = "user"

	s.carts["id"] = "cart" //statecheck:ignore fieldstate carts are tolerated until the redis migration

	//statecheck:ignore globalstate wrong analyzer named, so this does not silence fieldstate
	s.orders["id"] = "order" // want `handler Server.handle writes map s.orders of the long-lived receiver`
}

func (s *Server) other(w http.ResponseWriter, r *http.Request) {
	//statecheck:ignore fieldstate nothing to silence here // want `statecheck:ignore directive for fieldstate matches no finding`
	_ = s.orders["id"]
}
