package words

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	for in, want := range map[string][]string{
		"creditCardNumber":   {"credit", "card", "number"},
		"credit_card_number": {"credit", "card", "number"},
		"PrivateKEY":         {"private", "key"},
		"session:sid:42":     {"session", "sid"},
		"":                   nil,
	} {
		if got := Split(in); !slices.Equal(got, want) {
			t.Errorf("Split(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatch(t *testing.T) {
	var l List
	if err := l.Set("sid, credit card"); err != nil {
		t.Fatal(err)
	}
	if got := l.String(); got != "sid,credit card" {
		t.Errorf("String() = %q", got)
	}
	for name, want := range map[string]string{
		"sessionSID":     "sid",
		"considered":     "",
		"CreditCardHash": "credit card",
		"cardCredit":     "",
	} {
		if got := l.Match(name); got != want {
			t.Errorf("Match(%q) = %q, want %q", name, got, want)
		}
	}
}
