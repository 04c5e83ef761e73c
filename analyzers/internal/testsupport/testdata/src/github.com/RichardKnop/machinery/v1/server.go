// Package machinery is a test stub mirroring the exported API of
// github.com/RichardKnop/machinery/v1 v1.10.8 that statecheck's tests use:
// the server and how it gets its broker (config.Config.Broker, or
// SetBroker with a broker such as brokers/eager).
package machinery

import (
	brokersiface "github.com/RichardKnop/machinery/v1/brokers/iface"
	"github.com/RichardKnop/machinery/v1/config"
)

// Server is the main Machinery object and stores all configuration.
type Server struct {
	config *config.Config
	broker brokersiface.Broker
}

// NewServer creates Server instance.
func NewServer(cnf *config.Config) (*Server, error) { return &Server{config: cnf}, nil }

// GetBroker returns broker.
func (server *Server) GetBroker() brokersiface.Broker { return server.broker }

// SetBroker sets broker.
func (server *Server) SetBroker(broker brokersiface.Broker) { server.broker = broker }

// GetConfig returns connection object.
func (server *Server) GetConfig() *config.Config { return server.config }

// RegisterTask registers a single task.
func (server *Server) RegisterTask(name string, taskFunc interface{}) error { return nil }
