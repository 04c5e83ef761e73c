package quiet_setup

import (
	"database/sql"
	"html/template"
	"log"
	"log/slog"
	"net/http"
	"os"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
)

var (
	routes    = map[string]string{}
	config    map[string]string
	once      sync.Once
	templates map[string]*template.Template
	db        *sql.DB
	rdb       = redis.NewClient(&redis.Options{})
	requests  = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "requests_total"}, []string{"path"})
	logger    = slog.New(slog.NewJSONHandler(os.Stdout, nil))
	readOnly  = map[string]string{"a": "b"}
	client    *http.Client

	//statecheck:cache rendered pages, rebuilt from templates on a miss
	pages = map[string][]byte{}
)

func init() {
	routes["/"] = "home" // init: quiet
}

func loadTemplates() {
	templates = map[string]*template.Template{}
	templates["home"] = template.Must(template.New("home").Parse("hi"))
}

func handler(w http.ResponseWriter, r *http.Request) {
	once.Do(func() { config = map[string]string{"k": "v"} }) // sync.Once: quiet
	load := sync.OnceValue(func() int { config["x"] = "y"; return 1 })
	_ = load()
	scratch := map[string]int{} // request-scoped
	scratch[r.URL.Path]++
	var buf []string
	buf = append(buf, r.URL.Path)
	_ = readOnly[r.URL.Path] // read
	requests.WithLabelValues(r.URL.Path).Inc()
	logger.Info("request", "path", r.URL.Path)
	log.Printf("served %s", r.URL.Path)
	_, _ = db.Exec("INSERT INTO visits VALUES (?)", r.URL.Path)
	rdb.Set(r.Context(), "k", "v", 0)
	if client == nil {
		client = &http.Client{} // lazy initialization: quiet
	}
	pages[r.URL.Path] = []byte("cached") // declared a cache: quiet
	_ = templates["home"].Execute(w, nil)
}

func main() {
	loadTemplates() // before serving: quiet
	config = map[string]string{}
	config["addr"] = ":8080"
	http.HandleFunc("/", handler)
	log.Fatal(http.ListenAndServe(config["addr"], nil))
}
