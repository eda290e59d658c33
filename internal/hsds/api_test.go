package hsds

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/store"
)

// apiEnv is a server with two regions: the fixture region "kreis-re" and
// "kreis-b" with its own, separate copy of the same kind of data.
type apiEnv struct {
	s       *store.Store
	srv     *httptest.Server
	a, b    *fixture
	baseURL string
}

func newAPIEnv(t *testing.T) *apiEnv {
	t.Helper()
	s := openStore(t)
	e := &apiEnv{s: s, a: newFixture(t, s, "kreis-re"), b: newFixture(t, s, "kreis-b")}
	// The API is mounted by prefix, as an application whose own routes
	// conflict with the API's patterns does.
	mux := http.NewServeMux()
	e.srv = httptest.NewServer(mux)
	t.Cleanup(e.srv.Close)
	e.baseURL = e.srv.URL
	mux.Handle("/api/hsds/", NewAPI(s, e.baseURL).Handler())
	return e
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (e *apiEnv) do(t *testing.T, method, path string, header map[string]string) response {
	t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := e.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, body}
}

func (e *apiEnv) get(t *testing.T, path string) response {
	t.Helper()
	return e.do(t, http.MethodGet, path, nil)
}

// strictValidator returns the Strict validator.
func strictValidator(t *testing.T) *Validator {
	t.Helper()
	v, err := NewValidator(Strict)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestAPIResponsesValidate requests every route and checks each answer
// strictly against the schemas: single records against their schema,
// pages by their Page members and every item against the item schema.
func TestAPIResponsesValidate(t *testing.T) {
	e := newAPIEnv(t)
	f := e.a
	v := strictValidator(t)
	p := "/api/hsds/kreis-re"
	sal := f.pflege.Locations[0].ID
	tests := []struct {
		path   string
		schema string
		page   bool
		// minItems is the least number of items a page must have.
		minItems int
	}{
		{p + "/", SchemaAPIInfo, false, 0},
		{p + "/services", SchemaServiceList, true, 3},
		{p + "/services?full=true", SchemaService, true, 3},
		{p + "/services?per_page=2&page=2", SchemaServiceList, true, 1},
		{p + "/services/" + f.pflege.ID, SchemaService, false, 0},
		{p + "/services/" + f.kurs.ID, SchemaService, false, 0},
		{p + "/organizations", SchemaOrganizationList, true, 3},
		{p + "/organizations?full=true", SchemaOrganization, true, 3},
		{p + "/organizations?full=true&full_service=true", SchemaOrganization, true, 3},
		{p + "/organizations/" + f.awo.ID, SchemaOrganization, false, 0},
		{p + "/organizations/" + f.awo.ID + "?full_service=true", SchemaOrganization, false, 0},
		{p + "/taxonomies", SchemaTaxonomy, true, 7},
		{p + "/taxonomies/" + f.foreignTax.ID, SchemaTaxonomy, false, 0},
		{p + "/taxonomy_terms", SchemaTaxonomyTerm, true, 10},
		{p + "/taxonomy_terms?taxonomy_id=" + f.foreignTax.ID, SchemaTaxonomyTerm, true, 2},
		{p + "/taxonomy_terms?parent_id=" + f.foreignParent.ID, SchemaTaxonomyTerm, true, 1},
		{p + "/taxonomy_terms?top_only=true", SchemaTaxonomyTerm, true, 10},
		{p + "/taxonomy_terms/" + f.foreignKid.ID, SchemaTaxonomyTerm, false, 0},
		{p + "/service_at_locations", SchemaServiceAtLocationList, true, 3},
		{p + "/service_at_locations?full=true", SchemaServiceAtLocation, true, 3},
		{p + "/service_at_locations/" + sal, SchemaServiceAtLocation, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res := e.get(t, tt.path)
			if res.status != http.StatusOK {
				t.Fatalf("status = %d, want 200; body %s", res.status, res.body)
			}
			checkHeaders(t, res, true)
			doc, err := DecodeJSON(res.body)
			if err != nil {
				t.Fatal(err)
			}
			var problems []Problem
			if tt.page {
				problems = v.ValidatePage(tt.schema, doc)
				if n := len(doc.(map[string]any)["contents"].([]any)); n < tt.minItems {
					t.Errorf("got %d items, want at least %d", n, tt.minItems)
				}
			} else {
				problems = v.Validate(tt.schema, doc)
			}
			for _, p := range problems {
				t.Errorf("%s", p)
			}
		})
	}
}

func checkHeaders(t *testing.T, res response, ok bool) {
	t.Helper()
	if got, want := res.header.Get("Content-Type"), "application/json; charset=utf-8"; got != want {
		t.Errorf("Content-Type = %q, want %q", got, want)
	}
	if got := res.header.Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("Access-Control-Allow-Origin = %q, want *", got)
	}
	if ok {
		if got := res.header.Get("Cache-Control"); got != "public, max-age=60" {
			t.Errorf("Cache-Control = %q", got)
		}
		if res.header.Get("ETag") == "" {
			t.Error("no ETag")
		}
	}
}

func TestAPIMinimal(t *testing.T) {
	e := newAPIEnv(t)
	res := e.get(t, "/api/hsds/kreis-re/services?minimal=true")
	if res.status != http.StatusOK {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	var pg struct {
		TotalItems int              `json:"total_items"`
		Contents   []map[string]any `json:"contents"`
	}
	if err := json.Unmarshal(res.body, &pg); err != nil {
		t.Fatal(err)
	}
	if pg.TotalItems != 3 || len(pg.Contents) != 3 {
		t.Fatalf("got %d/%d items, want 3", pg.TotalItems, len(pg.Contents))
	}
	for _, it := range pg.Contents {
		if len(it) != 2 || it["id"] == nil || it["last_modified"] == nil {
			t.Errorf("item %v, want id and last_modified only", it)
		}
	}
}

// TestAPIShowsOnlyPublicRecordsOfTheRegion reads every route of region
// kreis-re and checks that nothing archived, nothing hanging off
// something archived and nothing of region kreis-b shows up.
func TestAPIShowsOnlyPublicRecordsOfTheRegion(t *testing.T) {
	e := newAPIEnv(t)
	p := "/api/hsds/kreis-re"
	paths := []string{
		p + "/services?full=true&per_page=200", p + "/organizations?full=true&full_service=true&per_page=200",
		p + "/taxonomy_terms?per_page=200", p + "/taxonomies?per_page=200", p + "/service_at_locations?full=true&per_page=200",
		p + "/organizations/" + e.a.awo.ID, p + "/services/" + e.a.pflege.ID,
	}
	var all strings.Builder
	for _, path := range paths {
		res := e.get(t, path)
		if res.status != http.StatusOK {
			t.Fatalf("%s: status %d", path, res.status)
		}
		all.Write(res.body)
	}
	forbidden := append(e.a.hidden(), e.b.region.ID, e.b.pflege.ID, e.b.awo.ID, e.b.buero.ID, e.b.needCare.ID, e.b.foreignTax.ID,
		e.b.orgContact.ID)
	for _, id := range forbidden {
		if strings.Contains(all.String(), id) {
			t.Errorf("id %s appears in the API of kreis-re", id)
		}
	}
	for _, id := range []string{e.a.pflege.ID, e.a.kurs.ID, e.a.sprachcafe.ID, e.a.awo.ID, e.a.buero.ID, e.a.online.ID, e.a.salContact.ID} {
		if !strings.Contains(all.String(), id) {
			t.Errorf("id %s is missing from the API of kreis-re", id)
		}
	}
	// Records of the other region, and hidden ones, are 404 by id.
	for _, path := range []string{
		p + "/services/" + e.b.pflege.ID, p + "/organizations/" + e.b.awo.ID, p + "/taxonomies/" + e.b.foreignTax.ID,
		p + "/taxonomy_terms/" + e.b.needCare.ID, p + "/service_at_locations/" + e.b.pflege.Locations[0].ID,
		p + "/services/" + e.a.archivedSvc.ID, p + "/services/" + e.a.orphanSvc.ID, p + "/organizations/" + e.a.archivedOrg.ID,
		p + "/taxonomy_terms/" + e.a.archivedTerm.ID, p + "/service_at_locations/" + e.a.pflege.Locations[2].ID,
	} {
		if res := e.get(t, path); res.status != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", path, res.status)
		}
	}
}

// TestAPIErrors checks that bad input gets a JSON 400, 404 or 405, and
// never a 500.
func TestAPIErrors(t *testing.T) {
	e := newAPIEnv(t)
	p := "/api/hsds/kreis-re"
	unknown := "0b7c4a8e-1111-4222-8333-444455556666"
	tests := []struct {
		method string
		path   string
		status int
		code   string
	}{
		{"GET", "/api/hsds/nowhere/services", 404, "not_found"},
		{"GET", "/api/hsds/NOT%20A%20SLUG/services", 404, "not_found"},
		{"GET", p + "/services/" + unknown, 404, "not_found"},
		{"GET", p + "/organizations/" + unknown, 404, "not_found"},
		{"GET", p + "/taxonomies/" + unknown, 404, "not_found"},
		{"GET", p + "/taxonomy_terms/" + unknown, 404, "not_found"},
		{"GET", p + "/service_at_locations/" + unknown, 404, "not_found"},
		{"GET", p + "/services/123", 400, "bad_request"},
		{"GET", p + "/services/" + strings.Repeat("a", 36), 400, "bad_request"},
		{"GET", p + "/services/%00%ff", 400, "bad_request"},
		{"GET", p + "/organizations/x'%20OR%201=1", 400, "bad_request"},
		{"GET", p + "/services?per_page=0", 400, "bad_request"},
		{"GET", p + "/services?per_page=1000", 400, "bad_request"},
		{"GET", p + "/services?per_page=abc", 400, "bad_request"},
		{"GET", p + "/services?page=-1", 400, "bad_request"},
		{"GET", p + "/services?page=0", 400, "bad_request"},
		{"GET", p + "/services?page=99999999999999999999999", 400, "bad_request"},
		{"GET", p + "/services?page=1&page=2", 400, "bad_request"},
		{"GET", p + "/services?full=maybe", 400, "bad_request"},
		{"GET", p + "/services?minimal=true&full=true", 400, "bad_request"},
		{"GET", p + "/services?modified_after=yesterday", 400, "bad_request"},
		{"GET", p + "/services?modified_after=2025-13-01", 400, "bad_request"},
		{"GET", p + "/services?organization_id=nope", 400, "bad_request"},
		{"GET", p + "/services?taxonomy_term_id=%00%ff%fe", 400, "bad_request"},
		{"GET", p + "/services?search=%ff%fe", 400, "bad_request"},
		{"GET", p + "/services?search=" + strings.Repeat("x", 300), 400, "bad_request"},
		{"GET", p + "/services?search=" + strings.Repeat("%41", 1000), 400, "bad_request"},
		{"GET", p + "/services?page=%zz", 400, "bad_request"},
		{"GET", p + "/services?format=ndjson", 400, "bad_request"},
		{"GET", p + "/taxonomy_terms?top_only=yes", 400, "bad_request"},
		{"GET", p + "/taxonomy_terms?parent_id=1", 400, "bad_request"},
		{"GET", p + "/organizations?full_service=2", 400, "bad_request"},
		{"GET", p + "/service_at_locations?per_page=201", 400, "bad_request"},
		{"GET", p + "/nothing-here", 404, "not_found"},
		{"GET", "/api/hsds/", 404, "not_found"},
		{"POST", p + "/services", 405, "method_not_allowed"},
		{"DELETE", p + "/services/" + unknown, 405, "method_not_allowed"},
		{"PUT", p + "/", 405, "method_not_allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			res := e.do(t, tt.method, tt.path, nil)
			if res.status != tt.status {
				t.Fatalf("status = %d, want %d; body %s", res.status, tt.status, res.body)
			}
			checkHeaders(t, res, false)
			var body struct {
				Error struct{ Code, Message string }
			}
			if err := json.Unmarshal(res.body, &body); err != nil {
				t.Fatalf("body is not JSON: %v: %q", err, res.body)
			}
			if body.Error.Code != tt.code || body.Error.Message == "" {
				t.Errorf("error = %+v, want code %q and a message", body.Error, tt.code)
			}
			if tt.status == 405 && res.header.Get("Allow") != "GET, HEAD, OPTIONS" {
				t.Errorf("Allow = %q", res.header.Get("Allow"))
			}
		})
	}
}

// TestAPIRegister wires the API as package web does (a mux for the APIs
// mounted at /api/, the public site on another) and checks that its
// routes answer, other methods get a JSON 405, and the site still works.
func TestAPIRegister(t *testing.T) {
	s := openStore(t)
	f := newFixture(t, s, "kreis-re")
	root, apiMux, pub := http.NewServeMux(), http.NewServeMux(), http.NewServeMux()
	pub.HandleFunc("GET /{region}/{lang}/offers/{id}", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "offer") })
	pub.HandleFunc("GET /{region}/{$}", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "home") })
	srv := httptest.NewServer(root)
	t.Cleanup(srv.Close)
	NewAPI(s, srv.URL).Register(apiMux)
	root.Handle("/api/", apiMux)
	root.Handle("/", pub)
	e := &apiEnv{s: s, srv: srv, a: f, baseURL: srv.URL}
	tests := []struct {
		method, path string
		status       int
		body         string
	}{
		{"GET", "/api/hsds/kreis-re/services/" + f.pflege.ID, 200, f.pflege.Name},
		{"GET", "/api/hsds/kreis-re/", 200, `"version":"3.1"`},
		{"HEAD", "/api/hsds/kreis-re/taxonomies", 200, ""},
		{"POST", "/api/hsds/kreis-re/services", 405, "method_not_allowed"},
		{"PROPFIND", "/api/hsds/kreis-re/services/" + f.pflege.ID, 405, "method_not_allowed"},
		{"OPTIONS", "/api/hsds/kreis-re/services", 204, ""},
		{"GET", "/api/hsds/nowhere/services", 404, "not_found"},
		{"GET", "/api/hsds/kreis-re/unknown/path", 404, "not_found"},
		{"GET", "/kreis-re/tr/offers/" + f.pflege.ID, 200, "offer"},
		{"GET", "/kreis-re/", 200, "home"},
	}
	for _, tt := range tests {
		res := e.do(t, tt.method, tt.path, nil)
		if res.status != tt.status || !strings.Contains(string(res.body), tt.body) {
			t.Errorf("%s %s: status %d, body %.80q; want %d and %q", tt.method, tt.path, res.status, res.body, tt.status, tt.body)
		}
		if tt.status == 405 && res.header.Get("Allow") != "GET, HEAD, OPTIONS" {
			t.Errorf("%s %s: Allow = %q", tt.method, tt.path, res.header.Get("Allow"))
		}
	}
}

func TestAPIOptionsAndHead(t *testing.T) {
	e := newAPIEnv(t)
	res := e.do(t, http.MethodOptions, "/api/hsds/kreis-re/services", nil)
	if res.status != http.StatusNoContent || !strings.Contains(res.header.Get("Access-Control-Allow-Methods"), "GET") {
		t.Errorf("OPTIONS: status %d, headers %v", res.status, res.header)
	}
	res = e.do(t, http.MethodHead, "/api/hsds/kreis-re/services", nil)
	if res.status != http.StatusOK || len(res.body) != 0 || res.header.Get("ETag") == "" {
		t.Errorf("HEAD: status %d, body %d bytes, ETag %q", res.status, len(res.body), res.header.Get("ETag"))
	}
	res = e.get(t, "/api/hsds/kreis-re")
	if res.status != http.StatusOK {
		t.Errorf("GET without the trailing slash: status %d, want 200 after the redirect", res.status)
	}
}

func decodePage(t *testing.T, res response) Page[map[string]any] {
	t.Helper()
	if res.status != http.StatusOK {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	var pg Page[map[string]any]
	if err := json.Unmarshal(res.body, &pg); err != nil {
		t.Fatal(err)
	}
	return pg
}

func pageIDs(pg Page[map[string]any]) []string {
	var ids []string
	for _, it := range pg.Contents {
		ids = append(ids, it["id"].(string))
	}
	return ids
}

func TestAPIPagination(t *testing.T) {
	e := newAPIEnv(t)
	p := "/api/hsds/kreis-re/services?per_page=2"
	tests := []struct {
		page                     string
		size, totalPages         int
		first, last, empty       bool
		wantTotal, wantPageNumer int
	}{
		{"1", 2, 2, true, false, false, 3, 1},
		{"2", 1, 2, false, true, false, 3, 2},
		{"3", 0, 2, false, true, true, 3, 3},
	}
	var seen []string
	for _, tt := range tests {
		pg := decodePage(t, e.get(t, p+"&page="+tt.page))
		got := []any{pg.Size, pg.TotalPages, pg.FirstPage, pg.LastPage, pg.Empty, pg.TotalItems, pg.PageNumber}
		want := []any{tt.size, tt.totalPages, tt.first, tt.last, tt.empty, tt.wantTotal, tt.wantPageNumer}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("page %s: got %v, want %v", tt.page, got, want)
				break
			}
		}
		seen = append(seen, pageIDs(pg)...)
	}
	if len(seen) != 3 || seen[0] == seen[1] || seen[1] == seen[2] || seen[0] == seen[2] {
		t.Errorf("pages hold %v, want 3 different offers", seen)
	}
	pg := decodePage(t, e.get(t, "/api/hsds/kreis-re/services?organization_id=0b7c4a8e-1111-4222-8333-444455556666"))
	if !pg.Empty || pg.TotalItems != 0 || pg.TotalPages != 0 || !pg.FirstPage || !pg.LastPage {
		t.Errorf("empty result: %+v", pg)
	}
}

func TestAPIFilters(t *testing.T) {
	e := newAPIEnv(t)
	f := e.a
	p := "/api/hsds/kreis-re"
	walkIn := store.BuiltinTermID(f.region.ID, "access-methods", "walk-in")
	orgTypes, err := e.s.TaxonomyBySlug(context.Background(), f.region.ID, "organization-types")
	if err != nil {
		t.Fatal(err)
	}
	welfare := store.BuiltinTermID(f.region.ID, "organization-types", "welfare")
	tests := []struct {
		path string
		want []string
	}{
		{"/services?organization_id=" + f.awo.ID, []string{f.pflege.ID}},
		{"/services?taxonomy_term_id=" + f.needLang.ID, []string{f.sprachcafe.ID}},
		{"/services?taxonomy_term_id=" + walkIn, []string{f.pflege.ID}},
		{"/services?taxonomy_term_id=" + f.archivedTerm.ID, nil},
		{"/services?taxonomy_id=" + f.foreignTax.ID, []string{f.pflege.ID}},
		{"/services?search=CAF", []string{f.sprachcafe.ID}},
		{"/services?modified_after=2999-01-01", nil},
		{"/services?modified_after=2000-01-01T00:00:00Z", []string{f.kurs.ID, f.pflege.ID, f.sprachcafe.ID}},
		{"/service_at_locations?organization_id=" + f.kreisAmt.ID, []string{f.sprachcafe.Locations[0].ID}},
		{"/organizations?taxonomy_term_id=" + welfare, []string{f.awo.ID}},
		{"/organizations?taxonomy_id=" + orgTypes.ID, []string{f.kreis.ID, f.kreisAmt.ID, f.awo.ID}},
		{"/organizations?search=recklinghausen", []string{f.kreis.ID}},
		{"/organizations?taxonomy_id=" + f.foreignTax.ID, nil},
		{"/taxonomy_terms?taxonomy_id=" + f.foreignTax.ID, []string{f.foreignParent.ID, f.foreignKid.ID}},
		{"/taxonomy_terms?parent_id=" + f.foreignParent.ID, []string{f.foreignKid.ID}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got := pageIDs(decodePage(t, e.get(t, p+tt.path)))
			if strings.Join(sorted(got), ",") != strings.Join(sorted(tt.want), ",") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	// modified_after counts from the service's own modification time.
	cut := f.sprachcafe.UpdatedAt.Format("2006-01-02T15:04:05Z07:00")
	got := pageIDs(decodePage(t, e.get(t, p+"/services?modified_after="+url.QueryEscape(cut))))
	if strings.Join(sorted(got), ",") != strings.Join(sorted([]string{f.sprachcafe.ID, f.kurs.ID}), ",") {
		t.Errorf("modified_after=%s: got %v", cut, got)
	}
}

func sorted(ss []string) []string {
	out := append([]string(nil), ss...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestAPIETag(t *testing.T) {
	e := newAPIEnv(t)
	path := "/api/hsds/kreis-re/services/" + e.a.kurs.ID
	first := e.get(t, path)
	etag := first.header.Get("ETag")
	if first.status != http.StatusOK || etag == "" {
		t.Fatalf("status %d, ETag %q", first.status, etag)
	}
	res := e.do(t, http.MethodGet, path, map[string]string{"If-None-Match": etag})
	if res.status != http.StatusNotModified || len(res.body) != 0 {
		t.Errorf("If-None-Match: status %d, want 304 without body", res.status)
	}
	if other := e.get(t, path+"?x=1").header.Get("ETag"); other == etag {
		t.Error("another URL has the same ETag")
	}
	// A change in the region gives a new ETag.
	svc := e.a.kurs
	svc.Name, svc.Ver = "Integrationskurs-Beratung (neu)", 0
	if err := e.s.SaveService(context.Background(), audit.System, &svc); err != nil {
		t.Fatal(err)
	}
	res = e.do(t, http.MethodGet, path, map[string]string{"If-None-Match": etag})
	if res.status != http.StatusOK || res.header.Get("ETag") == etag || !strings.Contains(string(res.body), "(neu)") {
		t.Errorf("after a change: status %d, ETag %q (old %q)", res.status, res.header.Get("ETag"), etag)
	}
}

func TestAPIInfoAndOpenAPI(t *testing.T) {
	e := newAPIEnv(t)
	var info Info
	if err := json.Unmarshal(e.get(t, "/api/hsds/kreis-re/").body, &info); err != nil {
		t.Fatal(err)
	}
	want := Info{Version: "3.1", Profile: ProfileURL, OpenAPIURL: e.baseURL + "/api/hsds/kreis-re/openapi.json"}
	if info != want {
		t.Errorf("info = %+v, want %+v", info, want)
	}
	res := e.get(t, "/api/hsds/kreis-re/openapi.json")
	var doc struct {
		OpenAPI string `json:"openapi"`
		Info    struct {
			Title, Version string
			License        struct{ Name string }
		}
		Servers []struct{ URL string }
		Paths   map[string]any
	}
	if err := json.Unmarshal(res.body, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" || !strings.Contains(doc.Info.Title, "Kreis kreis-re") || doc.Info.License.Name == "" ||
		len(doc.Servers) != 1 || doc.Servers[0].URL != e.baseURL+"/api/hsds/kreis-re" || doc.Paths["/services/{id}"] == nil {
		t.Errorf("openapi.json: %+v", doc)
	}
	if strings.Contains(string(res.body), "REQUIRED --") {
		t.Error("openapi.json still holds the specification's placeholders")
	}
	// Without a configured base URL the links still are absolute.
	mux := http.NewServeMux()
	NewAPI(e.s, "").Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	status, doc2 := getJSON(t, srv, "/api/hsds/kreis-re/")
	for _, p := range strictValidator(t).Validate(SchemaAPIInfo, doc2) {
		t.Errorf("without base URL: %s", p)
	}
	if got := doc2.(map[string]any)["openapi_url"]; status != 200 || got != srv.URL+"/api/hsds/kreis-re/openapi.json" {
		t.Errorf("without base URL: status %d, openapi_url %v", status, got)
	}
}
