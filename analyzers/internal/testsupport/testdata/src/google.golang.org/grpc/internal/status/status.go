// Package status is a test stub mirroring the parts of
// google.golang.org/grpc/internal/status v1.79.3 that the public status
// stub aliases.
package status

import (
	"fmt"

	"google.golang.org/grpc/codes"
)

// Status represents an RPC status code, message, and details. It is
// immutable and should be created with New, Newf, or FromProto.
type Status struct {
	code    codes.Code
	message string
}

// New returns a Status representing c and msg.
func New(c codes.Code, msg string) *Status {
	return &Status{code: c, message: msg}
}

// Code returns the status code contained in s.
func (s *Status) Code() codes.Code {
	if s == nil {
		return codes.OK
	}
	return s.code
}

// Message returns the message contained in s.
func (s *Status) Message() string {
	if s == nil {
		return ""
	}
	return s.message
}

// Err returns an immutable error representing s; returns nil if s.Code()
// is OK.
func (s *Status) Err() error {
	if s.Code() == codes.OK {
		return nil
	}
	return &Error{s: s}
}

func (s *Status) String() string {
	return fmt.Sprintf("rpc error: code = %s desc = %s", s.Code(), s.Message())
}

// Error wraps a pointer of a status proto. It implements error and Status,
// and a nil *Error should never be returned by this package.
type Error struct {
	s *Status
}

func (e *Error) Error() string {
	return e.s.String()
}

// GRPCStatus returns the Status represented by se.
func (e *Error) GRPCStatus() *Status {
	return e.s
}
