// Package words matches identifiers and strings against lists of words,
// whole words only, so "sid" matches session_sid and SID but not inside
// "considered". Checks use it to recognize session keys and secret claims
// by the names programmers give them.
package words

import (
	"slices"
	"strings"
	"unicode"
)

// Split splits an identifier, claim key or JSON tag into lower-case words
// at case changes, digits and punctuation: "creditCardNumber" and
// "credit_card_number" both give [credit card number], "PrivateKEY" gives
// [private key].
func Split(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		if !unicode.IsLetter(r) {
			flush()
			continue
		}
		if unicode.IsUpper(r) && len(cur) > 0 {
			prevLower := unicode.IsLower(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prevLower || nextLower {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// List is a comma-separated list of phrases, each matched as a run of
// whole words; it is the value of a flag such as -sessionwords.
type List [][]string

// String implements flag.Value.
func (l *List) String() string {
	phrases := make([]string, len(*l))
	for i, p := range *l {
		phrases[i] = strings.Join(p, " ")
	}
	return strings.Join(phrases, ",")
}

// Set implements flag.Value; it replaces the list.
func (l *List) Set(s string) error {
	*l = nil
	for phrase := range strings.SplitSeq(s, ",") {
		if w := Split(phrase); len(w) > 0 {
			*l = append(*l, w)
		}
	}
	return nil
}

// Match returns the phrase of l found as consecutive words of name, or "".
func (l List) Match(name string) string {
	ws := Split(name)
	for _, p := range l {
		for i := 0; i+len(p) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(p)], p) {
				return strings.Join(p, " ")
			}
		}
	}
	return ""
}
