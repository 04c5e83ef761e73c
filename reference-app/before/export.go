package main

import (
	"crypto/rand"
	"encoding/csv"
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

// exportDir holds finished CSV exports.
var exportDir string

// An exportJob is one CSV export of a user's order history.
type exportJob struct {
	ID     string
	Status string // queued, running, done or failed
	owner  string
	path   string
}

// exports tracks every export job by id so that clients can poll it.
var (
	exportsMu sync.Mutex
	exports   = map[string]*exportJob{}
)

// handleStartExport starts the export in the background and answers at
// once: building the file takes a few seconds, longer than a client should
// hold a request open.
func handleStartExport(w http.ResponseWriter, r *http.Request) {
	job := &exportJob{ID: rand.Text(), Status: "queued", owner: currentUser(r)}
	exportsMu.Lock()
	exports[job.ID] = job
	exportsMu.Unlock()

	go runExport(job)

	writeJSON(w, http.StatusAccepted, map[string]string{"id": job.ID, "status": job.Status})
}

func runExport(job *exportJob) {
	setExportStatus(job, "running", "")
	path := filepath.Join(exportDir, job.ID+".csv")
	if err := writeOrderHistory(path, job.owner); err != nil {
		log.Printf("export %s: %v", job.ID, err)
		setExportStatus(job, "failed", "")
		return
	}
	setExportStatus(job, "done", path)
}

func setExportStatus(job *exportJob, status, path string) {
	exportsMu.Lock()
	defer exportsMu.Unlock()
	job.Status = status
	job.path = path
}

// writeOrderHistory writes the user's order history as CSV. The order
// service answers one page at a time and slowly, which is why exports run
// in the background.
func writeOrderHistory(path, user string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	cw := csv.NewWriter(f)
	cw.Write([]string{"order", "user", "sku", "quantity"})
	for i := 1; i <= orderRows; i++ {
		time.Sleep(orderPageDelay)
		cw.Write([]string{strconv.Itoa(i), user, fmt.Sprintf("sku-%02d", i%7), strconv.Itoa(1 + i%3)})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return f.Close()
}

const (
	orderRows      = 30
	orderPageDelay = 100 * time.Millisecond
)

// lookupExport returns the caller's job with the id in the path, or nil.
func lookupExport(r *http.Request) *exportJob {
	exportsMu.Lock()
	defer exportsMu.Unlock()
	job, ok := exports[r.PathValue("id")]
	if !ok || job.owner != currentUser(r) {
		return nil
	}
	snapshot := *job
	return &snapshot
}

func handleExportStatus(w http.ResponseWriter, r *http.Request) {
	job := lookupExport(r)
	if job == nil {
		writeError(w, http.StatusNotFound, "unknown export")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"id": job.ID, "status": job.Status})
}

func handleExportFile(w http.ResponseWriter, r *http.Request) {
	job := lookupExport(r)
	switch {
	case job == nil:
		writeError(w, http.StatusNotFound, "unknown export")
	case job.Status != "done":
		writeError(w, http.StatusConflict, "export is not finished")
	default:
		w.Header().Set("Content-Type", "text/csv")
		w.Header().Set("Content-Disposition", `attachment; filename="orders.csv"`)
		http.ServeFile(w, r, job.path)
	}
}
