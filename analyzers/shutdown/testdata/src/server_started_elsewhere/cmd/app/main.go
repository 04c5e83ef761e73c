package main

import (
	"os"

	"server_started_elsewhere/internal/cmd"
)

func main() {
	app := cmd.New()
	if len(os.Args) > 1 {
		_ = app.Start() // want `\(\*http.Server\).ListenAndServe \(via cmd.App.Start → server.Server.Run\) has no Shutdown: .*; the server starts at server.go:11, signals other than SIGTERM are handled at cmd.go:20$`
		return
	}
	_ = app.Start() // the same server start: one finding
}
