// Command searchcompare puts Lotse's search engine side by side with
// SQLite FTS5 and PostgreSQL full-text search (german configuration) on
// the same documents and queries, in one run:
//
//   - quality: recall@5 and nDCG@5 of each on the relevance set
//     (internal/relevance) over the demo region;
//   - scale: at each synthetic size, index build time, query latency
//     p50/p99 over the relevance queries and over a few broad ones,
//     update latency and memory.
//
// It prints one markdown table per measure, ready for
// docs/performance.md, and the command that made them:
//
//	go run ./tools/searchcompare -sizes 10000,100000 \
//	  -pg 'postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable'
//
// -engines picks a subset (offerlist, lotse, fts5, pg, pgprefix), e.g.
// to repeat Lotse's figures after a change. Synthetic regions are
// generated into -sqlite-dir once (synthetic-N.db, as `lotse seed
// synthetic` makes them) and reused by later runs. Every engine gets the documents store.EachSearchDoc reads
// from that file; PostgreSQL gets them by COPY into a schema of the
// tool's own, dropped at the end. Only loopback connections are made.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// config is what the flags choose.
type config struct {
	sizes     []int
	pg        string // PostgreSQL URL; "" leaves PostgreSQL out
	sqliteDir string
	queries   int           // timed queries per engine and size
	budget    time.Duration // at most this long per engine and size for the timed queries
	updates   int           // timed updates per engine and size
	quality   bool
	engines   map[string]bool // short names of the engines to run
}

// engineNames are the short names -engines takes, in table order.
var engineNames = []string{"offerlist", "lotse", "fts5", "pg", "pgprefix"}

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "searchcompare:", err)
		os.Exit(1)
	}
}

// run parses args, measures, and writes the tables to out and progress to
// log.
func run(ctx context.Context, args []string, out, log io.Writer) error {
	cfg, err := parseFlags(args, log)
	if err != nil {
		return err
	}
	r := &report{cfg: cfg, args: args}
	defer r.close(ctx)
	if err := r.environment(ctx); err != nil {
		return err
	}
	if cfg.quality {
		if err := r.measureQuality(ctx, log); err != nil {
			return err
		}
	}
	for _, n := range cfg.sizes {
		if err := r.measureScale(ctx, n, log); err != nil {
			return err
		}
	}
	r.write(out)
	return nil
}

func parseFlags(args []string, log io.Writer) (config, error) {
	fs := flag.NewFlagSet("searchcompare", flag.ContinueOnError)
	fs.SetOutput(log)
	sizes := fs.String("sizes", "10000,100000", "comma-separated numbers of synthetic offers to measure at (empty: quality only)")
	pg := fs.String("pg", "", "PostgreSQL URL (loopback), e.g. postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable; empty leaves PostgreSQL out")
	dir := fs.String("sqlite-dir", filepath.Join(os.TempDir(), "lotse-searchcompare"), "directory for the synthetic SQLite databases (reused between runs) and the FTS5 tables")
	queries := fs.Int("queries", 2000, "timed queries per engine and size (the relevance queries, repeated)")
	budget := fs.Duration("budget", 60*time.Second, "time limit for the timed queries of one engine at one size")
	updates := fs.Int("updates", 200, "timed updates per engine and size")
	quality := fs.Bool("quality", true, "measure recall@5 and nDCG@5 on the demo region")
	engines := fs.String("engines", strings.Join(engineNames, ","), "comma-separated engines to compare (pg and pgprefix need -pg)")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	cfg := config{pg: *pg, sqliteDir: *dir, queries: *queries, budget: *budget, updates: *updates, quality: *quality,
		engines: map[string]bool{}}
	for f := range strings.SplitSeq(*engines, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		if !slices.Contains(engineNames, f) {
			return config{}, fmt.Errorf("-engines: unknown engine %q (have %s)", f, strings.Join(engineNames, ", "))
		}
		cfg.engines[f] = true
	}
	for f := range strings.SplitSeq(*sizes, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n <= 0 {
			return config{}, fmt.Errorf("-sizes: %q is not a positive number", f)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	if cfg.queries <= 0 || cfg.updates < 0 {
		return config{}, fmt.Errorf("-queries must be positive and -updates not negative")
	}
	return cfg, nil
}
