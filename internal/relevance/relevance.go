// Package relevance holds the relevance test set of the search: realistic
// queries, in the interface languages, with typos, digraphs and compounds,
// and the demo region's offers each should find. It scores a ranking with
// recall@5 and nDCG@5, so that the engine's test (and the comparison with
// SQLite FTS5 and PostgreSQL full-text search in tools/searchcompare)
// measure the same thing.
package relevance

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
)

// Case is one query and what it should find.
type Case struct {
	Query string `json:"q"`
	// Lang is the interface language the reader uses ("de", "tr", …).
	Lang string `json:"lang"`
	// Best are the seed keys of the demo offers that answer the query
	// best (grade 2); Also those that are relevant too (grade 1). They
	// are judged from the offers' texts, as a social worker would
	// refer someone: when several offers do the same thing, those held
	// in the reader's language are best and the others relevant too;
	// when a town is named, that town's offer is best.
	Best []string `json:"best"`
	Also []string `json:"also,omitempty"`
	// Why says what the case tests: a typo, a digraph, a compound, a
	// query in another language, …
	Why string `json:"why"`
}

//go:embed testdata/cases.json
var casesJSON []byte

// Cases returns the relevance test set.
func Cases() ([]Case, error) {
	var cs []Case
	if err := json.Unmarshal(casesJSON, &cs); err != nil {
		return nil, fmt.Errorf("relevance: cases.json: %w", err)
	}
	for i, c := range cs {
		if c.Query == "" || c.Lang == "" || len(c.Best) == 0 {
			return nil, fmt.Errorf("relevance: case %d (%q): query, lang and best are required", i, c.Query)
		}
	}
	return cs, nil
}

// K is the depth at which rankings are judged: the first screen of a
// phone shows about five results.
const K = 5

// Score is how well one ranking answers one case.
type Score struct {
	Recall float64 // share of the relevant offers in the first K, of at most K
	NDCG   float64 // discounted gain of the first K against the ideal order
}

// Judge scores ranked, the seed keys of the offers found, best first.
func Judge(c Case, ranked []string) Score {
	grade := map[string]int{}
	for _, k := range c.Also {
		grade[k] = 1
	}
	for _, k := range c.Best {
		grade[k] = 2
	}
	top := ranked[:min(len(ranked), K)]
	found, dcg := 0, 0.0
	for i, k := range top {
		if g := grade[k]; g > 0 && !slices.Contains(top[:i], k) {
			found++
			dcg += gain(g) / math.Log2(float64(i+2))
		}
	}
	ideal := make([]int, 0, len(grade))
	for _, g := range grade {
		ideal = append(ideal, g)
	}
	slices.Sort(ideal)
	slices.Reverse(ideal)
	idcg := 0.0
	for i, g := range ideal[:min(len(ideal), K)] {
		idcg += gain(g) / math.Log2(float64(i+2))
	}
	return Score{Recall: float64(found) / float64(min(len(grade), K)), NDCG: dcg / idcg}
}

func gain(grade int) float64 { return math.Exp2(float64(grade)) - 1 }

// Report sums up the scores of a run over the set.
type Report struct {
	N      int
	Recall float64 // mean recall@5
	NDCG   float64 // mean nDCG@5
	// ByLang has the means per interface language.
	ByLang map[string]Score
	// Misses are the cases with recall 0, for a reader to look at.
	Misses []Case
}

// Evaluate runs rank over every case and averages the scores. rank
// returns the seed keys of the offers found, best first.
func Evaluate(cases []Case, rank func(Case) []string) Report {
	r := Report{N: len(cases), ByLang: map[string]Score{}}
	n := map[string]int{}
	for _, c := range cases {
		s := Judge(c, rank(c))
		r.Recall += s.Recall
		r.NDCG += s.NDCG
		l := r.ByLang[c.Lang]
		l.Recall += s.Recall
		l.NDCG += s.NDCG
		r.ByLang[c.Lang] = l
		n[c.Lang]++
		if s.Recall == 0 {
			r.Misses = append(r.Misses, c)
		}
	}
	if r.N > 0 {
		r.Recall /= float64(r.N)
		r.NDCG /= float64(r.N)
	}
	for lang, s := range r.ByLang {
		r.ByLang[lang] = Score{Recall: s.Recall / float64(n[lang]), NDCG: s.NDCG / float64(n[lang])}
	}
	return r
}
