package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"testing"
	"time"

	"github.com/hibiken/asynq"
)

func TestStatusOf(t *testing.T) {
	for state, want := range map[asynq.TaskState]Status{
		asynq.TaskStatePending:     Queued,
		asynq.TaskStateScheduled:   Queued,
		asynq.TaskStateRetry:       Queued,
		asynq.TaskStateAggregating: Queued,
		asynq.TaskStateActive:      Running,
		asynq.TaskStateCompleted:   Done,
		asynq.TaskStateArchived:    Failed,
	} {
		if got := statusOf(state); got != want {
			t.Errorf("statusOf(%v) = %s, want %s", state, got, want)
		}
	}
}

func TestOrderHistory(t *testing.T) {
	w := &Worker{}
	data, err := w.orderHistory(context.Background(), "alice")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != orderRows+1 || rows[0][0] != "order" || rows[1][1] != "alice" {
		t.Errorf("unexpected CSV:\n%s", data)
	}
}

// A worker told to shut down stops mid-export and returns the error, so
// that asynq puts the job back on the queue.
func TestOrderHistoryStopsWithContext(t *testing.T) {
	w := &Worker{pageDelay: time.Hour}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := w.orderHistory(ctx, "alice"); err == nil {
		t.Error("want an error from a cancelled export")
	}
}
