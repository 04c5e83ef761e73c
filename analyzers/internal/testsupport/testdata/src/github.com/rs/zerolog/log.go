// Package zerolog is a test stub mirroring the exported API of
// github.com/rs/zerolog v1.35.1 used by statecheck's tests.
package zerolog

import (
	"fmt"
	"io"
	"strconv"
)

// Level defines log levels.
type Level int8

const (
	// DebugLevel defines debug log level.
	DebugLevel Level = iota
	// InfoLevel defines info log level.
	InfoLevel
	// WarnLevel defines warn log level.
	WarnLevel
	// ErrorLevel defines error log level.
	ErrorLevel
	// FatalLevel defines fatal log level.
	FatalLevel
	// PanicLevel defines panic log level.
	PanicLevel
	// NoLevel defines an absent log level.
	NoLevel
	// Disabled disables the logger.
	Disabled

	// TraceLevel defines trace log level.
	TraceLevel Level = -1
)

// A Logger represents an active logging object that generates lines of
// JSON output to an io.Writer. Each logging operation makes a single call
// to the Writer's Write method.
type Logger struct {
	w       io.Writer
	level   Level
	context []byte
}

// New creates a root logger with given output writer.
func New(w io.Writer) Logger {
	if w == nil {
		w = io.Discard
	}
	return Logger{w: w, level: TraceLevel}
}

// Nop returns a disabled logger for which all operation are no-op.
func Nop() Logger {
	return New(nil).Level(Disabled)
}

// Output duplicates the current logger and sets w as its output.
func (l Logger) Output(w io.Writer) Logger {
	l2 := New(w)
	l2.level = l.level
	l2.context = l.context
	return l2
}

// With creates a child logger with the field added to its context.
func (l Logger) With() Context {
	context := l.context
	l.context = make([]byte, 0, 500)
	if context != nil {
		l.context = append(l.context, context...)
	}
	return Context{l}
}

// Level creates a child logger with the minimum accepted level set to
// level.
func (l Logger) Level(lvl Level) Logger {
	l.level = lvl
	return l
}

// Debug starts a new message with debug level.
func (l *Logger) Debug() *Event { return l.newEvent(DebugLevel) }

// Info starts a new message with info level.
func (l *Logger) Info() *Event { return l.newEvent(InfoLevel) }

// Warn starts a new message with warn level.
func (l *Logger) Warn() *Event { return l.newEvent(WarnLevel) }

// Error starts a new message with error level.
func (l *Logger) Error() *Event { return l.newEvent(ErrorLevel) }

func (l *Logger) newEvent(level Level) *Event {
	if level < l.level {
		return nil
	}
	e := &Event{w: l.w, level: level}
	e.buf = append(e.buf, '{')
	e.buf = append(e.buf, l.context...)
	return e
}

// Context configures a new sub-logger with contextual fields.
type Context struct {
	l Logger
}

// Logger returns the logger with the context previously set.
func (c Context) Logger() Logger {
	return c.l
}

// Str adds the field key with val as a string to the logger context.
func (c Context) Str(key, val string) Context {
	c.l.context = append(c.l.context, strconv.Quote(key)+":"+strconv.Quote(val)+","...)
	return c
}

// Event represents a log event. It is instanced by one of the level
// method of Logger and finalized by the Msg or Msgf method.
type Event struct {
	buf   []byte
	w     io.Writer
	level Level
}

// Msg sends the *Event with msg added as the message field if not empty.
//
// NOTICE: once this method is called, the *Event should be disposed.
// Calling Msg twice can have unexpected result.
func (e *Event) Msg(msg string) {
	if e == nil {
		return
	}
	e.buf = append(e.buf, `"message":`+strconv.Quote(msg)+"}\n"...)
	_, _ = e.w.Write(e.buf)
}

// Send is equivalent to calling Msg("").
func (e *Event) Send() {
	e.Msg("")
}

// Msgf sends the event with formatted msg added as the message field if
// not empty.
func (e *Event) Msgf(format string, v ...interface{}) {
	e.Msg(fmt.Sprintf(format, v...))
}

// Str adds the field key with val as a string to the *Event context.
func (e *Event) Str(key, val string) *Event {
	if e == nil {
		return e
	}
	e.buf = append(e.buf, strconv.Quote(key)+":"+strconv.Quote(val)+","...)
	return e
}

// Err adds the field "error" with serialized err to the *Event context.
func (e *Event) Err(err error) *Event {
	if e == nil || err == nil {
		return e
	}
	return e.Str("error", err.Error())
}

// Int adds the field key with i as a int to the *Event context.
func (e *Event) Int(key string, i int) *Event {
	if e == nil {
		return e
	}
	e.buf = append(e.buf, strconv.Quote(key)+":"+strconv.Itoa(i)+","...)
	return e
}
