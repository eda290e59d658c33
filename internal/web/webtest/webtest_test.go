package webtest

import (
	"net/http"
	"strings"
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
	h.Get(nil, "/kreis-re/de/offers/"+h.A.Services[0].ID)
	h.Get(nil, "/kreis-re/de/offers/not-an-id")
	res, body = h.Get(nil, "/metrics")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("metrics = %d", res.StatusCode)
	}
	for _, want := range []string{
		`lotse_http_requests_total{route="GET /{region}/{lang}/offers/{id}",status="200"} 1`,
		`lotse_http_requests_total{route="GET /{region}/{lang}/offers/{id}",status="404"} 1`,
		`lotse_http_request_duration_seconds_bucket{route="GET /{region}/{lang}/offers/{id}",le="+Inf"} 2`,
		`lotse_db_open_connections{pool="read"}`,
		`lotse_resident_memory_bytes `,
		`lotse_go_heap_bytes `,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if len(h.A.Services) != 4 || len(h.B.Services) != 4 {
		t.Fatal("fixture incomplete")
	}
}
