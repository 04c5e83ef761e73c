// Package cmd wires the application.
package cmd

import (
	"os"
	"os/signal"

	"server_started_elsewhere/internal/server"
)

// App is the application.
type App struct{ s *server.Server }

// New builds the application.
func New() *App { return &App{s: server.New(":8080")} }

// Start listens for Ctrl-C and serves.
func (a *App) Start() error { // want Start:`serves \(\*http.Server\).ListenAndServe; on other signals`
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	return a.s.Run()
}

// Serve serves without any signal handling.
func (a *App) Serve() error { // want Serve:`serves \(\*http.Server\).ListenAndServe`
	return a.s.Run()
}
