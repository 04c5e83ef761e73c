// Package e2e runs both versions of the shop as a real deployment — two
// instances behind nginx round-robin, with Redis and versitygw for after/
// — walks a client through every feature, then kills and rolling-restarts
// instances under load, and counts what clients lost. after/ must lose
// nothing; before/ must lose sessions, uploads and exports, because that
// is what the in-process state statecheck reports costs. before/ runs a
// second time behind the sticky balancing its deploy/nginx.conf ships
// (ip_hash), which statecheck deploy reports: it must still lose
// sessions and uploads, since affinity only hides the state until the
// instance holding it stops.
//
// It needs redis-server, nginx and versitygw and runs only when
// STATECHECK_E2E=1; e2e/run.sh installs what is missing and runs it.
package e2e

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/statecheck/statecheck/reference-app/e2e/cluster"
	"github.com/statecheck/statecheck/reference-app/e2e/scenario"
)

const (
	password      = "e2e-shop-password"
	ratePerSecond = 10
	rateBurst     = 20
)

var load = scenario.LoadOptions{
	Users:       8,
	Pace:        120 * time.Millisecond,
	MaxRequests: 20000,
	MaxDuration: 2 * time.Minute,
	// A job whose worker was SIGKILLed is retried once asynq's lease on it
	// has expired (30 s after the last heartbeat), 30 s more have passed
	// for clock skew, and a recoverer, which looks once a minute, has
	// noticed: about 75 s after the kill, about 55 s after the loop ends.
	Settle: 120 * time.Second,
}

func TestShop(t *testing.T) {
	if os.Getenv("STATECHECK_E2E") != "1" {
		t.Skip("set STATECHECK_E2E=1 (e2e/run.sh does) to run the end-to-end test")
	}
	bins := cluster.Binaries{
		RedisServer: lookPath(t, "E2E_REDIS_SERVER", "redis-server"),
		Nginx:       lookPath(t, "E2E_NGINX", "nginx"),
		Versitygw:   lookPath(t, "E2E_VERSITYGW", "versitygw"),
	}
	stateDir := os.Getenv("E2E_STATE_DIR")
	if stateDir == "" {
		stateDir = t.TempDir()
	}
	binDir := filepath.Join(stateDir, "bin")
	for _, version := range []string{"before", "after"} {
		build(t, binDir, version)
	}

	// The two versions run side by side, each with its own services and
	// ports: most of a run is spent waiting (for restarts, for a killed
	// worker's lease to expire), not computing.
	// after/ runs behind the balancing its deploy/nginx.conf ships, which
	// must be round-robin; before/ behind round-robin and behind its own
	// sticky balancing.
	if b := shippedBalance(t, "after"); len(b) > 0 {
		t.Fatalf("after/deploy/nginx.conf balances with %q: after/ must ship round-robin", b)
	}
	sticky := shippedBalance(t, "before")
	if len(sticky) == 0 {
		t.Fatal("before/deploy/nginx.conf ships no sticky balancing: the sticky run would test round-robin twice")
	}
	deployments := []struct {
		name, version string
		balance       []string
	}{
		{"before", "before", nil},
		{"before-sticky", "before", sticky},
		{"after", "after", nil},
	}
	reports := map[string]*scenario.Report{}
	var mu sync.Mutex
	t.Run("run", func(t *testing.T) {
		for _, d := range deployments {
			t.Run(d.name, func(t *testing.T) {
				t.Parallel()
				r := run(t, bins, filepath.Join(binDir, d.version), filepath.Join(stateDir, d.name), d.version == "after", d.balance)
				mu.Lock()
				reports[d.name] = r
				mu.Unlock()
			})
		}
	})
	if r := reports["after"]; r != nil {
		t.Run("after loses nothing", func(t *testing.T) { assertNothingLost(t, r) })
	}
	if r := reports["before"]; r != nil {
		t.Run("before loses state", func(t *testing.T) { assertLosses(t, r) })
	}
	if r := reports["before-sticky"]; r != nil {
		t.Run("before behind sticky sessions still loses state", func(t *testing.T) { assertStickyLosses(t, r, sticky) })
	}
}

// shippedBalance returns the balancing directives of the upstream block
// of version's deploy/nginx.conf: its lines other than server lines and
// comments, such as "ip_hash;".
func shippedBalance(t *testing.T, version string) []string {
	t.Helper()
	conf := filepath.Join("..", version, "deploy", "nginx.conf")
	data, err := os.ReadFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	in, found := false, false
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "upstream ") && strings.HasSuffix(line, "{"):
			in, found = true, true
		case !in:
		case line == "}":
			in = false
		case line == "", strings.HasPrefix(line, "#"), strings.HasPrefix(line, "server "):
		default:
			out = append(out, line)
		}
	}
	if !found {
		t.Fatalf("%s has no upstream block", conf)
	}
	return out
}

// run deploys one version, walks it, probes its rate limit and runs the
// load with a SIGKILL and a rolling restart.
func run(t *testing.T, bins cluster.Binaries, shop, dir string, backends bool, balance []string) *scenario.Report {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	c, err := cluster.Start(ctx, cluster.Config{
		Dir:      dir,
		Shop:     shop,
		Backends: backends,
		Balance:  balance,
		Binaries: bins,
		Env: []string{
			"SHOP_PASSWORD=" + password,
			"JWT_SECRET=e2e-jwt-secret-0123456789abcdef0123",
			"JWT_SIGNING_KEY=e2e-jwt-secret-0123456789abcdef0123",
			fmt.Sprintf("RATE_LIMIT_PER_SECOND=%d", ratePerSecond),
			fmt.Sprintf("RATE_LIMIT_BURST=%d", rateBurst),
			"SHUTDOWN_TIMEOUT=20s",
		},
	})
	if err != nil {
		t.Fatalf("start cluster (logs in %s/logs): %v", dir, err)
	}
	defer c.Close()

	opts := scenario.Options{
		URL:           c.URL,
		Password:      password,
		Transport:     &http.Transport{MaxIdleConnsPerHost: 32, IdleConnTimeout: 30 * time.Second},
		RatePerSecond: ratePerSecond,
		RateBurst:     rateBurst,
	}
	r := scenario.NewReport()
	if err := scenario.Walk(ctx, opts, r); err != nil {
		t.Fatalf("walk: %v", err)
	}
	if err := scenario.ProbeRateLimit(ctx, opts, r); err != nil {
		t.Fatalf("rate-limit probe: %v", err)
	}
	start := time.Now()
	err = scenario.Load(ctx, opts, load, r, func(ctx context.Context) error { return disrupt(ctx, t, c, r, backends) })
	if err != nil {
		t.Fatalf("load: %v (logs in %s/logs)", err, dir)
	}
	t.Logf("load and settle took %v", time.Since(start).Round(time.Second))
	var out bytes.Buffer
	r.Print(&out, filepath.Base(dir))
	os.Stdout.Write(out.Bytes())
	return r
}

// disrupt kills one instance with SIGKILL and brings it back, then
// restarts both in turn with SIGTERM, all while the load runs. With
// jobLog, the kill waits for the instance's log to show an export job
// running.
func disrupt(ctx context.Context, t *testing.T, c *cluster.Cluster, r *scenario.Report, jobLog bool) error {
	pause := func(d time.Duration) error {
		select {
		case <-ctx.Done():
			return fmt.Errorf("disruption cut short: %w", ctx.Err())
		case <-time.After(d):
			return nil
		}
	}
	if err := pause(3 * time.Second); err != nil {
		return err
	}
	shop := c.Shops[0]
	// Make the SIGKILL land on a running export job (after/ logs them);
	// give up waiting after 10 s.
	running := runningExports(shop.LogPath())
	for deadline := time.Now().Add(10 * time.Second); jobLog && len(running) == 0 && time.Now().Before(deadline); {
		if err := pause(100 * time.Millisecond); err != nil {
			return err
		}
		running = runningExports(shop.LogPath())
	}
	t.Logf("SIGKILL %s while it runs export jobs %v", shop.Name, running)
	if jobLog && len(running) == 0 {
		t.Errorf("%s ran no export job for 10 s: the SIGKILL cannot test job recovery", shop.Name)
	}
	if err := shop.Kill(); err != nil {
		return err
	}
	if err := pause(time.Second); err != nil {
		return err
	}
	if err := shop.Start(ctx); err != nil {
		return fmt.Errorf("restart %s after SIGKILL: %w", shop.Name, err)
	}
	if err := pause(3 * time.Second); err != nil {
		return err
	}
	for _, shop := range c.Shops {
		t.Logf("rolling restart: SIGTERM %s", shop.Name)
		if err := shop.Stop(40 * time.Second); err != nil {
			t.Logf("%s: %v", shop.Name, err)
			r.AddUncleanExit()
		}
		if err := shop.Start(ctx); err != nil {
			return fmt.Errorf("restart %s after SIGTERM: %w", shop.Name, err)
		}
		if err := pause(2 * time.Second); err != nil {
			return err
		}
	}
	return nil
}

var exportLog = regexp.MustCompile(`export (started|done|interrupted)[^=]* id=(\S+)`)

// runningExports returns the ids of the export jobs a shop's log shows
// started and not yet done or interrupted.
func runningExports(logPath string) []string {
	data, err := os.ReadFile(logPath)
	if err != nil {
		return nil
	}
	running := map[string]bool{}
	for _, m := range exportLog.FindAllStringSubmatch(string(data), -1) {
		running[m[2]] = m[1] == "started"
	}
	var ids []string
	for id, r := range running {
		if r {
			ids = append(ids, id)
		}
	}
	return ids
}

func assertNothingLost(t *testing.T, r *scenario.Report) {
	for _, f := range scenario.Features {
		if n := r.Feature(f).Failed; n != 0 {
			t.Errorf("%s: %d failed requests", f, n)
		}
	}
	for what, n := range map[string]int{
		"sessions lost":           r.SessionsLost,
		"uploads lost":            r.UploadsLost,
		"exports lost":            r.ExportsLost,
		"exports stuck":           r.ExportsStuck,
		"requests over the limit": r.OverLimit,
		"unclean exits":           r.UncleanExits,
	} {
		if n != 0 {
			t.Errorf("%s: %d, want 0", what, n)
		}
	}
	if r.ExportsDone == 0 {
		t.Error("no export finished: the load did not exercise exports")
	}
	for _, c := range r.Checks() {
		if !c.OK {
			t.Errorf("check %q failed: %s", c.Name, c.Detail)
		}
	}
	if t.Failed() {
		for _, f := range r.Failures() {
			t.Log(f)
		}
	}
}

// assertLosses checks that before/ shows the failures its in-process state
// causes; a before/ that lost nothing would mean the test cannot see them.
func assertLosses(t *testing.T, r *scenario.Report) {
	for what, n := range map[string]int{
		"sessions lost (random 401s)":                   r.SessionsLost,
		"uploads lost (avatar on the other disk)":       r.UploadsLost,
		"exports lost or stuck (status in a map)":       r.ExportsLost + r.ExportsStuck,
		"failed cart reads (cart in a map)":             r.Feature(scenario.Cart).Failed,
		"requests over the limit (limiter per process)": r.OverLimit,
		"unclean exits (no graceful shutdown)":          r.UncleanExits,
	} {
		if n == 0 {
			t.Errorf("%s: 0, but before/ should show this loss", what)
		}
	}
	sawToken := false
	for _, c := range r.Checks() {
		if c.Name == "access token expires within 15 minutes" {
			sawToken = true
			if c.OK || !strings.Contains(c.Detail, "no exp claim") {
				t.Errorf("before/ should issue access tokens without exp: %s", c.Detail)
			}
		}
	}
	if !sawToken {
		t.Error("the walk never checked before/'s access token")
	}
}

// assertStickyLosses checks that before/ behind its sticky balancing still
// loses sessions and uploads: every client stays on one instance while it
// runs, and loses what that instance held when it stops.
func assertStickyLosses(t *testing.T, r *scenario.Report, balance []string) {
	for what, n := range map[string]int{
		"sessions lost (the pinned instance stopped)":   r.SessionsLost,
		"uploads lost (avatar on the stopped instance)": r.UploadsLost,
	} {
		if n == 0 {
			t.Errorf("%s: 0, but before/ behind %q should show this loss", what, balance)
		}
	}
}

// lookPath finds a program: $env if set, else on PATH (or /usr/sbin).
func lookPath(t *testing.T, env, name string) string {
	if p := os.Getenv(env); p != "" {
		return p
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if p := filepath.Join("/usr/sbin", name); fileExists(p) {
		return p
	}
	t.Fatalf("%s not found: install it (e2e/run.sh does) or set %s", name, env)
	return ""
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func build(t *testing.T, binDir, version string) {
	cmd := exec.Command("go", "build", "-o", filepath.Join(binDir, version), "./"+version)
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build %s: %v\n%s", version, err, out)
	}
}
