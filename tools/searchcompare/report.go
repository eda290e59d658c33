package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// sizeInfo describes one synthetic corpus.
type sizeInfo struct {
	n, services, docs int
	read              time.Duration // store.EachSearchDoc of all of them
}

// report collects the figures of a run and writes them as markdown.
type report struct {
	cfg     config
	args    []string
	pg      *pgEngine // nil without -pg
	env     []string
	cases   int
	quality []qualityRow
	sizes   []sizeInfo
	order   []string                     // engine names in table order
	scale   map[string]map[int]*scaleRow // engine → size → row
	hits    map[int]hitInfo              // size → matches of the timed queries
}

func (r *report) put(engine string, n int, row *scaleRow) {
	if r.scale == nil {
		r.scale = map[string]map[int]*scaleRow{}
	}
	if r.scale[engine] == nil {
		r.scale[engine] = map[int]*scaleRow{}
		r.order = append(r.order, engine)
	}
	r.scale[engine][n] = row
}

// environment records the machine and the versions, and connects to
// PostgreSQL.
func (r *report) environment(ctx context.Context) error {
	if err := os.MkdirAll(r.cfg.sqliteDir, 0o750); err != nil {
		return err
	}
	r.env = append(r.env, fmt.Sprintf("%s, %d CPUs (GOMAXPROCS %d), %s, load average at start %s",
		cpuModel(), runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version(), loadAverage()))
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return err
	}
	var v string
	err = db.QueryRowContext(ctx, `SELECT sqlite_version()`).Scan(&v)
	db.Close()
	if err != nil {
		return fmt.Errorf("sqlite version: %w", err)
	}
	r.env = append(r.env, "SQLite "+v+" (modernc.org/sqlite, pure Go), page cache 256 MB, mmap 512 MB")
	if r.cfg.pg != "" {
		if r.pg, err = connectPG(ctx, r.cfg.pg); err != nil {
			return err
		}
		var ver, buffers string
		if err := r.pg.conn.QueryRow(ctx, `SELECT current_setting('server_version'), current_setting('shared_buffers')`).Scan(&ver, &buffers); err != nil {
			return fmt.Errorf("postgres: version: %w", err)
		}
		r.env = append(r.env, "PostgreSQL "+ver+" on loopback (shared_buffers "+buffers+"), one connection, pgx")
	}
	return nil
}

// close drops what the run created in PostgreSQL.
func (r *report) close(ctx context.Context) error {
	if r.pg == nil {
		return nil
	}
	return r.pg.drop(ctx)
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}

// write prints the tables.
func (r *report) write(w io.Writer) {
	p := message.NewPrinter(language.English)
	fmt.Fprintf(w, "Measured %s UTC with\n\n    go run ./tools/searchcompare %s\n\n", time.Now().UTC().Format("2006-01-02 15:04"), shellJoin(r.args))
	for _, e := range r.env {
		fmt.Fprintf(w, "- %s\n", e)
	}
	fmt.Fprintf(w, "- load average at the end %s\n\n", loadAverage())

	if len(r.quality) > 0 {
		fmt.Fprintf(w, "**Quality** on the demo region, %d relevance cases (internal/relevance), first %d results:\n\n", r.cases, 5)
		var langs []string
		for l := range r.quality[0].rep.ByLang {
			langs = append(langs, l)
		}
		slices.Sort(langs)
		fmt.Fprintf(w, "| engine | recall@5 | nDCG@5 | cases with no relevant hit |")
		for _, l := range langs {
			fmt.Fprintf(w, " nDCG@5 %s |", l)
		}
		fmt.Fprintf(w, "\n|---|---|---|---|%s\n", strings.Repeat("---|", len(langs)))
		for _, q := range r.quality {
			fmt.Fprintf(w, "| %s | %.3f | %.3f | %d |", q.engine, q.rep.Recall, q.rep.NDCG, len(q.rep.Misses))
			for _, l := range langs {
				fmt.Fprintf(w, " %.3f |", q.rep.ByLang[l].NDCG)
			}
			fmt.Fprintln(w)
		}
		for _, q := range r.quality {
			if q.err != nil {
				fmt.Fprintf(w, "\nErrors from %s, e.g.: %v\n", q.engine, q.err)
			}
		}
		fmt.Fprintln(w)
	}
	if len(r.sizes) == 0 {
		return
	}
	header := func(title string) {
		fmt.Fprintf(w, "**%s**\n\n| engine |", title)
		for _, s := range r.sizes {
			p.Fprintf(w, " %d offers |", s.n)
		}
		fmt.Fprintf(w, "\n|---|%s\n", strings.Repeat("---|", len(r.sizes)))
	}
	table := func(title string, cell func(*scaleRow) string) {
		header(title)
		for _, name := range r.order {
			fmt.Fprintf(w, "| %s |", name)
			for _, s := range r.sizes {
				row := r.scale[name][s.n]
				c := "—"
				if row != nil {
					c = cell(row)
				}
				fmt.Fprintf(w, " %s |", c)
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Synthetic regions (`lotse seed synthetic`):")
	for _, s := range r.sizes {
		p.Fprintf(w, " %d offers = %d documents with the organisations (read in %s);", s.n, s.docs, secs(s.read))
	}
	fmt.Fprintf(w, " every engine gets the same documents from store.EachSearchDoc; build times leave out reading them, except for the offer list.\n\n")
	table("Index build time from the documents", func(row *scaleRow) string {
		switch {
		case row.shared:
			return "(same table)"
		case row.fromStore:
			return secs(row.build) + " (Refresh, reads SQLite)"
		}
		return secs(row.build)
	})
	table("Query latency p50 / p99, in process (PostgreSQL: over loopback), the relevance queries repeated", func(row *scaleRow) string {
		return fmt.Sprintf("%s / %s (%d q)", ms(row.p50), ms(row.p99), row.queries)
	})
	fmt.Fprintf(w, "Offers the relevance queries match (Lotse, all matches):")
	for _, s := range r.sizes {
		h := r.hits[s.n]
		p.Fprintf(w, " at %d median %d, 90th percentile %d, max %d;", s.n, h.median, h.p90, h.max)
	}
	fmt.Fprintf(w, " every engine scores all matches to return the first five.\n\n")
	table("Query latency p50 / p99 of broad queries (TestPerf's: "+broadList()+"), each repeated", func(row *scaleRow) string {
		return fmt.Sprintf("%s / %s (%d q)", ms(row.bp50), ms(row.bp99), row.bqueries)
	})
	fmt.Fprintf(w, "Offers they match (Lotse):")
	for _, s := range r.sizes {
		p.Fprintf(w, " at %d", s.n)
		for i, q := range broadQueries {
			p.Fprintf(w, " %q %d", q.text, r.hits[s.n].broad[i])
			if i < len(broadQueries)-1 {
				fmt.Fprint(w, ",")
			}
		}
		fmt.Fprint(w, ";")
	}
	fmt.Fprintf(w, "\n\n")
	table("Update latency p50 / p99 / max: change one offer's text until a query finds the new word", func(row *scaleRow) string {
		if row.updates == 0 {
			return "—"
		}
		return fmt.Sprintf("%s / %s / %s (%d)", ms(row.upd50), ms(row.upd99), ms(row.updX), row.updates)
	})
	table("Memory: live Go heap of the index, or the index on disk (all tables with stored texts in brackets)", func(row *scaleRow) string {
		switch {
		case row.shared:
			return "(same table)"
		case row.heap >= 0:
			return mb(row.heap) + " heap"
		default:
			return fmt.Sprintf("%s (%s)", mb(row.index), mb(row.total))
		}
	})
}

func broadList() string {
	var qs []string
	for _, q := range broadQueries {
		qs = append(qs, q.text)
	}
	return strings.Join(qs, ", ")
}

func ms(d time.Duration) string {
	v := float64(d) / float64(time.Millisecond)
	switch {
	case v < 1:
		return fmt.Sprintf("%.2f ms", v)
	case v < 100:
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.0f ms", v)
}

func secs(d time.Duration) string {
	if d < time.Second {
		return ms(d)
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

// shellJoin quotes args for a POSIX shell where needed.
func shellJoin(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, " '\"?&*$;|<>()\\`!#") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		out[i] = a
	}
	return strings.Join(out, " ")
}
