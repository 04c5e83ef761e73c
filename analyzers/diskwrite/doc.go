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
// gocloud.dev/blob buckets that keep their objects in this instance are
// reported too: a fileblob or memblob bucket, or blob.OpenBucket of a
// file:// or mem:// URL, that a handler stores objects in — at the write
// when the handler opens the bucket, else where the bucket is opened into
// the variable or field the handlers write through.
//
// It does not report files under a temporary directory the request makes
// (the tempfile check decides those), files removed before the handler
// returns (os.Remove or os.RemoveAll of the file or a directory above it,
// deferred or on every path), writes to os.Stdout or os.Stderr, files
// opened for reading, or files written by main, init and other code no
// handler reaches, such as log files opened at startup.
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
