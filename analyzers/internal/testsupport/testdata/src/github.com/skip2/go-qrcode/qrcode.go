// Package qrcode is a test stub mirroring the part of the exported API of
// github.com/skip2/go-qrcode v0.0.0-20200617195104-da1b6568686e that
// statecheck's tests use: QR codes encoded to bytes or written to a path.
package qrcode

import "image/color"

// RecoveryLevel is the error detection/recovery capacity.
type RecoveryLevel int

// The recovery levels.
const (
	Low RecoveryLevel = iota
	Medium
	High
	Highest
)

// QRCode represents a valid QR Code.
type QRCode struct {
	Content string
}

// New constructs a QRCode.
func New(content string, level RecoveryLevel) (*QRCode, error) { return &QRCode{Content: content}, nil }

// Encode a QR Code and return a raw PNG image.
func Encode(content string, level RecoveryLevel, size int) ([]byte, error) { return nil, nil }

// WriteFile encodes, then writes a QR Code to the given filename in PNG
// format.
func WriteFile(content string, level RecoveryLevel, size int, filename string) error { return nil }

// WriteColorFile encodes, then writes a QR Code to the given filename in
// PNG format, with the given colors.
func WriteColorFile(content string, level RecoveryLevel, size int, background, foreground color.Color, filename string) error {
	return nil
}

// PNG returns the QR Code as a PNG image.
func (q *QRCode) PNG(size int) ([]byte, error) { return nil, nil }

// WriteFile writes the QR Code as a PNG image to the specified file.
func (q *QRCode) WriteFile(size int, filename string) error { return nil }
