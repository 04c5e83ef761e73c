package deploy

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// stickyBreaks says what sticky sessions break and the way out; every
// stickysession message ends with it.
const stickyBreaks = "when that instance stops (deploy, scale-in, crash) its clients lose what it held for them; keep sessions in a shared store (Redis, the database) and balance round-robin"

// sticky reports an affinity setting; what names it ("nginx upstream shop
// uses ip_hash").
func (r *run) sticky(pf *parsedFile, line, col int, what string) {
	msg := fmt.Sprintf("%s: each client is pinned to one instance; %s", what, stickyBreaks)
	rel := pf.code.stateFindings()
	if len(rel) > 0 {
		msg += "; it hides in-process client state in the code (see related)"
	}
	pf.report("stickysession", line, col, rel, "%s", msg)
}

// stateChecks are the code checks whose findings are client state kept in
// one process, which sticky sessions paper over.
var stateChecks = map[string]bool{"sessionstore": true, "globalstate": true, "fieldstate": true}

// maxRelated bounds the code findings named by one deployment finding.
const maxRelated = 3

// stateFindings returns the code findings of in-process client state, as
// related positions.
func (cf *codeFacts) stateFindings() []Related {
	var rel []Related
	more := 0
	// Session state first: it is what affinity is configured for.
	fs := slices.Clone(cf.findings)
	slices.SortStableFunc(fs, func(a, b CodeFinding) int {
		return cmp.Compare(sessionRank(a), sessionRank(b))
	})
	for _, f := range fs {
		if !stateChecks[f.Check] {
			continue
		}
		if len(rel) == maxRelated {
			more++
			continue
		}
		rel = append(rel, Related{Pos: f.Pos, Message: f.Check + ": " + f.Message})
	}
	if more > 0 {
		rel[len(rel)-1].Message += fmt.Sprintf(" (and %d more in-process state findings)", more)
	}
	return rel
}

func sessionRank(f CodeFinding) int {
	if strings.Contains(strings.ToLower(f.Message+" "+f.Pos.File), "session") {
		return 0
	}
	return 1
}

// clientKey reports whether a hash key (nginx hash, ingress-nginx
// upstream-hash-by) identifies the client: its address, a cookie, or a
// forwarded address. A key on the request (URI, host) does not.
func clientKey(key string) bool {
	k := strings.ToLower(key)
	for _, v := range []string{"$remote_addr", "$binary_remote_addr", "$realip_remote_addr", "$cookie_", "$http_cookie",
		"$http_x_forwarded_for", "$proxy_add_x_forwarded_for", "$http_x_real_ip", "$http_forwarded", "$remote_user", "$http_authorization"} {
		if strings.Contains(k, v) {
			return true
		}
	}
	return false
}

// StateCheck reports whether the code check name reports client state
// kept in one process, which sticky sessions hide.
func StateCheck(name string) bool { return stateChecks[name] }
