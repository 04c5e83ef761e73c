// Package cluster starts the pieces of an end-to-end run on this machine:
// Redis, versitygw (S3), two shop instances and nginx balancing them
// round-robin. Everything listens on 127.0.0.1 on free ports and keeps its
// state under one directory.
//
// Each process is started in its own process group, dies with the test
// process (Pdeathsig), and leaves its group id in Dir/pids so that the
// wrapper script can kill whatever is left should the test itself be
// killed.
package cluster

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// A proc is one child process.
type proc struct {
	name string
	cmd  *exec.Cmd
	done chan struct{}
	err  error // valid once done is closed
}

// start runs name with args and env, output to Dir/logs/name.log.
func start(dir, name, bin string, args, env []string) (*proc, error) {
	logPath := filepath.Join(dir, "logs", name+".log")
	if err := os.MkdirAll(filepath.Dir(logPath), 0o755); err != nil {
		return nil, err
	}
	log, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	p := &proc{name: name, cmd: cmd, done: make(chan struct{})}
	pidFile := filepath.Join(dir, "pids", name)
	if err := os.MkdirAll(filepath.Dir(pidFile), 0o755); err == nil {
		os.WriteFile(pidFile, []byte(strconv.Itoa(cmd.Process.Pid)), 0o644)
	}
	go func() {
		p.err = cmd.Wait()
		log.Close()
		os.Remove(pidFile)
		close(p.done)
	}()
	return p, nil
}

// signal sends sig to the process and waits up to timeout for it to exit.
func (p *proc) signal(sig syscall.Signal, timeout time.Duration) error {
	select {
	case <-p.done:
		return fmt.Errorf("%s had already exited: %v", p.name, p.err)
	default:
	}
	if err := p.cmd.Process.Signal(sig); err != nil {
		return err
	}
	select {
	case <-p.done:
		return nil
	case <-time.After(timeout):
		syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		<-p.done
		return fmt.Errorf("%s did not exit within %s of %v", p.name, timeout, sig)
	}
}

// kill ends the whole process group at once; it is for teardown.
func (p *proc) kill() {
	select {
	case <-p.done:
		return
	default:
	}
	syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	<-p.done
}

// FreePort returns a TCP port on 127.0.0.1 that nothing listens on now.
func FreePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// waitTCP waits until addr accepts connections.
func waitTCP(ctx context.Context, addr string, p *proc) error {
	for {
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err == nil {
			c.Close()
			return nil
		}
		select {
		case <-p.done:
			return fmt.Errorf("%s exited before listening on %s: %v (see its log)", p.name, addr, p.err)
		case <-ctx.Done():
			return fmt.Errorf("%s not listening on %s: %w", p.name, addr, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// waitHealthy waits until GET url answers 200.
func waitHealthy(ctx context.Context, url string, p *proc) error {
	client := &http.Client{Timeout: time.Second}
	for {
		resp, err := client.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-p.done:
			return fmt.Errorf("%s exited before it was healthy: %v (see its log)", p.name, p.err)
		case <-ctx.Done():
			return fmt.Errorf("%s not healthy at %s: %w", p.name, url, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// group tracks processes for teardown.
type group struct {
	mu    sync.Mutex
	procs []*proc
}

func (g *group) add(p *proc) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.procs = append(g.procs, p)
}

// killAll kills every process still running, newest first.
func (g *group) killAll() {
	g.mu.Lock()
	defer g.mu.Unlock()
	for i := len(g.procs) - 1; i >= 0; i-- {
		g.procs[i].kill()
	}
	g.procs = nil
}
