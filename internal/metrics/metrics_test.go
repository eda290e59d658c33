package metrics

import (
	"strings"
	"testing"
)

func TestWriteText(t *testing.T) {
	r := NewRegistry()
	c := r.NewCounterVec("lotse_http_requests_total", "Requests.", "route", "status")
	c.Inc("GET /x", "200")
	c.Inc("GET /x", "200")
	c.Inc(`GET /"q"`, "404")
	h := r.NewHistogramVec("lotse_http_request_duration_seconds", "Latency.", []float64{0.01, 0.1}, "route")
	h.Observe(0.005, "GET /x")
	h.Observe(0.05, "GET /x")
	h.Observe(3, "GET /x")
	r.NewGaugeFunc("lotse_db_open_connections", "Open.", func() map[string]float64 { return map[string]float64{"read": 3, "write": 1} }, "pool")
	var b strings.Builder
	r.WriteText(&b)
	got := b.String()
	for _, want := range []string{
		`lotse_http_requests_total{route="GET /x",status="200"} 2`,
		`lotse_http_requests_total{route="GET /\"q\"",status="404"} 1`,
		`lotse_http_request_duration_seconds_bucket{route="GET /x",le="0.01"} 1`,
		`lotse_http_request_duration_seconds_bucket{route="GET /x",le="0.1"} 2`,
		`lotse_http_request_duration_seconds_bucket{route="GET /x",le="+Inf"} 3`,
		`lotse_http_request_duration_seconds_count{route="GET /x"} 3`,
		`lotse_http_request_duration_seconds_sum{route="GET /x"} 3.055`,
		`lotse_db_open_connections{pool="read"} 3`,
		"# TYPE lotse_http_requests_total counter",
		"# TYPE lotse_http_request_duration_seconds histogram",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}
