// Package pgconn is a test stub mirroring the parts of
// github.com/jackc/pgx/v5/pgconn v5.13.0 that the pgx stubs need.
package pgconn

import (
	"strconv"
	"strings"
)

// CommandTag is the status text returned by PostgreSQL for a query.
type CommandTag struct {
	s string
}

// NewCommandTag makes a CommandTag from s.
func NewCommandTag(s string) CommandTag {
	return CommandTag{s: s}
}

// RowsAffected returns the number of rows affected. If the CommandTag was
// not for a row affecting command (e.g. "CREATE TABLE") then it returns 0.
func (ct CommandTag) RowsAffected() int64 {
	idx := strings.LastIndexByte(ct.s, ' ')
	if idx < 0 {
		return 0
	}
	n, _ := strconv.ParseInt(ct.s[idx+1:], 10, 64)
	return n
}

func (ct CommandTag) String() string {
	return ct.s
}
