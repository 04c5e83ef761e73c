package cart

import "testing"

func TestValidate(t *testing.T) {
	for _, it := range []Item{{"tea-01", 1}, {"x", MaxQuantity}} {
		if err := it.Validate(); err != nil {
			t.Errorf("%+v: %v", it, err)
		}
	}
	for _, it := range []Item{{"", 1}, {"Tea", 1}, {"tea", 0}, {"tea", -1}, {"tea", MaxQuantity + 1}, {"a/b", 1}} {
		if err := it.Validate(); err == nil {
			t.Errorf("%+v accepted", it)
		}
	}
}
