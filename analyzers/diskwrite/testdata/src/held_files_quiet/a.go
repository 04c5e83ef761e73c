package held_files_quiet // want package:`writes through held_files_quiet.Server.accessW, held_files_quiet.Server.enc, held_files_quiet.Server.out`

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"

	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
)

type Server struct {
	logger  *log.Logger
	slogger *slog.Logger
	zl      zerolog.Logger
	lr      *logrus.Logger
	accessW io.Writer
	buf     *bytes.Buffer
	out     io.Writer
	dump    *os.File // opened for reading only
	enc     *json.Encoder
}

// Loggers writing to files opened at startup are the loggers' business.
func (s *Server) hello(w http.ResponseWriter, r *http.Request) {
	s.logger.Printf("hello %s", r.FormValue("name"))
	s.slogger.Info("hello", "name", r.FormValue("name"))
	s.zl.Info().Msg("hello")
	s.lr.Info("hello")
	log.Printf("hello")
	fmt.Fprintf(s.accessW, "%s %s\n", r.Method, r.URL.Path)
}

// Memory buffers and standard streams are not files on disk.
func (s *Server) echo(w http.ResponseWriter, r *http.Request) {
	s.buf.WriteString(r.FormValue("x"))
	fmt.Fprintln(s.out, r.FormValue("x"))
	s.enc.Encode(r.FormValue("x"))
	fmt.Fprintln(w, "ok")
}

func (s *Server) read(w http.ResponseWriter, r *http.Request) {
	io.Copy(w, s.dump)
}

func main() {
	lf, _ := os.OpenFile("app.jsonl", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	access, _ := os.OpenFile("access.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	dump, _ := os.Open("dump.bin")
	log.SetOutput(lf)
	lr := logrus.New()
	lr.SetOutput(lf)
	lr.Out = io.MultiWriter(os.Stderr, lf)
	s := &Server{
		logger:  log.New(lf, "", 0),
		slogger: slog.New(slog.NewJSONHandler(lf, nil)),
		zl:      zerolog.New(lf),
		lr:      lr,
		accessW: access,
		buf:     new(bytes.Buffer),
		out:     os.Stdout,
		dump:    dump,
		enc:     json.NewEncoder(os.Stdout),
	}
	http.HandleFunc("/hello", s.hello)
	http.HandleFunc("/echo", s.echo)
	http.HandleFunc("/read", s.read)
	http.ListenAndServe(":8080", nil)
}
