// Package metrics keeps the few metrics Lotse exposes and writes them in
// the Prometheus text exposition format (version 0.0.4). It is small on
// purpose: counters and a histogram by label values, and gauges read at
// scrape time, which is all /metrics needs.
package metrics

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Registry holds the metrics of one process.
type Registry struct {
	mu      sync.Mutex
	metrics []metric
}

type metric interface {
	write(w io.Writer)
	name() string
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{} }

func (r *Registry) add(m metric) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.metrics = append(r.metrics, m)
}

// WriteText writes every metric, sorted by name.
func (r *Registry) WriteText(w io.Writer) {
	r.mu.Lock()
	ms := slices.Clone(r.metrics)
	r.mu.Unlock()
	slices.SortFunc(ms, func(a, b metric) int { return strings.Compare(a.name(), b.name()) })
	for _, m := range ms {
		m.write(w)
	}
}

// CounterVec is a counter per combination of label values.
type CounterVec struct {
	n, help string
	labels  []string
	mu      sync.RWMutex
	values  map[string]*atomic.Uint64
}

// NewCounterVec registers a counter with the given label names.
func (r *Registry) NewCounterVec(name, help string, labels ...string) *CounterVec {
	c := &CounterVec{n: name, help: help, labels: labels, values: map[string]*atomic.Uint64{}}
	r.add(c)
	return c
}

// Inc adds one for the label values (in the order of the label names).
func (c *CounterVec) Inc(values ...string) {
	key := strings.Join(values, "\x00")
	c.mu.RLock()
	v, ok := c.values[key]
	c.mu.RUnlock()
	if !ok {
		c.mu.Lock()
		if v, ok = c.values[key]; !ok {
			v = &atomic.Uint64{}
			c.values[key] = v
		}
		c.mu.Unlock()
	}
	v.Add(1)
}

func (c *CounterVec) name() string { return c.n }

func (c *CounterVec) write(w io.Writer) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n", c.n, c.help, c.n)
	c.mu.RLock()
	defer c.mu.RUnlock()
	for _, key := range sortedKeys(c.values) {
		fmt.Fprintf(w, "%s%s %d\n", c.n, labelString(c.labels, strings.Split(key, "\x00"), "", ""), c.values[key].Load())
	}
}

// HistogramVec is a histogram per combination of label values.
type HistogramVec struct {
	n, help string
	labels  []string
	buckets []float64
	mu      sync.Mutex
	values  map[string]*histogram
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	count  uint64
	sum    float64
}

// DefaultLatencyBuckets are request-duration buckets in seconds, dense
// around the latency targets of docs/performance.md.
var DefaultLatencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5}

// NewHistogramVec registers a histogram with the given buckets and labels.
func (r *Registry) NewHistogramVec(name, help string, buckets []float64, labels ...string) *HistogramVec {
	h := &HistogramVec{n: name, help: help, labels: labels, buckets: buckets, values: map[string]*histogram{}}
	r.add(h)
	return h
}

// Observe records a value for the label values.
func (h *HistogramVec) Observe(v float64, values ...string) {
	key := strings.Join(values, "\x00")
	h.mu.Lock()
	defer h.mu.Unlock()
	hist, ok := h.values[key]
	if !ok {
		hist = &histogram{counts: make([]uint64, len(h.buckets))}
		h.values[key] = hist
	}
	for i, b := range h.buckets {
		if v <= b {
			hist.counts[i]++
			break
		}
	}
	hist.count++
	hist.sum += v
}

func (h *HistogramVec) name() string { return h.n }

func (h *HistogramVec) write(w io.Writer) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s histogram\n", h.n, h.help, h.n)
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, key := range sortedKeys(h.values) {
		hist := h.values[key]
		vals := strings.Split(key, "\x00")
		var cum uint64
		for i, b := range h.buckets {
			cum += hist.counts[i]
			fmt.Fprintf(w, "%s_bucket%s %d\n", h.n, labelString(h.labels, vals, "le", formatFloat(b)), cum)
		}
		fmt.Fprintf(w, "%s_bucket%s %d\n", h.n, labelString(h.labels, vals, "le", "+Inf"), hist.count)
		fmt.Fprintf(w, "%s_sum%s %s\n", h.n, labelString(h.labels, vals, "", ""), formatFloat(hist.sum))
		fmt.Fprintf(w, "%s_count%s %d\n", h.n, labelString(h.labels, vals, "", ""), hist.count)
	}
}

// GaugeFunc is a gauge whose values are read when metrics are scraped.
type GaugeFunc struct {
	n, help string
	labels  []string
	read    func() map[string]float64 // label values joined by "\x00" → value
}

// NewGaugeFunc registers a gauge read at scrape time. read returns the
// values keyed by their label values joined with "\x00".
func (r *Registry) NewGaugeFunc(name, help string, read func() map[string]float64, labels ...string) {
	r.add(&GaugeFunc{n: name, help: help, labels: labels, read: read})
}

func (g *GaugeFunc) name() string { return g.n }

func (g *GaugeFunc) write(w io.Writer) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n", g.n, g.help, g.n)
	vals := g.read()
	for _, key := range sortedKeys(vals) {
		var lv []string
		if len(g.labels) > 0 {
			lv = strings.Split(key, "\x00")
		}
		fmt.Fprintf(w, "%s%s %s\n", g.n, labelString(g.labels, lv, "", ""), formatFloat(vals[key]))
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var labelEscaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`, `"`, `\"`)

func labelString(names, values []string, extraName, extraValue string) string {
	var parts []string
	for i, n := range names {
		v := ""
		if i < len(values) {
			v = values[i]
		}
		parts = append(parts, n+`="`+labelEscaper.Replace(v)+`"`)
	}
	if extraName != "" {
		parts = append(parts, extraName+`="`+extraValue+`"`)
	}
	if len(parts) == 0 {
		return ""
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
