// Package relatedlib writes one map in two places, reached from one call.
package relatedlib

var sessions = map[string]string{}

// Rotate moves a session to a new id.
func Rotate(old, id string) {
	sessions[id] = sessions[old]
	delete(sessions, old)
}
