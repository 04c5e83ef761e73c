// Package river is a test stub mirroring the exported API of
// github.com/riverqueue/river v0.51.2 used by statecheck's tests. The
// client is generic over the driver's transaction type TTx (pgx.Tx with
// the pgx driver); constructing a client needs a driver and is not
// mirrored.
package river

import (
	"context"
	"sync"
	"time"

	"github.com/riverqueue/river/rivertype"
)

// JobArgs is an interface that represents the arguments for a job of type
// T. These arguments are serialized into JSON and stored in the database.
type JobArgs interface {
	// Kind is a string that uniquely identifies the type of job. This must
	// be provided on your job arguments struct.
	Kind() string
}

// JobArgsWithInsertOpts is an extra interface that a job may implement on
// top of JobArgs to provide insertion-time options for all jobs of this
// type.
type JobArgsWithInsertOpts interface {
	// InsertOpts returns options for all jobs of this job type,
	// overriding any system defaults.
	InsertOpts() InsertOpts
}

// InsertOpts are optional settings for a new job which can be provided at
// job insertion time.
type InsertOpts struct {
	// MaxAttempts is the maximum number of total attempts (including both
	// the original run and all retries) before a job is abandoned and set
	// as discarded.
	MaxAttempts int

	// Metadata is a JSON object blob of arbitrary data that will be stored
	// with the job.
	Metadata []byte

	// Pending indicates that the job should be inserted in the `pending`
	// state.
	Pending bool

	// Priority is the priority of the job, with 1 being the highest
	// priority and 4 being the lowest.
	Priority int

	// Queue is the name of the job queue in which to insert the job.
	Queue string

	// ScheduledAt is a time in future at which to schedule the job (i.e.
	// in cases where it shouldn't be run immediately).
	ScheduledAt time.Time

	// Tags are an arbitrary list of keywords to add to the job.
	Tags []string
}

// InsertManyParams encapsulates a single job combined with insert options
// for use with batch insertion.
type InsertManyParams struct {
	// Args are the arguments of the job to insert.
	Args JobArgs

	// InsertOpts are insertion options for this job.
	InsertOpts *InsertOpts
}

// Client is a single isolated instance of River. Your application may use
// multiple instances operating on different databases or Postgres schemas
// within a single database.
type Client[TTx any] struct {
	mu      sync.Mutex
	started bool
	nextID  int64
}

// Start starts the client's job fetching and working loops.
func (c *Client[TTx]) Start(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.started = true
	return nil
}

// Stop performs a graceful shutdown of the Client.
func (c *Client[TTx]) Stop(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.started = false
	return nil
}

// Insert inserts a new job with the provided args.
func (c *Client[TTx]) Insert(ctx context.Context, args JobArgs, opts *InsertOpts) (*rivertype.JobInsertResult, error) {
	return c.insert(args, opts), nil
}

// InsertTx inserts a new job with the provided args on the given
// transaction.
func (c *Client[TTx]) InsertTx(ctx context.Context, tx TTx, args JobArgs, opts *InsertOpts) (*rivertype.JobInsertResult, error) {
	return c.insert(args, opts), nil
}

// InsertMany inserts many jobs at once. Each job is inserted as an
// InsertManyParams tuple, which takes job args along with an optional set
// of insert options, which override insert options provided by an
// JobArgsWithInsertOpts.InsertOpts implementation or any client-level
// defaults.
func (c *Client[TTx]) InsertMany(ctx context.Context, params []InsertManyParams) ([]*rivertype.JobInsertResult, error) {
	results := make([]*rivertype.JobInsertResult, 0, len(params))
	for _, p := range params {
		results = append(results, c.insert(p.Args, p.InsertOpts))
	}
	return results, nil
}

// InsertManyTx inserts many jobs at once on the given transaction.
func (c *Client[TTx]) InsertManyTx(ctx context.Context, tx TTx, params []InsertManyParams) ([]*rivertype.JobInsertResult, error) {
	return c.InsertMany(ctx, params)
}

func (c *Client[TTx]) insert(args JobArgs, opts *InsertOpts) *rivertype.JobInsertResult {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	c.mu.Unlock()
	row := &rivertype.JobRow{ID: id, Kind: args.Kind(), State: rivertype.JobStateAvailable}
	if opts != nil {
		row.MaxAttempts = opts.MaxAttempts
		row.Priority = opts.Priority
		row.Queue = opts.Queue
		row.ScheduledAt = opts.ScheduledAt
		row.Tags = opts.Tags
	}
	return &rivertype.JobInsertResult{Job: row}
}
