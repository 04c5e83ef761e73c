// Package tempfile defines an Analyzer that reports temporary files and
// multipart spill files that a request leaves on the instance's disk.
//
// # Analyzer tempfile
//
// tempfile: report temporary files a request path leaves behind or lets escape
//
// Any instance can disappear at any moment, and the next request may land
// on any other. A temporary file a handler does not remove stays on this
// instance's disk: enough uploads fill it, and a later request that
// expects the file finds it only if it happens to reach the same
// instance.
//
// tempfile follows every request handler through the functions it calls,
// across packages, and reports
//
//   - os.CreateTemp, os.MkdirTemp, ioutil.TempFile and ioutil.TempDir,
//     and github.com/spf13/afero's TempFile and TempDir (also on
//     afero.Afero), whose file or directory is not removed before the
//     handler returns: os.Remove or os.RemoveAll of its name or of a
//     directory above it (for afero, the filesystem's Remove or RemoveAll),
//     deferred, or on every path from its creation to a return, directly
//     or through a function (of this package or another) that removes
//     what it is given. A helper that returns the file hands the duty to
//     its caller;
//   - those whose name escapes the request: stored in a package-level
//     variable or a field of the receiver, sent on a channel, or handed to
//     a goroutine or a timer;
//   - multipart forms parsed, by ParseMultipartForm or FormFile (gin's and
//     echo's FormFile and MultipartForm included), on a request that is a
//     copy, without RemoveAll.
//
// The multipart rule needs care. ParseMultipartForm keeps file parts
// beyond its memory limit in temporary files. After the handler returns,
// net/http removes them for the *http.Request it passed in, and only for
// that one: a handler that receives a copy made with r.WithContext or
// r.Clone parses into the copy, and its files stay in the temp dir for
// good. A plain http.ServeMux, gin and echo pass the original, so a form
// parsed there is quiet. The request is a copy when
//
//   - the handler, or a function it calls, makes the copy and parses it;
//   - the handler is registered on chi or gorilla/mux, which copy every
//     request to carry their route parameters;
//   - the handler, or the router it is registered on, is wrapped by scs
//     LoadAndSave, http.StripPrefix, http.TimeoutHandler,
//     http.MaxBytesHandler, otelhttp.NewHandler, echo's timeout
//     middleware, or a middleware of the analyzed code that passes a copy
//     on (next.ServeHTTP(w, r.WithContext(ctx)), c.Request = … on gin,
//     c.SetRequest(…) on echo), alone or in an alice chain; a gin or
//     echo router that uses such a middleware counts for every handler
//     registered on it.
//
// A handler declared in one package and registered behind a copy in
// another is reported at its registration. One finding is made per
// function, at its first parse. MultipartReader streams the body and
// makes no files; fiber (fasthttp) removes its own. FormValue and
// PostFormValue parse a multipart body too, with a 32 MB limit, but are
// not reported: they serve forms without files.
//
// The suggested fixes defer the removal right after the error check:
// defer os.Remove(f.Name()) or os.RemoveAll(dir) for a temporary file or
// directory, defer r.MultipartForm.RemoveAll() after a successful parse.
// An afero temporary file gets no fix: it is removed through its
// filesystem, which the fix cannot name.
//
// WRONG:
//
//	func upload(w http.ResponseWriter, r *http.Request) {
//		f, err := os.CreateTemp("", "upload-*")
//		if err != nil {
//			http.Error(w, err.Error(), 500)
//			return
//		}
//		io.Copy(f, r.Body)
//		process(f)
//	}
//
// RIGHT: remove it before returning, or stream the upload to object
// storage that every instance reads:
//
//	func upload(w http.ResponseWriter, r *http.Request) {
//		f, err := os.CreateTemp("", "upload-*")
//		if err != nil {
//			http.Error(w, err.Error(), 500)
//			return
//		}
//		defer os.Remove(f.Name())
//		io.Copy(f, r.Body)
//		process(f)
//	}
//
// Behind chi, remove the spill files of the copy:
//
//	r.Post("/avatar", func(w http.ResponseWriter, r *http.Request) {
//		if err := r.ParseMultipartForm(10 << 20); err != nil {
//			http.Error(w, err.Error(), 400)
//			return
//		}
//		defer r.MultipartForm.RemoveAll()
//		...
//	})
package tempfile
