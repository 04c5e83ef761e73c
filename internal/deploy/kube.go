package deploy

import (
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// pvc is a PersistentVolumeClaim declared in the files checked.
type pvc struct {
	modes []string
	pos   Pos
}

// collectClaims records the PersistentVolumeClaims of a document.
func (r *run) collectClaims(pf *parsedFile, root *yaml.Node) {
	switch str(get(root, "kind")) {
	case "List":
		for _, it := range items(get(root, "items")) {
			r.collectClaims(pf, it)
		}
	case "PersistentVolumeClaim":
		name := str(dig(root, "metadata", "name"))
		if name == "" || strings.Contains(name, "{{") {
			return
		}
		c := &pvc{pos: Pos{File: pf.path, Line: get(root, "kind").Line}}
		for _, m := range items(dig(root, "spec", "accessModes")) {
			c.modes = append(c.modes, str(m))
		}
		r.pvcs[str(dig(root, "metadata", "namespace"))+"/"+name] = c
	}
}

// kube checks one Kubernetes object.
func (r *run) kube(pf *parsedFile, root *yaml.Node) {
	kind := str(get(root, "kind"))
	name := str(dig(root, "metadata", "name"))
	switch kind {
	case "List":
		for _, it := range items(get(root, "items")) {
			if get(it, "kind") != nil {
				r.kube(pf, it)
			}
		}
	case "Service":
		if k, v := getKV(get(root, "spec"), "sessionAffinity"); v != nil && str(v) == "ClientIP" {
			r.sticky(pf, k.Line, k.Column, fmt.Sprintf("Service %s has sessionAffinity: ClientIP", name))
		}
		r.affinityAnnotations(pf, root, kind, name)
	case "Ingress":
		r.affinityAnnotations(pf, root, kind, name)
	case "IngressRoute", "TraefikService":
		if strings.Contains(str(get(root, "apiVersion")), "traefik") {
			walkKey(get(root, "spec"), "sticky", func(k, v *yaml.Node) {
				if get(v, "cookie") != nil {
					r.sticky(pf, k.Line, k.Column, fmt.Sprintf("Traefik %s %s sets a sticky cookie", kind, name))
				}
			})
		}
	case "HTTPRoute", "GRPCRoute", "BackendLBPolicy":
		walkKey(get(root, "spec"), "sessionPersistence", func(k, v *yaml.Node) {
			r.sticky(pf, k.Line, k.Column, fmt.Sprintf("Gateway API %s %s sets sessionPersistence", kind, name))
		})
	case "BackendConfig":
		k, v := getKV(dig(root, "spec", "sessionAffinity"), "affinityType")
		if t := str(v); t != "" && t != "NONE" {
			r.sticky(pf, k.Line, k.Column, fmt.Sprintf("BackendConfig %s sets sessionAffinity %s", name, t))
		}
	case "DestinationRule":
		walkKey(get(root, "spec"), "consistentHash", func(k, v *yaml.Node) {
			for _, key := range []string{"httpCookie", "useSourceIp", "httpHeaderName"} {
				if kv, vv := getKV(v, key); vv != nil && (key != "useSourceIp" || boolean(vv)) {
					r.sticky(pf, kv.Line, kv.Column, fmt.Sprintf("Istio DestinationRule %s hashes on %s", name, key))
				}
			}
		})
	case "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Pod":
		r.workload(pf, root, kind, name)
	}
}

// walkKey calls fn for every key named key in the tree under n.
func walkKey(n *yaml.Node, key string, fn func(k, v *yaml.Node)) {
	n = deref(n)
	if n == nil {
		return
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := deref(n.Content[i]), deref(n.Content[i+1])
			if k.Value == key {
				fn(k, v)
			}
			walkKey(v, key, fn)
		}
		return
	}
	for _, c := range n.Content {
		walkKey(c, key, fn)
	}
}

// affinityAnnotations reports the annotations that turn on affinity in
// the ingress controllers and cloud load balancers that read them.
func (r *run) affinityAnnotations(pf *parsedFile, root *yaml.Node, kind, name string) {
	pairs(dig(root, "metadata", "annotations"), func(k, v *yaml.Node) {
		val := strings.TrimSpace(str(v))
		what := ""
		switch k.Value {
		case "nginx.ingress.kubernetes.io/affinity", "ingress.kubernetes.io/affinity", "haproxy-ingress.github.io/affinity":
			if val != "" && val != "none" {
				what = "affinity: " + val
			}
		case "nginx.ingress.kubernetes.io/upstream-hash-by":
			if clientKey(val) {
				what = "upstream-hash-by " + val
			}
		case "haproxy.org/cookie-persistence", "haproxy.org/cookie-persistence-dynamic":
			if val != "" {
				what = "cookie persistence"
			}
		case "traefik.ingress.kubernetes.io/service.sticky.cookie":
			if boolean(v) {
				what = "a Traefik sticky cookie"
			}
		case "alb.ingress.kubernetes.io/target-group-attributes":
			for _, attr := range strings.Split(val, ",") {
				if a, b, _ := strings.Cut(attr, "="); strings.TrimSpace(a) == "stickiness.enabled" && strings.TrimSpace(b) == "true" {
					what = "ALB stickiness.enabled=true"
				}
			}
		}
		if what != "" {
			r.sticky(pf, k.Line, k.Column, fmt.Sprintf("%s %s annotation sets %s", kind, name, what))
		}
	})
}

// backingImages are images of backing services, whose job is to hold
// state on their volumes, and of proxies in front of the service: neither
// runs the service's code, so their volumes and grace periods are not the
// service's.
var backingImages = []string{
	"nginx", "envoy", "traefik", "caddy", "haproxy",
	"postgres", "postgis", "mysql", "mariadb", "redis", "valkey", "keydb", "memcached", "mongo", "mongodb",
	"minio", "elasticsearch", "opensearch", "rabbitmq", "nats", "kafka", "zookeeper", "etcd", "clickhouse",
	"cassandra", "cockroach", "influxdb", "prometheus", "grafana", "loki", "tempo", "jaeger", "consul", "vault",
	"meilisearch", "typesense", "qdrant", "seaweedfs", "garage", "dragonfly", "timescaledb", "sqlserver", "mssql",
	"mailhog", "mailpit", "localstack", "azurite", "versitygw",
}

// isBacking reports whether image is a backing service's: the last
// element of its repository names one, alone or with a prefix
// ("bitnami/postgresql", "redis-stack").
func isBacking(image string) bool {
	if image == "" || strings.Contains(image, "{{") || strings.Contains(image, "${") {
		return false
	}
	repo := image
	if i := strings.LastIndex(repo, "@"); i >= 0 {
		repo = repo[:i]
	}
	if i := strings.LastIndex(repo, ":"); i > strings.LastIndex(repo, "/") {
		repo = repo[:i]
	}
	base := strings.ToLower(path.Base(repo))
	for _, b := range backingImages {
		if base == b || strings.HasPrefix(base, b+"-") || strings.HasPrefix(base, b+"ql") || strings.HasSuffix(base, "-"+b) {
			return true
		}
	}
	return false
}

// container is a container of a pod template, as the rules need it.
type container struct {
	node    *yaml.Node
	name    string
	serving bool
}

// workload checks the pod template of a workload.
func (r *run) workload(pf *parsedFile, root *yaml.Node, kind, name string) {
	spec := dig(root, "spec", "template", "spec")
	if kind == "Pod" {
		spec = get(root, "spec")
	}
	if spec == nil {
		return
	}
	var cs []container
	anyPorts := false
	for _, c := range items(get(spec, "containers")) {
		if len(items(get(c, "ports"))) > 0 {
			anyPorts = true
		}
	}
	for _, c := range items(get(spec, "containers")) {
		if isBacking(str(get(c, "image"))) {
			continue
		}
		// A container that declares no ports serves no requests, unless
		// no container declares any.
		serving := !anyPorts || len(items(get(c, "ports"))) > 0
		cs = append(cs, container{node: c, name: str(get(c, "name")), serving: serving})
	}
	if !slices.ContainsFunc(cs, func(c container) bool { return c.serving }) {
		return
	}
	vols := map[string]*yaml.Node{}
	for _, v := range items(get(spec, "volumes")) {
		vols[str(get(v, "name"))] = v
	}
	r.localVolumes(pf, kind, name, cs, vols)
	if kind != "DaemonSet" {
		r.gracePeriod(pf, spec, kind, name, cs)
	}
	if kind == "Deployment" || kind == "ReplicaSet" || kind == "ReplicationController" {
		r.singleReplica(pf, root, kind, name, vols)
	}
}

func (r *run) localVolumes(pf *parsedFile, kind, name string, cs []container, vols map[string]*yaml.Node) {
	for _, c := range cs {
		if !c.serving {
			continue
		}
		env := map[string]string{}
		for _, e := range items(get(c.node, "env")) {
			if v := get(e, "value"); v != nil {
				env[str(get(e, "name"))] = str(v)
			}
		}
		for _, m := range items(get(c.node, "volumeMounts")) {
			if boolean(get(m, "readOnly")) {
				continue
			}
			vol := vols[str(get(m, "name"))]
			var what string
			switch {
			case get(vol, "emptyDir") != nil:
				what = "emptyDir"
			case get(vol, "hostPath") != nil:
				switch str(dig(vol, "hostPath", "type")) {
				case "Socket", "CharDevice", "BlockDevice":
					continue
				}
				what = "hostPath"
			default:
				continue
			}
			mk, mv := getKV(m, "mountPath")
			mount := str(mv)
			if mount == "" || strings.Contains(mount, "{{") {
				continue
			}
			rel, ok := pf.code.writesUnder(mount, env)
			if !ok {
				continue
			}
			pf.report("localvolume", mk.Line, mk.Column, rel,
				"%s volume %q is mounted at %s in container %q of %s %s, where the code writes files: they live on one node, are lost when the pod is replaced and are not seen by the other replicas; keep them in object storage or a database",
				what, str(get(m, "name")), mount, c.name, kind, name)
		}
	}
}

// defaultGrace is Kubernetes' terminationGracePeriodSeconds.
const defaultGrace = 30 * time.Second

func (r *run) gracePeriod(pf *parsedFile, spec *yaml.Node, kind, name string, cs []container) {
	t := pf.code.shutdown
	if t == nil {
		return
	}
	grace := defaultGrace
	k, v := getKV(spec, "terminationGracePeriodSeconds")
	at := k
	what := "the default terminationGracePeriodSeconds of 30s"
	if v != nil {
		n, ok := integer(v)
		if !ok {
			return
		}
		grace = time.Duration(n) * time.Second
		what = fmt.Sprintf("terminationGracePeriodSeconds %d", n)
	} else {
		at, _ = getKV(spec, "containers")
	}
	var preStop time.Duration
	for _, c := range cs {
		if c.serving {
			preStop = max(preStop, preStopSleep(dig(c.node, "lifecycle", "preStop")))
		}
	}
	if grace-preStop >= t.d || at == nil {
		return
	}
	if preStop > 0 {
		what += fmt.Sprintf(", less a preStop sleep of %s,", preStop)
	}
	pf.report("graceperiod", at.Line, at.Column, []Related{{Pos: t.pos, Message: fmt.Sprintf("the graceful shutdown waits up to %s", t.d)}},
		"%s %s: %s is shorter than the %s the code takes to drain on SIGTERM: the pod is SIGKILLed mid-drain and requests in flight fail; make the grace period longer than the code's shutdown timeout",
		kind, name, what, t.d)
}

// preStopSleep is the time a preStop hook sleeps: the sleep action, or
// an exec of sleep N.
func preStopSleep(h *yaml.Node) time.Duration {
	if n, ok := integer(dig(h, "sleep", "seconds")); ok {
		return time.Duration(n) * time.Second
	}
	var words []string
	for _, w := range items(dig(h, "exec", "command")) {
		words = append(words, strings.Fields(str(w))...)
	}
	for i, w := range words {
		if path.Base(w) == "sleep" && i+1 < len(words) {
			if n, err := strconv.ParseFloat(strings.TrimSuffix(words[i+1], "s"), 64); err == nil {
				return time.Duration(n * float64(time.Second))
			}
		}
	}
	return 0
}

func (r *run) singleReplica(pf *parsedFile, root *yaml.Node, kind, name string, vols map[string]*yaml.Node) {
	ns := str(dig(root, "metadata", "namespace"))
	replicas := 1
	at, rv := getKV(get(root, "spec"), "replicas")
	if rv != nil {
		n, ok := integer(rv)
		if !ok {
			return
		}
		replicas = n
	} else {
		at, _ = getKV(root, "kind")
	}
	if replicas == 0 {
		return
	}
	for _, v := range vols {
		claim := str(dig(v, "persistentVolumeClaim", "claimName"))
		c := r.pvcs[ns+"/"+claim]
		if c == nil {
			continue
		}
		mode := ""
		for _, m := range c.modes {
			if m == "ReadWriteOnce" || m == "ReadWriteOncePod" {
				mode = m
			}
		}
		if mode == "" {
			continue
		}
		rel := []Related{{Pos: c.pos, Message: fmt.Sprintf("claim %s is %s", claim, mode)}}
		if replicas == 1 {
			pf.report("singlereplica", at.Line, at.Column, rel,
				"%s %s runs one replica with the %s volume claim %s: a single instance by construction, down whenever its pod is replaced, and a second replica could not attach the volume; move the state it holds to shared storage",
				kind, name, mode, claim)
		} else {
			pf.report("singlereplica", at.Line, at.Column, rel,
				"%s %s runs %d replicas on the %s volume claim %s, which attaches to one node: replicas scheduled elsewhere cannot start; move the state it holds to shared storage",
				kind, name, replicas, mode, claim)
		}
	}
}
