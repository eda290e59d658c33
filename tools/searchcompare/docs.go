package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/seed"
	"github.com/lotse/lotse/internal/store"
)

// corpus is one region's search documents, as every engine gets them.
type corpus struct {
	st       *store.Store
	regionID string
	docs     []search.Doc
	services int           // documents of kind service
	read     time.Duration // how long EachSearchDoc took
}

// openDemo loads the demo region into a fresh SQLite database in dir.
func openDemo(ctx context.Context, dir string) (*corpus, error) {
	path := filepath.Join(dir, "demo.db")
	for _, f := range []string{path, path + "-wal", path + "-shm"} {
		if err := os.Remove(f); err != nil && !os.IsNotExist(err) {
			return nil, fmt.Errorf("remove old demo database: %w", err)
		}
	}
	st, err := openStore(ctx, path)
	if err != nil {
		return nil, err
	}
	r, _, err := seed.Demo(ctx, st)
	if err != nil {
		st.Close()
		return nil, err
	}
	return loadCorpus(ctx, st, r.ID)
}

// openSynthetic opens dir/synthetic-N.db, adding generated offers until
// its region has at least n (a database from an earlier run is reused).
func openSynthetic(ctx context.Context, dir string, n int, log io.Writer) (*corpus, error) {
	st, err := openStore(ctx, filepath.Join(dir, fmt.Sprintf("synthetic-%d.db", n)))
	if err != nil {
		return nil, err
	}
	regionID := seed.RegionID(seed.DemoSlug)
	have, err := countServices(ctx, st, regionID)
	if err != nil {
		st.Close()
		return nil, err
	}
	if have < n {
		fmt.Fprintf(log, "  generating %d synthetic offers (once; the file is reused)\n", n-have)
		began := time.Now()
		if err := seed.Synthetic(ctx, st, seed.DemoSlug, n-have, nil); err != nil {
			st.Close()
			return nil, err
		}
		if err := st.Optimize(ctx); err != nil {
			st.Close()
			return nil, err
		}
		fmt.Fprintf(log, "  generated in %s\n", time.Since(began).Round(time.Second))
	}
	return loadCorpus(ctx, st, regionID)
}

func openStore(ctx context.Context, path string) (*store.Store, error) {
	st, err := store.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	if _, err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// countServices returns the number of offers of a region, 0 if the
// region does not exist yet.
func countServices(ctx context.Context, st *store.Store, regionID string) (int, error) {
	_, total, err := st.Services(ctx, regionID, store.ListFilter{Archived: store.AllRecords, Limit: 1})
	if err != nil {
		return 0, fmt.Errorf("count offers: %w", err)
	}
	return total, nil
}

// loadCorpus reads every visible search document of the region.
func loadCorpus(ctx context.Context, st *store.Store, regionID string) (*corpus, error) {
	c := &corpus{st: st, regionID: regionID}
	began := time.Now()
	_, err := st.EachSearchDoc(ctx, regionID, 0, func(d *search.Doc, hidden bool) {
		if hidden {
			return
		}
		// The callback's doc is reused; keep a copy.
		c.docs = append(c.docs, search.Doc{ID: d.ID, Kind: d.Kind, Texts: append([]search.Text(nil), d.Texts...)})
		if d.Kind == search.KindService {
			c.services++
		}
	})
	if err != nil {
		st.Close()
		return nil, err
	}
	c.read = time.Since(began)
	return c, nil
}

func (c *corpus) close() { c.st.Close() }

// fieldGroups is how the baselines store a document: one text per
// Lotse field, all languages of the field joined.
type fieldGroups struct {
	name, term, synonym, summary, org, description string
}

func groupFields(d search.Doc) fieldGroups {
	var b [6]strings.Builder
	idx := map[string]int{search.FieldName: 0, search.FieldTerm: 1, search.FieldSynonym: 2, search.FieldSummary: 3,
		search.FieldOrg: 4, search.FieldDescription: 5}
	for _, t := range d.Texts {
		i, ok := idx[t.Field]
		if !ok {
			i = 5
		}
		if b[i].Len() > 0 {
			b[i].WriteString("\n")
		}
		b[i].WriteString(t.Text)
	}
	return fieldGroups{b[0].String(), b[1].String(), b[2].String(), b[3].String(), b[4].String(), b[5].String()}
}

// updatedDoc returns d with a marker word added to its German
// description: the word an update test then searches for.
func updatedDoc(d search.Doc, marker string) search.Doc {
	texts := append([]search.Text(nil), d.Texts...)
	texts = append(texts, search.Text{Field: search.FieldDescription, Lang: "de", Text: "Neu im Angebot: " + marker + "."})
	return search.Doc{ID: d.ID, Kind: d.Kind, Texts: texts}
}

// marker returns the i-th update marker, a word of letters that occurs
// nowhere else (digits would be split off by some tokenizers).
func marker(i int) string {
	var b []byte
	for i++; i > 0; i /= 26 {
		b = append(b, byte('a'+i%26))
	}
	return "zqxneu" + string(b)
}
