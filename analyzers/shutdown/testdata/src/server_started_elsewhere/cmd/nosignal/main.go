package main

import "server_started_elsewhere/internal/cmd"

func main() {
	_ = cmd.New().Serve() // want `\(\*http.Server\).ListenAndServe \(via cmd.App.Serve → server.Server.Run\) has no Shutdown: .*; the server starts at server.go:11, and no signal handling is reachable from main$`
}
