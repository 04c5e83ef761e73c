// Package excelize is a test stub mirroring the part of the exported API
// of github.com/xuri/excelize/v2 v2.8.1 that statecheck's tests use: a
// workbook made or opened, filled, and saved to a path or written to a
// writer.
package excelize

import "io"

// Options define the options for opening and reading the spreadsheet.
type Options struct {
	Password string
}

// File define a populated spreadsheet file struct.
type File struct{}

// NewFile provides a function to create new file by default template.
func NewFile(opts ...Options) *File { return &File{} }

// OpenFile take the name of a spreadsheet file and returns a populated
// spreadsheet file struct for it.
func OpenFile(filename string, opts ...Options) (*File, error) { return &File{}, nil }

// SetCellValue provides a function to set the value of a cell.
func (f *File) SetCellValue(sheet, cell string, value interface{}) error { return nil }

// SaveAs provides a function to create or update to a spreadsheet at the
// provided path.
func (f *File) SaveAs(name string, opts ...Options) error { return nil }

// Write provides a function to write to an io.Writer.
func (f *File) Write(w io.Writer, opts ...Options) error { return nil }

// Close closes and cleans the temporary files of the spreadsheet.
func (f *File) Close() error { return nil }
