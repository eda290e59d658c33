package backoffice_test

import (
	"bytes"
	"context"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
	"github.com/lotse/lotse/internal/xliff"
)

// export downloads an XLIFF export and decodes it.
func export(t *testing.T, h *webtest.Harness, c *http.Client, query string) (*xliff.Document, *http.Response) {
	t.Helper()
	res, body := h.Get(c, "/admin/translations/export?"+query)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("export %s: status %d\n%s", query, res.StatusCode, snippet(body))
	}
	doc, err := xliff.Decode(strings.NewReader(body), 10<<20)
	if err != nil {
		t.Fatalf("export %s does not decode: %v\n%s", query, err, body)
	}
	return doc, res
}

// encode writes a document as XLIFF.
func encode(t *testing.T, doc *xliff.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := xliff.Encode(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// upload posts a file to the import, as a browser's form would, in the
// interface language lang.
func upload(t *testing.T, h *webtest.Harness, c *http.Client, data []byte, machine bool, lang string) (*http.Response, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, err := mw.CreateFormFile("file", "lotse.xlf")
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	if machine {
		mw.WriteField("machine", "1")
	}
	mw.Close()
	req, err := http.NewRequest(http.MethodPost, h.URL+"/admin/translations/import", &b)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", h.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Accept-Language", lang)
	res, body := h.Do(c, req)
	checkHTML(t, "/admin/translations/import", res, body)
	return res, body
}

// fill gives every unit of doc a target made from its source.
func fill(doc *xliff.Document, prefix string) {
	for i := range doc.Files {
		for j := range doc.Files[i].Units {
			u := &doc.Files[i].Units[j]
			target := prefix + u.Source
			u.Target = &target
			u.State = xliff.StateTranslated
		}
	}
}

func units(doc *xliff.Document) map[string]xliff.Unit {
	out := map[string]xliff.Unit{}
	for _, f := range doc.Files {
		for _, u := range f.Units {
			out[u.ID] = u
		}
	}
	return out
}

func TestXLIFFExport(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	sv := a.Services[1]
	translate(t, h, a.Region, directory.TranslateService, sv.ID, "name", "tr", "Konut danışmanlığı", false)
	translate(t, h, a.Region, directory.TranslateService, sv.ID, "summary", "tr", "Evin yeniden düzenlenmesi için yardım.", false)
	ctx := context.Background()
	cur, _ := h.Store.Service(ctx, a.Region.ID, sv.ID)
	cur.Summary = "Hilfe beim Umbau der Wohnung für das Alter."
	if err := h.Store.SaveService(ctx, audit.System, &cur); err != nil {
		t.Fatal(err)
	}

	doc, res := export(t, h, c, "lang=tr&type=service")
	if got, want := res.Header.Get("Content-Type"), "application/xliff+xml; charset=utf-8"; got != want {
		t.Errorf("Content-Type = %q, want %q", got, want)
	}
	_, params, err := mime.ParseMediaType(res.Header.Get("Content-Disposition"))
	if err != nil || params["filename"] != "lotse-kreis-re-tr-service-open-2026-11-23.xlf" {
		t.Errorf("Content-Disposition = %q", res.Header.Get("Content-Disposition"))
	}
	if doc.SrcLang != "de" || doc.TrgLang != "tr" || len(doc.Files) != 1 || doc.Files[0].ID != directory.TranslateService {
		t.Errorf("document: %s → %s, %d files", doc.SrcLang, doc.TrgLang, len(doc.Files))
	}
	us := units(doc)
	if _, ok := us["service/"+sv.ID+"/name"]; ok {
		t.Error("an open export has a current translation")
	}
	if _, ok := us["service/"+a.Services[3].ID+"/name"]; ok {
		t.Error("the export has an archived offer")
	}
	old := us["service/"+sv.ID+"/summary"]
	if old.Source != cur.Summary || old.Target == nil || *old.Target != "Evin yeniden düzenlenmesi için yardım." || old.State != xliff.StateInitial {
		t.Errorf("outdated unit: %+v", old)
	}
	notes := map[string]string{}
	for _, n := range old.Notes {
		notes[n.Category] = n.Text
	}
	if notes["record"] != "Angebot: "+sv.Name || notes["field"] != "Kurzbeschreibung" || notes["previous-source"] != sv.Summary {
		t.Errorf("notes of the outdated unit: %v", notes)
	}
	missing := us["service/"+sv.ID+"/description"]
	if missing.Target != nil || missing.State != xliff.StateInitial || missing.Source != sv.Description {
		t.Errorf("missing unit: %+v", missing)
	}

	all, _ := export(t, h, c, "lang=tr&scope=all")
	us = units(all)
	if u, ok := us["service/"+sv.ID+"/name"]; !ok || u.State != xliff.StateFinal || *u.Target != "Konut danışmanlığı" {
		t.Errorf("export of all: current unit %+v", u)
	}
	for _, ty := range directory.TranslatableTypes {
		found := false
		for _, f := range all.Files {
			found = found || f.ID == ty
		}
		if !found {
			t.Errorf("export of all has no file for %s", ty)
		}
	}
	if _, ok := us["taxonomy_term/"+a.Terms["care"].ID+"/synonyms"]; ok {
		t.Error("synonyms are exported; they are not translations")
	}

	for _, q := range []string{"lang=de", "lang=fr", "lang=de-x-ls", "", "lang=tr&type=contact", "lang=tr&type=%FF"} {
		if res, _ := h.Get(c, "/admin/translations/export?"+q); res.StatusCode != http.StatusNotFound {
			t.Errorf("export ?%s: status %d, want 404", q, res.StatusCode)
		}
	}
}

func TestXLIFFRoundTrip(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c, u := signIn(t, h, h.A.Region, "pool@a.example.org", "staff")
	a := h.A
	sv := a.Services[0]
	translate(t, h, a.Region, directory.TranslateService, sv.ID, "summary", "ar", "استشارة حول درجة الرعاية.", false)
	ctx := context.Background()
	cur, _ := h.Store.Service(ctx, a.Region.ID, sv.ID)
	cur.Summary = "Beratung zu Pflegegrad, Hilfen und Entlastung."
	if err := h.Store.SaveService(ctx, audit.System, &cur); err != nil {
		t.Fatal(err)
	}
	doc, _ := export(t, h, c, "lang=ar")
	n := len(units(doc))
	if n < 20 {
		t.Fatalf("the export has only %d units", n)
	}
	fill(doc, "ع ")
	res, body := upload(t, h, c, encode(t, doc), false, "de")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "Übersetzungen gespeichert.") {
		t.Fatalf("import: status %d\n%s", res.StatusCode, snippet(body))
	}
	for id, un := range units(doc) {
		parts := strings.Split(id, "/")
		tr, st := translationOf(t, h, a.Region, parts[0], parts[1], parts[2], "ar")
		if st != directory.TranslationCurrent || tr.Text != *un.Target || tr.UpdatedBy != u.Email {
			t.Errorf("%s after import: %s %+v", id, st, tr)
		}
	}
	es, _ := h.Store.AuditEntries(ctx, a.Region.ID, audit.Filter{UserID: u.ID})
	logged := 0
	for _, e := range es {
		if strings.HasSuffix(e.Summary, " · ar") {
			logged++
		}
	}
	if logged != n {
		t.Errorf("%d audit entries for %d imported texts", logged, n)
	}
	// Nothing is open any more; the same file again changes nothing.
	if res, _ := h.Get(c, "/admin/translations/export?lang=ar"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("export with nothing open: status %d, want a redirect with a message", res.StatusCode)
	}
	before := translationState(t, h, a.Region)
	res, body = upload(t, h, c, encode(t, doc), false, "en")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "0 translations saved.") || !strings.Contains(body, "The translation is unchanged.") {
		t.Errorf("second import: status %d\n%s", res.StatusCode, snippet(body))
	}
	if after := translationState(t, h, a.Region); after != before {
		t.Error("importing the same file again changed translations")
	}

	// Machine translations are marked as such.
	doc, _ = export(t, h, c, "lang=en&type=organization")
	fill(doc, "MT ")
	if res, body := upload(t, h, c, encode(t, doc), true, "de"); res.StatusCode != http.StatusOK {
		t.Fatalf("machine import: status %d\n%s", res.StatusCode, snippet(body))
	}
	wantStatus(t, h, a.Region, directory.TranslateOrganization, a.Orgs[0].ID, "name", "en", directory.TranslationMachine)
}

func TestXLIFFImportRefusals(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	ctx := context.Background()
	base, _ := export(t, h, c, "lang=tr&type=organization")
	orgUnit := "organization/" + a.Orgs[0].ID + "/description"
	good := func() *xliff.Document {
		d, _ := export(t, h, c, "lang=tr&type=organization")
		fill(d, "TR ")
		return d
	}
	addUnit := func(d *xliff.Document, id, source string) {
		target := "x"
		d.Files[0].Units = append(d.Files[0].Units, xliff.Unit{ID: id, Source: source, Target: &target})
	}
	_ = base
	tests := []struct {
		name   string
		file   func() []byte
		status int
		want   []string // in the English report
	}{
		{"not XML", func() []byte { return []byte("Name;Übersetzung\nPflege;Bakım\n") }, 422,
			[]string{"The file is damaged (not valid XML)."}},
		{"cut off", func() []byte { b := encode(t, good()); return b[:len(b)/2] }, 422,
			[]string{"The file is damaged (not valid XML)."}},
		{"XLIFF 1.2", func() []byte {
			return []byte(`<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file source-language="de"/></xliff>`)
		}, 422, []string{"This is not an XLIFF 2.0 file."}},
		{"DOCTYPE", func() []byte {
			b := string(encode(t, good()))
			return []byte(strings.Replace(b, "<xliff ", `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff `, 1))
		}, 422, []string{"DOCTYPE"}},
		{"German as target", func() []byte { d := good(); d.TrgLang = "de"; return encode(t, d) }, 422,
			[]string{"Your region does not translate into this language.", "(de)"}},
		{"a language the region lacks", func() []byte { d := good(); d.TrgLang = "fr"; return encode(t, d) }, 422,
			[]string{"Your region does not translate into this language.", "(fr)"}},
		{"source not German", func() []byte { d := good(); d.SrcLang = "en"; return encode(t, d) }, 422,
			[]string{"The source language of the file is not German."}},
		{"unknown record", func() []byte {
			d := good()
			addUnit(d, "organization/"+directory.NewID()+"/name", "Gibt es nicht")
			return encode(t, d)
		}, 422, []string{"This record does not exist (any more), or it does not belong to your region."}},
		{"another region's record", func() []byte {
			d := good()
			addUnit(d, "organization/"+h.B.Orgs[0].ID+"/name", h.B.Orgs[0].Name)
			return encode(t, d)
		}, 422, []string{"organization/" + h.B.Orgs[0].ID + "/name", "does not belong to your region"}},
		{"archived record", func() []byte {
			d := good()
			addUnit(d, "service/"+a.Services[3].ID+"/name", a.Services[3].Name)
			return encode(t, d)
		}, 422, []string{"does not belong to your region"}},
		{"unknown field", func() []byte {
			d := good()
			addUnit(d, "organization/"+a.Orgs[0].ID+"/email", a.Orgs[0].Email)
			return encode(t, d)
		}, 422, []string{"This field cannot be translated through an XLIFF file."}},
		{"synonyms", func() []byte {
			d := good()
			addUnit(d, "taxonomy_term/"+a.Terms["care"].ID+"/synonyms", "")
			return encode(t, d)
		}, 422, []string{"This field cannot be translated through an XLIFF file."}},
		{"not a Lotse id", func() []byte { d := good(); addUnit(d, "u1", "Pflege"); return encode(t, d) }, 422,
			[]string{"<code>u1</code>", "This id does not come from a Lotse export."}},
		{"same unit twice", func() []byte {
			d := good()
			d.Files[0].Units = append(d.Files[0].Units, d.Files[0].Units[0])
			return encode(t, d)
		}, 422, []string{"This id appears more than once in the file."}},
		{"source edited by the translator", func() []byte {
			d := good()
			for i, u := range d.Files[0].Units {
				if u.ID == orgUnit {
					d.Files[0].Units[i].Source = "Etwas anderes."
				}
			}
			return encode(t, d)
		}, 422, []string{orgUnit, "The German text has changed since the export."}},
		{"name with a line break", func() []byte {
			d := good()
			for i, u := range d.Files[0].Units {
				if strings.HasSuffix(u.ID, "/name") {
					s := "Zwei\nZeilen"
					d.Files[0].Units[i].Target = &s
				}
			}
			return encode(t, d)
		}, 422, []string{"/name</code>"}},
		{"inline code", func() []byte {
			b := string(encode(t, good()))
			return []byte(strings.Replace(b, "<target xml:space=\"preserve\">TR ", `<target xml:space="preserve"><ph id="1"/>TR `, 1))
		}, 422, []string{"inline codes"}},
		{"empty upload", func() []byte { return nil }, 422, []string{"Please choose a file."}},
		{"too large", func() []byte { return bytes.Repeat([]byte("<a/>"), 3<<20) }, 413, []string{"The file is too large (at most 10 MB)."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := translationState(t, h, a.Region)
			res, body := upload(t, h, c, tt.file(), false, "en")
			if res.StatusCode != tt.status {
				t.Fatalf("status %d, want %d\n%s", res.StatusCode, tt.status, snippet(body))
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("report lacks %q\n%s", w, snippet(body))
				}
			}
			if tt.status == 422 && !strings.Contains(body, "Nothing was saved.") && !strings.Contains(body, "Please choose a file.") {
				t.Error("the report does not say that nothing was saved")
			}
			if after := translationState(t, h, a.Region); after != before {
				t.Errorf("a refused import changed translations:\n%s\n---\n%s", before, after)
			}
		})
	}

	// A German text that changes after the export: the whole file is
	// refused, though every other unit is fine.
	doc := good()
	o, _ := h.Store.Organization(ctx, a.Region.ID, a.Orgs[0].ID)
	o.Description = "Beratung rund um Pflege und Wohnen."
	if err := h.Store.SaveOrganization(ctx, audit.System, &o); err != nil {
		t.Fatal(err)
	}
	before := translationState(t, h, a.Region)
	res, body := upload(t, h, c, encode(t, doc), false, "de")
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "Der deutsche Text hat sich seit dem Export geändert.") ||
		!strings.Contains(body, orgUnit) || strings.Count(body, "<tr><td><code>") != 1 {
		t.Errorf("source changed since export: status %d\n%s", res.StatusCode, snippet(body))
	}
	if after := translationState(t, h, a.Region); after != before {
		t.Error("an import with one changed source saved the rest")
	}

	// Without a session the upload leads to the sign-in page; across
	// origins it is refused.
	if res, _ := upload(t, h, h.Client(), encode(t, good()), false, "de"); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("import without a session: status %d, want 401", res.StatusCode)
	}
	req, _ := http.NewRequest(http.MethodPost, h.URL+"/admin/translations/import", strings.NewReader("x"))
	req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if res, _ := h.Do(c, req); res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site import: status %d, want 403", res.StatusCode)
	}
	if after := translationState(t, h, a.Region); after != before {
		t.Error("a refused request changed translations")
	}
}
