package nethttp_unjoined

import (
	"context"
	"net/http"
	"sync"
	"time"
)

type Mailer struct{}

func (m *Mailer) Send(ctx context.Context, to, body string) error { return nil }

type Server struct {
	mailer *Mailer
	mu     sync.Mutex
	codes  map[string]string
}

func generateCSV(ctx context.Context, user string) {}

func (s *Server) signup(w http.ResponseWriter, r *http.Request) {
	go func() { // want `handler Server.signup starts a goroutine \(go func literal calling Mailer.Send\) that outlives the request: work in flight is lost when the instance stops; enqueue it to a durable queue \(asynq, river\) and let any instance report the job`
		_ = s.mailer.Send(r.Context(), r.FormValue("email"), "welcome")
	}()
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	go generateCSV(context.Background(), r.FormValue("user")) // want `handler Server.export starts a goroutine \(go generateCSV\) on context.Background\(\), cut from the request to outlive it: the work dies with this instance`
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) detached(w http.ResponseWriter, r *http.Request) {
	ctx := context.WithoutCancel(r.Context())
	go s.mailer.Send(ctx, "ops", "report") // want `handler Server.detached starts a goroutine \(go Mailer.Send\) on context.WithoutCancel`
}

func (s *Server) todo(w http.ResponseWriter, r *http.Request) {
	go func() { // want `on context.TODO\(\)`
		ctx, cancel := context.WithTimeout(context.TODO(), time.Minute)
		defer cancel()
		generateCSV(ctx, "all")
	}()
}

// issueCode expires the code in memory: the timer dies with the instance.
func (s *Server) issueCode(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	time.AfterFunc(5*time.Minute, func() { // want `handler Server.issueCode schedules a func literal with time.AfterFunc that fires after the request: the timer lives in this instance's memory and is lost when it stops; schedule a delayed job on a durable queue`
		s.mu.Lock()
		delete(s.codes, id)
		s.mu.Unlock()
	})
}

func (s *Server) audit(w http.ResponseWriter, r *http.Request) {
	context.AfterFunc(r.Context(), func() { generateCSV(context.Background(), "audit") }) // want `handler Server.audit registers a func literal calling generateCSV with context.AfterFunc`
}

// unwaited starts a WaitGroup's goroutine and never waits for it.
func unwaited(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Go(func() { generateCSV(r.Context(), "x") }) // want `handler unwaited starts a goroutine \(WaitGroup.Go func literal calling generateCSV\) and never waits for it`
}

// helper is no handler; the handler that calls it is reported at the go
// statement, with the chain.
func helper(user string) {
	go generateCSV(context.Background(), user) // want `handler viaHelper → helper starts a goroutine \(go generateCSV\)`
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	helper(r.FormValue("user"))
}

func main() {
	s := &Server{mailer: &Mailer{}, codes: map[string]string{}}
	http.HandleFunc("/signup", s.signup)
	http.HandleFunc("/export", s.export)
	http.HandleFunc("/detached", s.detached)
	http.HandleFunc("/todo", s.todo)
	http.HandleFunc("/code", s.issueCode)
	http.HandleFunc("/audit", s.audit)
	http.ListenAndServe(":8080", nil)
}
