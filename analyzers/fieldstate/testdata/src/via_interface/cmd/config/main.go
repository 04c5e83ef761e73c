// Command config saves an authenticator: the conversion here is not the
// value requests use, which Load decodes per request; quiet.
package main

import (
	"net/http"

	"via_interface/api"
	"via_interface/auth"
)

func save(a auth.Auther) {}

func main() {
	save(&auth.Hook{})
	http.HandleFunc("/login", (&api.Server{}).Login)
}
