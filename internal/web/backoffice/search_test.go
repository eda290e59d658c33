package backoffice_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/searchlog"
	"github.com/lotse/lotse/internal/web/webtest"
)

// saveCounts stores search statistics directly, as a Recorder's flush
// would.
func saveCounts(t *testing.T, h *webtest.Harness, cs ...searchlog.Count) {
	t.Helper()
	if err := h.Store.SaveSearchCounts(context.Background(), cs); err != nil {
		t.Fatal(err)
	}
}

// cells returns the texts of the table rows under the heading with id,
// one string per row, cells joined by "|", tags stripped.
func cells(body, id string) []string {
	i := strings.Index(body, `id="`+id+`"`)
	if i < 0 {
		return nil
	}
	body = body[i:]
	if j := strings.Index(body, "</table>"); j >= 0 {
		body = body[:j]
	}
	var rows []string
	for _, tr := range regexpAll(`(?s)<tr>(.*?)</tr>`, body) {
		var cs []string
		for _, td := range regexpAll(`(?s)<td[^>]*>(.*?)</td>`, tr[1]) {
			cs = append(cs, strings.TrimSpace(unescape(tagRE.ReplaceAllString(td[1], ""))))
		}
		if cs != nil {
			rows = append(rows, strings.Join(cs, "|"))
		}
	}
	return rows
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

func TestSearchStatsPage(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	month := searchlog.Month(h.Now)
	before := searchlog.MonthsBefore(month, 1)
	a, b := h.A.Region.ID, h.B.Region.ID
	saveCounts(t, h,
		searchlog.Count{RegionID: a, Month: month, Lang: "tr", Query: "yasli bakimi", Searches: 7, ZeroResults: 7},
		searchlog.Count{RegionID: a, Month: month, Lang: "tr", Query: "pflege", Searches: 3},
		searchlog.Count{RegionID: a, Month: month, Lang: "de", Query: "pflege", Searches: 5, ZeroResults: 1},
		searchlog.Count{RegionID: a, Month: month, Lang: "de", Query: searchlog.Hidden, Searches: 2, ZeroResults: 2},
		searchlog.Count{RegionID: a, Month: before, Lang: "de", Query: "sprachkurs", Searches: 4},
		searchlog.Count{RegionID: b, Month: month, Lang: "de", Query: "nur in stadt b", Searches: 9, ZeroResults: 9},
	)
	c := staffA(t, h)
	for _, tc := range []struct {
		name, path string
		top, zero  []string
	}{
		{"this month, all languages", "/admin/search-stats",
			[]string{"pflege|8|1", "yasli bakimi|7|7", "(ausgeblendet: sah aus wie persönliche Daten)|2|2"},
			[]string{"yasli bakimi|7|7", "(ausgeblendet: sah aus wie persönliche Daten)|2|2", "pflege|1|8"}},
		{"Turkish", "/admin/search-stats?month=" + month + "&lang=tr",
			[]string{"yasli bakimi|7|7", "pflege|3|0"}, []string{"yasli bakimi|7|7"}},
		{"last month", "/admin/search-stats?month=" + before, []string{"sprachkurs|4|0"}, nil},
	} {
		body := get(t, h, c, tc.path, http.StatusOK)
		top, zero := cells(body, "top-queries"), cells(body, "zero-queries")
		if strings.Join(top, "\n") != strings.Join(tc.top, "\n") {
			t.Errorf("%s: top queries\n got %q\nwant %q", tc.name, top, tc.top)
		}
		if strings.Join(zero, "\n") != strings.Join(tc.zero, "\n") {
			t.Errorf("%s: queries without results\n got %q\nwant %q", tc.name, zero, tc.zero)
		}
		if strings.Contains(body, "nur in stadt b") {
			t.Errorf("%s shows another region's query", tc.name)
		}
	}
	body := get(t, h, c, "/admin/search-stats?month="+month+"&lang=tr", http.StatusOK)
	if !strings.Contains(body, `<option value="tr" selected>`) || !strings.Contains(body, `<option value="`+month+`" selected>`) {
		t.Error("the form does not keep the chosen month and language")
	}
	if !strings.Contains(body, `href="/admin/search-explain?lang=tr&amp;q=pflege"`) {
		t.Error("a query does not link to its explanation")
	}
	get(t, h, c, "/admin/search-stats?month=&lang=", http.StatusOK)
	if body := get(t, h, c, "/admin/search-stats?month=2019-01", http.StatusOK); !strings.Contains(body, "wurde noch nichts gesucht") {
		t.Error("a month without searches does not say so")
	}

	// Bad filters: a clear message in the reader's language, no figures.
	for _, tc := range []struct{ path, want string }{
		{"/admin/search-stats?month=abc", "Diesen Monat gibt es nicht"},
		{"/admin/search-stats?month=2026-13", "Diesen Monat gibt es nicht"},
		{"/admin/search-stats?month=2026-11%27%20OR%201=1", "Diesen Monat gibt es nicht"},
		{"/admin/search-stats?lang=xx", "Diese Sprache gibt es auf der öffentlichen Seite nicht"},
		{"/admin/search-stats?lang=%3Cscript%3E", "Diese Sprache gibt es auf der öffentlichen Seite nicht"},
		{"/admin/search-stats?month=%FF%FE&lang=%FF", "Diesen Monat gibt es nicht"},
	} {
		body := get(t, h, c, tc.path, http.StatusBadRequest)
		if !strings.Contains(body, tc.want) || strings.Contains(body, "pflege") {
			t.Errorf("%s: want the message %q and no figures:\n%s", tc.path, tc.want, snippet(body))
		}
	}
	if body := getLang(t, h, c, "/admin/search-stats?month=abc", "en", http.StatusBadRequest); !strings.Contains(body, "This month does not exist") {
		t.Error("the message is not in the reader's language")
	}

	// Staff and admins see it, in the navigation too; nobody else.
	for name, c := range map[string]*http.Client{"staff": c, "admin": adminA(t, h)} {
		body := get(t, h, c, "/admin/", http.StatusOK)
		if !strings.Contains(body, `href="/admin/search-stats"`) {
			t.Errorf("%s: no link to the search statistics", name)
		}
	}
	for _, p := range []string{"/admin/search-stats", "/admin/search-explain?q=pflege"} {
		res, _ := h.Get(nil, p)
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/admin/login?next=") {
			t.Errorf("GET %s without session: %d, want a redirect to sign in", p, res.StatusCode)
		}
	}
	res, _ := h.PostForm(staffA2(t, h), "/admin/search-stats", url.Values{})
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST to the statistics: %d, want 405", res.StatusCode)
	}
}

// staffA2 signs in a second staff member of region A.
func staffA2(t *testing.T, h *webtest.Harness) *http.Client {
	t.Helper()
	c, _ := signIn(t, h, h.A.Region, "staff2@a.example.org", "staff")
	return c
}

// TestSearchStatsFromPublicSearches searches the public site with
// queries that carry personal data, from a client that sends its
// address, and checks that the statistics keep only what they may.
func TestSearchStatsFromPublicSearches(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	rec := searchlog.New(h.Store, nil)
	rec.Now = func() time.Time { return h.Now }
	h.Env.SearchLog = rec
	queries := []string{"Pflege", "pflege", "ayse.yilmaz@example.org", "Tel 0176 1234567", "Hausaufgaben", "Qwxyzzy", "Geburtstag 01.02.1950"}
	for _, q := range queries {
		req, err := http.NewRequest(http.MethodGet, h.URL+"/kreis-re/tr/offers?q="+url.QueryEscape(q), nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("X-Forwarded-For", "203.0.113.77")
		req.Header.Set("User-Agent", "Mozilla/5.0 TestBrowser/99.1")
		if res, _ := h.Do(nil, req); res.StatusCode != http.StatusOK {
			t.Fatalf("public search %q: status %d", q, res.StatusCode)
		}
	}
	if err := rec.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	st, err := h.Store.SearchStats(context.Background(), h.A.Region.ID, searchlog.Month(h.Now), "", 100)
	if err != nil {
		t.Fatal(err)
	}
	if st.Searches != int64(len(queries)) {
		t.Errorf("recorded %d searches, want %d", st.Searches, len(queries))
	}
	stored := map[string]searchlog.QueryCount{}
	for _, q := range st.Top {
		stored[q.Query] = q
	}
	for q, wantZero := range map[string]bool{search.Normalize("Pflege"): false, search.Normalize("Qwxyzzy"): true} {
		got, ok := stored[q]
		if !ok || (got.ZeroResults > 0) != wantZero {
			t.Errorf("query %q stored as %+v (found %v), want without results: %v", q, got, ok, wantZero)
		}
	}
	if got := stored[searchlog.Hidden].Searches; got != 3 {
		t.Errorf("%d searches counted as hidden, want 3", got)
	}
	body := get(t, h, staffA(t, h), "/admin/search-stats", http.StatusOK)
	main := body[strings.Index(body, "<main"):]
	for _, bad := range []string{"203.0.113.77", "TestBrowser", "ayse", "yilmaz", "example.org", "0176", "1234567", "1950"} {
		if strings.Contains(main, bad) {
			t.Errorf("the statistics page shows %q", bad)
		}
		for q := range stored {
			if strings.Contains(q, bad) {
				t.Errorf("the stored query %q contains %q", q, bad)
			}
		}
	}
	if regexp.MustCompile(`\d{5}`).MatchString(strings.Join(keys(stored), " ")) {
		t.Errorf("a stored query has a run of digits: %q", keys(stored))
	}
}

// offerQuery is the public list's query for a text in a language.
func offerQuery(text, lang string) offerindex.Query {
	return offerindex.Query{Text: text, Lang: lang, Limit: 20}
}

func keys(m map[string]searchlog.QueryCount) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestSearchExplainPage(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	offer := h.A.Services[0] // "Pflegeberatung auf Türkisch", held in Turkish

	body := get(t, h, c, "/admin/search-explain", http.StatusOK)
	if !strings.Contains(body, `name="q" value=""`) || strings.Contains(body, "explain-list") {
		t.Error("the empty form shows results")
	}

	body = get(t, h, c, "/admin/search-explain?q=Pflegeberatung&lang=tr", http.StatusOK)
	if !strings.Contains(body, `name="q" value="Pflegeberatung"`) || !strings.Contains(body, `<option value="tr" selected>`) {
		t.Error("the form does not keep the query and the language")
	}
	if !strings.Contains(body, `href="/admin/offers/`+offer.ID+`"`) {
		t.Fatalf("the offer %q is not among the results:\n%s", offer.Name, snippet(body))
	}
	// The order is the public list's.
	public := h.Env.Index.Search(h.A.Region.ID, offerQuery("Pflegeberatung", "tr"))
	var shown []string
	for _, m := range regexpAll(`<h2 class="explain-offer"><a href="/admin/offers/([0-9a-f-]+)"`, body) {
		shown = append(shown, m[1])
	}
	if strings.Join(shown, ",") != strings.Join(public.IDs, ",") {
		t.Errorf("shown in order %q, the public list has %q", shown, public.IDs)
	}
	for _, want := range []string{"Punktzahl", "in der Sprache der lesenden Person angeboten", "Suchwort", "gefunden als", "Sprache des Textes"} {
		if !strings.Contains(body, want) {
			t.Errorf("the explanation lacks %q", want)
		}
	}
	if strings.Contains(body, h.B.Services[0].ID) {
		t.Error("the explanation shows another region's offer")
	}

	body = get(t, h, c, "/admin/search-explain?q=Qwxyzzy", http.StatusOK)
	if !strings.Contains(body, "findet die öffentliche Liste kein Angebot") {
		t.Error("a query without results does not say so")
	}

	for _, tc := range []struct{ path, want string }{
		{"/admin/search-explain?q=pflege&lang=xx", "Diese Sprache gibt es auf der öffentlichen Seite nicht"},
		{"/admin/search-explain?q=" + strings.Repeat("pflege+", 40), "Die Suchanfrage ist zu lang"},
		{"/admin/search-explain?q=%FF%FEpflege", "ungültige Zeichen"},
	} {
		body := get(t, h, c, tc.path, http.StatusBadRequest)
		if !strings.Contains(body, tc.want) || strings.Contains(body, "explain-list") {
			t.Errorf("%s: want the message %q and no results", tc.path, tc.want)
		}
	}
	// A bad language keeps the query typed.
	if body := get(t, h, c, "/admin/search-explain?q=pflege&lang=xx", http.StatusBadRequest); !strings.Contains(body, `name="q" value="pflege"`) {
		t.Error("a refused language loses the query")
	}
	get(t, h, adminA(t, h), "/admin/search-explain?q=pflege", http.StatusOK)
	// Odd but harmless input is answered normally.
	for _, p := range []string{"/admin/search-explain?q=%00%01%7F", "/admin/search-explain?q=+++&lang=", "/admin/search-explain?q=pflege&lang=de-x-ls",
		"/admin/search-explain?q=%D8%B1%D8%B9%D8%A7%D9%8A%D8%A9&lang=ar", "/admin/search-explain?q=a&q=b"} {
		get(t, h, c, p, http.StatusOK)
	}
}
