package site

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/search"
)

// perPage is how many offers a list page shows: enough to scan, few
// enough for a slow line.
const perPage = 20

// Bounds on what a query may ask for. Values past them are ignored, so a
// huge or hostile query string costs no more than a normal one, and the
// links built from it (language switcher, chips, pages) stay short.
const (
	maxValues   = 10 // values per filter
	maxValueLen = 80 // characters per value
	maxPage     = 1_000_000
)

// listFilter is what the offer list is asked to show, as given in the
// URL, cleaned: valid UTF-8, bounded, without duplicates.
type listFilter struct {
	// Q is the text searched for (cleanQuery), "" for none.
	Q                           string
	Towns, Needs, Groups, Langs []string
	Free                        bool
	// StepFree asks for offers with a step-free place.
	StepFree bool
	// Near is the postal code or town typed for "near me", Km its
	// radius (0: the default).
	Near string
	Km   int
	// Open is "now", a day (YYYY-MM-DD) or "".
	Open string
	Org  string
	Page int
}

// parseListFilter reads the filter from a query. ok is false when the
// page number is malformed (the caller answers 400); a well-formed page
// past any possible end becomes maxPage+1, which is past the end.
func parseListFilter(q url.Values) (f listFilter, ok bool) {
	if qs := q["q"]; len(qs) > 0 {
		f.Q = cleanQuery(qs[0])
	}
	f.Towns = cleanValues(q["town"], false)
	f.Needs = cleanValues(q["need"], false)
	f.Groups = cleanValues(q["group"], false)
	f.Langs = cleanValues(q["lang"], true)
	f.Free = checked(q["free"])
	f.StepFree = checked(q["stepfree"])
	if near := cleanValues(q["near"], false); len(near) > 0 {
		f.Near = near[0]
	}
	if km := q["km"]; len(km) > 0 {
		f.Km = parseRadius(km[0])
	}
	if open := cleanValues(q["open"], true); len(open) > 0 {
		f.Open = open[0]
	}
	if orgs := cleanValues(q["org"], true); len(orgs) > 0 {
		f.Org = orgs[0]
	}
	f.Page = 1
	if ps := q["page"]; len(ps) > 0 && ps[0] != "" {
		p := ps[0]
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return f, false
			}
		}
		n, err := strconv.Atoi(p)
		switch {
		case err != nil || len(p) > 9 || n > maxPage:
			f.Page = maxPage + 1
		case n < 1:
			return f, false
		default:
			f.Page = n
		}
	}
	return f, true
}

// checked reads a checkbox.
func checked(vals []string) bool { return len(vals) > 0 && (vals[0] == "1" || vals[0] == "on") }

func cleanValues(vals []string, lower bool) []string {
	var out []string
	for _, v := range vals {
		if len(out) == maxValues {
			break
		}
		v = strings.TrimSpace(strings.ToValidUTF8(v, "\uFFFD"))
		if utf8.RuneCountInString(v) > maxValueLen {
			v = string([]rune(v)[:maxValueLen])
		}
		if lower {
			v = strings.ToLower(v)
		}
		if v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// values returns the filter as a query, without defaults, for links.
func (f listFilter) values() url.Values {
	q := url.Values{}
	if f.Q != "" {
		q.Set("q", f.Q)
	}
	for k, vs := range map[string][]string{"town": f.Towns, "need": f.Needs, "group": f.Groups, "lang": f.Langs} {
		if len(vs) > 0 {
			q[k] = slices.Clone(vs)
		}
	}
	if f.Free {
		q.Set("free", "1")
	}
	if f.StepFree {
		q.Set("stepfree", "1")
	}
	if f.Near != "" {
		q.Set("near", f.Near)
		if f.Km != 0 {
			q.Set("km", strconv.Itoa(f.Km))
		}
	}
	if f.Open != "" {
		q.Set("open", f.Open)
	}
	if f.Org != "" {
		q.Set("org", f.Org)
	}
	if f.Page > 1 {
		q.Set("page", strconv.Itoa(f.Page))
	}
	return q
}

// without returns the filter without one value of a field, on page 1.
func (f listFilter) without(field, value string) listFilter {
	g := f
	g.Page = 1
	drop := func(vs []string) []string {
		return slices.DeleteFunc(slices.Clone(vs), func(v string) bool { return v == value })
	}
	switch field {
	case "q":
		g.Q = ""
	case "town":
		g.Towns = drop(f.Towns)
	case "need":
		g.Needs = drop(f.Needs)
	case "group":
		g.Groups = drop(f.Groups)
	case "lang":
		g.Langs = drop(f.Langs)
	case "free":
		g.Free = false
	case "stepfree":
		g.StepFree = false
	case "near":
		g.Near, g.Km = "", 0
	case "open":
		g.Open = ""
	case "org":
		g.Org = ""
	}
	return g
}

// offerListView is the content of the offer list.
type offerListView struct {
	Action string
	Towns  []option
	Needs  []option
	Groups []option
	Langs  []option
	Free   bool
	FreeN  int
	// StepFree and StepFreeN are the step-free filter and its count;
	// Opening the choices of the opening filter.
	StepFree  bool
	StepFreeN int
	Opening   []option
	// Near is the "near me" text as typed, NearUnknown set when it names
	// no postal code or town of the region (then it is not applied);
	// Radii are the radius choices with their counts, once Near is
	// known; ByDistance tells that the list is sorted by distance.
	Near        string
	NearUnknown bool
	Radii       []option
	ByDistance  bool
	Org         string // kept as a hidden field
	Chips       []chip
	Clear       string
	Total       int
	Cards       []card
	// Notes say what the cards' texts are, for one note above them.
	Notes   notes
	Page    int
	Pages   int
	Pager   []pageLink
	Prev    string
	Next    string
	Unknown bool
	KI      *kiView
	// Q is the text searched for; Suggest a spelling that would find
	// more, with its link; Loosen the links that drop one filter when
	// nothing was found.
	Q       string
	Suggest *loosen
	Loosen  []loosen
	// Partial tells that no offer has all the words searched for and
	// the cards have some of them.
	Partial bool
}

// loosen is a link to a wider search, with how many offers it finds.
type loosen struct {
	Label string
	Lang  string
	Dir   string
	URL   string
	Count int
}

// option is a choice in a filter, with how many offers it gives.
type option struct {
	Value    string
	Label    string
	Count    int
	Selected bool
	// Lang and Dir are set when the label is in another language than
	// the page: a language naming itself, a term not yet translated.
	Lang string
	Dir  string
}

// termOption is a term of a filter as an option.
func termOption(rq *request, t directory.Term, count int, selected bool) option {
	name := rq.termName(t)
	o := option{Value: t.Code, Label: name.Text, Count: count, Selected: selected}
	if name.Lang != rq.lang.Code {
		o.Lang, o.Dir = name.Lang, i18n.Dir(name.Lang)
	}
	return o
}

// chip is a chosen filter value with the link that removes it.
type chip struct {
	Field   string // "Ort", "Sprache", …
	Label   string
	Remove  string
	Unknown bool
	Lang    string
	Dir     string
}

// pageLink is an entry of the pagination.
type pageLink struct {
	N       int
	URL     string
	Current bool
	Gap     bool
}

// listOffers shows the public offers of a region, filtered and paged.
// Everything but the 20 cards comes from memory: ids and counts from
// the offer index, towns and terms from the region cache.
func (s *Site) listOffers(w http.ResponseWriter, r *http.Request) {
	rq, ok := s.open(w, r)
	if !ok {
		return
	}
	f, ok := parseListFilter(r.URL.Query())
	if !ok {
		s.fail(w, rq, http.StatusBadRequest, "error.bad_request", "site.error.page_number")
		return
	}
	d := rq.data
	var q offerindex.Query
	unknown := false
	// An unknown value stays in the query, so that the index finds
	// nothing for its group: a town no offer is in gives no offers.
	lookup := func(vals []string, find func(string) (string, bool)) []string {
		var ids []string
		for _, v := range vals {
			id, ok := find(v)
			if !ok {
				unknown = true
				id = "\x00" + v
			}
			ids = append(ids, id)
		}
		return ids
	}
	q.Towns = lookup(f.Towns, func(v string) (string, bool) {
		if t, ok := d.townBySlug[v]; ok {
			return t.ID, true
		}
		return "", false
	})
	term := func(tax string) func(string) (string, bool) {
		return func(v string) (string, bool) {
			t, ok := d.byCode[tax][v]
			return t.ID, ok
		}
	}
	q.TermGroups = []offerindex.TermGroup{
		{IDs: lookup(f.Needs, term(directory.TaxNeeds)), Members: d.termIDs(directory.TaxNeeds)},
		{IDs: lookup(f.Groups, term(directory.TaxTargetGroups)), Members: d.termIDs(directory.TaxTargetGroups)},
	}
	q.Langs = lookup(f.Langs, func(v string) (string, bool) { return v, directory.ValidLanguageCode(v) })
	q.Free, q.StepFree = f.Free, f.StepFree
	q.Text, q.Lang = f.Q, rq.lang.Code
	now := s.now()
	open := parseOpen(f.Open, now)
	q.OpenAt, q.OpenOn, q.CountOpen = open.At, open.On, now
	nearName, nearKnown := "", false
	if f.Near != "" {
		var p offerindex.Point
		if p, nearName, nearKnown = rq.nearPoint(s.env.Index, f.Near); nearKnown {
			q.Near, q.Radius = &p, float64(f.Km)
		}
	}
	var orgName text
	if f.Org != "" {
		org, err := s.env.Store.Organization(r.Context(), rq.region.ID, f.Org)
		if err == nil && org.ArchivedAt == nil {
			err = rq.load(directory.TranslateOrganization, org.ID)
		}
		switch {
		case err == nil && org.ArchivedAt == nil:
			q.OrgID, orgName = org.ID, rq.orgName(&org)
		case err == nil || directory.ErrorCode(err) == directory.ENOTFOUND:
			q.OrgID, orgName, unknown = "\x00", rq.plainText(f.Org), true
		default:
			s.internal(w, rq, err)
			return
		}
	}
	if f.Page > maxPage {
		s.fail(w, rq, http.StatusNotFound, "error.not_found", "site.error.page_past_end")
		return
	}
	q.Offset, q.Limit = (f.Page-1)*perPage, perPage
	res := s.env.Index.Search(rq.region.ID, q)
	if res.SearchPending {
		s.searchStarting(w, rq)
		return
	}
	pages := max(1, (res.Total+perPage-1)/perPage)
	if f.Page > pages {
		s.fail(w, rq, http.StatusNotFound, "error.not_found", "site.error.page_past_end")
		return
	}
	svcs, err := rq.data.cards(r.Context(), s.env.Store, rq.region.ID, res.IDs)
	if err != nil {
		s.internal(w, rq, err)
		return
	}
	base := rq.prefix() + "/offers"
	if f.Q != "" && f.Page == 1 && s.env.SearchLog != nil {
		s.env.SearchLog.Record(rq.region.ID, rq.lang.Code, f.Q, res.Total)
	}
	v := offerListView{Action: base, Free: f.Free, FreeN: res.FreeCount, Org: f.Org, Total: res.Total, Page: f.Page, Pages: pages,
		Unknown: unknown, Clear: base, Q: f.Q, Partial: res.Partial && res.Total > 0}
	if v.Cards, v.Notes, err = newCards(rq, svcs, now); err != nil {
		s.internal(w, rq, err)
		return
	}
	v.StepFree, v.StepFreeN = f.StepFree, res.StepFreeCount
	v.Opening = openOptions(rq.l, f.Open, res.OpenOptions, now)
	v.Near, v.NearUnknown = f.Near, f.Near != "" && !nearKnown
	radius := f.Km
	if radius == 0 {
		radius = offerindex.DefaultRadius
	}
	for i, km := range offerindex.RadiusOptions {
		o := option{Value: strconv.Itoa(km), Label: rq.l.T("site.filter.km", "Km", km), Count: -1, Selected: km == radius}
		if nearKnown {
			o.Count = res.Within[i]
		}
		v.Radii = append(v.Radii, o)
	}
	if nearKnown {
		v.ByDistance = f.Q == ""
		dist := map[string]float64{}
		for i, id := range res.IDs {
			dist[id] = res.Distances[i]
		}
		for i := range v.Cards {
			v.Cards[i].Distance = distanceText(rq.l, dist[v.Cards[i].ID])
		}
	}

	// Filter options with counts, and chips for what is chosen.
	l := rq.l
	link := func(g listFilter) string { return withQuery(base, g.values()) }
	if f.Q != "" {
		v.Chips = append(v.Chips, chip{Field: l.T("site.search.chip"), Label: f.Q, Remove: link(f.without("q", ""))})
	}
	for _, t := range d.towns {
		o := option{Value: t.Slug, Label: t.Name, Count: res.Counts[t.ID], Selected: contains(f.Towns, t.Slug)}
		if rq.lang.Code != i18n.Source {
			// A town's name is German.
			o.Lang, o.Dir = i18n.Source, "ltr"
		}
		v.Towns = append(v.Towns, o)
	}
	for _, t := range d.taxTerms[directory.TaxNeeds] {
		v.Needs = append(v.Needs, termOption(rq, t, res.Counts[t.ID], contains(f.Needs, t.Code)))
	}
	for _, t := range d.taxTerms[directory.TaxTargetGroups] {
		v.Groups = append(v.Groups, termOption(rq, t, res.Counts[t.ID], contains(f.Groups, t.Code)))
	}
	langs := slices.Clone(f.Langs)
	for k := range res.Counts {
		if directory.ValidLanguageCode(k) && !contains(langs, k) {
			langs = append(langs, k)
		}
	}
	slices.SortFunc(langs, func(a, b string) int {
		if c := languageRank(a) - languageRank(b); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	for _, code := range langs {
		if !directory.ValidLanguageCode(code) {
			continue
		}
		v.Langs = append(v.Langs, option{Value: code, Label: directory.LanguageNative(code), Count: res.Counts[code], Selected: contains(f.Langs, code),
			Lang: code, Dir: i18n.Dir(code)})
	}
	for _, slug := range f.Towns {
		c := chip{Field: l.T("site.filter.town"), Label: slug, Remove: link(f.without("town", slug))}
		if t, ok := d.townBySlug[slug]; ok {
			c.Label = t.Name
			if rq.lang.Code != i18n.Source {
				c.Lang, c.Dir = i18n.Source, "ltr"
			}
		} else {
			c.Unknown = true
		}
		v.Chips = append(v.Chips, c)
	}
	for _, set := range []struct {
		field, tax, key string
		vals            []string
	}{{"need", directory.TaxNeeds, "site.filter.need", f.Needs}, {"group", directory.TaxTargetGroups, "site.filter.group", f.Groups}} {
		for _, code := range set.vals {
			c := chip{Field: l.T(set.key), Label: code, Remove: link(f.without(set.field, code))}
			if t, ok := d.byCode[set.tax][code]; ok {
				o := termOption(rq, t, 0, true)
				c.Label, c.Lang, c.Dir = o.Label, o.Lang, o.Dir
			} else {
				c.Unknown = true
			}
			v.Chips = append(v.Chips, c)
		}
	}
	for _, code := range f.Langs {
		c := chip{Field: l.T("site.filter.language"), Label: code, Remove: link(f.without("lang", code))}
		if directory.ValidLanguageCode(code) {
			c.Label, c.Lang, c.Dir = directory.LanguageNative(code), code, i18n.Dir(code)
		} else {
			c.Unknown = true
		}
		v.Chips = append(v.Chips, c)
	}
	if f.Free {
		v.Chips = append(v.Chips, chip{Field: l.T("site.filter.costs"), Label: l.T("site.filter.free_chip"), Remove: link(f.without("free", ""))})
	}
	if f.StepFree {
		v.Chips = append(v.Chips, chip{Field: l.T("site.filter.access"), Label: l.T("site.filter.step_free_chip"), Remove: link(f.without("stepfree", ""))})
	}
	if f.Near != "" {
		c := chip{Field: l.T("site.filter.near"), Label: f.Near, Remove: link(f.without("near", "")), Unknown: !nearKnown}
		if nearKnown {
			c.Label = l.T("site.filter.near_chip", "Place", nearName, "Km", radius)
		}
		v.Chips = append(v.Chips, c)
	}
	if f.Open != "" {
		c := chip{Field: l.T("site.filter.open"), Label: f.Open, Remove: link(f.without("open", "")), Unknown: open.Unknown}
		for _, o := range v.Opening {
			if o.Selected {
				c.Label = o.Label
			}
		}
		v.Chips = append(v.Chips, c)
	}
	if f.Org != "" {
		c := chip{Field: l.T("site.filter.org"), Label: orgName.Text, Remove: link(f.without("org", "")), Unknown: q.OrgID == "\x00"}
		if orgName.Lang != rq.lang.Code {
			c.Lang, c.Dir = orgName.Lang, i18n.Dir(orgName.Lang)
		}
		v.Chips = append(v.Chips, c)
	}

	// Pagination: first, last, and the pages around the current one.
	if pages > 1 {
		at := func(n int) string {
			g := f
			g.Page = n
			return link(g)
		}
		if f.Page > 1 {
			v.Prev = at(f.Page - 1)
		}
		if f.Page < pages {
			v.Next = at(f.Page + 1)
		}
		for n := 1; n <= pages; n++ {
			switch {
			case n == 1 || n == pages || (n >= f.Page-1 && n <= f.Page+1):
				v.Pager = append(v.Pager, pageLink{N: n, URL: at(n), Current: n == f.Page})
			case len(v.Pager) > 0 && !v.Pager[len(v.Pager)-1].Gap:
				v.Pager = append(v.Pager, pageLink{Gap: true})
			}
		}
	}
	if f.Q != "" {
		v.Suggest = s.suggest(rq, f, q, link)
	}
	if res.Total == 0 {
		ki, err := s.kiView(rq)
		if err != nil {
			s.internal(w, rq, err)
			return
		}
		v.KI = ki
		v.Loosen = s.wayOut(rq, f, q, v.Chips, link)
	}

	// The title names the filters, so that tabs and history tell pages apart.
	title := l.T("site.offers.title")
	var names []string
	for _, c := range v.Chips {
		names = append(names, c.Label)
	}
	if len(names) > 0 {
		title = l.T("site.offers.title_filtered", "Filters", strings.Join(names, l.Comma()))
	}
	if f.Page > 1 {
		title += " – " + l.T("site.pager.page_n", "Page", f.Page)
	}
	p := s.newPage(rq, title, "/offers", f.values())
	p.Query = f.Q
	p.Description = l.T("site.offers.description")
	if len(f.values()) == 0 {
		p.Nav = "offers"
	}
	p.Crumbs = []crumb{rq.crumb("site.nav.home", rq.prefix()+"/"), rq.crumb("site.offers.title", "")}
	p.Data = v
	s.render(w, "offers", p)
}

// languageRank orders languages as staff pick them: by how many people
// in the region speak them, then the rest.
func languageRank(code string) int {
	for i, l := range directory.KnownLanguages {
		if l.Code == code {
			return i
		}
	}
	return len(directory.KnownLanguages)
}

// suggest returns the spelling the engine suggests for the query, as a
// link with how many offers it finds with the other filters, or nil.
// It is offered with results, too: they may have come only through
// typos ("Meinten Sie …?").
func (s *Site) suggest(rq *request, f listFilter, q offerindex.Query, link func(listFilter) string) *loosen {
	sp := s.env.Index.Suggest(rq.region.ID, search.Query{Text: f.Q, Lang: rq.lang.Code, Kind: search.KindService})
	if sp == "" || sp == f.Q {
		return nil
	}
	g := f
	g.Q, g.Page = sp, 1
	q.Text, q.Offset, q.Limit = sp, 0, 1
	n := s.env.Index.Search(rq.region.ID, q).Total
	if n == 0 {
		return nil
	}
	return &loosen{Label: sp, URL: link(g), Count: n}
}

// wayOut finds the ways out of an empty result (no dead ends): links
// that each drop one of the chosen filters (chips, in their order),
// with how many offers they would give. Only ways that find something
// are offered.
func (s *Site) wayOut(rq *request, f listFilter, q offerindex.Query, chips []chip, link func(listFilter) string) []loosen {
	q.Offset, q.Limit = 0, 1
	count := func(q offerindex.Query) int { return s.env.Index.Search(rq.region.ID, q).Total }
	// The wider queries, in the order of the chips.
	type wider struct {
		f listFilter
		q offerindex.Query
	}
	var ws []wider
	drop := func(vals []string, i int) []string {
		out := slices.Clone(vals)
		return slices.Delete(out, i, i+1)
	}
	if f.Q != "" {
		g := q
		g.Text = ""
		ws = append(ws, wider{f.without("q", ""), g})
	}
	for i, v := range f.Towns {
		g := q
		g.Towns = drop(q.Towns, i)
		ws = append(ws, wider{f.without("town", v), g})
	}
	for gi, vals := range [][]string{f.Needs, f.Groups} {
		field := []string{"need", "group"}[gi]
		for i, v := range vals {
			g := q
			g.TermGroups = slices.Clone(q.TermGroups)
			g.TermGroups[gi].IDs = drop(q.TermGroups[gi].IDs, i)
			ws = append(ws, wider{f.without(field, v), g})
		}
	}
	for i, v := range f.Langs {
		g := q
		g.Langs = drop(q.Langs, i)
		ws = append(ws, wider{f.without("lang", v), g})
	}
	if f.Free {
		g := q
		g.Free = false
		ws = append(ws, wider{f.without("free", ""), g})
	}
	if f.StepFree {
		g := q
		g.StepFree = false
		ws = append(ws, wider{f.without("stepfree", ""), g})
	}
	if f.Near != "" {
		g := q
		g.Near = nil
		ws = append(ws, wider{f.without("near", ""), g})
	}
	if f.Open != "" {
		g := q
		g.OpenAt, g.OpenOn = time.Time{}, time.Time{}
		ws = append(ws, wider{f.without("open", ""), g})
	}
	if f.Org != "" {
		g := q
		g.OrgID = ""
		ws = append(ws, wider{f.without("org", ""), g})
	}
	if len(ws) != len(chips) {
		return nil // cannot happen: one chip per filter value
	}
	var out []loosen
	for i, w := range ws {
		if n := count(w.q); n > 0 {
			c := chips[i]
			out = append(out, loosen{Label: c.Field + ": " + c.Label, Lang: c.Lang, Dir: c.Dir, URL: link(w.f), Count: n})
		}
	}
	return out
}

// maxQueryLen bounds the search text: longer input is cut, never an
// error, so that a pasted paragraph still gives a page.
const maxQueryLen = 200

// cleanQuery makes what was typed into the search box safe to search,
// show and put into links: valid UTF-8, no control characters, spaces
// collapsed, at most maxQueryLen characters. Bidirectional controls go
// too (they could turn the page's text around); joiners stay, Persian
// needs them.
func cleanQuery(q string) string {
	q = strings.ToValidUTF8(q, " ")
	var b strings.Builder
	n := 0
	space := false
	for _, r := range q {
		if n == maxQueryLen {
			break
		}
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\uFFFD' || isBidiControl(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// isBidiControl reports whether r is an explicit direction mark,
// embedding, override or isolate.
func isBidiControl(r rune) bool {
	return r == '\u200E' || r == '\u200F' || r == '\u061C' || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

// searchStarting answers a search that comes while the server is still
// building its search index (the first seconds after a start): better
// an honest "try again" than "nothing found".
func (s *Site) searchStarting(w http.ResponseWriter, rq *request) {
	w.Header().Set("Retry-After", "5")
	s.fail(w, rq, http.StatusServiceUnavailable, "site.search.starting", "")
}
