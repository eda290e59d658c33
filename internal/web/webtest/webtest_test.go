package webtest

import (
	"net/http"
	"testing"
)

func TestHarnessServes(t *testing.T) {
	h := New(t)
	res, body := h.Get(nil, "/healthz")
	if res.StatusCode != http.StatusOK || body != "ok\n" {
		t.Fatalf("healthz = %d %q", res.StatusCode, body)
	}
	res, _ = h.Get(nil, "/readyz")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("readyz = %d", res.StatusCode)
	}
	if got := res.Header.Get("Content-Security-Policy"); got == "" {
		t.Error("no Content-Security-Policy header")
	}
	res, body = h.Get(nil, "/metrics")
	if res.StatusCode != http.StatusOK || len(body) == 0 {
		t.Fatalf("metrics = %d", res.StatusCode)
	}
	if len(h.A.Services) != 4 || len(h.B.Services) != 4 {
		t.Fatal("fixture incomplete")
	}
}
