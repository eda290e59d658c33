// Package web assembles Lotse's HTTP server: the public site, the back
// office, the HSDS API and the operations endpoints, behind the
// middleware every response passes (security headers, cross-origin
// protection, compression, logging, metrics, panic recovery).
package web

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/metrics"
	"github.com/lotse/lotse/internal/web/backoffice"
	"github.com/lotse/lotse/internal/web/site"
	"github.com/lotse/lotse/internal/web/ui"
)

// API is an HTTP API mounted under /api/ (the HSDS API).
type API interface {
	Register(mux *http.ServeMux)
}

// Server is the HTTP handler of a Lotse instance.
type Server struct {
	env     *ui.Env
	metrics *metrics.Registry
	handler http.Handler
	reqs    *metrics.CounterVec
	latency *metrics.HistogramVec
}

// New builds the server. apis are mounted under /api/.
func New(env *ui.Env, reg *metrics.Registry, apis ...API) (*Server, error) {
	if env.Now == nil {
		env.Now = time.Now
	}
	s := &Server{env: env, metrics: reg}
	s.reqs = reg.NewCounterVec("lotse_http_requests_total", "HTTP requests by route pattern, method and status.", "route", "status")
	s.latency = reg.NewHistogramVec("lotse_http_request_duration_seconds", "HTTP request latency by route pattern.", metrics.DefaultLatencyBuckets, "route")
	s.registerDBMetrics()
	s.registerRuntimeMetrics()

	pub, err := site.New(env)
	if err != nil {
		return nil, fmt.Errorf("web: site: %w", err)
	}
	office, err := backoffice.New(env)
	if err != nil {
		return nil, fmt.Errorf("web: back office: %w", err)
	}

	root := http.NewServeMux()
	root.HandleFunc("GET /static/{name}", ui.ServeStatic)
	root.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, ui.Asset("favicon.svg"), http.StatusMovedPermanently)
	})
	root.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "User-agent: *\nDisallow: /admin/\n")
	})
	root.HandleFunc("GET /healthz", s.healthz)
	root.HandleFunc("GET /readyz", s.readyz)
	root.HandleFunc("GET /metrics", s.serveMetrics)

	adminMux := http.NewServeMux()
	office.Register(adminMux)
	root.Handle("/admin/", adminMux)
	root.Handle("/admin", http.RedirectHandler("/admin/", http.StatusMovedPermanently))

	apiMux := http.NewServeMux()
	for _, a := range apis {
		a.Register(apiMux)
	}
	root.Handle("/api/", apiMux)

	pubMux := http.NewServeMux()
	pub.Register(pubMux)
	root.Handle("/", pubMux)

	cop := http.NewCrossOriginProtection()
	if origin := originOf(env.BaseURL); origin != "" {
		if err := cop.AddTrustedOrigin(origin); err != nil {
			return nil, fmt.Errorf("web: trusted origin: %w", err)
		}
	}
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// No language is known here; German first, as everywhere.
		http.Error(w, "403 – Diese Anfrage kam von einer anderen Website und wurde deshalb abgelehnt. Bitte laden Sie die Seite neu und senden Sie das Formular noch einmal.\n"+
			"403 – This request came from another website and was refused. Please reload the page and send the form again.", http.StatusForbidden)
	}))

	var h http.Handler = root
	h = cop.Handler(h)
	h = gzipHandler(h)
	h = securityHeaders(h, strings.HasPrefix(env.BaseURL, "https://"))
	h = s.observe(h)
	s.handler = h
	return s, nil
}

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

func originOf(baseURL string) string {
	scheme, rest, ok := strings.Cut(baseURL, "://")
	if !ok {
		return ""
	}
	host, _, _ := strings.Cut(rest, "/")
	return scheme + "://" + host
}

// healthz says the process is alive; it touches nothing else.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprintln(w, "ok")
}

// readyz says the instance can serve: the database answers and every
// migration is applied.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.env.Store.Ping(ctx); err != nil {
		s.env.Log.Warn("readyz: database", "err", err)
		http.Error(w, "database unreachable", http.StatusServiceUnavailable)
		return
	}
	pending, err := s.env.Store.Pending(ctx)
	if err != nil || pending > 0 {
		http.Error(w, fmt.Sprintf("%d migrations pending", pending), http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, "ready")
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	s.metrics.WriteText(w)
}

func (s *Server) registerDBMetrics() {
	pools := func(pick func(open, inUse, idle, waits int64) int64) func() map[string]float64 {
		return func() map[string]float64 {
			wr, rd := s.env.Store.Stats()
			return map[string]float64{
				"write": float64(pick(int64(wr.OpenConnections), int64(wr.InUse), int64(wr.Idle), wr.WaitCount)),
				"read":  float64(pick(int64(rd.OpenConnections), int64(rd.InUse), int64(rd.Idle), rd.WaitCount)),
			}
		}
	}
	s.metrics.NewGaugeFunc("lotse_db_open_connections", "Open database connections by pool (on PostgreSQL both pools are one).",
		pools(func(o, _, _, _ int64) int64 { return o }), "pool")
	s.metrics.NewGaugeFunc("lotse_db_in_use_connections", "Database connections in use by pool.",
		pools(func(_, u, _, _ int64) int64 { return u }), "pool")
	s.metrics.NewGaugeFunc("lotse_db_idle_connections", "Idle database connections by pool.",
		pools(func(_, _, i, _ int64) int64 { return i }), "pool")
	s.metrics.NewGaugeFunc("lotse_db_wait_count", "Total waits for a database connection by pool.",
		pools(func(_, _, _, w int64) int64 { return w }), "pool")
}

// registerRuntimeMetrics exposes the process's memory and goroutines, the
// figures an operator needs to size a host (see docs/performance.md).
func (s *Server) registerRuntimeMetrics() {
	s.metrics.NewGaugeFunc("lotse_goroutines", "Number of goroutines.", func() map[string]float64 {
		return map[string]float64{"": float64(runtime.NumGoroutine())}
	})
	s.metrics.NewGaugeFunc("lotse_go_heap_bytes", "Bytes of allocated Go heap objects.", func() map[string]float64 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return map[string]float64{"": float64(m.HeapAlloc)}
	})
	s.metrics.NewGaugeFunc("lotse_resident_memory_bytes", "Resident memory of the process (Linux only).", func() map[string]float64 {
		b, err := os.ReadFile("/proc/self/statm")
		if err != nil {
			return nil
		}
		f := strings.Fields(string(b))
		if len(f) < 2 {
			return nil
		}
		pages, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil
		}
		return map[string]float64{"": pages * float64(os.Getpagesize())}
	})
}
