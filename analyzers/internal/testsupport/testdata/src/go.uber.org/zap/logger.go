// Package zap is a test stub mirroring the exported API of
// go.uber.org/zap v1.28.0 used by statecheck's tests.
package zap

import (
	"fmt"
	"sync"
	"time"

	"go.uber.org/zap/zapcore"
)

// Field is an alias for Field. Aliasing this type dramatically improves
// the navigability of this package's API documentation.
type Field = zapcore.Field

// A Logger provides fast, leveled, structured logging. All methods are
// safe for concurrent use.
type Logger struct {
	development bool
	addCaller   bool
	name        string
	fields      []Field
}

// An Option configures a Logger.
type Option interface {
	apply(*Logger)
}

// optionFunc wraps a func so it satisfies the Option interface.
type optionFunc func(*Logger)

func (f optionFunc) apply(log *Logger) {
	f(log)
}

// Development puts the logger in development mode, which makes DPanic-level
// logs panic instead of simply logging an error.
func Development() Option {
	return optionFunc(func(log *Logger) {
		log.development = true
	})
}

// NewNop returns a no-op Logger. It never writes out logs or internal
// errors, and it never runs user-defined hooks.
func NewNop() *Logger {
	return &Logger{}
}

// NewProduction builds a sensible production Logger that writes InfoLevel
// and above logs to standard error as JSON.
func NewProduction(options ...Option) (*Logger, error) {
	log := &Logger{}
	for _, opt := range options {
		opt.apply(log)
	}
	return log, nil
}

// NewDevelopment builds a development Logger that writes DebugLevel and
// above logs to standard error in a human-friendly format.
func NewDevelopment(options ...Option) (*Logger, error) {
	return NewProduction(append([]Option{Development()}, options...)...)
}

// Sugar wraps the Logger to provide a more ergonomic, but slightly slower,
// API.
func (log *Logger) Sugar() *SugaredLogger {
	core := log.clone()
	return &SugaredLogger{base: core}
}

// Named adds a new path segment to the logger's name.
func (log *Logger) Named(s string) *Logger {
	l := log.clone()
	l.name = s
	return l
}

// With creates a child logger and adds structured context to it. Fields
// added to the child don't affect the parent, and vice versa.
func (log *Logger) With(fields ...Field) *Logger {
	if len(fields) == 0 {
		return log
	}
	l := log.clone()
	l.fields = append(append([]Field(nil), log.fields...), fields...)
	return l
}

// Debug logs a message at DebugLevel.
func (log *Logger) Debug(msg string, fields ...Field) {}

// Info logs a message at InfoLevel.
func (log *Logger) Info(msg string, fields ...Field) {}

// Warn logs a message at WarnLevel.
func (log *Logger) Warn(msg string, fields ...Field) {}

// Error logs a message at ErrorLevel.
func (log *Logger) Error(msg string, fields ...Field) {}

// Sync calls the underlying Core's Sync method, flushing any buffered log
// entries.
func (log *Logger) Sync() error { return nil }

func (log *Logger) clone() *Logger {
	clone := *log
	return &clone
}

// A SugaredLogger wraps the base Logger functionality in a slower, but less
// verbose, API.
type SugaredLogger struct {
	base *Logger
}

// Desugar unwraps a SugaredLogger, exposing the original Logger.
func (s *SugaredLogger) Desugar() *Logger { return s.base.clone() }

// Info logs the provided arguments at InfoLevel.
func (s *SugaredLogger) Info(args ...interface{}) {}

// Infof formats the message according to the format specifier and logs it
// at InfoLevel.
func (s *SugaredLogger) Infof(template string, args ...interface{}) {}

// Infow logs a message with some additional context.
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{}) {}

// Errorw logs a message with some additional context.
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{}) {}

var (
	_globalMu sync.RWMutex
	_globalL  = NewNop()
	_globalS  = _globalL.Sugar()
)

// L returns the global Logger, which can be reconfigured with
// ReplaceGlobals. It's safe for concurrent use.
func L() *Logger {
	_globalMu.RLock()
	l := _globalL
	_globalMu.RUnlock()
	return l
}

// S returns the global SugaredLogger, which can be reconfigured with
// ReplaceGlobals. It's safe for concurrent use.
func S() *SugaredLogger {
	_globalMu.RLock()
	s := _globalS
	_globalMu.RUnlock()
	return s
}

// ReplaceGlobals replaces the global Logger and SugaredLogger, and returns
// a function to restore the original values. It's safe for concurrent
// use.
func ReplaceGlobals(logger *Logger) func() {
	_globalMu.Lock()
	prev := _globalL
	_globalL = logger
	_globalS = logger.Sugar()
	_globalMu.Unlock()
	return func() { ReplaceGlobals(prev) }
}

// Skip constructs a no-op field, which is often useful when handling
// invalid inputs in other Field constructors.
func Skip() Field {
	return Field{Type: zapcore.SkipType}
}

// String constructs a field with the given key and value.
func String(key string, val string) Field {
	return Field{Key: key, Type: zapcore.StringType, String: val}
}

// Int constructs a field with the given key and value.
func Int(key string, val int) Field {
	return Field{Key: key, Type: zapcore.Int64Type, Integer: int64(val)}
}

// Bool constructs a field that carries a bool.
func Bool(key string, val bool) Field {
	var ival int64
	if val {
		ival = 1
	}
	return Field{Key: key, Type: zapcore.BoolType, Integer: ival}
}

// Duration constructs a field with the given key and value.
func Duration(key string, val time.Duration) Field {
	return Field{Key: key, Type: zapcore.DurationType, Integer: int64(val)}
}

// Any takes a key and an arbitrary value and chooses the best way to
// represent them as a field, falling back to a reflection-based approach
// only if necessary.
func Any(key string, value interface{}) Field {
	switch val := value.(type) {
	case string:
		return String(key, val)
	case error:
		return NamedError(key, val)
	case fmt.Stringer:
		return Field{Key: key, Type: zapcore.StringerType, Interface: val}
	}
	return Field{Key: key, Type: zapcore.ReflectType, Interface: value}
}

// Error is shorthand for the common idiom NamedError("error", err).
func Error(err error) Field {
	return NamedError("error", err)
}

// NamedError constructs a field that lazily stores err.Error() under the
// provided key.
func NamedError(key string, err error) Field {
	if err == nil {
		return Skip()
	}
	return Field{Key: key, Type: zapcore.ErrorType, Interface: err}
}
