// Package codes is a test stub mirroring the exported API of
// google.golang.org/grpc/codes v1.79.3 used by statecheck's tests.
package codes

import "strconv"

// A Code is a status code defined according to the gRPC documentation.
type Code uint32

const (
	OK                 Code = 0
	Canceled           Code = 1
	Unknown            Code = 2
	InvalidArgument    Code = 3
	DeadlineExceeded   Code = 4
	NotFound           Code = 5
	AlreadyExists      Code = 6
	PermissionDenied   Code = 7
	ResourceExhausted  Code = 8
	FailedPrecondition Code = 9
	Aborted            Code = 10
	OutOfRange         Code = 11
	Unimplemented      Code = 12
	Internal           Code = 13
	Unavailable        Code = 14
	DataLoss           Code = 15
	Unauthenticated    Code = 16
)

// String returns the name of the code.
func (c Code) String() string {
	return "Code(" + strconv.FormatInt(int64(c), 10) + ")"
}
