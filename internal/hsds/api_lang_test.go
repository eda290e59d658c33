package hsds

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// translatedEnv is the API environment with region kreis-re offering
// German, English, Turkish, Arabic and Leichte Sprache, and a few
// translations into Arabic.
func translatedEnv(t *testing.T) *apiEnv {
	t.Helper()
	e := newAPIEnv(t)
	ctx := context.Background()
	f := e.a
	if err := e.s.UpdateRegionLanguages(ctx, audit.System, f.region.ID, []string{"de", "en", "tr", "ar", directory.LeichteSprache}); err != nil {
		t.Fatal(err)
	}
	for _, tr := range []directory.Translation{
		{EntityType: directory.TranslateService, EntityID: f.pflege.ID, Field: "name", Lang: "ar", Text: "استشارات الرعاية لكبار السن"},
		{EntityType: directory.TranslateService, EntityID: f.pflege.ID, Field: "summary", Lang: "ar", Text: "استشارة حول الرعاية.", Machine: true},
		{EntityType: directory.TranslateOrganization, EntityID: f.awo.ID, Field: "name", Lang: "ar", Text: "منظمة الرعاية العمالية"},
		{EntityType: directory.TranslateTerm, EntityID: f.needCare.ID, Field: "name", Lang: "ar", Text: "رعاية"},
		{EntityType: directory.TranslateService, EntityID: f.pflege.ID, Field: "summary", Lang: directory.LeichteSprache, Text: "Sie brauchen Pflege? Wir helfen."},
	} {
		tr.RegionID = f.region.ID
		if err := e.s.SaveTranslation(ctx, audit.System, &tr); err != nil {
			t.Fatal(err)
		}
	}
	return e
}

func TestAPILanguage(t *testing.T) {
	e := translatedEnv(t)
	path := "/api/hsds/kreis-re/services/" + e.a.pflege.ID
	tests := []struct {
		query, accept, want string
	}{
		{"", "", "de"},
		{"?lang=ar", "", "ar"},
		{"?lang=AR", "", "ar"},
		{"?lang=de", "ar", "de"}, // ?lang= beats the header
		{"", "ar", "ar"},
		{"", "ar-SY,ar;q=0.9", "ar"},
		{"", "ku", "de"},                 // Kurdish: German, never Turkish
		{"", "ku, tr;q=0.5", "tr"},       // the next choice the region offers
		{"", "en;q=0.1, ar;q=0.8", "ar"}, // q-values decide
		{"", "fr, en;q=0", "de"},         // q=0 means "not this"
		{"", "fa", "de"},                 // an interface language the region does not offer
		{"?lang=de-x-ls", "", "de-x-ls"}, // Leichte Sprache, asked for by name
		{"", "\xff garbage;;q=x,", "de"}, // nonsense is ignored
	}
	for _, tt := range tests {
		res := e.do(t, http.MethodGet, path+tt.query, map[string]string{"Accept-Language": tt.accept})
		if res.status != http.StatusOK {
			t.Errorf("%s %q: status %d: %s", tt.query, tt.accept, res.status, res.body)
			continue
		}
		if got := res.header.Get("Content-Language"); got != tt.want {
			t.Errorf("%s %q: Content-Language %q, want %q", tt.query, tt.accept, got, tt.want)
		}
		if got := res.header.Get("Vary"); !strings.Contains(got, "Accept-Language") {
			t.Errorf("%s %q: Vary %q", tt.query, tt.accept, got)
		}
	}
	// Unknown, malformed or repeated ?lang=: 400 with a JSON error.
	for _, q := range []string{"?lang=fr", "?lang=fa", "?lang=", "?lang=%3Cscript%3E", "?lang=ar&lang=tr", "?lang=ku"} {
		res := e.get(t, path+q)
		if res.status != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", q, res.status)
			continue
		}
		var body struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		if err := json.Unmarshal(res.body, &body); err != nil || body.Error.Code != "bad_request" || body.Error.Message == "" {
			t.Errorf("%s: body %s", q, res.body)
		}
	}
	// Each language has its own ETag, so that a cache never answers
	// one language with another.
	de, ar := e.get(t, path), e.get(t, path+"?lang=ar")
	if de.header.Get("ETag") == ar.header.Get("ETag") {
		t.Error("German and Arabic share an ETag")
	}
	arHeader := e.do(t, http.MethodGet, path, map[string]string{"Accept-Language": "ar"})
	if arHeader.header.Get("ETag") == de.header.Get("ETag") {
		t.Error("Arabic by Accept-Language has the German ETag")
	}
	res := e.do(t, http.MethodGet, path, map[string]string{"Accept-Language": "ar", "If-None-Match": de.header.Get("ETag")})
	if res.status != http.StatusOK {
		t.Errorf("German ETag for an Arabic request: status %d, want 200", res.status)
	}
}

func TestAPITranslatedRecords(t *testing.T) {
	e := translatedEnv(t)
	f := e.a
	v := strictValidator(t)
	p := "/api/hsds/kreis-re"

	// Arabic: translated texts where there are some, German otherwise,
	// and per record what is what.
	var sv Service
	res := e.get(t, p+"/services/"+f.pflege.ID+"?lang=ar")
	doc, err := DecodeJSON(res.body)
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range v.Validate(SchemaService, doc) {
		t.Errorf("strict: %s", pr)
	}
	if err := json.Unmarshal(res.body, &sv); err != nil {
		t.Fatal(err)
	}
	if sv.Name != "استشارات الرعاية لكبار السن" || sv.Description != f.pflege.Description {
		t.Errorf("name %q, description %q", sv.Name, sv.Description)
	}
	if sv.Translation == nil {
		t.Fatal("no " + TranslationMember)
	}
	want := map[string]string{"name": "current", "summary": "machine", "description": "missing", "application_process": "missing"}
	if sv.Translation.Lang != "ar" || len(sv.Translation.Fields) != len(want) {
		t.Errorf("translation %+v, want %v", sv.Translation, want)
	}
	for field, st := range want {
		if got := sv.Translation.Fields[field]; got != st {
			t.Errorf("%s: status %q, want %q", field, got, st)
		}
	}
	var summary, care string
	for _, a := range sv.Attributes {
		if a.TaxonomyTerm != nil && a.TaxonomyTerm.Code == directory.LotseSummary {
			summary = a.Value
		}
		if a.TaxonomyTermID == f.needCare.ID {
			care = a.TaxonomyTerm.Name
			if a.TaxonomyTerm.Translation == nil || a.TaxonomyTerm.Translation.Fields["name"] != "current" {
				t.Errorf("term translation %+v", a.TaxonomyTerm.Translation)
			}
		}
	}
	if summary != "استشارة حول الرعاية." || care != "رعاية" {
		t.Errorf("summary %q, care %q", summary, care)
	}
	if sv.Organization == nil || sv.Organization.Name != "منظمة الرعاية العمالية" || sv.Organization.Translation.Fields["name"] != "current" {
		t.Errorf("organization %+v", sv.Organization)
	}

	// Every route answers in Arabic within the schemas.
	for _, tt := range []struct {
		path, schema string
	}{
		{p + "/services?full=true&lang=ar", SchemaService},
		{p + "/services?lang=ar", SchemaServiceList},
		{p + "/organizations?full=true&full_service=true&lang=ar", SchemaOrganization},
		{p + "/taxonomy_terms?lang=ar", SchemaTaxonomyTerm},
		{p + "/service_at_locations?full=true&lang=ar", SchemaServiceAtLocation},
	} {
		res := e.get(t, tt.path)
		if res.status != http.StatusOK {
			t.Errorf("%s: status %d", tt.path, res.status)
			continue
		}
		doc, err := DecodeJSON(res.body)
		if err != nil {
			t.Fatal(err)
		}
		for _, pr := range v.ValidatePage(tt.schema, doc) {
			t.Errorf("%s: %s", tt.path, pr)
		}
		if !strings.Contains(string(res.body), `"`+TranslationMember+`"`) {
			t.Errorf("%s: no %s", tt.path, TranslationMember)
		}
	}

	// German: the source, without the extension.
	res = e.get(t, p+"/services?full=true")
	if strings.Contains(string(res.body), TranslationMember) || !strings.Contains(string(res.body), f.pflege.Name) {
		t.Errorf("German answer: %s", res.body)
	}

	// Leichte Sprache: the summary in Leichte Sprache, the rest German.
	sv = Service{}
	if err := json.Unmarshal(e.get(t, p+"/services/"+f.pflege.ID+"?lang=de-x-ls").body, &sv); err != nil {
		t.Fatal(err)
	}
	for _, a := range sv.Attributes {
		if a.TaxonomyTerm != nil && a.TaxonomyTerm.Code == directory.LotseSummary && a.Value != "Sie brauchen Pflege? Wir helfen." {
			t.Errorf("Leichte Sprache summary %q", a.Value)
		}
	}
	if sv.Name != f.pflege.Name {
		t.Errorf("Leichte Sprache name %q", sv.Name)
	}
}

func TestOpenAPINamesLang(t *testing.T) {
	e := translatedEnv(t)
	var doc struct {
		Paths map[string]struct {
			Get struct {
				Parameters []struct {
					Name   string `json:"name"`
					Schema struct {
						Enum []string `json:"enum"`
					} `json:"schema"`
				} `json:"parameters"`
			} `json:"get"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(e.get(t, "/api/hsds/kreis-re/openapi.json").body, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Paths) == 0 {
		t.Fatal("no paths")
	}
	for path, item := range doc.Paths {
		found := false
		for _, p := range item.Get.Parameters {
			if p.Name == "lang" {
				found = strings.Join(p.Schema.Enum, ",") == "de,en,tr,ar,de-x-ls"
			}
		}
		if !found {
			t.Errorf("%s: no lang parameter with the region's languages", path)
		}
	}
}

// TestStrictChecksTheTranslationMember checks that strict mode lets the
// documented extension through only in its own shape.
func TestStrictChecksTheTranslationMember(t *testing.T) {
	v := strictValidator(t)
	var doc map[string]any
	if err := json.Unmarshal(readOfficial(t, "service_full.json"), &doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		member any
		ok     bool
	}{
		{map[string]any{"lang": "ar", "fields": map[string]any{"name": "current", "description": "missing"}}, true},
		{map[string]any{"lang": "ar", "fields": map[string]any{"name": "translated"}}, false},
		{map[string]any{"lang": "ar"}, false},
		{map[string]any{"lang": "ar", "fields": map[string]any{}, "extra": 1}, false},
	}
	for _, tt := range tests {
		doc[TranslationMember] = tt.member
		if got := len(v.Validate(SchemaService, doc)) == 0; got != tt.ok {
			t.Errorf("%v: valid = %v, want %v", tt.member, got, tt.ok)
		}
	}
}
