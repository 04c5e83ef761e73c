package machinery_eager_broker

import (
	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/brokers/eager"
	"github.com/RichardKnop/machinery/v1/config"
)

func Server() (*machinery.Server, error) {
	cnf := &config.Config{
		Broker:        "eager", // want `machinery eager broker runs tasks inside the publishing process`
		DefaultQueue:  "tasks",
		ResultBackend: "redis://redis:6379",
	}
	srv, err := machinery.NewServer(cnf)
	if err != nil {
		return nil, err
	}
	srv.SetBroker(eager.New()) // want `machinery eager broker`
	return srv, nil
}

func Reconfigure(cnf *config.Config) {
	cnf.Broker = "eager" // want `machinery eager broker`
}
