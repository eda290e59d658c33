package backoffice

import (
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

type translationOverviewPage struct {
	*view
	Langs []langCoverage
}

// langCoverage is the coverage of one target language.
type langCoverage struct {
	langOption
	Rows  []coverageRow
	Total coverageRow
}

// coverageRow counts the texts of one content type (or of all) by status.
type coverageRow struct {
	Type  string // "" for the total
	Cells []coverageCell
	Total int
}

// coverageCell is one status's count, its share of the bar and the work
// list that shows those texts.
type coverageCell struct {
	Status  string
	Count   int
	Percent int // whole percent; the cells of a row add up to 100 (or 0)
	// Offset is where the cell's part of the bar starts: the sum of the
	// percentages before it.
	Offset int
	URL    string
}

// translationOverview shows, per target language and content type, how
// many texts are current, machine-translated, outdated and missing.
func (o *Office) translationOverview(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.translation.overview", "translations")
	p := &translationOverviewPage{view: v}
	langs := targetLangs(v.Region)
	counts, err := o.env.Store.TranslationOverview(r.Context(), v.Region.ID, langs)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	for _, lang := range langs {
		lc := langCoverage{langOption: v.langOption(lang)}
		var sum store.TranslationCount
		for _, c := range counts {
			if c.Lang != lang {
				continue
			}
			lc.Rows = append(lc.Rows, coverageOf(lang, c.EntityType, c))
			sum.Current += c.Current
			sum.Machine += c.Machine
			sum.Outdated += c.Outdated
			sum.Missing += c.Missing
		}
		lc.Total = coverageOf(lang, "", sum)
		p.Langs = append(p.Langs, lc)
	}
	o.render(w, http.StatusOK, "translation_overview", p)
}

// coverageStatuses is the order of the statuses on the bar: done first.
var coverageStatuses = []string{directory.TranslationCurrent, directory.TranslationMachine, directory.TranslationOutdated, directory.TranslationMissing}

func coverageOf(lang, entityType string, c store.TranslationCount) coverageRow {
	row := coverageRow{Type: entityType, Total: c.Total()}
	n := map[string]int{directory.TranslationCurrent: c.Current, directory.TranslationMachine: c.Machine,
		directory.TranslationOutdated: c.Outdated, directory.TranslationMissing: c.Missing}
	counts := make([]int, len(coverageStatuses))
	for i, st := range coverageStatuses {
		counts[i] = n[st]
	}
	pct := percentages(counts)
	offset := 0
	for i, st := range coverageStatuses {
		row.Cells = append(row.Cells, coverageCell{Status: st, Count: counts[i], Percent: pct[i], Offset: offset, URL: workListURL(lang, entityType, st, 1)})
		offset += pct[i]
	}
	return row
}

// percentages turns counts into whole percentages that add up to 100
// (largest remainder), so that the bar is neither short nor too long.
func percentages(counts []int) []int {
	total := 0
	for _, c := range counts {
		total += c
	}
	out := make([]int, len(counts))
	if total == 0 {
		return out
	}
	rem := make([]int, len(counts))
	sum := 0
	for i, c := range counts {
		out[i] = c * 100 / total
		rem[i] = c * 100 % total
		sum += out[i]
	}
	for sum < 100 {
		best := 0
		for i := range rem {
			if rem[i] > rem[best] {
				best = i
			}
		}
		out[best]++
		rem[best] = -1
		sum++
	}
	return out
}

// workListURL is the work list of a language, filtered.
func workListURL(lang, entityType, status string, page int) string {
	q := url.Values{}
	if entityType != "" {
		q.Set("type", entityType)
	}
	if status != "" {
		q.Set("status", status)
	}
	if page > 1 {
		q.Set("page", itoa(page))
	}
	u := "/admin/translations/" + lang
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return u
}
