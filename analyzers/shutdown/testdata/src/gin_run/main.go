package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	quit := make(chan os.Signal, 1)
	signal.Notify(quit, syscall.SIGTERM)
	_ = r.Run(":8080") // want `gin \(\*Engine\).Run cannot stop gracefully: .*serve the engine as the Handler of an http.Server`
}
