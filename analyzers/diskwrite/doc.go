// Package diskwrite defines an Analyzer that reports request data written
// to the instance's local disk.
//
// # Analyzer diskwrite
//
// diskwrite: report files written to local disk on a request path
//
// Any instance must be able to serve any request. An avatar saved to
// ./uploads on the instance that took the upload is missing on every
// other instance, and lost when that instance is replaced: its disk goes
// with it.
//
// diskwrite follows every request handler through the functions it calls,
// across packages, and reports files written to a local path that
// outlives the request: os.Create, os.WriteFile, ioutil.WriteFile,
// os.OpenFile with a flag that writes, gin's SaveUploadedFile, fiber's
// SaveFile and fasthttp's SaveMultipartFile (io.Copy into such a file is
// reported at the file's creation). The message says where the file goes.
// A helper that opens with the flag its caller passes (open(name string,
// flag int)) writes when a caller, in this package or another, passes a
// constant flag that writes; the finding is at that call.
//
// Libraries that save a document to a path count as file writes:
//
//	xuri/excelize (v2, and the older 360EntSecGroup-Skylar paths)  File.SaveAs
//	tealeg/xlsx (v1, v3)                                          File.Save
//	jung-kurt/gofpdf, go-pdf/fpdf                                 Fpdf.OutputFileAndClose
//	skip2/go-qrcode                                               WriteFile, WriteColorFile, QRCode.WriteFile
//	mholt/archiver/v3                                             Archive, Unarchive
//
// A library that writes into an io.Writer (excelize's Write, gofpdf's
// Output, png, jpeg and gif Encode, zip and tar writers) writes a file
// only when handed one: the file's creation on the request path is what
// is reported, and writing to the response stays quiet.
//
// Stores of this instance that a handler writes through are reported
// where they are made when the handlers only see the variable or field
// that holds them, often in another package:
//
//   - gocloud.dev/blob buckets: a fileblob or memblob bucket, or
//     blob.OpenBucket of a file:// or mem:// URL;
//   - github.com/spf13/afero filesystems: NewOsFs, and a BasePathFs,
//     RegexpFs, CopyOnWriteFs (its layer) or CacheOnReadFs (base or layer)
//     over one, written by afero.WriteFile, WriteReader, Fs.Create or
//     Fs.OpenFile with a writing flag, also through afero.Afero. A
//     MemMapFs is reported the same way, as memory of this instance, as
//     memblob is. A ReadOnlyFs writes nothing and stays quiet;
//   - a file opened for writing once, at startup or in a constructor
//     (os.Create, os.OpenFile with a writing flag), held in a field or
//     package-level variable directly or behind bufio.Writer,
//     json/gob/xml.Encoder, csv.Writer, gzip.Writer or io.MultiWriter,
//     and written on a request path (Write, WriteString, Encode, fmt.Fprint*,
//     io.Copy, io.WriteString). This is the file-backed store of many
//     small services: the only copy of the data is on one instance's
//     disk.
//
// The finding is at the write when the handler opens the store itself or
// captures it from the function that does, else where the store is
// opened into the variable or field the handlers write through (also
// through a constructor of another package that keeps its argument, or a
// function that wraps it and returns it), with the writes as related
// information. When the store is opened in a package the handlers'
// package imports, the finding is at the handler's first write, or where
// the implementation that writes is wired behind an interface, with the
// opening and every write as related information. One store is one
// finding however many handlers write through it; each of their writes
// is a related position, a line to change.
//
// It does not report files under a temporary directory the request makes
// (the tempfile check decides those), files removed before the handler
// returns (os.Remove or os.RemoveAll of the file or a directory above it,
// deferred or on every path), writes to os.Stdout or os.Stderr, files
// opened for reading, or files written by main, init and other code no
// handler reaches. Files opened at startup and written by loggers (log,
// slog, zap, zerolog, logrus, lumberjack) are the loggers' business and
// stay quiet, as do held files whose constant name ends in ".log";
// standard output and error are no files on this disk.
//
// WRONG:
//
//	func (s *Server) avatar(c *gin.Context) {
//		fh, err := c.FormFile("avatar")
//		...
//		c.SaveUploadedFile(fh, filepath.Join("uploads", userID(c)+".png"))
//	}
//
// RIGHT: put the object in shared object storage, or let the client
// upload it there directly with a presigned URL:
//
//	func (s *Server) avatarURL(c *gin.Context) {
//		u, err := s.minio.PresignedPutObject(c, "avatars", userID(c)+".png", 15*time.Minute)
//		...
//		c.JSON(http.StatusOK, gin.H{"upload": u.String()})
//	}
package diskwrite
