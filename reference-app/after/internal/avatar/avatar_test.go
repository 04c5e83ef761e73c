package avatar

import (
	"errors"
	"testing"
)

func TestCheckUpload(t *testing.T) {
	tests := []struct {
		contentType string
		size        int64
		want        error
	}{
		{"image/png", 1, nil},
		{"image/jpeg", MaxBytes, nil},
		{"image/gif", 10, ErrContentType},
		{"image/png; charset=binary", 10, ErrContentType}, // the signed header must match exactly
		{"", 10, ErrContentType},
		{"image/png", -1, ErrNoLength},
		{"image/png", 0, ErrEmpty},
		{"image/png", MaxBytes + 1, ErrTooLarge},
	}
	for _, tt := range tests {
		if got := CheckUpload(tt.contentType, tt.size); !errors.Is(got, tt.want) {
			t.Errorf("CheckUpload(%q, %d) = %v, want %v", tt.contentType, tt.size, got, tt.want)
		}
	}
}
