package e2e

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The translation work of the back office, as staff and translators do
// it: the dashboard, the work list, the side-by-side editor, statuses
// that follow the German text (and a minor change that does not count),
// XLIFF out and in, and the interface language each person chooses. Each
// test changes data, so each has a server of its own.

// TestTranslatorJourney: a translator fills a missing Turkish translation
// of an offer in the editor and finds it on the public Turkish page; a
// change of the German text makes it outdated, with the change shown; a
// minor change of another offer keeps that one's translations current.
func TestTranslatorJourney(t *testing.T) {
	needE2E(t)
	t.Parallel()
	srv := startServer(t)
	tb := openTab(t, srv, tabOptions{NoCache: true})
	const (
		trName    = "Yaşlılar için bakım danışmanlığı"
		trSummary = "Bakım hakkında sorularınız mı var? Size Türkçe yardım ediyoruz."
	)
	signInToDashboard(t, tb, srv)

	// The dashboard counts the missing Turkish offer texts and leads to
	// them.
	tb.click(`nav a[href="/admin/translations"]`)
	missing := workListURL("tr", "service", "missing")
	countLink := `section[aria-labelledby="lang-tr"] a[href="` + missing + `"]`
	count, err := strconv.Atoi(strings.NewReplacer(".", "", "\u00a0", "", " ", "").Replace(tb.text(countLink)))
	if err != nil || count == 0 {
		t.Fatalf("the dashboard counts %q missing Turkish offer texts, want a number above 0", tb.text(countLink))
	}
	if st := tb.click(countLink); st != 200 {
		t.Fatalf("the dashboard's count of missing Turkish offer texts: status %d", st)
	}
	if got := tb.path(); got != missing {
		t.Fatalf("the count of missing texts led to %s, want %s", got, missing)
	}
	items := workItems(tb)
	if len(items) == 0 {
		t.Fatal("the work list of missing Turkish offer texts is empty")
	}
	if got, want := tb.text("main .list-total"), tr(t, "de", "admin.list.total", "Count", count, "From", 1, "To", len(items)); got != want {
		t.Errorf("the work list says %q, want %q (the dashboard's count)", got, want)
	}
	for _, it := range items {
		if it.Status != tr(t, "de", "admin.translation.status.missing") {
			t.Errorf("the list of missing texts shows %s of %q as %q", it.Field, it.Record, it.Status)
		}
	}

	// An offer with a name and a summary and no Turkish text at all.
	id := ""
	for _, it := range items {
		m := editorLink.FindStringSubmatch(it.Href)
		if m == nil || m[1] != "tr" || m[2] != "service" {
			t.Fatalf("a work list link leads to %s, want the Turkish editor of an offer", it.Href)
		}
		if m[4] != "name" {
			continue
		}
		if st := tb.click(`main table tbody a[href="` + it.Href + `"]`); st != 200 {
			t.Fatalf("the editor of %q: status %d", it.Record, st)
		}
		if tb.exists(`[id="f-text.summary"]`) && eval[bool](tb, `Array.from(document.querySelectorAll('#record-form [name^="text."]')).every(e => e.value === "")`) {
			id = m[3]
			break
		}
		tb.mustOpen(missing, 200)
	}
	if id == "" {
		t.Fatal("no offer on the work list has a summary and no Turkish text")
	}
	editor := "/admin/translations/tr/service/" + id

	// Side by side: the German text on the left, the Turkish box on the
	// right, in Turkish and left to right.
	deName := tb.text(`main h1[lang="de"]`)
	if got := tb.text(`#t-name .tsource .source-text[lang="de"]`); got != deName {
		t.Errorf("the editor shows the German name %q, want the record's name %q", got, deName)
	}
	deSummary := tb.text(`#t-summary .tsource .source-text[lang="de"]`)
	if deSummary == "" {
		t.Fatal("the editor shows no German summary")
	}
	for _, f := range []string{"name", "summary"} {
		sel := `[id="f-text.` + f + `"]`
		if got := tb.attrs(sel, "lang"); !slices.Equal(got, []string{"tr"}) {
			t.Errorf("the Turkish %s box has lang %v, want tr", f, got)
		}
		if !eval[bool](tb, fmt.Sprintf(`(() => {
			const s = document.querySelector("#t-%s .tsource").getBoundingClientRect(),
			      t = document.querySelector("#t-%s .ttarget").getBoundingClientRect();
			return s.right <= t.left + 1 && Math.abs(s.top - t.top) < s.height;
		})()`, f, f)) {
			t.Errorf("the German %s and its translation are not side by side", f)
		}
		if got, want := tb.text(`#t-`+f+` h2 .tag`), tr(t, "de", "admin.translation.status.missing"); got != want {
			t.Errorf("the %s's status is %q, want %q", f, got, want)
		}
	}
	tb.typeInto(`[id="f-text.name"]`, trName)
	tb.typeInto(`[id="f-text.summary"]`, trSummary)
	if st := tb.click(`#record-form button[type="submit"]`); st != 200 {
		t.Fatalf("saving the translation: status %d: %v", st, tb.texts(`main [role="alert"] li`))
	}
	if got := tb.path(); got != editor {
		t.Errorf("saving the translation led to %s, want the editor %s", got, editor)
	}
	if got, want := tb.text(`main [role="status"]`), tr(t, "de", "admin.flash.saved"); got != want {
		t.Errorf("after saving the message is %q, want %q", got, want)
	}
	for f, want := range map[string]string{"name": trName, "summary": trSummary} {
		if got := tb.value(`[id="f-text.` + f + `"]`); got != want {
			t.Errorf("after saving the Turkish %s is %q, want %q", f, got, want)
		}
		if got, want := tb.text(`#t-`+f+` h2 .tag`), tr(t, "de", "admin.translation.status.current"); got != want {
			t.Errorf("after saving the %s's status is %q, want %q", f, got, want)
		}
	}

	// The public Turkish page shows the Turkish name and summary as
	// Turkish; the description is still German and marked so.
	public := region + "/tr/offers/" + id
	tb.mustOpen(public, 200)
	if got := tb.text("main h1"); got != trName {
		t.Errorf("the Turkish page is headed %q, want %q", got, trName)
	}
	if got := tb.text("main .summary"); got != trSummary {
		t.Errorf("the Turkish page's summary is %q, want %q", got, trSummary)
	}
	for _, sel := range []string{"main h1", "main .summary"} {
		if got := langOf(tb, sel); got != "tr" {
			t.Errorf("%s on the Turkish page is in language %q, want tr (not marked as untranslated German)", sel, got)
		}
	}
	if !tb.exists(`main .text[lang="de"]`) {
		t.Errorf("the untranslated description is not marked as German")
	}
	if note := tb.text(`main .tnote`); !strings.Contains(note, tr(t, "tr", "site.translation.german")) {
		t.Errorf("the note says %q, want the not-yet-translated note for the description", note)
	}

	// A normal edit of the German summary: the Turkish one is outdated,
	// the name stays current, and the editor shows what changed.
	tb.mustOpen("/admin/offers/"+id, 200)
	if got := tb.value("#f-name"); got != deName {
		t.Errorf("the German form's name is %q, the editor showed %q", got, deName)
	}
	if got := strings.Join(strings.Fields(tb.value("#f-summary")), " "); got != deSummary {
		t.Errorf("the German form's summary is %q, the editor showed %q", got, deSummary)
	}
	const added = "Termine gibt es auch samstags."
	setField(t, tb, "#f-summary", tb.value("#f-summary")+" "+added)
	expectSaved(t, tb, saveForm(tb), "offers", "admin.flash.saved")
	tb.mustOpen(workListURL("tr", "service", "outdated"), 200)
	outdated := map[string]bool{}
	for _, it := range workItems(tb) {
		if m := editorLink.FindStringSubmatch(it.Href); m != nil && m[3] == id {
			outdated[m[4]] = true
			if want := tr(t, "de", "admin.translation.status.outdated"); it.Status != want {
				t.Errorf("the outdated list shows the %s as %q, want %q", m[4], it.Status, want)
			}
		}
	}
	if !outdated["summary"] || outdated["name"] {
		t.Errorf("outdated after the summary changed: %v, want the summary only", outdated)
	}
	if st := tb.click(`main table tbody a[href="` + editor + `#t-summary"]`); st != 200 {
		t.Fatalf("the editor of the outdated summary: status %d", st)
	}
	if got, want := tb.text(`#t-summary h2 .tag`), tr(t, "de", "admin.translation.status.outdated"); got != want {
		t.Errorf("the summary's status is %q, want %q", got, want)
	}
	if got, want := tb.text(`#t-name h2 .tag`), tr(t, "de", "admin.translation.status.current"); got != want {
		t.Errorf("the name's status is %q, want %q", got, want)
	}
	if got := strings.Join(tb.texts(`#t-summary .diff ins`), " "); !strings.Contains(got, "samstags") {
		t.Errorf("the change shown is %q, want the added words %q", got, added)
	}
	if tb.exists(`#t-summary .diff del`) {
		t.Errorf("the change shows deleted words %v, but only words were added", tb.texts(`#t-summary .diff del`))
	}
	if got := tb.value(`[id="f-text.summary"]`); got != trSummary {
		t.Errorf("the outdated Turkish summary is %q, want it kept: %q", got, trSummary)
	}
	tb.mustOpen(public, 200)
	if note := tb.text(`main .tnote`); !strings.Contains(note, tr(t, "tr", "site.translation.outdated")) {
		t.Errorf("the public note says %q, want it to say the translation may be outdated", note)
	}

	// A minor edit of another offer's translated German text keeps its
	// translation current.
	tb.mustOpen(workListURL("tr", "service", "current"), 200)
	other, field := "", ""
	for _, it := range workItems(tb) {
		if m := editorLink.FindStringSubmatch(it.Href); m != nil && m[3] != id && (m[4] == "name" || m[4] == "summary" || m[4] == "description") {
			other, field = m[3], m[4]
			break
		}
	}
	if other == "" {
		t.Fatal("no other offer has a current Turkish name, summary or description")
	}
	otherEditor := "/admin/translations/tr/service/" + other
	tb.mustOpen(otherEditor, 200)
	before := fieldStatuses(tb)
	if st := tb.click(`main .record-meta a[href="/admin/offers/` + other + `"]`); st != 200 {
		t.Fatalf("the German form of the other offer: status %d", st)
	}
	sel := "#f-" + field
	old := tb.value(sel)
	fixed := strings.TrimSuffix(strings.TrimSpace(old), ".")
	if fixed == strings.TrimSpace(old) {
		fixed += "."
	}
	setField(t, tb, sel, fixed)
	tb.mustExist("#f-minor_edit")
	tb.do("tick the minor-change box", chromedp.Click(chromedp.ID("f-minor_edit")))
	expectSaved(t, tb, saveForm(tb), "offers", "admin.flash.saved")
	if got := strings.TrimSpace(tb.value(sel)); got != fixed {
		t.Fatalf("the German %s is %q after the minor edit, want %q", field, got, fixed)
	}
	tb.mustOpen(otherEditor, 200)
	if got := fieldStatuses(tb); !mapsEqual(got, before) {
		t.Errorf("after a minor edit of the %s the statuses are %v, want them unchanged: %v", field, got, before)
	}
	if got := tb.text(`#t-` + field + ` .tsource .source-text`); got != strings.Join(strings.Fields(fixed), " ") {
		t.Errorf("the editor shows the German %s %q, want the edited %q", field, got, fixed)
	}
	if tb.exists(`#t-` + field + ` .diff`) {
		t.Errorf("the editor shows a change of the %s after a minor edit", field)
	}
}

// TestXLIFFRoundTrip: with an English interface, staff export the open
// Turkish offer texts as XLIFF 2.0, fill in one target as a translator's
// tool would, and import the file; a malformed file and a file with one
// stale unit are refused with a report in English, and change nothing.
func TestXLIFFRoundTrip(t *testing.T) {
	needE2E(t)
	t.Parallel()
	srv := startServer(t)
	tb := openTab(t, srv, tabOptions{Lang: "en", NoCache: true})
	dir := t.TempDir()
	signInToDashboard(t, tb, srv)

	// Export from the Turkish work list, offers only.
	tb.click(`nav a[href="/admin/translations"]`)
	tb.click(`section[aria-labelledby="lang-tr"] a[href="/admin/translations/tr"]`)
	tb.selectOption("#x-type", tr(t, "en", "admin.nav.offers"))
	href := eval[string](tb, `(() => {
		const f = document.querySelector('section[aria-labelledby="s-export"] form');
		return f.action + "?" + new URLSearchParams(new FormData(f)).toString();
	})()`)
	if !strings.Contains(href, "lang=tr") || !strings.Contains(href, "type=service") {
		t.Fatalf("the export form asks for %s, want Turkish offers", href)
	}
	// The download as the browser gets it, with the session's cookie.
	type download struct {
		Status             int    `json:"status"`
		ContentType        string `json:"type"`
		ContentDisposition string `json:"disposition"`
		Body               string `json:"body"`
	}
	dl := eval[download](tb, `fetch(`+jsString(href)+`).then(async r => ({status: r.status,
		type: r.headers.get("Content-Type") || "", disposition: r.headers.get("Content-Disposition") || "", body: await r.text()}))`)
	if dl.Status != 200 {
		t.Fatalf("the export answers %d", dl.Status)
	}
	if !strings.HasPrefix(dl.ContentType, "application/xliff+xml") {
		t.Errorf("the export's Content-Type is %q, want application/xliff+xml", dl.ContentType)
	}
	if !strings.HasPrefix(dl.ContentDisposition, "attachment") || !strings.Contains(dl.ContentDisposition, ".xlf") {
		t.Errorf("the export's Content-Disposition is %q, want an .xlf attachment", dl.ContentDisposition)
	}
	doc := parseXLIFF(t, dl.Body)
	if doc.XMLName.Space != "urn:oasis:names:tc:xliff:document:2.0" || doc.Version != "2.0" || doc.SrcLang != "de" || doc.TrgLang != "tr" {
		t.Errorf("the export is <%s xmlns=%q version=%q srcLang=%q trgLang=%q>, want XLIFF 2.0 from de to tr",
			doc.XMLName.Local, doc.XMLName.Space, doc.Version, doc.SrcLang, doc.TrgLang)
	}
	var open []xliffUnit // offer names without a translation
	for _, f := range doc.Files {
		for _, u := range f.Units {
			if !strings.HasPrefix(u.ID, "service/") {
				t.Errorf("the export of offers holds unit %s", u.ID)
			}
			if strings.HasSuffix(u.ID, "/name") && u.Segment.Target == nil {
				open = append(open, u)
			}
		}
	}
	if len(open) < 3 {
		t.Fatalf("the export has %d offer names without a translation, want at least 3", len(open))
	}
	for _, u := range open {
		if u.Segment.State != "initial" {
			t.Errorf("unit %s without a target has state %q, want initial", u.ID, u.Segment.State)
		}
	}
	write := func(name, body string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	upload := func(path string) int {
		t.Helper()
		tb.mustOpen("/admin/translations/import", 200)
		tb.do("choose the file", chromedp.SetUploadFiles(chromedp.CSS("#f-file"), []string{path}))
		return tb.click(`#import-form button[type="submit"]`)
	}
	refused := func(status int, wantKey string) {
		t.Helper()
		if status != 422 {
			t.Errorf("a refused import answers %d, want 422", status)
		}
		if got, want := tb.text(`#import-problems`), tr(t, "en", "admin.xliff.problems_title"); got != want {
			t.Errorf("the report is headed %q, want %q", got, want)
		}
		if got, want := tb.text(`main table.report tbody`), tr(t, "en", wantKey); !strings.Contains(got, want) {
			t.Errorf("the report says %q, want it to say %q", got, want)
		}
		if tb.exists(`main .flash[role="status"]`) {
			t.Errorf("a refused import shows the success message %q", tb.text(`main .flash`))
		}
	}
	nameOf := func(u xliffUnit) string {
		t.Helper()
		m := strings.Split(u.ID, "/")
		tb.mustOpen("/admin/translations/tr/service/"+m[1], 200)
		return tb.value(`[id="f-text.name"]`)
	}

	// A malformed file: refused, nothing stored.
	const brokenName = "Bozuk dosyadan gelen ad"
	broken := fillTarget(t, dl.Body, open[1].ID, brokenName)
	refused(upload(write("broken.xlf", broken[:len(broken)/2])), "admin.xliff.problem.not_xml")
	if got := nameOf(open[1]); got != "" {
		t.Errorf("after a refused import the Turkish name of %s is %q, want none", open[1].ID, got)
	}

	// A well-formed file with a good unit and a unit whose German text
	// is not today's: refused as a whole, with the stale unit named.
	stale := fillTarget(t, dl.Body, open[1].ID, brokenName)
	stale = fillTarget(t, stale, open[2].ID, "Eski metinden bir ad")
	stale = strings.Replace(stale, xmlText(open[2].Segment.Source)+"</source>", xmlText(open[2].Segment.Source)+" (alt)</source>", 1)
	refused(upload(write("stale.xlf", stale)), "admin.xliff.problem.source_changed")
	if got := tb.text(`main table.report tbody`); !strings.Contains(got, open[2].ID) {
		t.Errorf("the report does not name the stale unit %s: %q", open[2].ID, got)
	}
	for _, u := range open[1:3] {
		if got := nameOf(u); got != "" {
			t.Errorf("after a refused import the Turkish name of %s is %q, want none", u.ID, got)
		}
	}

	// One target filled in: imported, the rest skipped.
	const trName = "Dosyadan gelen Türkçe ad"
	st := upload(write("good.xlf", fillTarget(t, dl.Body, open[0].ID, trName)))
	if st != 200 {
		t.Fatalf("importing one translation: status %d: %s", st, tb.text("main"))
	}
	if got, want := tb.text(`main .flash[role="status"]`), tr(t, "en", "admin.xliff.imported", "Count", 1); !strings.HasPrefix(got, want) {
		t.Errorf("after the import the message is %q, want %q", got, want)
	}
	if got := tb.text(`#import-skipped`); got != tr(t, "en", "admin.xliff.skipped_title") {
		t.Errorf("the units without a target are not reported as skipped (heading %q)", got)
	}
	if got := nameOf(open[0]); got != trName {
		t.Errorf("after the import the Turkish name of %s is %q, want %q", open[0].ID, got, trName)
	}
	if got, want := tb.text(`#t-name h2 .tag`), tr(t, "en", "admin.translation.status.current"); got != want {
		t.Errorf("the imported name's status is %q, want %q", got, want)
	}
	tb.mustOpen(region+"/tr/offers/"+strings.Split(open[0].ID, "/")[1], 200)
	if got := tb.text("main h1"); got != trName {
		t.Errorf("the public Turkish page is headed %q after the import, want %q", got, trName)
	}
}

// TestBackOfficeLanguage: staff switch the back office to Arabic on an
// offer's form and stay on it, right to left; the choice is theirs, so
// it follows them into a fresh browser that speaks German; and they
// switch back.
func TestBackOfficeLanguage(t *testing.T) {
	needE2E(t)
	t.Parallel()
	srv := startServer(t)
	tb := openTab(t, srv, tabOptions{})
	signInToDashboard(t, tb, srv)
	tb.mustOpen("/admin/offers", 200)
	offers := tb.attrs(`main table tbody a[href^="/admin/offers/"]`, "href")
	if len(offers) == 0 {
		t.Fatal("the offer list is empty")
	}
	form := offers[0]
	tb.mustOpen(form, 200)
	name := tb.value("#f-name")
	expectUI(t, tb, "de")

	switchTo := func(tb *tab, lang string) {
		t.Helper()
		tb.do("open the language menu", chromedp.Click(chromedp.CSS(`header details.lang-switch summary`)))
		if st := tb.click(`header form[action="/admin/language"] button[value="` + lang + `"]`); st != 200 {
			t.Fatalf("switching to %s: status %d", lang, st)
		}
	}
	switchTo(tb, "ar")
	if got := tb.path(); got != form {
		t.Errorf("switching to Arabic led to %s, want the same form %s", got, form)
	}
	expectUI(t, tb, "ar")
	if got := tb.value("#f-name"); got != name {
		t.Errorf("the offer's name is %q after switching, want %q", got, name)
	}
	if got := langOf(tb, "#f-name"); got != "de" {
		t.Errorf("the German name field is in language %q, want de", got)
	}

	// Sign out, and in again in a fresh browser that speaks German.
	if st := tb.click(`form[action="/admin/logout"] button`); st != 200 {
		t.Fatalf("sign out: status %d", st)
	}
	fresh := openTab(t, srv, tabOptions{Lang: "de"})
	fresh.mustOpen("/admin/login", 200)
	expectUI(t, fresh, "de")
	signInToDashboard(t, fresh, srv)
	expectUI(t, fresh, "ar")
	fresh.mustOpen(form, 200)
	expectUI(t, fresh, "ar")

	switchTo(fresh, "de")
	if got := fresh.path(); got != form {
		t.Errorf("switching back to German led to %s, want the same form %s", got, form)
	}
	expectUI(t, fresh, "de")
	again := openTab(t, srv, tabOptions{Lang: "ar"})
	signInToDashboard(t, again, srv)
	expectUI(t, again, "de")
}

// expectUI checks that the back-office page is in a language: <html
// lang dir>, and texts of the layout and, on a form, of the form as the
// catalogue has them in that language.
func expectUI(t *testing.T, tb *tab, lang string) {
	t.Helper()
	wantDir := "ltr"
	if lang == "ar" || lang == "fa" {
		wantDir = "rtl"
	}
	if got := eval[string](tb, `document.documentElement.lang`); got != lang {
		t.Errorf("%s: <html lang=%q>, want %q", tb.path(), got, lang)
	}
	if got := eval[string](tb, `document.documentElement.dir`); got != wantDir {
		t.Errorf("%s: <html dir=%q>, want %q", tb.path(), got, wantDir)
	}
	if got := eval[string](tb, `getComputedStyle(document.querySelector("main")).direction`); got != wantDir {
		t.Errorf("%s: main runs %s, want %s", tb.path(), got, wantDir)
	}
	if got, want := tb.text(".skip-link"), tr(t, lang, "admin.skip_to_content"); got != want {
		t.Errorf("%s: the skip link says %q, want %q", tb.path(), got, want)
	}
	if tb.exists(`nav.mainnav a[href="/admin/offers"]`) {
		if got, want := tb.text(`nav.mainnav a[href="/admin/offers"]`), tr(t, lang, "admin.nav.offers"); got != want {
			t.Errorf("%s: the navigation says %q, want %q", tb.path(), got, want)
		}
	}
	if tb.exists(`#record-form button[value="save"]`) {
		if got, want := tb.text(`#record-form button[value="save"]`), tr(t, lang, "admin.form.save"); got != want {
			t.Errorf("%s: the save button says %q, want %q", tb.path(), got, want)
		}
		if got, want := tb.text(`label[for="f-name"]`), tr(t, lang, "admin.offer.name"); !strings.HasPrefix(got, want) {
			t.Errorf("%s: the name's label says %q, want %q", tb.path(), got, want)
		}
	}
}

// signInToDashboard signs in with the printed login and fails the test
// unless it lands on the dashboard.
func signInToDashboard(t *testing.T, tb *tab, srv *server) {
	t.Helper()
	if st := signIn(t, tb, srv.AdminEmail, srv.AdminPassword); st != 200 || tb.path() != "/admin/" {
		t.Fatalf("sign-in: status %d at %s", st, tb.path())
	}
}

// editorLink is a work list's link to the editor: language, type, id,
// field.
var editorLink = regexp.MustCompile(`^/admin/translations/([a-z]{2})/([a-z_]+)/([0-9a-f-]{36})#t-([a-z_]+)$`)

// workListURL is the work list of a language filtered by type and
// status, as the back office writes it (query keys in order).
func workListURL(lang, entityType, status string) string {
	return "/admin/translations/" + lang + "?status=" + status + "&type=" + entityType
}

// workItem is a row of a translation work list.
type workItem struct {
	Href   string `json:"href"`
	Record string `json:"record"`
	Field  string `json:"field"`
	Status string `json:"status"`
}

// workItems are the rows of the work list the tab shows.
func workItems(tb *tab) []workItem {
	tb.t.Helper()
	return eval[[]workItem](tb, `Array.from(document.querySelectorAll("main table tbody tr"), r => ({
		href: r.cells[0].querySelector("a").getAttribute("href"),
		record: r.cells[0].querySelector("a").innerText.trim(),
		field: r.cells[1].innerText.trim(),
		status: r.cells[2].innerText.trim()}))`)
}

// fieldStatuses are the statuses the editor shows, by field.
func fieldStatuses(tb *tab) map[string]string {
	tb.t.Helper()
	return eval[map[string]string](tb, `Object.fromEntries(Array.from(document.querySelectorAll("#record-form section.tfield"),
		s => [s.id, (s.querySelector("h2 .tag") || {innerText: ""}).innerText.trim()]))`)
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// langOf is the language an element is in: its own lang or the nearest
// ancestor's.
func langOf(tb *tab, sel string) string {
	tb.t.Helper()
	tb.mustExist(sel)
	return eval[string](tb, fmt.Sprintf(`(document.querySelector(%s).closest("[lang]") || {lang: ""}).lang`, jsString(sel)))
}

// xliffDoc is what the tests read of an XLIFF 2.0 file, independently of
// the program's own reader.
type xliffDoc struct {
	XMLName xml.Name `xml:"xliff"`
	Version string   `xml:"version,attr"`
	SrcLang string   `xml:"srcLang,attr"`
	TrgLang string   `xml:"trgLang,attr"`
	Files   []struct {
		ID    string      `xml:"id,attr"`
		Units []xliffUnit `xml:"unit"`
	} `xml:"file"`
}

type xliffUnit struct {
	ID      string `xml:"id,attr"`
	Segment struct {
		State  string  `xml:"state,attr"`
		Source string  `xml:"source"`
		Target *string `xml:"target"`
	} `xml:"segment"`
}

func parseXLIFF(t *testing.T, body string) xliffDoc {
	t.Helper()
	var d xliffDoc
	if err := xml.Unmarshal([]byte(body), &d); err != nil {
		t.Fatalf("the export is not XML: %v\n%s", err, abbrev(body))
	}
	return d
}

// fillTarget adds a target to a unit of an exported file, as a
// translator's tool does: the file stays as it was around it.
func fillTarget(t *testing.T, body, unitID, target string) string {
	t.Helper()
	start := strings.Index(body, `<unit id="`+unitID+`">`)
	if start < 0 {
		t.Fatalf("no unit %s in the file", unitID)
	}
	end := strings.Index(body[start:], "</source>")
	if end < 0 {
		t.Fatalf("unit %s has no source", unitID)
	}
	at := start + end + len("</source>")
	return body[:at] + `<target xml:space="preserve">` + xmlText(target) + `</target>` + body[at:]
}

// xmlText escapes character data as the export writes it.
func xmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
