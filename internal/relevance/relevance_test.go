package relevance_test

import (
	"context"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/relevance"
	"github.com/lotse/lotse/internal/seed"
	"github.com/lotse/lotse/internal/testdb"
)

// The floors sit a little under what the engine reaches (recall@5 0.781,
// nDCG@5 0.793 on 145 cases since records with some of the words answer
// a query none has all of; 0.758 and 0.769 before), so that a change
// that makes search worse fails here while a case or two moving does not.
// Raise them when the engine gets better; never lower them to let a
// change pass without saying why.
const (
	minRecall = 0.75
	minNDCG   = 0.76
)

// minLangRecall is the floor of mean recall@5 per interface language, so
// that a change that helps German but breaks Arabic does not hide in the
// overall mean. With six to eleven cases a language, one case moves the
// mean by about 0.1, so these floors sit about 0.05 under the figures of
// the time of writing (given after each); German, with 73 cases, closer.
var minLangRecall = map[string]float64{
	"de": 0.81, // 0.849
	"en": 0.70, // 0.770
	"tr": 0.79, // 0.841
	"ar": 0.75, // 0.828
	"ru": 0.50, // 0.575
	"uk": 0.75, // 0.819
	"pl": 0.63, // 0.688
	"ro": 0.40, // 0.462
	"bg": 0.65, // 0.717
	"fa": 0.50, // 0.590
}

func TestRelevance(t *testing.T) {
	cases, err := relevance.Cases()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	store := testdb.Open(t)
	region, _, err := seed.Demo(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	ix := offerindex.New(store)
	if err := ix.Refresh(ctx, region.ID); err != nil {
		t.Fatal(err)
	}
	keyOf := map[string]string{}
	for _, k := range seed.DemoServiceKeys() {
		keyOf[seed.DemoServiceID(region.ID, k)] = k
	}

	// Every graded offer must be on the public list, or a case could
	// never pass whatever the engine does.
	public := map[string]bool{}
	for _, id := range ix.Search(region.ID, offerindex.Query{Limit: len(keyOf) + 1}).IDs {
		public[keyOf[id]] = true
	}
	for _, c := range cases {
		for _, k := range slices.Concat(c.Best, c.Also) {
			if !public[k] {
				t.Errorf("case %s %q: offer %s is not on the public list", c.Lang, c.Query, k)
			}
		}
	}

	// got keeps each ranking for the report; (lang, query) is unique in
	// the set (TestCases).
	got := map[string][]string{}
	rep := relevance.Evaluate(cases, func(c relevance.Case) []string {
		res := ix.Search(region.ID, offerindex.Query{Text: c.Query, Lang: c.Lang, Limit: relevance.K})
		var keys []string
		for _, id := range res.IDs {
			k, ok := keyOf[id]
			if !ok {
				k = "?" + id
			}
			keys = append(keys, k)
		}
		got[c.Lang+"|"+c.Query] = keys
		return keys
	})

	t.Logf("%d cases: recall@%d %.3f, nDCG@%d %.3f", rep.N, relevance.K, rep.Recall, relevance.K, rep.NDCG)
	n := map[string]int{}
	for _, c := range cases {
		n[c.Lang]++
	}
	for _, lang := range slices.Sorted(maps.Keys(rep.ByLang)) {
		s := rep.ByLang[lang]
		t.Logf("  %-2s %3d cases: recall %.3f, nDCG %.3f", lang, n[lang], s.Recall, s.NDCG)
	}
	for _, c := range cases {
		ranked := got[c.Lang+"|"+c.Query]
		s := relevance.Judge(c, ranked)
		if s.Recall < 1 {
			mark := "partly"
			if s.Recall == 0 {
				mark = "MISSED"
			}
			t.Logf("  %s %s %q (%s): recall %.2f nDCG %.2f; want %s; got %s", mark, c.Lang, c.Query, c.Why, s.Recall, s.NDCG,
				want(c), strings.Join(ranked, " "))
		}
	}
	t.Logf("%d cases found nothing relevant", len(rep.Misses))

	if rep.Recall < minRecall {
		t.Errorf("mean recall@%d = %.3f, below the floor %.2f", relevance.K, rep.Recall, minRecall)
	}
	if rep.NDCG < minNDCG {
		t.Errorf("mean nDCG@%d = %.3f, below the floor %.2f", relevance.K, rep.NDCG, minNDCG)
	}
	for _, lang := range slices.Sorted(maps.Keys(rep.ByLang)) {
		floor, ok := minLangRecall[lang]
		if !ok {
			t.Errorf("no recall floor for language %s; add one to minLangRecall", lang)
			continue
		}
		if r := rep.ByLang[lang].Recall; r < floor {
			t.Errorf("mean recall@%d of %s = %.3f, below the floor %.2f", relevance.K, lang, r, floor)
		}
	}
}

func want(c relevance.Case) string {
	s := strings.Join(c.Best, " ")
	if len(c.Also) > 0 {
		s += " (also " + strings.Join(c.Also, " ") + ")"
	}
	return s
}

// TestCases checks that the set is what it claims to be: every key names
// a demo offer, no case grades an offer twice, and the set covers the
// languages and kinds of query it was written for.
func TestCases(t *testing.T) {
	cases, err := relevance.Cases()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, k := range seed.DemoServiceKeys() {
		known[k] = true
	}
	perLang := map[string]int{}
	seen := map[string]bool{}
	for _, c := range cases {
		perLang[c.Lang]++
		id := c.Lang + "|" + c.Query
		if seen[id] {
			t.Errorf("case %s %q given twice", c.Lang, c.Query)
		}
		seen[id] = true
		if c.Why == "" {
			t.Errorf("case %s %q: say why it is in the set", c.Lang, c.Query)
		}
		graded := map[string]bool{}
		for _, k := range slices.Concat(c.Best, c.Also) {
			if !known[k] {
				t.Errorf("case %s %q: no demo offer %q", c.Lang, c.Query, k)
			}
			if graded[k] {
				t.Errorf("case %s %q: offer %q graded twice", c.Lang, c.Query, k)
			}
			graded[k] = true
		}
	}
	if len(cases) < 100 {
		t.Errorf("%d cases, want at least 100", len(cases))
	}
	if perLang["de"] < 35 {
		t.Errorf("%d German cases, want at least 35", perLang["de"])
	}
	others := 0
	for lang, n := range perLang {
		if lang != "de" && n >= 6 {
			others++
		}
	}
	if others < 7 {
		t.Errorf("cases per language %v: want at least 6 in each of 7 languages besides German", perLang)
	}
}

func TestJudge(t *testing.T) {
	c := relevance.Case{Query: "q", Lang: "de", Best: []string{"a", "b"}, Also: []string{"c"}}
	tests := []struct {
		name      string
		ranked    []string
		recall    float64
		ndcg      float64  // -1: not checked exactly
		compareTo []string // when set, nDCG must be lower than for this ranking
	}{
		{name: "perfect", ranked: []string{"a", "b", "c"}, recall: 1, ndcg: 1},
		{name: "perfect, other best first", ranked: []string{"b", "a", "c", "x"}, recall: 1, ndcg: 1},
		{name: "empty", ranked: nil, recall: 0, ndcg: 0},
		{name: "nothing relevant", ranked: []string{"x", "y", "z", "u", "v"}, recall: 0, ndcg: 0},
		{name: "relevant beyond K", ranked: []string{"x", "y", "z", "u", "v", "a"}, recall: 0, ndcg: 0},
		{name: "also before best", ranked: []string{"c", "a", "b"}, recall: 1, ndcg: -1, compareTo: []string{"a", "b", "c"}},
		{name: "late", ranked: []string{"x", "y", "a", "b", "c"}, recall: 1, ndcg: -1, compareTo: []string{"a", "b", "c", "x", "y"}},
		{name: "duplicates count once", ranked: []string{"a", "a", "a", "a", "a"}, recall: 1.0 / 3, ndcg: -1, compareTo: []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := relevance.Judge(c, tt.ranked)
			if !near(got.Recall, tt.recall) {
				t.Errorf("recall = %v, want %v", got.Recall, tt.recall)
			}
			if tt.ndcg >= 0 && !near(got.NDCG, tt.ndcg) {
				t.Errorf("nDCG = %v, want %v", got.NDCG, tt.ndcg)
			}
			if tt.compareTo != nil {
				better := relevance.Judge(c, tt.compareTo)
				if got.NDCG >= better.NDCG {
					t.Errorf("nDCG of %v = %v, want less than %v for %v", tt.ranked, got.NDCG, better.NDCG, tt.compareTo)
				}
			}
			if got.NDCG < 0 || got.NDCG > 1 {
				t.Errorf("nDCG = %v, want within [0, 1]", got.NDCG)
			}
		})
	}
}

func TestJudgeDuplicateGain(t *testing.T) {
	// A duplicate of a found offer must not add gain: one best offer
	// found once at the top is already the ideal ranking.
	c := relevance.Case{Query: "q", Lang: "de", Best: []string{"a"}}
	for _, ranked := range [][]string{{"a"}, {"a", "a"}, {"a", "x", "a"}} {
		if got := relevance.Judge(c, ranked); !near(got.NDCG, 1) || !near(got.Recall, 1) {
			t.Errorf("Judge(%v) = %+v, want recall 1 and nDCG 1", ranked, got)
		}
	}
}

func TestEvaluate(t *testing.T) {
	cases := []relevance.Case{
		{Query: "a", Lang: "de", Best: []string{"a"}},
		{Query: "b", Lang: "de", Best: []string{"b"}},
		{Query: "c", Lang: "tr", Best: []string{"c"}},
	}
	rep := relevance.Evaluate(cases, func(c relevance.Case) []string {
		if c.Query == "b" {
			return []string{"x"}
		}
		return []string{c.Query}
	})
	if rep.N != 3 || !near(rep.Recall, 2.0/3) || !near(rep.NDCG, 2.0/3) {
		t.Errorf("report = %+v, want 3 cases with mean recall and nDCG 2/3", rep)
	}
	if de := rep.ByLang["de"]; !near(de.Recall, 0.5) {
		t.Errorf("German recall = %v, want 0.5", de.Recall)
	}
	if tr := rep.ByLang["tr"]; !near(tr.Recall, 1) {
		t.Errorf("Turkish recall = %v, want 1", tr.Recall)
	}
	if len(rep.Misses) != 1 || rep.Misses[0].Query != "b" {
		t.Errorf("misses = %v, want the case b", rep.Misses)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
