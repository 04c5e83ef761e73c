// Package rivertype is a test stub mirroring the exported API of
// github.com/riverqueue/river/rivertype v0.51.2 that the river stub needs.
package rivertype

import "time"

// JobInsertResult is the result of a job insert, containing the inserted
// job along with some other useful metadata.
type JobInsertResult struct {
	// Job is a struct containing the database persisted properties of the
	// inserted job.
	Job *JobRow

	// UniqueSkippedAsDuplicate is true if for a unique job, the insertion
	// was skipped due to an equivalent job matching unique property
	// already being present.
	UniqueSkippedAsDuplicate bool
}

// JobRow contains the properties of a job that are persisted to the
// database.
type JobRow struct {
	// ID of the job.
	ID int64

	// Attempt is the attempt number of the job.
	Attempt int

	// CreatedAt is when the job record was created.
	CreatedAt time.Time

	// EncodedArgs is the job's JobArgs encoded as JSON.
	EncodedArgs []byte

	// Kind uniquely identifies the type of job and instructs which worker
	// should work it.
	Kind string

	// MaxAttempts is the maximum number of attempts that the job will be
	// tried before it errors for the last time and will no longer be
	// worked.
	MaxAttempts int

	// Priority is the priority of the job, with 1 being the highest
	// priority and 4 being the lowest.
	Priority int

	// Queue is the name of the queue where the job will be worked.
	Queue string

	// ScheduledAt is when the job is scheduled to become available to be
	// worked.
	ScheduledAt time.Time

	// State is the state of job like `available` or `completed`.
	State JobState

	// Tags are an arbitrary list of keywords to add to the job.
	Tags []string
}

// JobState is the state of a job.
type JobState string

const (
	JobStateAvailable JobState = "available"
	JobStateCancelled JobState = "cancelled"
	JobStateCompleted JobState = "completed"
	JobStateDiscarded JobState = "discarded"
	JobStatePending   JobState = "pending"
	JobStateRetryable JobState = "retryable"
	JobStateRunning   JobState = "running"
	JobStateScheduled JobState = "scheduled"
)
