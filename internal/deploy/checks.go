package deploy

// Check is one deployment check: its name (as in --enable, --disable and
// # statecheck:ignore), a title, and its documentation, the page
// statecheck explain prints, with a WRONG and a RIGHT example.
type Check struct {
	Name  string
	Title string
	Doc   string
	// Severity is the level its findings are reported at: error for
	// configuration that loses clients' data when an instance goes away,
	// warning for configuration that makes that likelier.
	Severity string
}

// Checks are the deployment checks, in the order of the README's table.
var Checks = []Check{
	{
		Name:     "stickysession",
		Severity: "error",
		Title:    "load balancers that pin each client to one instance",
		Doc: `stickysession: report load balancers that pin each client to one instance

Sticky sessions (client-IP or cookie affinity) are how a service that keeps
its clients' state in one process is made to look like it scales: every
request of a client goes to the instance that holds its session, cart or
upload. It fails exactly when that instance goes away. A deploy, a
scale-in, a node drain or a crash moves its clients to another instance,
which knows nothing of them: they are logged out, their carts are empty,
their uploads are missing. Load also stops spreading evenly: one client
behind a corporate NAT, or one busy cookie, pins its whole load on one
instance.

stickysession reports, in Kubernetes manifests: a Service with
sessionAffinity: ClientIP; Ingress annotations for cookie or client-hash
affinity (ingress-nginx affinity: cookie and upstream-hash-by on a client
address or cookie, HAProxy ingress cookie persistence, AWS ALB
stickiness.enabled=true); Traefik sticky cookies (the
traefik.ingress.kubernetes.io/service.sticky.cookie annotation, sticky in
IngressRoute and TraefikService resources); Gateway API sessionPersistence
(HTTPRoute, GRPCRoute, BackendLBPolicy); GKE BackendConfig
sessionAffinity; Istio DestinationRule consistentHash on a cookie, a
header or the source IP. In nginx: ip_hash, hash on $remote_addr,
$binary_remote_addr, $cookie_*, $http_cookie or a forwarded client
address, and sticky, in an upstream block (include is followed, so a
balancing directive from an included file counts). In HAProxy: balance source,
balance rdp-cookie or hdr() of a client header, cookie ... insert, prefix
or rewrite, and stick on, stick match and stick store-*. In a Caddyfile:
lb_policy ip_hash, client_ip_hash or cookie. In Traefik dynamic
configuration files (YAML or TOML) and Docker labels:
loadBalancer.sticky.cookie.

When the code checks ran too (statecheck check --deploy) the finding names
the in-process session, cart or limiter state in the code that the
affinity hides, and those findings name the affinity.

WRONG:

	upstream shop {
		ip_hash;
		server app1:8080;
		server app2:8080;
	}

RIGHT:

	upstream shop {
		server app1:8080;   # round-robin: any instance serves any request,
		server app2:8080;   # sessions live in Redis, files in object storage
	}

Hash balancing on a request attribute that is not the client (hash
$request_uri for cache locality) is not reported.`,
	},
	{
		Name:     "localvolume",
		Severity: "error",
		Title:    "files the code writes kept on an instance's own disk",
		Doc: `localvolume: report volumes local to one instance mounted where the code writes files

An upload or a data directory on an emptyDir, a hostPath, or a
docker-compose named or bind volume exists on one machine: the other
instances do not see it (a download through another instance is a 404),
and it is gone when the pod is rescheduled or the machine is replaced.
With docker-compose deploy.replicas > 1, each host's replicas share only
what that host's volume holds.

localvolume reports a writable emptyDir or hostPath volumeMount of a
container that serves requests (one that declares ports), and a writable
named or bind volume of a docker-compose service, when the code writes
files under the mount: a path literal in the code (os.WriteFile,
os.Create, os.OpenFile, os.Mkdir, os.MkdirAll, os.CreateTemp,
os.MkdirTemp, os.Rename, directly or through filepath.Join) under the
mount path, or an environment variable the container sets to a path under
the mount that the code reads (os.Getenv, os.LookupEnv, or a helper whose
name says env) in a program that writes files. Volumes of containers that
serve no requests (a sidecar's scratch space), read-only mounts, volumes
of backing services (databases, caches, brokers: their job is to hold
state), network-backed compose volumes (a driver other than local, or
nfs/cifs options) and Kubernetes persistent volume claims are not
reported. The related position is the code that writes.

WRONG:

	services:
	  shop:
	    build: .
	    environment:
	      AVATAR_DIR: /data/avatars
	    volumes:
	      - uploads:/data

RIGHT:

	services:
	  shop:
	    build: .
	    environment:
	      S3_ENDPOINT: http://objects:7070   # uploads go to object storage,
	      S3_BUCKET: avatars                 # which every instance reads`,
	},
	{
		Name:     "singlereplica",
		Severity: "warning",
		Title:    "one instance by construction",
		Doc: `singlereplica: report Deployments that can only ever run one instance

A Deployment whose pods mount a ReadWriteOnce (or ReadWriteOncePod)
persistent volume claim cannot run a second replica on another node: the
volume attaches to one node at a time. With one replica the service is an
outage whenever that pod is replaced; with several, the extra pods hang
in ContainerCreating on other nodes. The state the volume holds is the
state that should live in a shared store.

singlereplica reports a Deployment or ReplicaSet that mounts a claim,
declared in the files checked, whose accessModes include ReadWriteOnce
or ReadWriteOncePod. StatefulSets, which give each replica its own claim,
and backing services (databases, caches) are not reported.

WRONG:

	kind: Deployment
	spec:
	  replicas: 1
	  template:
	    spec:
	      volumes:
	        - name: data
	          persistentVolumeClaim: {claimName: shop-data}   # ReadWriteOnce

RIGHT:

	kind: Deployment
	spec:
	  replicas: 3
	  template:
	    spec:
	      containers:
	        - name: shop
	          env:
	            - {name: S3_BUCKET, value: shop-data}   # state in shared storage`,
	},
	{
		Name:     "graceperiod",
		Severity: "warning",
		Title:    "shutdown grace period shorter than the code's drain",
		Doc: `graceperiod: report grace periods shorter than the code's shutdown timeout

On SIGTERM a well-behaved server stops accepting, finishes the requests
in flight, and exits; the code bounds that with a timeout
(context.WithTimeout before http.Server.Shutdown). The platform bounds it
too: Kubernetes sends SIGKILL terminationGracePeriodSeconds after SIGTERM
(30 by default), after any preStop hook, and docker compose stop_grace_period
after it (10s by default). When the platform's bound is shorter, the
drain is cut off: requests in flight fail, jobs die half done, exactly
what the graceful shutdown was written to prevent.

graceperiod reads the code's shutdown timeout when it is a constant
(context.WithTimeout(ctx, 20*time.Second) whose context is passed to a
Shutdown call in the same function, or a package constant) and reports a
serving container's pod, or a compose service, whose grace period,
less the time a preStop sleep takes, is shorter. A timeout the code reads
from its configuration at run time is not known, and nothing is reported.

WRONG:

	spec:
	  terminationGracePeriodSeconds: 10   # the code drains for up to 25s

RIGHT:

	spec:
	  terminationGracePeriodSeconds: 35   # the drain, plus a margin`,
	},
}

// Lookup returns the deployment check named name.
func Lookup(name string) (Check, bool) {
	for _, c := range Checks {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

// Names lists the deployment checks' names.
func Names() []string {
	out := make([]string, len(Checks))
	for i, c := range Checks {
		out[i] = c.Name
	}
	return out
}
