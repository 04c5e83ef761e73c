package sessionstore

import (
	"slices"
	"strings"
	"unicode"
)

// words splits an identifier, claim key or JSON tag into lower-case words
// at case changes, digits and punctuation: "creditCardNumber" and
// "credit_card_number" both give [credit card number], "PrivateKEY" gives
// [private key].
func words(s string) []string {
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

// wordList is a comma-separated list of phrases, each matched as a run of
// whole words; it is the value of the -sessionwords flag.
type wordList [][]string

func (l *wordList) String() string {
	phrases := make([]string, len(*l))
	for i, p := range *l {
		phrases[i] = strings.Join(p, " ")
	}
	return strings.Join(phrases, ",")
}

func (l *wordList) Set(s string) error {
	*l = nil
	for phrase := range strings.SplitSeq(s, ",") {
		if w := words(phrase); len(w) > 0 {
			*l = append(*l, w)
		}
	}
	return nil
}

// match returns the phrase of l found as consecutive words of name, or "".
func (l wordList) match(name string) string {
	ws := words(name)
	for _, p := range l {
		for i := 0; i+len(p) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(p)], p) {
				return strings.Join(p, " ")
			}
		}
	}
	return ""
}

// defaultSessionWords mark a Redis key as session state when its
// expression, or the function writing it, contains one of them as a word.
const defaultSessionWords = "session,sessions,sess,sid,token,tokens,csrf,xsrf"
