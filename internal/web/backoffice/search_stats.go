package backoffice

import (
	"net/http"
	"net/url"
	"slices"

	"github.com/lotse/lotse/internal/searchlog"
)

// searchStatsLimit is how many queries each list of the statistics shows.
const searchStatsLimit = 50

type searchStatsPage struct {
	*view
	Months []option
	Langs  []option
	Month  string // the chosen month
	SLang  string // the chosen language; "" all
	// Problem is the message key of a refused filter; the page then
	// shows the form and no figures.
	Problem string
	Stats   searchlog.Stats
}

// searchStats shows what people searched for on the public site in a
// month, in one language or in all: the most frequent queries and those
// that found nothing, the KI's needs analysis. The figures are
// anonymous aggregates (see package searchlog).
func (o *Office) searchStats(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := o.newView(w, r, "admin.search.stats_title", "search")
	q := r.URL.Query()
	current := searchlog.Month(o.now())
	p := &searchStatsPage{view: v, Month: current}
	months, err := o.env.Store.SearchMonths(ctx, v.Region.ID)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	if !slices.Contains(months, current) {
		months = append([]string{current}, months...)
	}
	p.Langs = o.searchLangOptions(v)
	status := http.StatusOK
	if m, ok := q["month"]; ok && m[0] != "" {
		if searchlog.ValidMonth(m[0]) {
			p.Month = m[0]
		} else {
			p.Problem, status = "admin.search.bad_month", http.StatusBadRequest
		}
	}
	if !slices.Contains(months, p.Month) {
		// A month without statistics may still be asked for by URL.
		months = append(months, p.Month)
		slices.Sort(months)
		slices.Reverse(months)
	}
	for _, m := range months {
		p.Months = append(p.Months, option{Value: m, Label: v.MonthName(m)})
	}
	if l := q.Get("lang"); l != "" {
		if has(p.Langs, l) {
			p.SLang = l
		} else if p.Problem == "" {
			p.Problem, status = "admin.search.bad_lang", http.StatusBadRequest
		}
	}
	if p.Problem == "" {
		if p.Stats, err = o.env.Store.SearchStats(ctx, v.Region.ID, p.Month, p.SLang, searchStatsLimit); err != nil {
			o.fail(w, r, err)
			return
		}
	}
	o.render(w, status, "search_stats", p)
}

// searchLangOptions are the interface languages of the public site,
// the languages searches are counted in.
func (o *Office) searchLangOptions(v *view) []option {
	var out []option
	for _, l := range o.env.Catalog.Languages() {
		opt := v.langOption(l.Code)
		label := opt.Native
		if opt.Name != "" {
			label += " (" + opt.Name + ")"
		}
		out = append(out, option{Value: l.Code, Label: label, Dir: l.Dir})
	}
	return out
}

// MonthName writes a month of the statistics ("2026-11") for people:
// "11/2026". Months have no name in the catalogue in every language,
// and the numeric form reads the same everywhere.
func (v *view) MonthName(m string) string {
	if !searchlog.ValidMonth(m) {
		return m
	}
	return m[5:] + "/" + m[:4]
}

// QueryLabel is how a stored query is shown: as typed (normalised), or
// the explanation of a placeholder.
func (v *view) QueryLabel(q string) string {
	switch q {
	case searchlog.Hidden:
		return v.T("admin.search.hidden")
	case searchlog.Other:
		return v.T("admin.search.other")
	}
	return q
}

// IsPlaceholder reports whether a stored query stands for queries that
// were counted but not kept.
func (v *view) IsPlaceholder(q string) bool { return searchlog.IsPlaceholder(q) }

// Count formats a count of searches.
func (v *view) Count(n int64) string { return v.loc.Number(int(n)) }

// ExplainURL is the "why does this rank here" page for a query.
func (v *view) ExplainURL(query, lang string) string {
	u := url.Values{"q": {query}}
	if lang != "" {
		u.Set("lang", lang)
	}
	return "/admin/search-explain?" + u.Encode()
}
