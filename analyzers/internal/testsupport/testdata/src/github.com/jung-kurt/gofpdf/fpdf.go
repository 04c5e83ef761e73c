// Package gofpdf is a test stub mirroring the part of the exported API of
// github.com/jung-kurt/gofpdf v1.16.2 that statecheck's tests use: a document made,
// saved to a path or written to a writer.
package gofpdf

import "io"

// Fpdf is the principal structure for creating a single PDF document.
type Fpdf struct{}

// New returns a pointer to a new Fpdf instance.
func New(orientationStr, unitStr, sizeStr, fontDirStr string) *Fpdf { return &Fpdf{} }

// AddPage adds a new page to the document.
func (f *Fpdf) AddPage() {}

// Cell is a simpler version of CellFormat with no fill, border, links or
// special alignment.
func (f *Fpdf) Cell(w, h float64, txtStr string) {}

// OutputFileAndClose creates or truncates the file specified by fileStr
// and writes the PDF document to it.
func (f *Fpdf) OutputFileAndClose(fileStr string) error { return nil }

// Output sends the PDF document to the writer specified by w.
func (f *Fpdf) Output(w io.Writer) error { return nil }
