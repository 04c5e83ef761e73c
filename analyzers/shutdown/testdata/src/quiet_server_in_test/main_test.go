package main

import (
	"net/http"
	"testing"
)

func TestServe(t *testing.T) {
	go http.ListenAndServe("127.0.0.1:0", nil)
}
