package site

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
)

// The guided finder ("Hilfe finden") asks four questions, one page each,
// with big links instead of a form: who needs help, with what, where, in
// which language. Every page is a plain GET whose query holds the
// answers so far, so a step can be shared, bookmarked and gone back to,
// and it needs no JavaScript. The answers use the offer list's own
// parameter names, so the last choice leads straight to the list with
// those filters, and results, paging and chips are the list's.
//
// A parameter present with an empty value is a question answered with
// "no preference"; a missing one is a question not asked yet. Values the
// region does not know are dropped, and their question is asked again.

// finderSteps are the finder's questions in their order, named by the
// offer list's parameter each answers.
var finderSteps = []string{"group", "need", "town", "lang"}

// whoCodes are the target groups the finder names by who needs help
// ("a child", "someone I care for") rather than by the group's name:
// the demo taxonomy's codes. Other groups of a region show their names.
var whoCodes = []string{"seniors", "relatives", "families", "children-youth", "women", "men", "refugees",
	"eu-newcomers", "newcomers", "migrant-organizations", "professionals", "disabilities"}

// finderAnswers are the answers so far: parameter → value, "" for no
// preference. A question not answered has no entry.
type finderAnswers map[string]string

// parseFinder reads the answers from a query, keeping only values the
// region knows; a question with an unknown value counts as not answered.
func parseFinder(q url.Values, d *regionData) finderAnswers {
	a := finderAnswers{}
	for _, key := range finderSteps {
		raw, ok := q[key]
		if !ok {
			continue
		}
		vals := cleanValues(raw, key == "lang")
		if len(vals) == 0 {
			a[key] = "" // present but empty: no preference
			continue
		}
		v := vals[0]
		known := false
		switch key {
		case "group":
			_, known = d.byCode[directory.TaxTargetGroups][v]
		case "need":
			_, known = d.byCode[directory.TaxNeeds][v]
		case "town":
			_, known = d.townBySlug[v]
		case "lang":
			known = directory.ValidLanguageCode(v)
		}
		if known {
			a[key] = v
		}
	}
	return a
}

// with returns the answers with one more.
func (a finderAnswers) with(key, value string) finderAnswers {
	b := finderAnswers{key: value}
	for k, v := range a {
		if k != key {
			b[k] = v
		}
	}
	return b
}

// without returns the answers with one question open again.
func (a finderAnswers) without(key string) finderAnswers {
	b := finderAnswers{}
	for k, v := range a {
		if k != key {
			b[k] = v
		}
	}
	return b
}

// current returns the index of the first question not answered, or -1
// when all are.
func (a finderAnswers) current() int {
	for i, key := range finderSteps {
		if _, ok := a[key]; !ok {
			return i
		}
	}
	return -1
}

// values returns the answers as the finder's query, with empty values
// for "no preference".
func (a finderAnswers) values() url.Values {
	q := url.Values{}
	for _, key := range finderSteps {
		if v, ok := a[key]; ok {
			q.Set(key, v)
		}
	}
	return q
}

// filter returns the offer list's filter for the answers.
func (a finderAnswers) filter() listFilter {
	f := listFilter{Page: 1}
	one := func(key string) []string {
		if v := a[key]; v != "" {
			return []string{v}
		}
		return nil
	}
	f.Groups, f.Needs, f.Towns, f.Langs = one("group"), one("need"), one("town"), one("lang")
	return f
}

// finderView is the content of a step of the finder.
type finderView struct {
	Step, Steps int
	// Key names the step's question ("group", "need", …), for its texts.
	Key     string
	Answers []finderAnswer
	Choices []finderChoice
	Skip    finderChoice
	// Results is the offer list for the answers so far, Total its size.
	Results string
	Total   int
	// Notes say what the choices' names are (see content.go).
	Notes notes
}

// finderAnswer is an answer given, with the link that asks it again.
type finderAnswer struct {
	Key    string
	Value  text
	Change string
}

// finderChoice is a possible answer with how many offers it leaves.
type finderChoice struct {
	Name  text
	URL   string
	Count int
}

// finder shows the finder's next question, or sends the reader to the
// offer list once all are answered.
func (s *Site) finder(w http.ResponseWriter, r *http.Request) {
	rq, ok := s.open(w, r)
	if !ok {
		return
	}
	d := rq.data
	a := parseFinder(r.URL.Query(), d)
	listURL := func(a finderAnswers) string { return withQuery(rq.prefix()+"/offers", a.filter().values()) }
	step := a.current()
	if step < 0 {
		http.Redirect(w, r, listURL(a), http.StatusSeeOther)
		return
	}
	// next is where an answer leads: the next open question, or the
	// list when it was the last.
	next := func(b finderAnswers) string {
		if b.current() < 0 {
			return listURL(b)
		}
		return withQuery(rq.prefix()+"/finder", b.values())
	}

	// Counts given the answers so far: the facet counts of the current
	// question's values, which has no filter yet.
	var q offerindex.Query
	if v := a["town"]; v != "" {
		q.Towns = []string{d.townBySlug[v].ID}
	}
	if v := a["lang"]; v != "" {
		q.Langs = []string{v}
	}
	group := func(tax, key string) offerindex.TermGroup {
		g := offerindex.TermGroup{Members: d.termIDs(tax)}
		if v := a[key]; v != "" {
			g.IDs = []string{d.byCode[tax][v].ID}
		}
		return g
	}
	q.TermGroups = []offerindex.TermGroup{group(directory.TaxNeeds, "need"), group(directory.TaxTargetGroups, "group")}
	q.Limit = 1
	res := s.env.Index.Search(rq.region.ID, q)

	key := finderSteps[step]
	v := finderView{Step: step + 1, Steps: len(finderSteps), Key: key, Results: listURL(a), Total: res.Total}
	v.Skip = finderChoice{Name: rq.plainText(rq.l.T("site.finder.any."+key, "Region", rq.region.Name)), URL: next(a.with(key, "")), Count: res.Total}
	choose := func(name text, value string, count int) {
		if count > 0 {
			v.Notes.add(name)
			v.Choices = append(v.Choices, finderChoice{Name: name, URL: next(a.with(key, value)), Count: count})
		}
	}
	switch key {
	case "group":
		for _, t := range d.taxTerms[directory.TaxTargetGroups] {
			choose(whoName(rq, t), t.Code, res.Counts[t.ID])
		}
	case "need":
		for _, t := range d.taxTerms[directory.TaxNeeds] {
			choose(rq.termName(t), t.Code, res.Counts[t.ID])
		}
	case "town":
		for _, t := range d.towns {
			choose(rq.germanName(t.Name), t.Slug, res.Counts[t.ID])
		}
	case "lang":
		for _, code := range finderLangs(res.Counts, offerLang(rq.lang.Code)) {
			choose(languageName(rq, code), code, res.Counts[code])
		}
	}

	// The answers given, in the questions' order, each with a link that
	// asks it again and keeps the others.
	for _, k := range finderSteps {
		val, ok := a[k]
		if !ok {
			continue
		}
		ans := finderAnswer{Key: k, Change: withQuery(rq.prefix()+"/finder", a.without(k).values())}
		switch {
		case val == "":
			ans.Value = rq.plainText(rq.l.T("site.finder.any."+k, "Region", rq.region.Name))
		case k == "group":
			ans.Value = whoName(rq, d.byCode[directory.TaxTargetGroups][val])
		case k == "need":
			ans.Value = rq.termName(d.byCode[directory.TaxNeeds][val])
		case k == "town":
			ans.Value = rq.germanName(d.townBySlug[val].Name)
		case k == "lang":
			ans.Value = languageName(rq, val)
		}
		v.Answers = append(v.Answers, ans)
	}

	l := rq.l
	title := l.T("site.finder.title") + " – " + l.T("site.finder.step", "Step", v.Step, "Steps", v.Steps)
	p := s.newPage(rq, title, "/finder", a.values())
	p.Description = l.T("site.finder.intro")
	p.Nav = "finder"
	p.Crumbs = []crumb{rq.crumb("site.nav.home", rq.prefix()+"/"), rq.crumb("site.finder.title", "")}
	if len(a) > 0 {
		// Only the first step is a page of its own for search engines;
		// the others are the same choices filtered.
		p.NoIndex = true
	}
	p.Data = v
	s.render(w, "finder", p)
}

// whoName is how the finder names a target group: by who needs help for
// the groups it knows, by the group's name for the others.
func whoName(rq *request, t directory.Term) text {
	if slices.Contains(whoCodes, t.Code) {
		return rq.plainText(rq.l.T("site.finder.who." + t.Code))
	}
	return rq.termName(t)
}

// languageName is a language in its own name, marked as that language.
func languageName(rq *request, code string) text {
	return text{Text: directory.LanguageNative(code), Lang: code, Status: directory.TranslationCurrent, page: rq.lang.Code}
}

// offerLang is the language an offer is held in that a reader of an
// interface language understands: Leichte Sprache readers read German.
func offerLang(code string) string {
	base, _, _ := strings.Cut(code, "-x-")
	return base
}

// finderLangs returns the languages offers are held in, as the list
// orders them, with the reader's own first when there are offers in it.
func finderLangs(counts map[string]int, own string) []string {
	var langs []string
	for k, n := range counts {
		if n > 0 && directory.ValidLanguageCode(k) {
			langs = append(langs, k)
		}
	}
	slices.SortFunc(langs, func(a, b string) int {
		if (a == own) != (b == own) {
			if a == own {
				return -1
			}
			return 1
		}
		if c := languageRank(a) - languageRank(b); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return langs
}
