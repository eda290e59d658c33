package backoffice

import (
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/search"
)

// Limits of the explain page: it shows the first page of the public
// list, and refuses queries far longer than anyone types.
const (
	explainHits     = 20
	explainMaxRunes = 200
)

type searchExplainPage struct {
	*view
	Query string // as typed
	SLang string // the reader's language the query is analysed in
	Langs []option
	// Problem is the message key of a refused query.
	Problem string
	// Searched is set once a query was run; Total is the number of
	// offers it finds, Rows the first explainHits of them in the
	// order of the public list.
	Searched   bool
	Total      int
	Rows       []explainRow
	Suggestion string
}

// explainRow is one offer of the result and why it is there.
type explainRow struct {
	Rank  int
	ID    string
	Name  string
	Score float64
	// InLang is set when the offer is held in the reader's language,
	// which lifts it in the public list.
	InLang  bool
	Reasons []search.Reason
}

// searchExplain shows staff how the public offer list ranks the offers
// for a query in a reader's language, and why: each offer's score and
// the words it matched, how, in which field and language.
func (o *Office) searchExplain(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.search.explain_title", "search")
	q := r.URL.Query()
	p := &searchExplainPage{view: v, Query: q.Get("q"), SLang: "de", Langs: o.searchLangOptions(v)}
	status := http.StatusOK
	if l := q.Get("lang"); l != "" {
		if has(p.Langs, l) {
			p.SLang = l
		} else {
			p.Problem, status = "admin.search.bad_lang", http.StatusBadRequest
		}
	}
	text := strings.TrimSpace(p.Query)
	switch {
	case !utf8.ValidString(p.Query):
		p.Query = strings.ToValidUTF8(p.Query, "\uFFFD")
		p.Problem, status = "admin.search.bad_query", http.StatusBadRequest
	case utf8.RuneCountInString(p.Query) > explainMaxRunes:
		p.Problem, status = "admin.search.query_too_long", http.StatusBadRequest
	}
	if p.Problem != "" || text == "" {
		o.render(w, status, "search_explain", p)
		return
	}
	p.Searched = true
	region := v.Region.ID
	res := o.env.Index.Search(region, offerindex.Query{Text: text, Lang: p.SLang, Limit: explainHits})
	p.Total = res.Total
	sq := search.Query{Text: text, Lang: p.SLang, Kind: search.KindService}
	if res.Total == 0 {
		p.Suggestion = o.env.Index.Suggest(region, sq)
		o.render(w, status, "search_explain", p)
		return
	}
	scores := map[string]float64{}
	for _, h := range o.env.Index.SearchText(region, sq) {
		scores[h.ID] = h.Score
	}
	svcs, err := o.env.Store.ServiceCards(r.Context(), region, res.IDs)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	names, inLang := map[string]string{}, map[string]bool{}
	for _, s := range svcs {
		names[s.ID] = s.Name
		inLang[s.ID] = slices.Contains(s.LanguageCodes(), p.SLang)
	}
	for i, id := range res.IDs {
		p.Rows = append(p.Rows, explainRow{Rank: i + 1, ID: id, Name: names[id], Score: scores[id], InLang: inLang[id],
			Reasons: o.env.Index.Explain(region, sq, id)})
	}
	o.render(w, status, "search_explain", p)
}

// Score formats a score or a share of one.
func (v *view) Score(f float64) string { return v.loc.Decimal(f) }

// HowKey is the message key naming how a query word matched.
func (v *view) HowKey(how string) string {
	switch how {
	case "exact", "stem", "prefix", "typo", "compound", "folded":
		return "admin.search.how." + how
	}
	return "admin.search.how.other"
}

// SearchFieldKey is the message key naming a searched field.
func (v *view) SearchFieldKey(field string) string {
	switch field {
	case search.FieldName, search.FieldTerm, search.FieldSynonym, search.FieldSummary, search.FieldOrg, search.FieldDescription:
		return "admin.search.field." + field
	}
	return "admin.search.field.other"
}

// LangLabel names a content language for the reasons table.
func (v *view) LangLabel(code string) string {
	opt := v.langOption(code)
	if opt.Name != "" {
		return opt.Name
	}
	return opt.Native
}
