package qualified

import (
	"reflect"
	"testing"
)

func TestList(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    []string
		wantErr string
	}{
		{"", nil, ""},
		{"  ", nil, ""},
		{"example.com/a.B", []string{"example.com/a.B"}, ""},
		{"example.com/a.B, example.com/a.C.D", []string{"example.com/a.B", "example.com/a.C.D"}, ""},
		{"a.B,c.D", []string{"a.B", "c.D"}, ""},
		{"notqualified", nil, `"notqualified" is not a qualified name; want a qualified name such as example.com/pkg.Name`},
		{"a.B,c.D,,e.F", nil, "item 3 is empty; separate names with single commas"},
		{"a.B,", nil, "item 2 is empty; separate names with single commas"},
		{"example.com/a.", nil, `"example.com/a." is not a qualified name; want a qualified name such as example.com/pkg.Name`},
		{"example.com/a.B C", nil, `"example.com/a.B C": names hold no spaces, quotes or commas; want a qualified name such as example.com/pkg.Name`},
		{"example.com/a/", nil, `"example.com/a/" is not a qualified name; want a qualified name such as example.com/pkg.Name`},
	} {
		got, err := List(tc.in)
		errText := ""
		if err != nil {
			errText = err.Error()
		}
		if errText != tc.wantErr || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("List(%q) = %q, %q; want %q, %q", tc.in, got, errText, tc.want, tc.wantErr)
		}
	}
}
