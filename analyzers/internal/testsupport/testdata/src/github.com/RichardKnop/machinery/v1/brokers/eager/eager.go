// Package eager is a test stub mirroring
// github.com/RichardKnop/machinery/v1/brokers/eager v1.10.8: an in-process
// "broker" that runs each published task at once in the publisher.
package eager

import (
	"context"

	"github.com/RichardKnop/machinery/v1/brokers/iface"
	"github.com/RichardKnop/machinery/v1/config"
	"github.com/RichardKnop/machinery/v1/tasks"
)

// Broker represents an "eager" in-memory broker.
type Broker struct {
	worker iface.TaskProcessor
}

// New creates new Broker instance.
func New() iface.Broker { return new(Broker) }

func (b *Broker) GetConfig() *config.Config             { return nil }
func (b *Broker) SetRegisteredTaskNames(names []string) {}
func (b *Broker) IsTaskRegistered(name string) bool     { return true }
func (b *Broker) StartConsuming(consumerTag string, concurrency int, p iface.TaskProcessor) (bool, error) {
	return true, nil
}
func (b *Broker) StopConsuming() {}
func (b *Broker) Publish(ctx context.Context, task *tasks.Signature) error {
	return b.worker.Process(task)
}
func (b *Broker) GetPendingTasks(queue string) ([]*tasks.Signature, error) { return nil, nil }
func (b *Broker) GetDelayedTasks() ([]*tasks.Signature, error)             { return nil, nil }
func (b *Broker) AdjustRoutingKey(s *tasks.Signature)                      {}

// AssignWorker assigns a worker to the eager broker.
func (b *Broker) AssignWorker(w iface.TaskProcessor) { b.worker = w }
