// Package config is a test stub mirroring
// github.com/RichardKnop/machinery/v1/config v1.10.8.
package config

// Config holds all configuration for our program. A Broker starting with
// "eager" selects the in-process eager broker.
type Config struct {
	Broker          string `yaml:"broker" envconfig:"BROKER"`
	Lock            string `yaml:"lock" envconfig:"LOCK"`
	DefaultQueue    string `yaml:"default_queue" envconfig:"DEFAULT_QUEUE"`
	ResultBackend   string `yaml:"result_backend" envconfig:"RESULT_BACKEND"`
	ResultsExpireIn int    `yaml:"results_expire_in" envconfig:"RESULTS_EXPIRE_IN"`
	NoUnixSignals   bool   `yaml:"no_unix_signals" envconfig:"NO_UNIX_SIGNALS"`
}
