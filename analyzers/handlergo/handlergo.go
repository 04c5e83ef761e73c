package handlergo

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/report"
	"github.com/statecheck/statecheck/analyzers/internal/statewrite"
)

//go:embed doc.go
var docText string

// Analyzer reports goroutines and timers started on a request path and
// left running when the handler returns.
var Analyzer = statewrite.NewAnalyzer("handlergo", docText, run)

// connections also reports goroutines that serve a live connection.
var connections bool

func init() {
	Analyzer.Flags.BoolVar(&connections, "connections", false,
		"also report goroutines that hold a live connection (websocket pumps), which end with the connection")
}

func run(pass *analysis.Pass) (any, error) {
	r := report.New(pass)
	defer r.Finish()
	for _, f := range statewrite.Collect(pass, selectSpawn, statewrite.ResourceKey) {
		pos, end := statewrite.ShortRange(pass, f.Pos)
		r.Report(analysis.Diagnostic{
			Pos:     pos,
			End:     end,
			Message: message(f),
			Related: f.Related(pass.Fset, "started here"),
		})
	}
	return nil, nil
}

// selectSpawn picks the goroutines and callbacks left running.
func selectSpawn(_ *analysis.Pass, _ *entry.Result, _ *entry.Handler, e *effects.Effect) (string, bool) {
	if e.Kind != effects.Spawn || e.Conn && !connections {
		return "", false
	}
	return e.Noun + " " + e.Subject, true
}

// message renders a finding:
//
//	handler export starts a goroutine (go generateCSV) that outlives the request: work in flight is lost when the instance stops; enqueue it to a durable queue (asynq, river) and let any instance report the job
func message(f *statewrite.Finding) string {
	e := &f.Effect
	var b strings.Builder
	b.WriteString(statewrite.Subject(f))
	b.WriteString(" ")
	plural := statewrite.Plural(f)
	note := statewrite.RemoteNote(f, "start")
	timer := e.Noun == "time.AfterFunc"
	outlives := "that outlives the request"
	switch e.Noun {
	case "time.AfterFunc":
		fmt.Fprintf(&b, "%s %s with time.AfterFunc", statewrite.Verb("schedules", plural), article(e.Subject))
		outlives = "that fires after the request"
	case "context.AfterFunc":
		fmt.Fprintf(&b, "%s %s with context.AfterFunc", statewrite.Verb("registers", plural), article(e.Subject))
		outlives = "that runs after the request"
	case "goroutine":
		fmt.Fprintf(&b, "%s a goroutine (go %s)", statewrite.Verb("starts", plural), e.Subject)
	default: // errgroup.Group.Go, WaitGroup.Go
		fmt.Fprintf(&b, "%s a goroutine (%s %s)", statewrite.Verb("starts", plural), e.Noun, e.Subject)
		outlives = "and never waits for it, so it outlives the request"
	}
	switch {
	case e.Detached != "":
		fmt.Fprintf(&b, " on %s, cut from the request to outlive it%s: the work dies with this instance and no other instance knows it existed", e.Detached, note)
	case timer:
		fmt.Fprintf(&b, " %s%s: the timer lives in this instance's memory and is lost when it stops", outlives, note)
	default:
		fmt.Fprintf(&b, " %s%s: work in flight is lost when the instance stops", outlives, note)
	}
	if timer {
		b.WriteString("; schedule a delayed job on a durable queue (asynq ProcessIn, river ScheduledAt) or let a TTL in the shared store expire it")
	} else {
		b.WriteString("; enqueue it to a durable queue (asynq, river) and let any instance report the job")
	}
	return b.String()
}

// article prefixes a function's description for "schedules X": "a func
// literal", but a declared function by its name alone.
func article(subject string) string {
	if strings.HasPrefix(subject, "func literal") {
		return "a " + subject
	}
	return subject
}
