package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/filesystem"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.New()
	store := memstore.NewStore([]byte("secret")) // want `gin-contrib memstore keeps sessions in process memory`
	r.Use(sessions.Sessions("mysession", store))
	disk := filesystem.NewStore("/var/lib/app/sessions", []byte("secret")) // want `gin-contrib filesystem store keeps sessions on this instance's disk`
	r.Use(sessions.Sessions("other", disk))
}
