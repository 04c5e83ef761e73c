package cluster

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// Binaries locates the programs a cluster runs.
type Binaries struct {
	RedisServer string
	Nginx       string
	Versitygw   string
}

// Config describes one cluster.
type Config struct {
	// Dir holds all state: logs, pid files, Redis and S3 data, nginx's
	// prefix.
	Dir string
	// Shop is the shop binary both instances run.
	Shop string
	// Backends starts Redis and S3 for the shop (after/ needs them,
	// before/ does not).
	Backends bool
	// Env is added to each shop instance's environment. Per-instance
	// directories AVATAR_DIR, EXPORT_DIR and TMPDIR are set as well, so
	// that the two instances share no disk, as on two machines.
	Env []string
	// Balance are directives added to nginx's upstream block, such as
	// "ip_hash;"; none balances round-robin.
	Balance []string
	Binaries
}

// S3 is how to reach the object store.
type S3 struct {
	Endpoint  string // http://127.0.0.1:port
	AccessKey string
	SecretKey string
	Bucket    string
}

// Cluster is a running deployment.
type Cluster struct {
	cfg Config
	// URL is nginx, the deployment's front door.
	URL string
	// RedisURL and S3 locate the backing services when Backends is set.
	RedisURL string
	S3       S3
	// Shops are the two instances behind nginx.
	Shops [2]*Shop

	procs group
	nginx *proc
}

// Start brings a cluster up. On error, what was started is stopped again.
func Start(ctx context.Context, cfg Config) (c *Cluster, err error) {
	c = &Cluster{cfg: cfg}
	defer func() {
		if err != nil {
			c.Close()
		}
	}()
	if cfg.Backends {
		if err := c.startRedis(ctx); err != nil {
			return nil, err
		}
		if err := c.startS3(ctx); err != nil {
			return nil, err
		}
	}
	env := append([]string{"PATH=" + os.Getenv("PATH")}, cfg.Env...)
	if cfg.Backends {
		env = append(env,
			"REDIS_URL="+c.RedisURL,
			"S3_ENDPOINT="+c.S3.Endpoint,
			"S3_ACCESS_KEY="+c.S3.AccessKey,
			"S3_SECRET_KEY="+c.S3.SecretKey,
			"S3_BUCKET="+c.S3.Bucket)
	}
	for i := range c.Shops {
		port, err := FreePort()
		if err != nil {
			return nil, err
		}
		name := fmt.Sprintf("shop%d", i+1)
		dir := filepath.Join(cfg.Dir, name)
		s := &Shop{
			Name:  name,
			Addr:  "127.0.0.1:" + strconv.Itoa(port),
			bin:   cfg.Shop,
			dir:   cfg.Dir,
			procs: &c.procs,
		}
		s.env = append(append([]string{}, env...),
			"ADDR="+s.Addr, "HTTP_ADDR="+s.Addr,
			"AVATAR_DIR="+filepath.Join(dir, "avatars"),
			"EXPORT_DIR="+filepath.Join(dir, "exports"),
			"TMPDIR="+filepath.Join(dir, "tmp"))
		if err := os.MkdirAll(filepath.Join(dir, "tmp"), 0o755); err != nil {
			return nil, err
		}
		c.Shops[i] = s
		if err := s.Start(ctx); err != nil {
			return nil, err
		}
	}
	if err := c.startNginx(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops everything; nginx and the shops get a moment to exit
// cleanly, the rest is killed.
func (c *Cluster) Close() {
	if c.nginx != nil {
		c.nginx.signal(syscall.SIGQUIT, 5*time.Second)
	}
	c.procs.killAll()
}

func (c *Cluster) startRedis(ctx context.Context) error {
	port, err := FreePort()
	if err != nil {
		return err
	}
	dir := filepath.Join(c.cfg.Dir, "redis")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	p, err := start(c.cfg.Dir, "redis", c.cfg.RedisServer, []string{
		"--port", strconv.Itoa(port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--dir", dir,
		"--daemonize", "no", "--logfile", "",
	}, nil)
	if err != nil {
		return err
	}
	c.procs.add(p)
	if err := waitTCP(ctx, addr, p); err != nil {
		return err
	}
	c.RedisURL = "redis://" + addr + "/0"
	return nil
}

func (c *Cluster) startS3(ctx context.Context) error {
	port, err := FreePort()
	if err != nil {
		return err
	}
	dir := filepath.Join(c.cfg.Dir, "s3")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	c.S3 = S3{
		Endpoint:  "http://" + addr,
		AccessKey: "e2e-access-key",
		SecretKey: "e2e-secret-key-0123456789",
		Bucket:    "shop",
	}
	p, err := start(c.cfg.Dir, "versitygw", c.cfg.Versitygw,
		[]string{"--port", addr, "posix", dir},
		[]string{"ROOT_ACCESS_KEY=" + c.S3.AccessKey, "ROOT_SECRET_KEY=" + c.S3.SecretKey})
	if err != nil {
		return err
	}
	c.procs.add(p)
	if err := waitTCP(ctx, addr, p); err != nil {
		return err
	}
	// The bucket belongs to the deployment, not to the shop.
	s3, err := c.S3Client()
	if err != nil {
		return err
	}
	if err := s3.MakeBucket(ctx, c.S3.Bucket, minio.MakeBucketOptions{}); err != nil {
		return fmt.Errorf("create bucket: %w", err)
	}
	return nil
}

// S3Client returns a client of the cluster's object store.
func (c *Cluster) S3Client() (*minio.Client, error) {
	u, err := url.Parse(c.S3.Endpoint)
	if err != nil {
		return nil, err
	}
	return minio.New(u.Host, &minio.Options{
		Creds:  credentials.NewStaticV4(c.S3.AccessKey, c.S3.SecretKey, ""),
		Region: "us-east-1",
	})
}

// nginxConf balances the two shops round-robin, unless Config.Balance
// adds a balancing method to the upstream block. A shop that refuses a
// connection is skipped for that request; max_fails=0 keeps nginx from
// also benching it for a while, which during a rolling restart could
// bench the freshly restarted shop just as the other one stops. A request
// already sent to a shop that dies is retried elsewhere only if it is
// idempotent; otherwise the client gets 502. Request and response bodies
// stay in memory (the avatars are small), so nginx's workers, which may
// run as another user, never touch the state directory.
const nginxConf = `
worker_processes 1;
daemon off;
pid {{prefix}}/nginx.pid;
error_log {{prefix}}/error.log warn;
events { worker_connections 512; }
http {
	access_log {{prefix}}/access.log;
	client_body_temp_path {{prefix}}/client_body;
	proxy_temp_path {{prefix}}/proxy;
	fastcgi_temp_path {{prefix}}/fastcgi;
	uwsgi_temp_path {{prefix}}/uwsgi;
	scgi_temp_path {{prefix}}/scgi;
	client_max_body_size 4m;
	client_body_buffer_size 4m;
	proxy_max_temp_file_size 0;

	upstream shop {
		{{balance}}
		server {{shop1}} max_fails=0;
		server {{shop2}} max_fails=0;
	}
	server {
		listen {{listen}};
		location / {
			proxy_pass http://shop;
			proxy_set_header Host $http_host;
			proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
			proxy_next_upstream error timeout;
			proxy_connect_timeout 1s;
			proxy_read_timeout 30s;
		}
	}
}
`

func (c *Cluster) startNginx(ctx context.Context) error {
	port, err := FreePort()
	if err != nil {
		return err
	}
	prefix := filepath.Join(c.cfg.Dir, "nginx")
	if err := os.MkdirAll(prefix, 0o755); err != nil {
		return err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	conf := strings.NewReplacer(
		"{{prefix}}", prefix,
		"{{listen}}", addr,
		"{{shop1}}", c.Shops[0].Addr,
		"{{shop2}}", c.Shops[1].Addr,
		"{{balance}}", strings.Join(c.cfg.Balance, "\n\t\t"),
	).Replace(nginxConf)
	confPath := filepath.Join(prefix, "nginx.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o644); err != nil {
		return err
	}
	p, err := start(c.cfg.Dir, "nginx", c.cfg.Nginx,
		[]string{"-p", prefix, "-c", confPath, "-e", filepath.Join(prefix, "error.log")}, nil)
	if err != nil {
		return err
	}
	c.procs.add(p)
	c.nginx = p
	if err := waitTCP(ctx, addr, p); err != nil {
		return err
	}
	c.URL = "http://" + addr
	return nil
}

// Shop is one shop instance. It can be killed and started again on the
// same address.
type Shop struct {
	Name string
	Addr string

	bin   string
	dir   string
	env   []string
	procs *group
	p     *proc
}

// Start starts the instance and waits until it is healthy.
func (s *Shop) Start(ctx context.Context) error {
	p, err := start(s.dir, s.Name, s.bin, nil, s.env)
	if err != nil {
		return err
	}
	s.p = p
	s.procs.add(p)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return waitHealthy(ctx, "http://"+s.Addr+"/healthz", p)
}

// LogPath is the file that collects the instance's output, across
// restarts.
func (s *Shop) LogPath() string { return filepath.Join(s.dir, "logs", s.Name+".log") }

// Kill ends the instance with SIGKILL: no chance to finish anything.
func (s *Shop) Kill() error {
	return s.p.signal(syscall.SIGKILL, 10*time.Second)
}

// Stop sends SIGTERM and waits up to timeout for the instance to exit. It
// returns the process's exit error: nil only for a clean exit with status 0.
func (s *Shop) Stop(timeout time.Duration) error {
	if err := s.p.signal(syscall.SIGTERM, timeout); err != nil {
		return err
	}
	return s.p.err
}
