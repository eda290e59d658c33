package hsds

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// Ids in the specification's examples.
const (
	exService  = "ac148810-d857-441c-9679-408f346de14b"
	exOrg      = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
	exLocation = "3a19ff88-4620-4d17-9830-ac1d859eb5d5"
	exSAL      = "e94c9f38-1e8f-4564-91d4-d53501ab1765"
	exTerm     = "3f7b145d-84af-42d7-8fae-eaca714b02b2"
	exTaxonomy = "5c4d79d7-cc55-470e-9f1f-8cad074e4892"
	exContact  = "1e7efce3-639b-4880-940c-b95cd30cdb50"
)

// emptyRegion returns a store with one region "x" and a town, and an
// API server over it.
func emptyRegion(t *testing.T) (*store.Store, directory.Region, *httptest.Server) {
	t.Helper()
	s := openStore(t)
	r := directory.Region{Slug: "x", Name: "Region X"}
	if err := s.CreateRegion(context.Background(), audit.System, &r); err != nil {
		t.Fatal(err)
	}
	town := directory.Town{RegionID: r.ID, Name: "MyCity", PostalCodes: []string{"45657"}, Latitude: 51.6, Longitude: 7.2}
	if err := s.SaveTown(context.Background(), audit.System, &town); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	NewAPI(s, srv.URL).Register(mux)
	return s, r, srv
}

func getJSON(t *testing.T, srv *httptest.Server, path string) (int, any) {
	t.Helper()
	res, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(res.Body); err != nil {
		t.Fatal(err)
	}
	doc, err := DecodeJSON(b.Bytes())
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return res.StatusCode, doc
}

func hasWarning(rep Report, part string) bool {
	for _, w := range rep.Warnings {
		if strings.Contains(w.String(), part) {
			return true
		}
	}
	return false
}

// TestImportOfficialExamples imports each of the specification's
// examples into an empty region: each succeeds, says what it dropped,
// and its records can then be read through the API, valid per schema.
func TestImportOfficialExamples(t *testing.T) {
	v := strictValidator(t)
	tests := []struct {
		file     string
		warnings []string
		// readable maps API paths to the schema of the answer.
		readable map[string]string
	}{
		{"service_full.json",
			[]string{"/funding: funding of service " + exService + " dropped", "/organization/parent_organization_id",
				"imported as a postal location", "coordinates of location", `kept as "+44 1234 234567"`, "/attributes/0/value", `imported as "other"`},
			map[string]string{"/services/" + exService: SchemaService, "/organizations/" + exOrg: SchemaOrganization,
				"/service_at_locations/" + exSAL: SchemaServiceAtLocation, "/taxonomy_terms/" + exTerm: SchemaTaxonomyTerm}},
		{"organization_full.json", []string{"/programs: programs of organization", "/services/0/capacities"},
			map[string]string{"/organizations/" + exOrg: SchemaOrganization, "/services/" + exService: SchemaService}},
		{"service_list.json", []string{"/contents/0/program"}, map[string]string{"/services/" + exService: SchemaService}},
		{"organization_list.json", []string{"/contents/0/tax_status"}, map[string]string{"/organizations/" + exOrg: SchemaOrganization}},
		{"service_at_location_full.json", []string{"/service/wait_time"},
			map[string]string{"/service_at_locations/" + exSAL: SchemaServiceAtLocation}},
		{"service_at_location_list.json", []string{"/contents/0/location/location_type"},
			map[string]string{"/service_at_locations/" + exSAL: SchemaServiceAtLocation}},
		{"location.json", []string{"/languages: languages of location"}, map[string]string{"/taxonomies": ""}},
		{"taxonomy.json", nil, map[string]string{"/taxonomies/" + exTaxonomy: SchemaTaxonomy}},
		{"taxonomy_list.json", nil, map[string]string{"/taxonomies/" + exTaxonomy: SchemaTaxonomy}},
		{"taxonomy_term.json", []string{"/language: language of taxonomy term", "/parent_id"},
			map[string]string{"/taxonomy_terms/" + exTerm: SchemaTaxonomyTerm, "/taxonomies/" + exTaxonomy: SchemaTaxonomy}},
		{"taxonomy_term_list.json", []string{"/contents/0/parent_id"}, map[string]string{"/taxonomy_terms/" + exTerm: SchemaTaxonomyTerm}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			s, _, srv := emptyRegion(t)
			rep, err := ImportPath(context.Background(), s, audit.System, "x", filepath.Join("testdata", "official", tt.file))
			if err != nil {
				t.Fatalf("import: %v\n%s", err, rep)
			}
			if !rep.Imported || rep.Stats.Total() == 0 {
				t.Fatalf("nothing imported:\n%s", rep)
			}
			for _, w := range tt.warnings {
				if !hasWarning(rep, w) {
					t.Errorf("no warning containing %q:\n%s", w, rep)
				}
			}
			for path, schema := range tt.readable {
				status, doc := getJSON(t, srv, "/api/hsds/x"+path)
				if status != http.StatusOK {
					t.Errorf("%s: status %d", path, status)
					continue
				}
				if schema != "" {
					for _, p := range v.Validate(schema, doc) {
						t.Errorf("%s: %s", path, p)
					}
				}
			}
		})
	}
}

// TestImportOfficialExampleContent checks what the importer made of the
// full service example.
func TestImportOfficialExampleContent(t *testing.T) {
	ctx := context.Background()
	s, r, _ := emptyRegion(t)
	if _, err := ImportPath(ctx, s, audit.System, "x", filepath.Join("testdata", "official", "service_full.json")); err != nil {
		t.Fatal(err)
	}
	sv, err := s.Service(ctx, r.ID, exService)
	if err != nil {
		t.Fatal(err)
	}
	if sv.OrganizationID != exOrg || sv.MinimumAge == nil || *sv.MinimumAge != 12 || sv.AssuredDate != "2005-01-01" ||
		sv.UpdatedAt.Format("2006-01-02T15:04:05.000Z") != "2023-03-15T10:30:45.123Z" {
		t.Errorf("service = %+v", sv)
	}
	if len(sv.Languages) != 1 || sv.Languages[0].Code != "ur" || len(sv.CostOptions) != 1 || *sv.CostOptions[0].Amount != 35 {
		t.Errorf("languages %+v, cost options %+v", sv.Languages, sv.CostOptions)
	}
	if len(sv.Locations) != 1 || sv.Locations[0].ID != exSAL || sv.Locations[0].LocationID != exLocation {
		t.Errorf("locations = %+v", sv.Locations)
	}
	// The schedule's id is shared with the location's and the link's in
	// the example; Lotse keeps three schedules with three ids.
	var salHours, ownHours int
	for _, sc := range sv.Schedules {
		if sc.ServiceAtLocationID == exSAL {
			salHours++
		} else {
			ownHours++
		}
		if sc.OpensAt != "10:00" || sc.ClosesAt != "18:00" || sc.ByDay != "TH,FR" {
			t.Errorf("schedule = %+v", sc)
		}
	}
	if salHours != 1 || ownHours != 1 {
		t.Errorf("schedules of the link/offer = %d/%d, want 1/1", salHours, ownHours)
	}
	if len(sv.TermIDs) != 1 || sv.TermIDs[0] != exTerm {
		t.Errorf("terms = %v, want the example's term", sv.TermIDs)
	}
	// The one contact of the example is nested under the organisation,
	// the location and the link; it becomes one contact of all three.
	c, err := s.Contact(ctx, r.ID, exContact)
	if err != nil {
		t.Fatal(err)
	}
	if c.OrganizationID != exOrg || c.ServiceID != exService || c.LocationID != exLocation || len(c.Phones) != 1 ||
		c.Phones[0].Number != "+44 1234 234567" || *c.Phones[0].Extension != 100 || strings.Join(c.Phones[0].Languages, ",") != "ur" {
		t.Errorf("contact = %+v", c)
	}
	o, err := s.Organization(ctx, r.ID, exOrg)
	if err != nil || o.Type != directory.OrgOther || o.ParentID != "" || o.Website != "http://example.com" {
		t.Errorf("organization = %+v, %v", o, err)
	}
	// The region's town MyCity is found by the address's city name.
	l, err := s.Location(ctx, r.ID, exLocation)
	if err != nil || l.Type != directory.LocationPostal || l.Latitude != nil || len(l.Addresses) != 1 || l.Town == nil || l.Town.Name != "MyCity" ||
		len(l.Accessibility) != 1 {
		t.Errorf("location = %+v, %v", l, err)
	}
	// Importing it again updates what is there and creates nothing.
	rep, err := ImportPath(ctx, s, audit.System, "x", filepath.Join("testdata", "official", "service_full.json"))
	if err != nil || rep.Stats.Services.Updated != 1 || rep.Stats.Services.Created != 0 || rep.Stats.Contacts.Created != 0 {
		t.Errorf("second import: %v, stats %+v", err, rep.Stats)
	}
}

// TestImportBuiltinTaxonomiesByCode imports records whose attributes
// name Lotse's own taxonomies by URI and code, with ids of another
// region: they land on this region's terms and fields.
func TestImportBuiltinTaxonomiesByCode(t *testing.T) {
	ctx := context.Background()
	s, r, _ := emptyRegion(t)
	// Another region's ids for Lotse's taxonomies.
	other := map[string]string{"organization-types": "11111111-2222-4333-8444-555555555501", "lotse": "11111111-2222-4333-8444-555555555502",
		"access-methods": "11111111-2222-4333-8444-555555555503"}
	term := func(id, slug, code string) string {
		return `{"id":"` + id + `","code":"` + code + `","name":"` + code + `","description":"",
			"taxonomy_detail":{"id":"` + other[slug] + `","name":"?","description":"","uri":"urn:lotse:taxonomy:` + slug + `"}}`
	}
	data := `[{"id":"aaaaaaaa-0000-4000-8000-000000000001","name":"Verein","description":"Ein Verein.",
		"attributes":[{"id":"aaaaaaaa-0000-4000-8000-000000000011","taxonomy_term":` + term("aaaaaaaa-0000-4000-8000-000000000021", "organization-types", "migrant-organization") + `}],
		"services":[{"id":"aaaaaaaa-0000-4000-8000-000000000002","name":"Café","description":"Treffen.","status":"active",
			"attributes":[
				{"id":"aaaaaaaa-0000-4000-8000-000000000012","value":"Kurz gesagt.","taxonomy_term":` + term("aaaaaaaa-0000-4000-8000-000000000022", "lotse", "summary") + `},
				{"id":"aaaaaaaa-0000-4000-8000-000000000013","taxonomy_term":` + term("aaaaaaaa-0000-4000-8000-000000000023", "access-methods", "walk-in") + `},
				{"id":"aaaaaaaa-0000-4000-8000-000000000014","taxonomy_term":` + term("aaaaaaaa-0000-4000-8000-000000000024", "access-methods", "teleport") + `}],
			"schedules":[{"id":"aaaaaaaa-0000-4000-8000-000000000003","valid_from":"2026-01-01","valid_to":"2026-01-06",
				"attributes":[{"id":"aaaaaaaa-0000-4000-8000-000000000015","taxonomy_term":` + term("aaaaaaaa-0000-4000-8000-000000000025", "lotse", "closed") + `}]}],
			"phones":[{"id":"aaaaaaaa-0000-4000-8000-000000000004","number":"02361 12345"}]}]}]`
	path := filepath.Join(t.TempDir(), "organizations.json")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := ImportPath(ctx, s, audit.System, "x", path)
	if err != nil {
		t.Fatalf("%v\n%s", err, rep)
	}
	if !hasWarning(rep, `term "teleport" is not one of Lotse's codes`) {
		t.Errorf("no warning about the unknown code:\n%s", rep)
	}
	o, err := s.Organization(ctx, r.ID, "aaaaaaaa-0000-4000-8000-000000000001")
	if err != nil || o.Type != directory.OrgMigrant {
		t.Errorf("organization type = %q (%v), want %q", o.Type, err, directory.OrgMigrant)
	}
	sv, err := s.Service(ctx, r.ID, "aaaaaaaa-0000-4000-8000-000000000002")
	if err != nil {
		t.Fatal(err)
	}
	walkIn := store.BuiltinTermID(r.ID, directory.TaxAccess, directory.AccessWalkIn)
	if sv.Summary != "Kurz gesagt." || len(sv.TermIDs) != 1 || sv.TermIDs[0] != walkIn {
		t.Errorf("summary %q, terms %v; want the summary and the region's walk-in term %s", sv.Summary, sv.TermIDs, walkIn)
	}
	if len(sv.Schedules) != 1 || !sv.Schedules[0].Closed || sv.Schedules[0].ValidTo != "2026-01-06" {
		t.Errorf("schedules = %+v, want a closure", sv.Schedules)
	}
	// The phone attached to the offer became a contact of the offer.
	if len(sv.Contacts) != 1 || len(sv.Contacts[0].Phones) != 1 || sv.Contacts[0].Phones[0].Number != "02361 12345" {
		t.Errorf("contacts = %+v, want one holding the offer's phone", sv.Contacts)
	}
	terms, err := s.Terms(ctx, r.ID, store.TermFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tm := range terms {
		if strings.HasPrefix(tm.ID, "aaaaaaaa") {
			t.Errorf("term %s (%s) was created; built-in terms must be matched by code", tm.ID, tm.Code)
		}
	}
}

// TestImportKeepsWhatTheInputLeavesOut imports an offer in the list
// shape (no arrays) over a stored one: its terms, locations, languages
// and hours stay.
func TestImportKeepsWhatTheInputLeavesOut(t *testing.T) {
	ctx := context.Background()
	e := newAPIEnv(t)
	f := e.a
	data := `{"contents":[{"id":"` + f.pflege.ID + `","name":"Pflegeberatung (neu)","status":"active","description":"Neu.",
		"organization_id":"` + f.awo.ID + `"}]}`
	path := filepath.Join(t.TempDir(), "service_list.json")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	before, err := e.s.Service(ctx, f.region.ID, f.pflege.ID)
	if err != nil {
		t.Fatal(err)
	}
	if rep, err := ImportPath(ctx, e.s, audit.System, "kreis-re", path); err != nil {
		t.Fatalf("%v\n%s", err, rep)
	}
	after, err := e.s.Service(ctx, f.region.ID, f.pflege.ID)
	if err != nil {
		t.Fatal(err)
	}
	if after.Name != "Pflegeberatung (neu)" || after.Summary != before.Summary || len(after.Languages) != 2 ||
		len(after.Schedules) != len(before.Schedules) || len(after.CostOptions) != len(before.CostOptions) {
		t.Errorf("after = %+v", after)
	}
	// The stored link to the archived location and the archived term are
	// not public, so the import (which works on the public view) drops
	// them; the rest stays.
	if len(after.Locations) != 2 || len(after.TermIDs) != 4 {
		t.Errorf("locations %d, terms %d; want 2 and 4", len(after.Locations), len(after.TermIDs))
	}
}

// snapshot captures a region as export files and its revision, to show
// that a failed import changed nothing.
func snapshot(t *testing.T, s *store.Store, slug string) (map[string][]byte, int64) {
	t.Helper()
	dir := t.TempDir()
	if err := ExportDir(context.Background(), s, slug, dir); err != nil {
		t.Fatal(err)
	}
	r, err := s.RegionBySlug(context.Background(), slug)
	if err != nil {
		t.Fatal(err)
	}
	return readDir(t, dir), r.Revision
}

// TestImportRejectsBrokenData checks that a dataset with anything wrong
// is refused as a whole, with a report naming file and pointer for each
// problem, and that the database is unchanged afterwards.
func TestImportRejectsBrokenData(t *testing.T) {
	ctx := context.Background()
	e := newAPIEnv(t)
	f := e.a
	_, good := exportRegion(t, e, "kreis-re")
	var svcs []map[string]any
	if err := json.Unmarshal(good["services.json"], &svcs); err != nil {
		t.Fatal(err)
	}
	encode := func(v any) []byte {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	clone := func() []map[string]any {
		var out []map[string]any
		if err := json.Unmarshal(good["services.json"], &out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	newID := "0b7c4a8e-1111-4222-8333-444455556666"
	tests := []struct {
		name  string
		files map[string][]byte
		want  []Issue // File, Pointer and a part of Message
	}{
		{"one invalid service among valid ones", map[string][]byte{"services.json": func() []byte {
			s := clone()
			delete(s[1], "name")
			s[2]["status"] = "open"
			s[0]["name"] = "Umbenannt"
			return encode(s)
		}()}, []Issue{{File: "services.json", Pointer: "/1", Message: "name"}, {File: "services.json", Pointer: "/2/status", Message: "one of"}}},
		{"unknown organization", map[string][]byte{"services.json": func() []byte {
			s := clone()
			s[0]["id"] = newID
			s[0]["organization_id"] = "0b7c4a8e-9999-4222-8333-444455556666"
			delete(s[0], "organization")
			return encode(s)
		}()}, []Issue{{File: "services.json", Pointer: "/0/organization_id", Message: "neither in the dataset nor in the region"}}},
		{"unknown term", map[string][]byte{"services.json": func() []byte {
			s := clone()
			for _, sv := range s {
				if sv["id"] == f.pflege.ID {
					a := sv["attributes"].([]any)[0].(map[string]any)
					delete(a, "taxonomy_term")
					a["taxonomy_term_id"] = newID
				}
			}
			return encode(s)
		}()}, []Issue{{File: "services.json", Pointer: "/attributes/0/taxonomy_term_id", Message: "neither in the dataset nor in the region"}}},
		{"unknown location", map[string][]byte{"services.json": func() []byte {
			s := clone()
			for _, sv := range s {
				if sv["id"] == f.pflege.ID {
					sal := sv["service_at_locations"].([]any)[0].(map[string]any)
					delete(sal, "location")
					sal["location_id"] = newID
				}
			}
			return encode(s)
		}()}, []Issue{{File: "services.json", Pointer: "/service_at_locations/0/location_id", Message: newID}}},
		{"Lotse's own rules", map[string][]byte{"organizations.json": []byte(`[{"id":"` + newID + `","name":"Ohne\nZeilenumbruch","description":" "}]`)},
			[]Issue{{File: "organizations.json", Pointer: "/0/description", Message: "is required"}, {File: "organizations.json", Pointer: "/0/name", Message: "line break"}}},
		{"bad JSON", map[string][]byte{"services.json": good["services.json"], "locations.json": []byte("[\n  {\"id\": \"x\",\n   \"name\" \"y\"}\n]\n")},
			[]Issue{{File: "locations.json", Message: "line 3, column 11"}}},
		{"not a record", map[string][]byte{"taxonomies.json": []byte(`[1, {"id": "` + newID + `"}]`)},
			[]Issue{{File: "taxonomies.json", Pointer: "/0", Message: "expected an object"}, {File: "taxonomies.json", Pointer: "/1", Message: "name"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, rev := snapshot(t, e.s, "kreis-re")
			dir := t.TempDir()
			for name, b := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			rep, err := ImportPath(ctx, e.s, audit.System, "kreis-re", dir)
			var de *directory.Error
			if !errors.As(err, &de) || de.Code != directory.EINVALID || rep.Imported {
				t.Fatalf("err = %v, imported %v; want an EINVALID error and nothing imported\n%s", err, rep.Imported, rep)
			}
			for _, w := range tt.want {
				found := false
				for _, p := range rep.Problems {
					if p.File == w.File && strings.HasSuffix(p.Pointer, w.Pointer) && strings.Contains(p.Message, w.Message) {
						found = true
					}
				}
				if !found {
					t.Errorf("no problem %s %s …%s… in:\n%s", w.File, w.Pointer, w.Message, rep)
				}
			}
			if !strings.Contains(rep.String(), "nothing was imported") {
				t.Errorf("report does not say that nothing was imported:\n%s", rep)
			}
			after, rev2 := snapshot(t, e.s, "kreis-re")
			if rev2 != rev {
				t.Errorf("revision %d → %d", rev, rev2)
			}
			for name := range before {
				if !bytes.Equal(before[name], after[name]) {
					t.Errorf("%s changed:\n%s", name, firstDiff(before[name], after[name]))
				}
			}
		})
	}
}

// TestImportRefusesIDsOfAnotherRegion imports region kreis-re's export
// into region kreis-b of the same database: the ids belong to kreis-re,
// the import is refused naming them, and neither region changes.
func TestImportRefusesIDsOfAnotherRegion(t *testing.T) {
	ctx := context.Background()
	e := newAPIEnv(t)
	dir, _ := exportRegion(t, e, "kreis-re")
	beforeA, revA := snapshot(t, e.s, "kreis-re")
	beforeB, revB := snapshot(t, e.s, "kreis-b")
	rep, err := ImportPath(ctx, e.s, audit.System, "kreis-b", dir)
	if err == nil || rep.Imported {
		t.Fatalf("import succeeded:\n%s", rep)
	}
	if !strings.Contains(rep.String(), "belong to another region") || !strings.Contains(rep.String(), e.a.pflege.ID) {
		t.Errorf("report does not name the foreign ids:\n%s", rep)
	}
	afterA, revA2 := snapshot(t, e.s, "kreis-re")
	afterB, revB2 := snapshot(t, e.s, "kreis-b")
	if revA != revA2 || revB != revB2 {
		t.Errorf("revisions changed: %d→%d, %d→%d", revA, revA2, revB, revB2)
	}
	for name := range beforeA {
		if !bytes.Equal(beforeA[name], afterA[name]) || !bytes.Equal(beforeB[name], afterB[name]) {
			t.Errorf("%s changed", name)
		}
	}
}

func TestImportTownMatching(t *testing.T) {
	ctx := context.Background()
	s, r, _ := emptyRegion(t)
	loc := func(id, postal, city string) string {
		return `{"id":"` + id + `","location_type":"physical","name":"Ort","addresses":[{"id":"` + strings.Replace(id, "0000", "1111", 1) +
			`","address_1":"Weg 1","city":"` + city + `","state_province":"","postal_code":"` + postal + `","country":"DE","address_type":"physical"}]}`
	}
	data := "[" + loc("cccccccc-0000-4000-8000-000000000001", "45657", "Anderswo") + "," +
		loc("cccccccc-0000-4000-8000-000000000002", "45999", "mycity") + "," +
		loc("cccccccc-0000-4000-8000-000000000003", "45999", "Nirgendwo") + "]"
	path := filepath.Join(t.TempDir(), "locations.json")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := ImportPath(ctx, s, audit.System, "x", path)
	if err != nil {
		t.Fatalf("%v\n%s", err, rep)
	}
	towns, err := s.Towns(ctx, r.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ id, town string }{
		{"cccccccc-0000-4000-8000-000000000001", towns[0].ID}, // by postal code
		{"cccccccc-0000-4000-8000-000000000002", towns[0].ID}, // by city name
		{"cccccccc-0000-4000-8000-000000000003", ""},
	}
	for _, tt := range tests {
		l, err := s.Location(ctx, r.ID, tt.id)
		if err != nil || l.TownID != tt.town {
			t.Errorf("location %s: town %q (%v), want %q", tt.id, l.TownID, err, tt.town)
		}
	}
	if !hasWarning(rep, `postal code "45999" or the name "Nirgendwo"`) {
		t.Errorf("no warning about the location without town:\n%s", rep)
	}
}

func TestImportReportsMalformedFiles(t *testing.T) {
	s, _, _ := emptyRegion(t)
	tests := []struct{ name, data, want string }{
		{"truncated.json", `{"id": "ac148810-d857-441c-9679-408f346de14b", "name": `, "line 1, column"},
		{"base.json", `{"version":"3.1","profile":"x","openapi_url":"https://x"}`, "holds no records"},
		{"tabular.json", `{"services.csv": []}`, "tabular form"},
		{"number.json", `42`, "expected a record"},
		{"binary.json", "\x00\xff\xfe", "line 1, column 1"},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), tt.name)
		if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		rep, err := ImportPath(context.Background(), s, audit.System, "x", path)
		if err == nil || len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0].String(), tt.want) || rep.Problems[0].File != tt.name {
			t.Errorf("%s: err %v, report:\n%s\nwant one problem naming %q", tt.name, err, rep, tt.want)
		}
	}
	if _, err := ImportPath(context.Background(), s, audit.System, "nowhere", "testdata"); directory.ErrorCode(err) != directory.ENOTFOUND {
		t.Errorf("unknown region: err %v, want not found", err)
	}
}

// TestImportOfficialExamplesInSequence imports all examples into one
// region, twice: records met again are updated, nothing is duplicated.
func TestImportOfficialExamplesInSequence(t *testing.T) {
	ctx := context.Background()
	s, r, _ := emptyRegion(t)
	files := []string{"taxonomy.json", "taxonomy_term.json", "organization_list.json", "service_list.json", "location.json",
		"service_at_location_list.json", "service_full.json", "organization_full.json", "service_at_location_full.json", "taxonomy_term_list.json"}
	for round := range 2 {
		for _, f := range files {
			rep, err := ImportPath(ctx, s, audit.System, "x", filepath.Join("testdata", "official", f))
			if err != nil {
				t.Fatalf("round %d, %s: %v\n%s", round, f, err, rep)
			}
		}
	}
	sv, err := s.Service(ctx, r.ID, exService)
	if err != nil {
		t.Fatal(err)
	}
	var salHours int
	for _, sc := range sv.Schedules {
		if sc.ServiceAtLocationID == exSAL {
			salHours++
		}
	}
	if len(sv.Locations) != 1 || salHours != 1 || len(sv.Schedules) != 2 || len(sv.Contacts) != 1 {
		t.Errorf("locations %d, schedules %d (of the link %d), contacts %d; want 1, 2 (1), 1",
			len(sv.Locations), len(sv.Schedules), salHours, len(sv.Contacts))
	}
	ds, err := s.Dataset(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Services) != 1 || len(ds.Organizations) != 1 || len(ds.Locations) != 1 || len(ds.Contacts) != 1 {
		t.Errorf("dataset holds %d services, %d organizations, %d locations, %d contacts; want one each",
			len(ds.Services), len(ds.Organizations), len(ds.Locations), len(ds.Contacts))
	}
}
