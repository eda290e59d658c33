package hsds

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

var exportNames = []string{"index.json", "taxonomies.json", "taxonomy_terms.json", "organizations.json", "locations.json", "services.json"}

func exportRegion(t *testing.T, e *apiEnv, slug string) (string, map[string][]byte) {
	t.Helper()
	dir := t.TempDir()
	if err := ExportDir(context.Background(), e.s, slug, dir); err != nil {
		t.Fatal(err)
	}
	return dir, readDir(t, dir)
}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = b
	}
	return out
}

// TestExportValidates exports the fixture region of a database with two
// regions and checks every record of every file strictly, the form of
// the files, and that nothing unpublished or foreign is in them.
func TestExportValidates(t *testing.T) {
	e := newAPIEnv(t)
	_, files := exportRegion(t, e, "kreis-re")
	var names []string
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	want := slices.Clone(exportNames)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Fatalf("files %v, want %v", names, want)
	}
	v := strictValidator(t)
	schemas := map[string]string{"taxonomies.json": SchemaTaxonomy, "taxonomy_terms.json": SchemaTaxonomyTerm,
		"organizations.json": SchemaOrganization, "locations.json": SchemaLocation, "services.json": SchemaService}
	counts := map[string]int{"taxonomies.json": 7, "taxonomy_terms.json": 21, "organizations.json": 3, "locations.json": 2, "services.json": 3}
	all := ""
	for name, b := range files {
		all += string(b)
		if !bytes.HasSuffix(b, []byte("\n")) || bytes.HasSuffix(b, []byte("\n\n")) || !bytes.Contains(b, []byte("\n  ")) {
			t.Errorf("%s is not pretty-printed JSON ending with one newline", name)
		}
		schema, ok := schemas[name]
		if !ok {
			continue
		}
		doc, err := DecodeJSON(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		list := doc.([]any)
		if len(list) != counts[name] {
			t.Errorf("%s holds %d records, want %d", name, len(list), counts[name])
		}
		var ids []string
		for i, item := range list {
			for _, p := range v.Validate(schema, item) {
				t.Errorf("%s /%d%s", name, i, p)
			}
			ids = append(ids, item.(map[string]any)["id"].(string))
		}
		if name != "taxonomy_terms.json" && !slices.IsSorted(ids) {
			t.Errorf("%s is not sorted by id", name)
		}
	}
	for _, id := range append(e.a.hidden(), e.b.region.ID, e.b.pflege.ID, e.b.awo.ID, e.b.foreignTax.ID, e.b.needCare.ID) {
		if strings.Contains(all, id) {
			t.Errorf("export holds %s, which must not be published", id)
		}
	}
	if !strings.Contains(all, "Elder <Care> & more") {
		t.Error("export escapes HTML characters; it is data, not HTML")
	}
	var index Index
	if err := json.Unmarshal(files["index.json"], &index); err != nil {
		t.Fatal(err)
	}
	if index.Version != "3.1" || index.Region.Slug != "kreis-re" || index.Files["services.json"] != 3 {
		t.Errorf("index = %+v", index)
	}
}

// TestExportCarriesLotseFields checks how Lotse's own fields travel in
// the export: summary, organisation type and closures as attributes of
// the lotse taxonomy, hours and contacts of a link to a location with
// that link, and terms in Lotse's order.
func TestExportCarriesLotseFields(t *testing.T) {
	e := newAPIEnv(t)
	f := e.a
	_, files := exportRegion(t, e, "kreis-re")
	var svcs []Service
	if err := json.Unmarshal(files["services.json"], &svcs); err != nil {
		t.Fatal(err)
	}
	var pflege Service
	for _, sv := range svcs {
		if sv.ID == f.pflege.ID {
			pflege = sv
		}
	}
	attr := func(attrs []Attribute, slug, code string) *Attribute {
		for i, a := range attrs {
			if tt := a.TaxonomyTerm; tt != nil && tt.Code == code && tt.TaxonomyDetail != nil && tt.TaxonomyDetail.URI == directory.TaxonomyURI(slug) {
				return &attrs[i]
			}
		}
		return nil
	}
	if a := attr(pflege.Attributes, "lotse", "summary"); a == nil || a.Value != f.pflege.Summary || a.LinkID != f.pflege.ID {
		t.Errorf("summary attribute = %+v", a)
	}
	if a := attr(pflege.Organization.Attributes, "organization-types", "welfare"); a == nil {
		t.Errorf("organisation type attribute missing: %+v", pflege.Organization.Attributes)
	}
	var termIDs []string
	for _, a := range pflege.Attributes {
		termIDs = append(termIDs, a.TaxonomyTermID)
	}
	if slices.Contains(termIDs, f.archivedTerm.ID) || !slices.Contains(termIDs, f.foreignKid.ID) || !slices.Contains(termIDs, f.needCare.ID) {
		t.Errorf("attribute terms %v: want current terms only", termIDs)
	}
	if len(pflege.ServiceAtLocations) != 2 {
		t.Fatalf("service_at_locations = %d, want 2 (the archived location left out)", len(pflege.ServiceAtLocations))
	}
	office := pflege.ServiceAtLocations[0]
	if office.LocationID != f.buero.ID || office.Description != "Im Erdgeschoss" || len(office.Schedules) != 1 || office.Schedules[0].ByDay != "TH" {
		t.Errorf("link to the office = %+v", office)
	}
	if len(office.Contacts) != 1 || office.Contacts[0].ID != f.salContact.ID {
		t.Errorf("contacts of the link = %+v, want the contact for this offer at this place", office.Contacts)
	}
	if len(pflege.Schedules) != 2 {
		t.Errorf("offer schedules = %+v, want the two of the offer itself", pflege.Schedules)
	}
	if len(pflege.Contacts) != 1 || pflege.Contacts[0].ID != f.orgContact.ID || pflege.Contacts[0].OrganizationID != f.awo.ID {
		t.Errorf("offer contacts = %+v", pflege.Contacts)
	}
	loc := office.Location
	var closed *Schedule
	for i, sc := range loc.Schedules {
		if sc.ValidFrom == "2025-12-24" {
			closed = &loc.Schedules[i]
		}
	}
	if closed == nil || attr(closed.Attributes, "lotse", "closed") == nil || closed.OpensAt != "" || closed.Freq != "" {
		t.Errorf("closure = %+v, want a dated schedule with the lotse/closed attribute", closed)
	}
	if loc.Schedules[0].OpensAt != "09:00" || strings.ContainsAny(loc.Schedules[0].OpensAt, "Z+") {
		t.Errorf("opens_at = %q, want a wall-clock HH:MM", loc.Schedules[0].OpensAt)
	}
	var free bool
	for _, c := range pflege.CostOptions {
		if c.Amount != nil && *c.Amount == 0 {
			free = true
		}
	}
	if !free || !strings.Contains(string(files["services.json"]), "\"amount\": 0\n") {
		t.Error("the free-of-charge cost option (amount 0) is not written")
	}
	var terms []TaxonomyTerm
	if err := json.Unmarshal(files["taxonomy_terms.json"], &terms); err != nil {
		t.Fatal(err)
	}
	pos := func(id string) int { return slices.IndexFunc(terms, func(t TaxonomyTerm) bool { return t.ID == id }) }
	if pos(f.needLang.ID) > pos(f.needCare.ID) {
		t.Error("taxonomy_terms.json does not follow Lotse's sort order (sprache 10 before pflege 20)")
	}
	if pos(f.foreignKid.ID) < 0 || terms[pos(f.foreignKid.ID)].ParentID != f.foreignParent.ID {
		t.Error("the child term lost its parent")
	}
}

// TestExportImportRoundTrip exports the fixture, imports it into a fresh
// database (where EnsureRegion creates the region and its towns from
// index.json, as lotse import hsds does) and exports again: the files
// must be byte-identical.
func TestExportImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	e := newAPIEnv(t)
	dir, first := exportRegion(t, e, "kreis-re")

	fresh := openStore(t)
	created, err := EnsureRegion(ctx, fresh, audit.System, "kreis-re", dir)
	if err != nil || !created {
		t.Fatalf("EnsureRegion = %v, %v; want the region created from index.json", created, err)
	}
	if created, err := EnsureRegion(ctx, fresh, audit.System, "kreis-re", dir); err != nil || created {
		t.Fatalf("second EnsureRegion = %v, %v; want nothing to do", created, err)
	}
	if _, err := EnsureRegion(ctx, fresh, audit.System, "other", dir); err == nil {
		t.Fatal("EnsureRegion created a region whose slug is not the export's")
	}
	r, err := fresh.RegionBySlug(ctx, "kreis-re")
	if err != nil || r.ID != e.a.region.ID {
		t.Fatalf("region %+v, %v; want id %s", r, err, e.a.region.ID)
	}
	towns, err := fresh.Towns(ctx, r.ID, false)
	if err != nil || len(towns) == 0 {
		t.Fatalf("towns %v, %v", towns, err)
	}
	marl := towns[slices.IndexFunc(towns, func(t directory.Town) bool { return t.Name == "Marl" })]
	rep, err := ImportPath(ctx, fresh, audit.System, "kreis-re", dir)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, rep)
	}
	if len(rep.Warnings) > 0 {
		t.Errorf("importing Lotse's own export gave warnings:\n%s", rep)
	}
	if got := rep.Stats.Services; got.Created != 3 || got.Updated != 0 {
		t.Errorf("services created/updated = %+v, want 3/0", got)
	}
	loc, err := fresh.Location(ctx, r.ID, e.a.buero.ID)
	if err != nil || loc.TownID != marl.ID {
		t.Errorf("imported office: town %q, err %v; want Marl by postal code", loc.TownID, err)
	}
	dir2 := t.TempDir()
	if err := ExportDir(ctx, fresh, "kreis-re", dir2); err != nil {
		t.Fatal(err)
	}
	second := readDir(t, dir2)
	for _, name := range exportNames {
		if !bytes.Equal(first[name], second[name]) {
			t.Errorf("%s differs after export → import → export:\n%s", name, firstDiff(first[name], second[name]))
		}
	}
	// Importing the same files again changes nothing.
	rep, err = ImportPath(ctx, fresh, audit.System, "kreis-re", dir)
	if err != nil {
		t.Fatalf("second import: %v\n%s", err, rep)
	}
	if got := rep.Stats.Services; got.Created != 0 || got.Updated != 3 {
		t.Errorf("second import: services created/updated = %+v, want 0/3", got)
	}
	dir3 := t.TempDir()
	if err := ExportDir(ctx, fresh, "kreis-re", dir3); err != nil {
		t.Fatal(err)
	}
	third := readDir(t, dir3)
	for _, name := range exportNames {
		if !bytes.Equal(first[name], third[name]) {
			t.Errorf("%s differs after a second import:\n%s", name, firstDiff(first[name], third[name]))
		}
	}
}

// firstDiff shows the lines around the first difference of a and b.
func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			from := max(0, i-3)
			return "line " + strconv.Itoa(i+1) + ":\n- " + strings.Join(al[from:min(len(al), i+2)], "\n- ") + "\n+ " + strings.Join(bl[from:min(len(bl), i+2)], "\n+ ")
		}
	}
	return "lengths differ"
}
