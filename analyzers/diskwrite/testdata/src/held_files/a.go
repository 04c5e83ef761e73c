package held_files // want package:`writes through held_files.Store.csv, held_files.Store.enc, held_files.Store.f, held_files.Store.w, held_files.audit, held_files.events`

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
)

// Store keeps every order in files opened once, at startup.
type Store struct {
	f   *os.File
	enc *json.Encoder
	w   *bufio.Writer
	csv *csv.Writer
}

func NewStore(dir string) (*Store, error) {
	f, err := os.OpenFile(dir+"/orders.jsonl", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644) // want `file opened here keeps request data on local disk \(dir/orders.jsonl\): handler order writes to it through held_files.Store.enc \(a.go:\d+\); the only copy is on this instance's disk, unseen by the others and lost when it is replaced; keep the records in a database or object storage`
	if err != nil {
		return nil, err
	}
	raw, err := os.Create(dir + "/raw.bin") // want `file opened here keeps request data on local disk \(dir/raw.bin\): handler raw writes to it through held_files.Store.f`
	if err != nil {
		return nil, err
	}
	notes, _ := os.Create(dir + "/notes.txt") // want `file opened here keeps request data on local disk \(dir/notes.txt\): handler note writes to it through held_files.Store.w`
	rows, _ := os.Create(dir + "/rows.csv")   // want `file opened here keeps request data on local disk \(dir/rows.csv\): handler row writes to it through held_files.Store.csv`
	return &Store{f: raw, enc: json.NewEncoder(f), w: bufio.NewWriter(notes), csv: csv.NewWriter(rows)}, nil
}

func (s *Store) Add(v any) error { return s.enc.Encode(v) }

var store *Store

// events is opened in init and written by a handler.
var events *os.File

// audit writes to a file and to standard error at once.
var audit io.Writer

func init() {
	events, _ = os.OpenFile("events.jsonl", os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o600) // want `file opened here keeps request data on local disk \(events.jsonl\): handler event writes to it through held_files.events`
	f, _ := os.Create("audit.txt")                                                      // want `file opened here keeps request data on local disk \(audit.txt\): handler event writes to it through held_files.audit`
	audit = io.MultiWriter(os.Stderr, f)
}

func order(w http.ResponseWriter, r *http.Request) {
	var v map[string]any
	json.NewDecoder(r.Body).Decode(&v)
	store.Add(v)
}

func raw(w http.ResponseWriter, r *http.Request) {
	io.Copy(store.f, r.Body)
}

func note(w http.ResponseWriter, r *http.Request) {
	store.w.WriteString(r.FormValue("note"))
	store.w.Flush()
}

func row(w http.ResponseWriter, r *http.Request) {
	store.csv.Write([]string{r.FormValue("a"), r.FormValue("b")})
}

func event(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(events, "%s\n", r.FormValue("e"))
	fmt.Fprintln(audit, r.FormValue("e"))
}

func main() {
	store, _ = NewStore("data")
	counts, _ := os.Create("counts.txt")
	http.HandleFunc("/order", order)
	http.HandleFunc("/raw", raw)
	http.HandleFunc("/note", note)
	http.HandleFunc("/row", row)
	http.HandleFunc("/event", event)
	http.HandleFunc("/count", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(counts, r.FormValue("n")) // want `handler func literal in main writes counts.txt to local disk`
	})
	http.ListenAndServe(":8080", nil)
}
