// Package export runs CSV exports of a user's order history as jobs on a
// durable queue (asynq on Redis). Any instance can start a job, any
// instance's worker can run it, and any instance can answer its status,
// because the job and its state live in Redis and the finished file in
// object storage. A job whose worker dies is handed to another worker once
// its lease runs out; a job interrupted by a graceful shutdown goes back on
// the queue at once.
package export

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/hibiken/asynq"
	"github.com/minio/minio-go/v7"

	"github.com/statecheck/statecheck/reference-app/after/internal/randid"
)

// TaskType names export jobs on the queue.
const TaskType = "export:orders"

const (
	queue = "default"
	// retention keeps finished jobs answerable for a day.
	retention = 24 * time.Hour
	// maxRetry covers workers lost to crashes and redeploys; a job that
	// fails that often is reported as failed.
	maxRetry = 10
	// urlTTL is how long a download link stays valid.
	urlTTL = 5 * time.Minute
)

// Status is where a job stands, as clients see it.
type Status string

// The statuses a client can see.
const (
	Queued  Status = "queued"
	Running Status = "running"
	Done    Status = "done"
	Failed  Status = "failed"
)

var (
	// ErrNotFound means no job with that id belongs to the caller.
	ErrNotFound = errors.New("unknown export")
	// ErrNotReady means the job has not produced its file yet.
	ErrNotReady = errors.New("export is not finished")
)

type payload struct {
	Owner string `json:"owner"`
}

// objectKey is where the finished file of job id is stored.
func objectKey(id string) string { return "exports/" + id + ".csv" }

// Jobs starts export jobs and reports on them.
type Jobs struct {
	client    *asynq.Client
	inspector *asynq.Inspector
	s3        *minio.Client
	bucket    string
}

// NewJobs returns Jobs that enqueue with client, look jobs up with
// inspector and serve finished files from bucket.
func NewJobs(client *asynq.Client, inspector *asynq.Inspector, s3 *minio.Client, bucket string) *Jobs {
	return &Jobs{client: client, inspector: inspector, s3: s3, bucket: bucket}
}

// Start queues an export for owner and returns the job id.
func (j *Jobs) Start(ctx context.Context, owner string) (string, error) {
	data, err := json.Marshal(payload{Owner: owner})
	if err != nil {
		return "", err
	}
	id := randid.New()
	task := asynq.NewTask(TaskType, data,
		asynq.TaskID(id), asynq.Queue(queue),
		asynq.MaxRetry(maxRetry), asynq.Timeout(2*time.Minute), asynq.Retention(retention))
	if _, err := j.client.EnqueueContext(ctx, task); err != nil {
		return "", fmt.Errorf("queue export: %w", err)
	}
	return id, nil
}

// Status reports where owner's job id stands.
func (j *Jobs) Status(ctx context.Context, owner, id string) (Status, error) {
	if !randid.Valid(id) {
		return "", ErrNotFound
	}
	info, err := j.inspector.GetTaskInfo(queue, id)
	if errors.Is(err, asynq.ErrTaskNotFound) || errors.Is(err, asynq.ErrQueueNotFound) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("look up export: %w", err)
	}
	var p payload
	if info.Type != TaskType || json.Unmarshal(info.Payload, &p) != nil || p.Owner != owner {
		// Someone else's job is as unknown to the caller as a made-up id.
		return "", ErrNotFound
	}
	return statusOf(info.State), nil
}

func statusOf(s asynq.TaskState) Status {
	switch s {
	case asynq.TaskStateActive:
		return Running
	case asynq.TaskStateCompleted:
		return Done
	case asynq.TaskStateArchived:
		return Failed
	default: // pending, scheduled, retry, aggregating
		return Queued
	}
}

// FileURL returns a short-lived download link for the file of owner's
// finished job id.
func (j *Jobs) FileURL(ctx context.Context, owner, id string) (*url.URL, error) {
	status, err := j.Status(ctx, owner, id)
	if err != nil {
		return nil, err
	}
	if status != Done {
		return nil, ErrNotReady
	}
	params := url.Values{"response-content-disposition": {`attachment; filename="orders.csv"`}}
	u, err := j.s3.PresignedGetObject(ctx, j.bucket, objectKey(id), urlTTL, params)
	if err != nil {
		return nil, fmt.Errorf("presign export download: %w", err)
	}
	return u, nil
}
