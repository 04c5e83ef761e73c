package config

import "time"

// JWT holds the token settings.
type JWT struct {
	AccessTTL  time.Duration // want AccessTTL:`defaults\[\{900000000000 config.go:12\}\]`
	RefreshTTL time.Duration // want RefreshTTL:`defaults\[\{7776000000000000 config.go:12\}\]`
}

// Default is the configuration used when none is given.
var Default = JWT{AccessTTL: 15 * time.Minute, RefreshTTL: 90 * 24 * time.Hour}
