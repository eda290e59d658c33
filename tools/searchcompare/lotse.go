package main

import (
	"context"
	"errors"
	"strconv"

	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/relevance"
	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/store"
)

// query is what a reader typed and the language they read in.
type query struct{ text, lang string }

// engine is one search engine under comparison. search returns the ids
// of the best offers (kind service), at most relevance.K, best first.
type engine interface {
	name() string
	build(ctx context.Context, docs []search.Doc) error
	search(ctx context.Context, q query) ([]string, error)
	// update replaces one document; the next search must see it.
	update(ctx context.Context, d search.Doc) error
	// storage returns the bytes the engine keeps outside the Go heap:
	// all of it and the index alone (without stored texts); -1 when it
	// lives in the Go heap, which the caller measures.
	storage(ctx context.Context) (total, index int64, err error)
	close(ctx context.Context) error
}

// errNoUpdate is returned by engines whose updates are not measured.
var errNoUpdate = errors.New("update not measured")

// errShared is returned by an engine view whose storage another row
// reports.
var errShared = errors.New("storage shared")

// lotseEngine is the search engine itself, built from the documents
// with search.Build and searched for offers as offerindex does, without
// the offer list around it.
type lotseEngine struct{ ix *search.Index }

func (e *lotseEngine) name() string { return "Lotse (internal/search)" }

func (e *lotseEngine) build(_ context.Context, docs []search.Doc) error {
	e.ix = search.Build(docs)
	return nil
}

func (e *lotseEngine) search(_ context.Context, q query) ([]string, error) {
	hits := e.ix.Search(search.Query{Text: q.text, Lang: q.lang, Kind: search.KindService})
	ids := make([]string, 0, relevance.K)
	for _, h := range hits[:min(len(hits), relevance.K)] {
		ids = append(ids, h.ID)
	}
	return ids, nil
}

func (e *lotseEngine) update(_ context.Context, d search.Doc) error {
	e.ix = e.ix.Update([]search.Doc{d}, nil)
	return nil
}

func (e *lotseEngine) storage(context.Context) (int64, int64, error) { return -1, -1, nil }
func (e *lotseEngine) close(context.Context) error                   { e.ix = nil; return nil }

// offerListEngine is what the public offer list uses: offerindex with
// its reader-language boost and facet counts, built by Refresh from the
// store (which reads the documents itself).
type offerListEngine struct {
	st       *store.Store
	regionID string
	ix       *offerindex.Index
	n        int // makes every query's cache key unique
}

func (e *offerListEngine) name() string { return "Lotse (offer list)" }

func (e *offerListEngine) build(ctx context.Context, _ []search.Doc) error {
	e.ix = offerindex.New(e.st)
	return e.ix.Refresh(ctx, e.regionID)
}

func (e *offerListEngine) search(_ context.Context, q query) ([]string, error) {
	// The offer index caches whole results per query, and the timed
	// queries repeat. A term group without chosen terms filters
	// nothing but is part of the cache key, so a fresh member id per
	// query measures the uncached path every time.
	e.n++
	res := e.ix.Search(e.regionID, offerindex.Query{Text: q.text, Lang: q.lang, Limit: relevance.K,
		TermGroups: []offerindex.TermGroup{{Members: []string{"searchcompare-" + strconv.Itoa(e.n)}}}})
	return res.IDs, nil
}

func (e *offerListEngine) update(context.Context, search.Doc) error { return errNoUpdate }

func (e *offerListEngine) storage(context.Context) (int64, int64, error) { return -1, -1, nil }
func (e *offerListEngine) close(context.Context) error                   { e.ix = nil; return nil }
