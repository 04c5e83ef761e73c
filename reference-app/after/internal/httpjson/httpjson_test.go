package httpjson

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	type body struct {
		Name  string `json:"name"`
		Count int    `json:"count"`
	}
	tests := []struct {
		name        string
		contentType string
		body        string
		wantStatus  int // 0: decoded
	}{
		{"valid", "application/json", `{"name":"a","count":1}`, 0},
		{"valid with charset", "application/json; charset=utf-8", `{"name":"a"}`, 0},
		{"no content type", "", `{"name":"a"}`, 0},
		{"empty", "application/json", ``, http.StatusBadRequest},
		{"broken", "application/json", `{"name":`, http.StatusBadRequest},
		{"not JSON", "application/json", `name=a`, http.StatusBadRequest},
		{"unknown field", "application/json", `{"name":"a","admin":true}`, http.StatusBadRequest},
		{"wrong type", "application/json", `{"count":"many"}`, http.StatusBadRequest},
		{"two objects", "application/json", `{"name":"a"} {"name":"b"}`, http.StatusBadRequest},
		{"too large", "application/json", `{"name":"` + strings.Repeat("a", MaxBody) + `"}`, http.StatusRequestEntityTooLarge},
		{"form", "application/x-www-form-urlencoded", `name=a`, http.StatusUnsupportedMediaType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(tt.body))
			if tt.contentType != "" {
				r.Header.Set("Content-Type", tt.contentType)
			}
			w := httptest.NewRecorder()
			var b body
			ok := Decode(w, r, &b)
			if tt.wantStatus == 0 {
				if !ok {
					t.Fatalf("not decoded: %d %s", w.Code, w.Body)
				}
				return
			}
			if ok || w.Code != tt.wantStatus {
				t.Fatalf("got ok=%v %d %s, want %d", ok, w.Code, w.Body, tt.wantStatus)
			}
			if !strings.Contains(w.Body.String(), `"error"`) {
				t.Errorf("body %s has no error message", w.Body)
			}
		})
	}
}
