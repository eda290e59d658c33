package backoffice_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/web/webtest"
)

// translate stores a translation of today's German text of a field, as
// a translator would have made it.
func translate(t *testing.T, h *webtest.Harness, region directory.Region, entityType, id, field, lang, text string, machine bool) {
	t.Helper()
	tr := directory.Translation{RegionID: region.ID, EntityType: entityType, EntityID: id, Field: field, Lang: lang, Text: text, Machine: machine}
	if err := h.Store.SaveTranslation(context.Background(), audit.System, &tr); err != nil {
		t.Fatalf("translate %s/%s/%s into %s: %v", entityType, id, field, lang, err)
	}
}

// translationOf returns the stored translation of a field (nil if none)
// and its status against today's German text.
func translationOf(t *testing.T, h *webtest.Harness, region directory.Region, entityType, id, field, lang string) (*directory.Translation, string) {
	t.Helper()
	ctx := context.Background()
	_, src, err := h.Store.SourceText(ctx, region.ID, entityType, id, field)
	if err != nil {
		t.Fatalf("German text of %s/%s/%s: %v", entityType, id, field, err)
	}
	all, err := h.Store.Translations(ctx, region.ID, entityType, id)
	if err != nil {
		t.Fatal(err)
	}
	for i := range all {
		if all[i].Field == field && all[i].Lang == lang {
			return &all[i], all[i].Status(src)
		}
	}
	var none *directory.Translation
	return nil, none.Status(src)
}

// wantStatus fails unless a field's translation has the status.
func wantStatus(t *testing.T, h *webtest.Harness, region directory.Region, entityType, id, field, lang, want string) {
	t.Helper()
	if _, got := translationOf(t, h, region, entityType, id, field, lang); got != want {
		t.Errorf("%s %s %s in %s: status %s, want %s", entityType, id, field, lang, got, want)
	}
}

// translationState is everything a translation import or save could
// change: every translation of the region in every language, and the
// newest audit entry.
func translationState(t *testing.T, h *webtest.Harness, region directory.Region) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	for _, lang := range []string{"en", "tr", "ar"} {
		items, _, err := h.Store.TranslationQueue(ctx, region.ID, store.QueueFilter{Lang: lang, Statuses: directory.TranslationStatuses, Limit: 1 << 20})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			fmt.Fprintf(&b, "%s %s/%s/%s %s", lang, it.EntityType, it.EntityID, it.Field, it.Status)
			if tr := it.Translation; tr != nil {
				fmt.Fprintf(&b, " %q %q %v", tr.Text, tr.SourceText, tr.Machine)
			}
			b.WriteByte('\n')
		}
	}
	es, err := h.Store.AuditEntries(ctx, region.ID, audit.Filter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) > 0 {
		fmt.Fprintf(&b, "audit %d\n", es[0].ID)
	}
	return b.String()
}

// getLang fetches a page with an Accept-Language header.
func getLang(t *testing.T, h *webtest.Harness, c *http.Client, path, lang string, want int) string {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, h.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept-Language", lang)
	res, body := h.Do(c, req)
	if res.StatusCode != want {
		t.Fatalf("GET %s (%s): status %d, want %d\n%s", path, lang, res.StatusCode, want, snippet(body))
	}
	checkHTML(t, path, res, body)
	return body
}

func TestTranslationOverview(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	// Of the organisations' texts in Turkish: one current, one machine,
	// one outdated; the rest missing.
	translate(t, h, a.Region, directory.TranslateOrganization, a.Orgs[0].ID, "name", "tr", "Bakım Danışma Merkezi", false)
	translate(t, h, a.Region, directory.TranslateOrganization, a.Orgs[0].ID, "description", "tr", "Bakım hakkında danışmanlık.", true)
	translate(t, h, a.Region, directory.TranslateOrganization, a.Orgs[1].ID, "name", "tr", "Türk Veli Derneği Marl", false)
	ctx := context.Background()
	o, _ := h.Store.Organization(ctx, a.Region.ID, a.Orgs[1].ID)
	o.Name = "Türkischer Elternverein Marl e. V."
	if err := h.Store.SaveOrganization(ctx, audit.System, &o); err != nil {
		t.Fatal(err)
	}
	// Texts with German: the two names and two descriptions.
	body := get(t, h, c, "/admin/translations", http.StatusOK)
	for _, want := range []string{
		`<h1>Übersetzungen</h1>`,
		`<span lang="tr" dir="ltr">Türkçe</span> <span class="muted">(Türkisch)</span>`,
		`<span lang="ar" dir="rtl">العربية</span>`,
		`href="/admin/translations/tr?status=current&amp;type=organization">1</a> <span class="pct">(25 %)</span>`,
		`href="/admin/translations/tr?status=machine&amp;type=organization">1</a> <span class="pct">(25 %)</span>`,
		`href="/admin/translations/tr?status=outdated&amp;type=organization">1</a> <span class="pct">(25 %)</span>`,
		`href="/admin/translations/tr?status=missing&amp;type=organization">1</a> <span class="pct">(25 %)</span>`,
		`href="/admin/translations/export?lang=tr"`,
		`href="/admin/translations" aria-current="page"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("overview lacks %s", want)
		}
	}
	if strings.Contains(body, `lang="de-x-ls"`) || strings.Contains(body, `/admin/translations/de"`) {
		t.Error("the overview offers German or Leichte Sprache as a target")
	}
	body = getLang(t, h, c, "/admin/translations", "en", http.StatusOK)
	for _, want := range []string{"<h1>Translations</h1>", "Up to date", "Outdated", "Machine translated", "Missing", "Work list"} {
		if !strings.Contains(body, want) {
			t.Errorf("English overview lacks %q", want)
		}
	}
}

func TestTranslationWorkList(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	sv := a.Services[0]
	translate(t, h, a.Region, directory.TranslateService, sv.ID, "name", "tr", "Türkçe bakım danışmanlığı", false)
	body := get(t, h, c, "/admin/translations/tr?type=service", http.StatusOK)
	edit := `href="/admin/translations/tr/service/` + sv.ID + `#t-summary"`
	if !strings.Contains(body, edit) {
		t.Errorf("work list does not link to the editor at the summary (%s)", edit)
	}
	if strings.Contains(body, `#t-name"`+` lang="de" dir="ltr">`+sv.Name) && strings.Contains(body, "/service/"+sv.ID+"#t-name") {
		t.Error("a current translation is on the default work list")
	}
	if !strings.Contains(body, `<a href="/admin/translations/ar?type=service" lang="ar" dir="rtl">العربية</a>`) {
		t.Error("the work list does not lead to the other languages under the same filter")
	}
	if strings.Contains(body, "/organization/") || strings.Contains(body, a.Services[3].ID) {
		t.Error("the type filter lets other types or archived offers through")
	}
	body = get(t, h, c, "/admin/translations/tr?type=service&status=current", http.StatusOK)
	if n := strings.Count(body, `href="/admin/translations/tr/service/`); n != 1 || !strings.Contains(body, sv.ID+"#t-name") {
		t.Errorf("status filter current lists %d texts, want the one name", n)
	}
	// Unknown filters are left out, unknown languages are not found.
	get(t, h, c, "/admin/translations/tr?type=nonsense&status=%FF&page=-3", http.StatusOK)
	for _, p := range []string{"/admin/translations/de", "/admin/translations/fr", "/admin/translations/de-x-ls", "/admin/translations/TR"} {
		get(t, h, c, p, http.StatusNotFound)
	}

	// Paging: 60 more organisations make more than one page of names.
	ctx := context.Background()
	for i := range 60 {
		o := directory.Organization{RegionID: a.Region.ID, Name: fmt.Sprintf("Verein %02d", i), Type: directory.OrgMigrant,
			Description: "Ein Verein."}
		if err := h.Store.SaveOrganization(ctx, audit.System, &o); err != nil {
			t.Fatal(err)
		}
	}
	body = get(t, h, c, "/admin/translations/en?type=organization", http.StatusOK)
	if n := strings.Count(body, `href="/admin/translations/en/organization/`); n != 50 {
		t.Errorf("first page lists %d texts, want 50", n)
	}
	next := regexpAll(`<a href="([^"]*)" rel="next"`, body)
	if len(next) != 1 || !strings.Contains(unescape(next[0][1]), "type=organization") {
		t.Fatalf("no next page keeping the filter: %v", next)
	}
	body = get(t, h, c, unescape(next[0][1]), http.StatusOK)
	// 62 names and 62 descriptions, 50 on a page.
	if n := strings.Count(body, `href="/admin/translations/en/organization/`); n != 50 {
		t.Errorf("second page lists %d texts, want 50", n)
	}
}

// editorForm opens the editor and returns its form values.
func editorForm(t *testing.T, h *webtest.Harness, c *http.Client, path string) url.Values {
	t.Helper()
	return formValues(t, get(t, h, c, path, http.StatusOK))
}

func TestTranslationEditorSaves(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c, u := signIn(t, h, h.A.Region, "uebersetzung@a.example.org", "staff")
	a := h.A
	sv := a.Services[0]
	path := "/admin/translations/tr/service/" + sv.ID
	body := get(t, h, c, path, http.StatusOK)
	for _, want := range []string{
		`<div class="source-text" lang="de" dir="ltr">` + sv.Summary + `</div>`,
		`name="text.summary"`, `name="machine.summary"`, `lang="tr" dir="ltr"`,
		`href="/admin/translations/ar/service/` + sv.ID + `" lang="ar" dir="rtl">العربية</a>`,
		`href="/admin/offers/` + sv.ID + `"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("editor lacks %s", want)
		}
	}
	form := formValues(t, body)
	form.Set("text.name", "  Türkçe bakım danışmanlığı ")
	form.Set("text.summary", "Bakım derecesi ve yardımlar hakkında danışmanlık.")
	form.Set("machine.summary", "1")
	res, _ := post(t, h, c, path, form, http.StatusSeeOther)
	if loc := res.Header.Get("Location"); loc != path {
		t.Errorf("after saving: redirect to %q, want %q", loc, path)
	}
	tr, st := translationOf(t, h, a.Region, directory.TranslateService, sv.ID, "name", "tr")
	if st != directory.TranslationCurrent || tr.Text != "Türkçe bakım danışmanlığı" || tr.SourceText != sv.Name || tr.UpdatedBy != u.Email {
		t.Errorf("name: %s %+v", st, tr)
	}
	wantStatus(t, h, a.Region, directory.TranslateService, sv.ID, "summary", "tr", directory.TranslationMachine)
	wantStatus(t, h, a.Region, directory.TranslateService, sv.ID, "description", "tr", directory.TranslationMissing)
	es := auditEntries(t, h, a.Region, directory.TranslateService, sv.ID)
	var logged []string
	for _, e := range es {
		if e.UserID == u.ID {
			logged = append(logged, e.Summary)
		}
	}
	slices.Sort(logged)
	if want := []string{sv.Name + " · name · tr", sv.Name + " · summary · tr"}; !slices.Equal(logged, want) {
		t.Errorf("audit entries %q, want %q", logged, want)
	}
	body = get(t, h, c, path, http.StatusOK)
	if !strings.Contains(body, "Gespeichert.") || !strings.Contains(body, `value="Türkçe bakım danışmanlığı"`) {
		t.Error("the editor does not show the saved translation with a success message")
	}

	// Saving the editor untouched changes nothing.
	before := translationState(t, h, a.Region)
	res, _ = post(t, h, c, path, editorForm(t, h, c, path), http.StatusSeeOther)
	if got := get(t, h, c, res.Header.Get("Location"), http.StatusOK); !strings.Contains(got, "Nichts geändert.") {
		t.Error("saving untouched says nothing")
	}
	if after := translationState(t, h, a.Region); after != before {
		t.Errorf("saving untouched changed translations:\n%s\n%s", before, after)
	}

	// Emptying a translation deletes it: the text is missing again.
	form = editorForm(t, h, c, path)
	form.Set("text.summary", "")
	post(t, h, c, path, form, http.StatusSeeOther)
	wantStatus(t, h, a.Region, directory.TranslateService, sv.ID, "summary", "tr", directory.TranslationMissing)
}

func TestTranslationEditorOutdated(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	ctx := context.Background()
	o := a.Orgs[1]
	translate(t, h, a.Region, directory.TranslateOrganization, o.ID, "description", "ar", "جمعية من الآباء للآباء.", false)
	translate(t, h, a.Region, directory.TranslateOrganization, o.ID, "name", "ar", "جمعية أولياء الأمور التركية", false)
	o, _ = h.Store.Organization(ctx, a.Region.ID, o.ID)
	o.Description = "Ein Verein von Müttern und Vätern für Eltern."
	o.Name = "Türkischer Elternverein Marl e. V."
	if err := h.Store.SaveOrganization(ctx, audit.System, &o); err != nil {
		t.Fatal(err)
	}
	path := "/admin/translations/ar/organization/" + o.ID
	body := get(t, h, c, path, http.StatusOK)
	for _, want := range []string{
		`Ein Verein von <del><span class="visually-hidden">gelöscht: </span>Eltern</del><ins><span class="visually-hidden">eingefügt: </span>Müttern und Vätern</ins> für Eltern.`,
		`<span class="tag status-outdated">Veraltet</span>`,
		`name="confirm.description"`,
		`lang="ar" dir="rtl"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("editor of an outdated translation lacks %s", want)
		}
	}
	// Confirming that the old name still fits makes it current; the
	// description, corrected, is current too.
	form := formValues(t, body)
	form.Set("confirm.name", "1")
	form.Set("text.description", "جمعية من الأمهات والآباء للآباء.")
	post(t, h, c, path, form, http.StatusSeeOther)
	wantStatus(t, h, a.Region, directory.TranslateOrganization, o.ID, "name", "ar", directory.TranslationCurrent)
	wantStatus(t, h, a.Region, directory.TranslateOrganization, o.ID, "description", "ar", directory.TranslationCurrent)
	if strings.Contains(get(t, h, c, path, http.StatusOK), "<del>") {
		t.Error("the editor still shows a change after the translation was brought up to date")
	}
}

func TestTranslationEditorGermanChangedWhileOpen(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	ctx := context.Background()
	sv := a.Services[1]
	path := "/admin/translations/en/service/" + sv.ID
	form := editorForm(t, h, c, path)
	// Meanwhile someone changes the German summary.
	cur, _ := h.Store.Service(ctx, a.Region.ID, sv.ID)
	cur.Summary = "Hilfe beim barrierefreien Umbau der Wohnung."
	if err := h.Store.SaveService(ctx, audit.System, &cur); err != nil {
		t.Fatal(err)
	}
	before := translationState(t, h, a.Region)
	form.Set("text.summary", "Help with converting your home.")
	form.Set("text.name", "Housing advice")
	_, body := post(t, h, c, path, form, http.StatusUnprocessableEntity)
	for _, want := range []string{
		"Der deutsche Text wurde geändert, während Sie übersetzt haben.",
		"So hat sich der deutsche Text geändert, während Sie übersetzt haben:",
		`<ins><span class="visually-hidden">eingefügt: </span>barrierefreien </ins>`,
		`>Help with converting your home.</textarea>`,
		`value="Housing advice"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("refused save lacks %s", want)
		}
	}
	if after := translationState(t, h, a.Region); after != before {
		t.Errorf("a refused save changed translations:\n%s", after)
	}
	// Saving again, having seen the change, stores both for today's text.
	post(t, h, c, path, formValues(t, body), http.StatusSeeOther)
	wantStatus(t, h, a.Region, directory.TranslateService, sv.ID, "summary", "en", directory.TranslationCurrent)
	wantStatus(t, h, a.Region, directory.TranslateService, sv.ID, "name", "en", directory.TranslationCurrent)
}

func TestTranslationEditorSomeoneElseSaved(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	pg := a.Page
	path := "/admin/translations/en/page/" + pg.ID
	form := editorForm(t, h, c, path)
	translate(t, h, a.Region, directory.TranslatePage, pg.ID, "title", "en", "Legal notice", false)
	form.Set("text.title", "Imprint")
	_, body := post(t, h, c, path, form, http.StatusUnprocessableEntity)
	if !strings.Contains(body, "Jemand anderes hat diese Übersetzung gespeichert") || !strings.Contains(body, "Legal notice") ||
		!strings.Contains(body, `value="Imprint"`) {
		t.Errorf("no clear conflict with the other translation:\n%s", snippet(body))
	}
	if tr, _ := translationOf(t, h, a.Region, directory.TranslatePage, pg.ID, "title", "en"); tr.Text != "Legal notice" {
		t.Errorf("the conflict overwrote the other translation: %q", tr.Text)
	}
	post(t, h, c, path, formValues(t, body), http.StatusSeeOther)
	if tr, _ := translationOf(t, h, a.Region, directory.TranslatePage, pg.ID, "title", "en"); tr.Text != "Imprint" {
		t.Errorf("a deliberate second save did not store: %q", tr.Text)
	}
}

func TestTranslationEditorBadInput(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	o := a.Orgs[0]
	path := "/admin/translations/en/organization/" + o.ID
	before := translationState(t, h, a.Region)
	tests := []struct {
		name, field, value string
		wantText           string // in the page
		kept               string // what was typed, as the page shows it
	}{
		{"name too long", "text.name", strings.Repeat("Counselling ", 30), "Dieser Text ist zu lang.", strings.Repeat("Counselling ", 29) + "Counselling"},
		{"line break in a name", "text.name", "Care\ncentre", "Dieses Feld enthält Zeichen, die hier nicht erlaubt sind.", "Care\ncentre"},
		{"control character", "text.description", "Advice\x07 on care", "Dieses Feld enthält Zeichen, die hier nicht erlaubt sind.", "Counselling"},
		{"broken UTF-8", "text.description", "Advice \xff on care", "Dieses Feld enthält Zeichen, die hier nicht erlaubt sind.", "Advice \uFFFD on care"},
		{"description too long", "text.description", strings.Repeat("a", directory.MaxLong+1), "Dieser Text ist zu lang.", strings.Repeat("a", directory.MaxLong+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			form := editorForm(t, h, c, path)
			form.Set("text.name", "Counselling")
			form.Set(tt.field, tt.value)
			res, body := h.PostForm(c, path, form)
			if res.StatusCode != http.StatusUnprocessableEntity {
				t.Fatalf("status %d, want 422\n%s", res.StatusCode, snippet(body))
			}
			checkHTML(t, path, res, body)
			if !strings.Contains(body, `class="error-summary"`) || !strings.Contains(body, `href="#f-`+tt.field+`"`) ||
				!strings.Contains(body, `aria-invalid="true"`) {
				t.Errorf("no field error on %s", tt.field)
			}
			if tt.wantText != "" && !strings.Contains(body, tt.wantText) {
				t.Errorf("page lacks %q", tt.wantText)
			}
			if !strings.Contains(body, tt.kept) {
				t.Error("typed input lost")
			}
			if after := translationState(t, h, a.Region); after != before {
				t.Errorf("bad input changed translations:\n%s", after)
			}
		})
	}
	// A form this page did not make: broken hidden fields, no German text
	// shown, an unknown record.
	form := editorForm(t, h, c, path)
	form.Set("source.name", "\xff")
	if res, _ := h.PostForm(c, path, form); res.StatusCode != http.StatusBadRequest {
		t.Errorf("broken hidden field: status %d, want 400", res.StatusCode)
	}
	form = editorForm(t, h, c, path)
	form.Del("source.name")
	form.Set("text.name", "x")
	if res, _ := h.PostForm(c, path, form); res.StatusCode != http.StatusBadRequest {
		t.Errorf("no German text: status %d, want 400", res.StatusCode)
	}
	for _, p := range []string{
		"/admin/translations/en/organization/" + directory.NewID(), "/admin/translations/en/organization/x",
		"/admin/translations/en/contact/" + o.ID, "/admin/translations/de/organization/" + o.ID,
		"/admin/translations/en/organization/" + h.B.Orgs[0].ID, "/admin/translations/en/service/" + a.Services[3].ID,
	} {
		get(t, h, c, p, http.StatusNotFound)
		if res, _ := h.PostForm(c, p, url.Values{"text.name": {"x"}, "orig.name": {""}, "source.name": {"x"}}); res.StatusCode != http.StatusNotFound {
			t.Errorf("POST %s: status %d, want 404", p, res.StatusCode)
		}
	}
	if after := translationState(t, h, a.Region); after != before {
		t.Errorf("bad requests changed translations:\n%s", after)
	}
}

func TestTermSynonymsAndTheirTranslations(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	ctx := context.Background()
	care := a.Terms["care"]
	path := "/admin/terms/" + care.ID
	body := get(t, h, c, path, http.StatusOK)
	if !strings.Contains(body, `name="synonyms"`) || !strings.Contains(body, "Synonyme") {
		t.Fatal("the term form has no synonyms field")
	}
	edit(t, h, c, path, url.Values{"synonyms": {"  Altenpflege \r\nPflegedienst\n\nAltenpflege\n  Betreuung  zu Hause"}})
	got, err := h.Store.Term(ctx, a.Region.ID, care.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Altenpflege\nPflegedienst\nBetreuung zu Hause"; got.Synonyms != want {
		t.Errorf("synonyms = %q, want %q", got.Synonyms, want)
	}
	// Bad synonyms are a field error, with what was typed kept.
	var many strings.Builder
	for i := range 100 {
		fmt.Fprintf(&many, "Pflegewort %d\n", i)
	}
	for _, bad := range []string{many.String(), "Pflege\x07"} {
		form := formValues(t, get(t, h, c, path, http.StatusOK))
		form.Set("synonyms", bad)
		_, body := post(t, h, c, path, form, http.StatusUnprocessableEntity)
		if !strings.Contains(body, `href="#f-synonyms"`) || !strings.Contains(body, "Pflege") {
			t.Errorf("synonyms %q: no field error", bad[:8])
		}
	}
	// Built-in terms take synonyms as well.
	step := a.Terms["step-free"]
	edit(t, h, c, "/admin/terms/"+step.ID, url.Values{"synonyms": {"rollstuhlgerecht"}})
	if got, _ := h.Store.Term(ctx, a.Region.ID, step.ID); got.Synonyms != "rollstuhlgerecht" {
		t.Errorf("built-in term synonyms = %q", got.Synonyms)
	}

	// Each language has its own synonyms, which are never outdated.
	epath := "/admin/translations/tr/taxonomy_term/" + care.ID
	body = get(t, h, c, epath, http.StatusOK)
	if !strings.Contains(body, "Deutsche Synonyme") || !strings.Contains(body, "Pflegedienst") || strings.Contains(body, `name="machine.synonyms"`) {
		t.Error("the term editor does not show German synonyms beside the Turkish ones")
	}
	form := formValues(t, body)
	form.Set("text.name", "Bakım")
	form.Set("text.synonyms", "yaşlı bakımı\nevde bakım")
	post(t, h, c, epath, form, http.StatusSeeOther)
	edit(t, h, c, path, url.Values{"synonyms": {"Pflege zu Hause"}})
	if tr, _ := translationOf(t, h, a.Region, directory.TranslateTerm, care.ID, directory.FieldSynonyms, "tr"); tr == nil || tr.Text != "yaşlı bakımı\nevde bakım" {
		t.Errorf("Turkish synonyms: %+v", tr)
	}
	wantStatus(t, h, a.Region, directory.TranslateTerm, care.ID, directory.FieldSynonyms, "tr", directory.TranslationCurrent)
	wantStatus(t, h, a.Region, directory.TranslateTerm, care.ID, "name", "tr", directory.TranslationCurrent)
}
