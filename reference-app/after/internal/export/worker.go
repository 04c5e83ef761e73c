package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/hibiken/asynq"
	"github.com/minio/minio-go/v7"
	"github.com/redis/go-redis/v9"
)

// Worker builds export files. Building one is idempotent: a job run twice
// (after a lost lease, say) writes the same object twice.
type Worker struct {
	s3     *minio.Client
	bucket string
	// pageDelay stands in for the order service answering one page at a
	// time, slowly.
	pageDelay time.Duration
}

// NewWorker returns a Worker that stores files in bucket.
func NewWorker(s3 *minio.Client, bucket string) *Worker {
	return &Worker{s3: s3, bucket: bucket, pageDelay: 100 * time.Millisecond}
}

const orderRows = 30

// ProcessTask builds the file of one export job. It stops as soon as ctx
// ends, so that a shutting-down worker hands the job back quickly.
func (w *Worker) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var p payload
	if err := json.Unmarshal(t.Payload(), &p); err != nil || p.Owner == "" {
		return fmt.Errorf("export payload %q: %w", t.Payload(), asynq.SkipRetry)
	}
	id, ok := asynq.GetTaskID(ctx)
	if !ok {
		return fmt.Errorf("export without task id: %w", asynq.SkipRetry)
	}
	retried, _ := asynq.GetRetryCount(ctx)
	slog.Info("export started", "id", id, "retried", retried)
	start := time.Now()
	data, err := w.orderHistory(ctx, p.Owner)
	if err != nil {
		slog.Warn("export interrupted, back to the queue", "id", id, "err", err)
		return err
	}
	_, err = w.s3.PutObject(ctx, w.bucket, objectKey(id), bytes.NewReader(data), int64(len(data)),
		minio.PutObjectOptions{ContentType: "text/csv"})
	if err != nil {
		return fmt.Errorf("store export %s: %w", id, err)
	}
	slog.Info("export done", "id", id, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

func (w *Worker) orderHistory(ctx context.Context, user string) ([]byte, error) {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.Write([]string{"order", "user", "sku", "quantity"})
	for i := 1; i <= orderRows; i++ {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(w.pageDelay):
		}
		cw.Write([]string{strconv.Itoa(i), user, fmt.Sprintf("sku-%02d", i%7), strconv.Itoa(1 + i%3)})
	}
	cw.Flush()
	return buf.Bytes(), cw.Error()
}

// NewServer returns the queue consumer that runs w. Start it with
// Start(mux) and stop it with Shutdown, which lets running jobs finish
// for up to shutdownTimeout and puts the rest back on the queue.
func NewServer(rdb redis.UniversalClient, w *Worker, shutdownTimeout time.Duration) (*asynq.Server, *asynq.ServeMux) {
	srv := asynq.NewServerFromRedisClient(rdb, asynq.Config{
		Concurrency:     4,
		Queues:          map[string]int{queue: 1},
		ShutdownTimeout: shutdownTimeout,
		// A retry after a lost worker should not wait asynq's default
		// back-off of tens of seconds.
		RetryDelayFunc: func(n int, _ error, _ *asynq.Task) time.Duration {
			return min(time.Duration(n)*time.Second, 30*time.Second)
		},
		LogLevel: asynq.WarnLevel,
	})
	mux := asynq.NewServeMux()
	mux.Handle(TaskType, w)
	return srv, mux
}
