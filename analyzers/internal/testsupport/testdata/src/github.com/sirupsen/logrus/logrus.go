// Package logrus is a test stub mirroring the exported API of
// github.com/sirupsen/logrus v1.10.2 used by statecheck's tests. Like the
// real package, the package-level functions act on a package-level
// standard logger, and SetLevel stores the level atomically in it.
package logrus

import (
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// Fields type, used to pass to [WithFields].
type Fields map[string]any

// Level type
type Level uint32

// These are the different logging levels. You can set the logging level to
// log on your instance of logger, obtained with `logrus.New()`.
const (
	// PanicLevel level, highest level of severity. Logs and then calls
	// panic with the message passed to Debug, Info, ...
	PanicLevel Level = iota
	// FatalLevel level. Logs and then calls `logger.Exit(1)`. It will exit
	// even if the logging level is set to Panic.
	FatalLevel
	// ErrorLevel level. Logs. Used for errors that should definitely be
	// noted.
	ErrorLevel
	// WarnLevel level. Non-critical entries that deserve eyes.
	WarnLevel
	// InfoLevel level. General operational entries about what's going on
	// inside the application.
	InfoLevel
	// DebugLevel level. Usually only enabled when debugging. Very verbose
	// logging.
	DebugLevel
	// TraceLevel level. Designates finer-grained informational events than
	// the Debug.
	TraceLevel
)

// The Formatter interface is used to implement a custom Formatter.
type Formatter interface {
	Format(*Entry) ([]byte, error)
}

// Logger is the logrus logger.
type Logger struct {
	// The logs are `io.Copy`'d to this in a mutex. It's common to set this
	// to a file, or leave it default which is `os.Stderr`.
	Out io.Writer
	// All log entries pass through the formatter before logged to Out.
	Formatter Formatter

	// Flag for whether to log caller info (off by default)
	ReportCaller bool

	// The logging level the logger should log at.
	Level Level
	// Used to sync writing to the log. Locking is enabled by Default
	mu sync.Mutex
	// Function to exit the application, defaults to `os.Exit()`
	ExitFunc func(int)
}

// New creates a new logger. Configuration should be set by changing
// [Formatter], Out and Hooks directly on the default Logger instance.
func New() *Logger {
	return &Logger{
		Out:          os.Stderr,
		Level:        InfoLevel,
		ExitFunc:     os.Exit,
		ReportCaller: false,
	}
}

// WithField allocates a new entry and adds a field to it.
func (logger *Logger) WithField(key string, value any) *Entry {
	return NewEntry(logger).WithField(key, value)
}

// WithFields adds a struct of fields to the log entry.
func (logger *Logger) WithFields(fields Fields) *Entry {
	return NewEntry(logger).WithFields(fields)
}

// WithError adds an error as single field to the log entry.
func (logger *Logger) WithError(err error) *Entry {
	return NewEntry(logger).WithError(err)
}

// Infof logs a message at level Info on the logger.
func (logger *Logger) Infof(format string, args ...any) {}

// Errorf logs a message at level Error on the logger.
func (logger *Logger) Errorf(format string, args ...any) {}

// Info logs a message at level Info on the logger.
func (logger *Logger) Info(args ...any) {}

// Warn logs a message at level Warn on the logger.
func (logger *Logger) Warn(args ...any) {}

// Error logs a message at level Error on the logger.
func (logger *Logger) Error(args ...any) {}

// SetLevel sets the logger level.
func (logger *Logger) SetLevel(level Level) {
	atomic.StoreUint32((*uint32)(&logger.Level), uint32(level))
}

// GetLevel returns the logger level.
func (logger *Logger) GetLevel() Level {
	return Level(atomic.LoadUint32((*uint32)(&logger.Level)))
}

// SetOutput sets the logger output.
func (logger *Logger) SetOutput(output io.Writer) {
	logger.mu.Lock()
	defer logger.mu.Unlock()
	logger.Out = output
}

// Entry is the final or intermediate Logrus logging entry. It contains all
// the fields passed with WithField{,s}. It's finally logged when Trace,
// Debug, Info, Warn, Error, Fatal or Panic is called on it.
type Entry struct {
	Logger *Logger

	// Contains all the fields set by the user.
	Data Fields

	// Time at which the log entry was created
	Time time.Time

	// Level the log entry was logged at: Trace, Debug, Info, Warn, Error,
	// Fatal or Panic
	Level Level

	// Message passed to Trace, Debug, Info, Warn, Error, Fatal or Panic
	Message string
}

// NewEntry creates a new entry for the given logger.
func NewEntry(logger *Logger) *Entry {
	return &Entry{
		Logger: logger,
		// Reserve default predefined fields and a little extra room.
		Data: make(Fields, 6),
	}
}

// WithError adds an error as single field (using the key defined in
// ErrorKey) to the Entry.
func (entry *Entry) WithError(err error) *Entry {
	return entry.WithField(ErrorKey, err)
}

// WithField adds a single field to the Entry.
func (entry *Entry) WithField(key string, value any) *Entry {
	return entry.WithFields(Fields{key: value})
}

// WithFields adds a map of fields to the Entry.
func (entry *Entry) WithFields(fields Fields) *Entry {
	data := make(Fields, len(entry.Data)+len(fields))
	for k, v := range entry.Data {
		data[k] = v
	}
	for k, v := range fields {
		data[k] = v
	}
	return &Entry{Logger: entry.Logger, Data: data, Time: entry.Time}
}

// Info logs a message at level Info.
func (entry *Entry) Info(args ...any) {}

// Error logs a message at level Error.
func (entry *Entry) Error(args ...any) {}

// Infof logs a message at level Info.
func (entry *Entry) Infof(format string, args ...any) {}

// Errorf logs a message at level Error.
func (entry *Entry) Errorf(format string, args ...any) {}

// ErrorKey defines the key when adding errors using [WithError],
// [Logger.WithError].
var ErrorKey = "error"

var (
	// std is the name of the standard logger in stdlib `log`
	std = New()
)

// StandardLogger returns the standard logger.
func StandardLogger() *Logger {
	return std
}

// SetOutput sets the standard logger output.
func SetOutput(out io.Writer) {
	std.SetOutput(out)
}

// SetLevel sets the standard logger level.
func SetLevel(level Level) {
	std.SetLevel(level)
}

// GetLevel returns the standard logger level.
func GetLevel() Level {
	return std.GetLevel()
}

// WithError creates an entry from the standard logger and adds an error to
// it, using the value defined in ErrorKey as key.
func WithError(err error) *Entry {
	return std.WithField(ErrorKey, err)
}

// WithField creates an entry from the standard logger and adds a field to
// it.
func WithField(key string, value any) *Entry {
	return std.WithField(key, value)
}

// WithFields creates an entry from the standard logger and adds multiple
// fields to it.
func WithFields(fields Fields) *Entry {
	return std.WithFields(fields)
}

// Info logs a message at level Info on the standard logger.
func Info(args ...any) {
	std.Info(args...)
}

// Warn logs a message at level Warn on the standard logger.
func Warn(args ...any) {
	std.Warn(args...)
}

// Error logs a message at level Error on the standard logger.
func Error(args ...any) {
	std.Error(args...)
}

// Infof logs a message at level Info on the standard logger.
func Infof(format string, args ...any) {
	std.Infof(format, args...)
}

// Errorf logs a message at level Error on the standard logger.
func Errorf(format string, args ...any) {
	std.Errorf(format, args...)
}
