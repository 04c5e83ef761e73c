package deploy

import (
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// composeGrace is docker compose's default stop_grace_period.
const composeGrace = 10 * time.Second

// compose checks a docker-compose file: each service that is not a
// backing service (a database, a cache) for local volumes where the code
// writes, Traefik sticky-cookie labels, and its stop grace period.
func (r *run) compose(pf *parsedFile, root *yaml.Node) {
	topVols := get(root, "volumes")
	pairs(get(root, "services"), func(k, svc *yaml.Node) {
		name := k.Value
		image := str(get(svc, "image"))
		built := get(svc, "build") != nil
		for _, lbls := range []*yaml.Node{get(svc, "labels"), dig(svc, "deploy", "labels")} {
			keyValues(lbls, func(key, val string, n *yaml.Node) {
				if traefikStickyLabel(key, val) {
					r.sticky(pf, n.Line, n.Column, fmt.Sprintf("compose service %q label %s", name, key))
				}
			})
		}
		if isBacking(image) && !built {
			return
		}
		env := map[string]string{}
		keyValues(get(svc, "environment"), func(key, val string, _ *yaml.Node) { env[key] = val })
		replicas := 1
		if n, ok := integer(dig(svc, "deploy", "replicas")); ok {
			replicas = n
		} else if n, ok := integer(get(svc, "scale")); ok {
			replicas = n
		}
		for _, v := range items(get(svc, "volumes")) {
			vol, ok := composeVolume(v)
			if !ok || vol.readOnly || vol.target == "" || strings.Contains(vol.target, "$") {
				continue
			}
			switch vol.typ {
			case "volume":
				if vol.source != "" && remoteVolume(get(topVols, vol.source)) {
					continue
				}
			case "bind", "tmpfs":
			default:
				continue
			}
			rel, ok := pf.code.writesUnder(vol.target, env)
			if !ok {
				continue
			}
			what := map[string]string{"volume": "named volume", "bind": "bind mount", "tmpfs": "tmpfs"}[vol.typ]
			switch {
			case vol.source != "":
				what += " " + vol.source
			case vol.typ == "volume":
				what = "anonymous volume"
			}
			if replicas > 1 {
				pf.report("localvolume", v.Line, v.Column, rel,
					"compose service %q runs %d replicas with the %s at %s, where the code writes files: only replicas on the same host share them, and they are lost with the host; keep them in object storage or a database",
					name, replicas, what, vol.target)
				continue
			}
			pf.report("localvolume", v.Line, v.Column, rel,
				"compose service %q mounts the %s at %s, where the code writes files: they live on one host, a second instance does not see them and they are lost with the host; keep them in object storage or a database",
				name, what, vol.target)
		}
		// Only a service built here runs the code whose timeout is known.
		r.composeGrace(pf, k, svc, name, built)
	})
}

func (r *run) composeGrace(pf *parsedFile, k, svc *yaml.Node, name string, built bool) {
	t := pf.code.shutdown
	if t == nil || !built {
		return
	}
	grace := composeGrace
	what := "the default stop_grace_period of 10s"
	at := k
	if gk, gv := getKV(svc, "stop_grace_period"); gv != nil {
		d, err := time.ParseDuration(str(gv))
		if err != nil {
			return
		}
		grace, what, at = d, "stop_grace_period "+str(gv), gk
	}
	if grace >= t.d {
		return
	}
	pf.report("graceperiod", at.Line, at.Column, []Related{{Pos: t.pos, Message: fmt.Sprintf("the graceful shutdown waits up to %s", t.d)}},
		"compose service %q: %s is shorter than the %s the code takes to drain on SIGTERM: docker kills it mid-drain and requests in flight fail; make stop_grace_period longer than the code's shutdown timeout",
		name, what, t.d)
}

type composeVol struct {
	typ, source, target string
	readOnly            bool
}

// composeVolume reads a service's volume in the short syntax
// ("src:/target:ro") or the long one (type, source, target, read_only).
func composeVolume(n *yaml.Node) (composeVol, bool) {
	if n.Kind == yaml.MappingNode {
		v := composeVol{typ: str(get(n, "type")), source: str(get(n, "source")), target: str(get(n, "target")), readOnly: boolean(get(n, "read_only"))}
		if v.typ == "" {
			v.typ = "volume"
		}
		return v, true
	}
	s := str(n)
	if s == "" {
		return composeVol{}, false
	}
	parts := strings.Split(s, ":")
	var v composeVol
	switch len(parts) {
	case 1:
		v = composeVol{typ: "volume", target: parts[0]}
	default:
		v = composeVol{source: parts[0], target: parts[1]}
		if len(parts) > 2 {
			for _, o := range strings.Split(parts[2], ",") {
				if o == "ro" {
					v.readOnly = true
				}
			}
		}
		if strings.HasPrefix(v.source, "/") || strings.HasPrefix(v.source, ".") || strings.HasPrefix(v.source, "~") || strings.HasPrefix(v.source, "$") {
			v.typ = "bind"
		} else {
			v.typ = "volume"
		}
	}
	return v, true
}

// remoteVolume reports whether a top-level volume is backed by something
// other than the host's disk: a volume driver other than local, or nfs or
// cifs mount options.
func remoteVolume(decl *yaml.Node) bool {
	if d := str(get(decl, "driver")); d != "" && d != "local" {
		return true
	}
	switch strings.ToLower(str(dig(decl, "driver_opts", "type"))) {
	case "nfs", "nfs4", "cifs", "smb":
		return true
	}
	return false
}

// keyValues calls fn for each entry of a compose mapping or list of
// "key=value" strings (environment, labels).
func keyValues(n *yaml.Node, fn func(key, val string, at *yaml.Node)) {
	switch {
	case n == nil:
	case n.Kind == yaml.MappingNode:
		pairs(n, func(k, v *yaml.Node) { fn(k.Value, str(v), k) })
	case n.Kind == yaml.SequenceNode:
		for _, it := range items(n) {
			key, val, _ := strings.Cut(str(it), "=")
			fn(strings.TrimSpace(key), strings.TrimSpace(val), it)
		}
	}
}

// traefikStickyLabel reports whether a Docker label turns on a Traefik
// sticky cookie: traefik.http.services.<name>.loadbalancer.sticky.cookie
// (true, or any of its options).
func traefikStickyLabel(key, val string) bool {
	k := strings.ToLower(key)
	if !strings.HasPrefix(k, "traefik.http.services.") {
		return false
	}
	_, opt, ok := strings.Cut(k, ".loadbalancer.sticky.cookie")
	if !ok {
		return false
	}
	if opt == "" {
		return !strings.EqualFold(strings.TrimSpace(val), "false")
	}
	return strings.HasPrefix(opt, ".")
}

// traefikDynamic checks a Traefik dynamic configuration file:
// http.services.<name>.loadBalancer.sticky.cookie.
func (r *run) traefikDynamic(pf *parsedFile, root *yaml.Node) {
	pairs(dig(root, "http", "services"), func(k, svc *yaml.Node) {
		lb := get(svc, "loadBalancer")
		if sk, sv := getKV(lb, "sticky"); sv != nil && get(sv, "cookie") != nil {
			r.sticky(pf, sk.Line, sk.Column, fmt.Sprintf("Traefik service %s sets a sticky cookie", k.Value))
		}
		walkKey(get(svc, "weighted"), "sticky", func(sk, sv *yaml.Node) {
			if get(sv, "cookie") != nil {
				r.sticky(pf, sk.Line, sk.Column, fmt.Sprintf("Traefik weighted service %s sets a sticky cookie", k.Value))
			}
		})
	})
}
