package site_test

import (
	"context"
	"html/template"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

// translate stores a translation of a record's field as a translator
// would, of the German text as it is now.
func translate(t *testing.T, h *webtest.Harness, entityType, id, field, lang, text string, machine bool) {
	t.Helper()
	tr := directory.Translation{RegionID: h.A.Region.ID, EntityType: entityType, EntityID: id, Field: field, Lang: lang, Text: text, Machine: machine}
	must(t, h.Store.SaveTranslation(context.Background(), audit.System, &tr))
}

// note returns a message of the page's language as the page shows it.
func note(h *webtest.Harness, lang, key string, args ...any) string {
	return template.HTMLEscapeString(h.Env.Catalog.Localizer(lang).T(key, args...))
}

// count counts the elements of a tag with a class.
func count(root *node, tag, class string) int {
	n := 0
	for _, e := range root.find(tag) {
		if strings.Contains(" "+e.attrs["class"]+" ", " "+class+" ") {
			n++
		}
	}
	return n
}

func TestTranslatedContentAndItsNotes(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	sv := h.A.Services[0]
	url := offerURL("ar", sv)
	german := note(h, "ar", "site.translation.german")

	// Nothing translated: the German texts, marked as German, under
	// one note in Arabic.
	body := page(t, h, url, http.StatusOK)
	has(t, "untranslated", body, `<html lang="ar" dir="rtl">`, `<h1 lang="de" dir="ltr">Pflegeberatung auf Türkisch</h1>`,
		`<p class="lead summary" lang="de" dir="ltr">Beratung zu Pflegegrad und Hilfen, auch auf Türkisch.</p>`, german)
	if n := count(parse(t, body), "div", "tnote"); n != 1 {
		t.Errorf("untranslated: %d notes, want 1", n)
	}

	// The name and summary translated (which the page shows at once:
	// saving a translation moves the region's revision on); the
	// description still German, so the note stays.
	translate(t, h, directory.TranslateService, sv.ID, "name", "ar", "استشارات الرعاية باللغة التركية", false)
	translate(t, h, directory.TranslateService, sv.ID, "summary", "ar", "استشارة حول درجة الرعاية والمساعدات.", false)
	body = page(t, h, url, http.StatusOK)
	has(t, "translated", body, `<h1>استشارات الرعاية باللغة التركية</h1>`, `<p class="lead summary">استشارة حول درجة الرعاية والمساعدات.</p>`,
		`<div class="text" lang="de" dir="ltr">`, german)
	hasNot(t, "translated", body, note(h, "ar", "site.translation.machine"), note(h, "ar", "site.translation.outdated"))

	// Every text translated, one by a machine: no "not translated" note,
	// but the machine mark.
	for field, text := range map[string]string{"description": "نحن نقدم المشورة لك ولأقاربك.",
		"application_process": "تعال إلى الساعات المفتوحة أو اتصل بنا."} {
		translate(t, h, directory.TranslateService, sv.ID, field, "ar", text, field == "description")
	}
	// Another offer's name by a machine, for the list below.
	translate(t, h, directory.TranslateService, h.A.Services[1].ID, "name", "ar", "استشارات السكن", true)
	org, loc := h.A.Orgs[0], h.A.Locations[0]
	translate(t, h, directory.TranslateOrganization, org.ID, "name", "ar", "مركز الاستشارات والمعلومات للرعاية", false)
	translate(t, h, directory.TranslateLocation, loc.ID, "name", "ar", "مركز مارل", false)
	translate(t, h, directory.TranslateLocation, loc.ID, "transportation", "ar", "الحافلة 222 إلى مارل ميتي", false)
	for _, code := range []string{"care", "seniors"} {
		translate(t, h, directory.TranslateTerm, h.A.Terms[code].ID, "name", "ar", "ترجمة "+code, false)
	}
	body = page(t, h, url, http.StatusOK)
	has(t, "machine", body, note(h, "ar", "site.translation.machine"), `<div class="text">`, `<h3>مركز مارل</h3>`)
	hasNot(t, "machine", body, german)

	// The German summary changes in substance: its translation is still
	// shown, with the note that it may be out of date.
	sv, err := h.Store.Service(context.Background(), h.A.Region.ID, sv.ID)
	must(t, err)
	sv.Summary = "Beratung zu Pflegegrad, Pflegegeld und Hilfen im Alltag."
	must(t, h.Store.SaveService(context.Background(), audit.System, &sv))
	body = page(t, h, url, http.StatusOK)
	has(t, "outdated", body, `<p class="lead summary">استشارة حول درجة الرعاية والمساعدات.</p>`, note(h, "ar", "site.translation.outdated"))

	if res, _ := get(t, h, url); res.Header.Get("Content-Language") != "ar" {
		t.Errorf("Content-Language %q, want ar", res.Header.Get("Content-Language"))
	}

	// The list marks the card (machine, outdated) and needs no German note
	// for it; the German page shows none of this.
	h.Refresh()
	list := page(t, h, "/kreis-re/ar/offers?need=care", http.StatusOK)
	has(t, "list", list, `<li class="badge note">`+note(h, "ar", "site.translation.machine_short")+`</li>`,
		`<li class="badge note">`+note(h, "ar", "site.translation.outdated_short")+`</li>`, `<a href="`+url+`">استشارات الرعاية باللغة التركية</a>`)
	de := page(t, h, offerURL("de", sv), http.StatusOK)
	hasNot(t, "German page", de, `class="tnote"`, "استشارات", `lang="de" dir="ltr">Pflegeberatung`)
}

func TestTranslatedTermsAndPages(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ctx := context.Background()
	translate(t, h, directory.TranslateTerm, h.A.Terms["care"].ID, "name", "tr", "Bakım", false)
	home := page(t, h, "/kreis-re/tr/", http.StatusOK)
	has(t, "home", home, `<span class="tile-name">Bakım</span>`, `<span class="tile-name" lang="de" dir="ltr">Beratung</span>`,
		`<span class="tile-name" lang="de" dir="ltr">Marl</span>`, note(h, "tr", "site.translation.german"))
	// Filters name the terms as the tiles do.
	list := parse(t, page(t, h, "/kreis-re/tr/offers?need=care", http.StatusOK))
	if got, _ := options(list, "need"); !strings.HasPrefix(got["care"], "Bakım") || !strings.HasPrefix(got["counselling"], "Beratung") {
		t.Errorf("need filter = %q", got)
	}
	// An editable page: the title translated, the body not yet.
	p := h.A.Page
	p.Title, p.Body = "Impressum", "Kreis Recklinghausen\n\nTel. 02361 53-0"
	must(t, h.Store.SavePage(ctx, audit.System, &p))
	translate(t, h, directory.TranslatePage, p.ID, "title", "ar", "بيانات الناشر", false)
	body := page(t, h, "/kreis-re/ar/pages/impressum", http.StatusOK)
	has(t, "page", body, "<h1>بيانات الناشر</h1>", `<div class="text" lang="de" dir="ltr">`, note(h, "ar", "site.translation.german"),
		`<a href="tel:+492361530"`)
}

func TestRightToLeftFragments(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	must(t, h.Store.UpdateRegionLanguages(context.Background(), audit.System, h.A.Region.ID, append(h.A.Region.Languages, "fa")))
	sv := h.A.Services[0]
	for _, lang := range []string{"ar", "fa"} {
		body := page(t, h, offerURL(lang, sv), http.StatusOK)
		has(t, lang, body,
			`<html lang="`+lang+`" dir="rtl">`,
			// Phone numbers, e-mail addresses, times and addresses of
			// pages read left to right.
			`<a class="tel" href="tel:&#43;492365991234" dir="ltr">02365 99 1234</a>`,
			`<a href="mailto:pflege@example.org" dir="ltr">pflege@example.org</a>`,
			`<bdi dir="ltr">09:00–14:00</bdi>`,
			`: <bdi dir="ltr">`+h.URL+offerURL(lang, sv)+`</bdi></p>`,
			// German names and addresses are marked as such.
			`<p class="addr" lang="de" dir="ltr">Carl-Duisberg-Straße 12<br>45772 Marl</p>`,
			`<span lang="de" dir="ltr">Pflege</span>`,
			// The switcher names each language in its own script and direction.
			`<a href="`+offerURL("de", sv)+`" hreflang="de" lang="de" dir="ltr">Deutsch</a>`,
			`<a href="`+offerURL("ar", sv)+`" hreflang="ar" lang="ar" dir="rtl"`,
			`<a href="`+offerURL("fa", sv)+`" hreflang="fa" lang="fa" dir="rtl"`,
			// Weekdays in the page's language.
			`<th scope="row">`+note(h, lang, "weekday.WE")+`</th>`,
		)
		// Lists take the Arabic comma (here the filters in the title).
		has(t, lang+" list", page(t, h, "/kreis-re/"+lang+"/offers?need=care&need=counselling", http.StatusOK), "Pflege، Beratung")
	}
	// Left-to-right pages get no isolation they do not need.
	body := page(t, h, offerURL("de", sv), http.StatusOK)
	hasNot(t, "de", body, "<bdi", ` dir="ltr">02365`)
	has(t, "de", page(t, h, "/kreis-re/de/offers?need=care&need=counselling", http.StatusOK), "Pflege, Beratung")
}

func TestLocalisedFormats(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ctx := context.Background()
	sv := h.A.Services[1]
	amount := 1250.5
	sv.CostOptions = []directory.CostOption{{Option: "Beitrag", Amount: &amount, Currency: "EUR"}}
	sv.AssuredDate = "2026-11-02"
	must(t, h.Store.SaveService(ctx, audit.System, &sv))
	tests := []struct {
		lang  string
		wants []string
	}{
		{"de", []string{"Beitrag: 1.250,50 €", "02.11.2026", "<th scope=\"row\">Montag <span class=\"tag\">heute</span>"}},
		{"en", []string{"1,250.50", "2 Nov 2026", "<th scope=\"row\">Monday <span class=\"tag\">today</span>"}},
	}
	// Turkish and Arabic as their locale files write them (package i18n
	// tests the formats themselves).
	for _, lang := range []string{"tr", "ar"} {
		amount, date := local(h, lang, 1250.5, "2026-11-02")
		tests = append(tests, struct {
			lang  string
			wants []string
		}{lang, []string{amount, date, `<th scope="row">` + note(h, lang, "weekday.MO") + ` <span class="tag">`}})
	}
	// Arabic writes Latin digits, with a decimal point.
	if amount, _ := local(h, "ar", 1250.5, "2026-11-02"); amount != "1,250.50" {
		t.Errorf("Arabic amount %q, want 1,250.50", amount)
	}
	for _, tt := range tests {
		body := page(t, h, offerURL(tt.lang, sv), http.StatusOK)
		has(t, tt.lang, body, tt.wants...)
	}
	// Weekday names differ between the languages (none falls back).
	seen := map[string]string{}
	for _, lang := range []string{"de", "en", "tr", "ar", "ru", "uk", "pl", "ro", "bg", "fa"} {
		name := h.Env.Catalog.Localizer(lang).T("weekday.MO")
		if other, ok := seen[name]; ok {
			t.Errorf("Monday is %q in both %s and %s", name, other, lang)
		}
		seen[name] = lang
	}
}

// local returns an amount and a date as a page in lang writes them:
// the amount as it is, the date isolated on right-to-left pages.
func local(h *webtest.Harness, lang string, amount float64, day string) (string, string) {
	l := h.Env.Catalog.Localizer(lang)
	d, _ := time.Parse(time.DateOnly, day)
	date := template.HTMLEscapeString(l.Date(d))
	if l.Lang.Dir == "rtl" {
		date = `<bdi dir="ltr">` + date + `</bdi>`
	}
	return l.Decimal(amount), date
}

func TestLeichteSprache(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ctx := context.Background()
	ls := directory.LeichteSprache
	must(t, h.Store.UpdateRegionLanguages(ctx, audit.System, h.A.Region.ID, append(h.A.Region.Languages, ls)))
	sv, other := h.A.Services[0], h.A.Services[1]
	link := `<a href="` + offerURL(ls, sv) + `" hreflang="de-x-ls" lang="de-x-ls" dir="ltr">` + note(h, ls, "site.offer.easy_language") + `</a>`

	// Without a summary in Leichte Sprache, no link to it.
	hasNot(t, "before", page(t, h, offerURL("de", sv), http.StatusOK), link)
	translate(t, h, directory.TranslateService, sv.ID, "summary", ls, "Sie brauchen Pflege?\nWir helfen Ihnen.", false)
	has(t, "German page", page(t, h, offerURL("de", sv), http.StatusOK), link)
	hasNot(t, "other offer", page(t, h, offerURL("de", other), http.StatusOK), `<p class="easy">`)
	// Other languages do not link to it (their readers do not read German).
	hasNot(t, "English page", page(t, h, offerURL("en", sv), http.StatusOK), `<p class="easy">`)

	// The page in Leichte Sprache: its summary, the rest in German
	// without a note that anything is missing.
	body := page(t, h, offerURL(ls, sv), http.StatusOK)
	has(t, "Leichte Sprache", body, `<html lang="de-x-ls" dir="ltr">`, "Sie brauchen Pflege?\nWir helfen Ihnen.",
		"Pflegeberatung auf Türkisch", `<a href="`+offerURL(ls, sv)+`" hreflang="de-x-ls" lang="de-x-ls" dir="ltr" aria-current="true">Leichte Sprache</a>`)
	hasNot(t, "Leichte Sprache", body, `class="tnote"`)
	hasNot(t, "Leichte Sprache home", page(t, h, "/kreis-re/"+ls+"/", http.StatusOK), `class="tnote"`)
	hasNot(t, "Leichte Sprache list", page(t, h, "/kreis-re/"+ls+"/offers", http.StatusOK), `class="tnote"`)
}
