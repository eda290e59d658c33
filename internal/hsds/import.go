package hsds

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// Issue is a problem or a warning of an import: where and what.
type Issue struct {
	File    string
	Pointer string // JSON pointer into File; "" for the whole file
	Message string
	// More counts further places with the same message, folded into
	// this one (the same organisation nested in many offers, say).
	More int
}

func (i Issue) String() string {
	var b strings.Builder
	b.WriteString(i.File)
	if i.Pointer != "" {
		b.WriteString(" ")
		b.WriteString(i.Pointer)
	}
	b.WriteString(": ")
	b.WriteString(i.Message)
	if i.More > 0 {
		fmt.Fprintf(&b, " (and %d more)", i.More)
	}
	return b.String()
}

// Report says what an import found and did. Problems stop an import:
// when there is any, nothing was written. Warnings say what was changed
// or dropped on the way in.
type Report struct {
	Region   string // slug
	Path     string
	Files    []string
	Problems []Issue
	Warnings []Issue
	Stats    store.ImportStats
	Imported bool
	warnIdx  map[[2]string]int
}

func (r *Report) problem(file, ptr, msg string) {
	r.Problems = append(r.Problems, Issue{File: file, Pointer: ptr, Message: msg})
}

func (r *Report) warn(file, ptr, msg string) {
	if r.warnIdx == nil {
		r.warnIdx = map[[2]string]int{}
	}
	key := [2]string{file, msg}
	if i, ok := r.warnIdx[key]; ok {
		r.Warnings[i].More++
		return
	}
	r.warnIdx[key] = len(r.Warnings)
	r.Warnings = append(r.Warnings, Issue{File: file, Pointer: ptr, Message: msg})
}

// String renders the report for the command line.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "HSDS import into region %q from %s (%d files)\n", r.Region, r.Path, len(r.Files))
	if len(r.Problems) > 0 {
		fmt.Fprintf(&b, "%d problems; nothing was imported:\n", len(r.Problems))
		for _, p := range r.Problems {
			b.WriteString("  " + p.String() + "\n")
		}
	}
	if len(r.Warnings) > 0 {
		fmt.Fprintf(&b, "%d warnings:\n", len(r.Warnings))
		for _, w := range r.Warnings {
			b.WriteString("  " + w.String() + "\n")
		}
	}
	if r.Imported {
		b.WriteString("imported (created/updated):\n")
		for _, c := range []struct {
			name string
			c    store.Counts
		}{{"taxonomies", r.Stats.Taxonomies}, {"taxonomy terms", r.Stats.Terms}, {"organizations", r.Stats.Organizations},
			{"locations", r.Stats.Locations}, {"services", r.Stats.Services}, {"contacts", r.Stats.Contacts}} {
			fmt.Fprintf(&b, "  %-15s %d/%d\n", c.name, c.c.Created, c.c.Updated)
		}
	}
	return b.String()
}

// The files of Lotse's export layout (see ExportDir), in the order
// import reads them.
const (
	fileIndex         = "index.json"
	fileTaxonomies    = "taxonomies.json"
	fileTerms         = "taxonomy_terms.json"
	fileOrganizations = "organizations.json"
	fileLocations     = "locations.json"
	fileServices      = "services.json"
	fileSALs          = "service_at_locations.json"
)

var layoutKinds = map[string]string{
	fileTaxonomies: "taxonomy", fileTerms: "taxonomy_term", fileOrganizations: "organization", fileLocations: "location",
	fileServices: "service", fileSALs: "service_at_location",
}

var layoutOrder = []string{fileIndex, fileTaxonomies, fileTerms, fileOrganizations, fileLocations, fileServices, fileSALs}

// kindSchemas are the schemas records are checked against on import.
var kindSchemas = map[string]string{
	"service": SchemaService, "organization": SchemaOrganization, "location": SchemaLocation,
	"service_at_location": SchemaServiceAtLocation, "taxonomy": SchemaTaxonomy, "taxonomy_term": SchemaTaxonomyTerm,
}

type inputFile struct {
	name string // as reported
	path string
	kind string // "" to detect per record
}

// ImportPath imports HSDS data into the region with the given slug:
// either a directory in Lotse's export layout, or a single JSON file
// holding one service, organization, location, service_at_location,
// taxonomy or taxonomy term, an array of them, or a page envelope
// ({"contents": [...]}). Everything is checked first: when anything is
// wrong, the report lists every problem (file, JSON pointer, message)
// and nothing is changed. Otherwise the data is written in one
// transaction, all or nothing.
func ImportPath(ctx context.Context, s *store.Store, actor audit.Actor, regionSlug, path string) (Report, error) {
	rep := Report{Region: regionSlug, Path: path}
	region, err := s.RegionBySlug(ctx, regionSlug)
	if err != nil {
		return rep, fmt.Errorf("hsds: import: %w", err)
	}
	files, err := inputFiles(path, &rep)
	if err != nil {
		return rep, err
	}
	validator, err := NewValidator(Published)
	if err != nil {
		return rep, err
	}
	existing, err := s.Dataset(ctx, region.ID)
	if err != nil {
		return rep, fmt.Errorf("hsds: import: %w", err)
	}
	towns, err := s.Towns(ctx, region.ID, false)
	if err != nil {
		return rep, fmt.Errorf("hsds: import: %w", err)
	}
	m := newMapper(region.ID, newExistingIndex(existing, towns), &rep)
	readable := true
	for _, f := range files {
		rep.Files = append(rep.Files, f.name)
		if !readFile(f, validator, m, &rep) {
			readable = false
		}
	}
	if readable {
		ds := m.run()
		if len(rep.Problems) == 0 {
			st, err := s.ImportDataset(ctx, actor, region.ID, ds)
			if err != nil {
				if directory.ErrorCode(err) == directory.EINTERNAL {
					return rep, fmt.Errorf("hsds: import: %w", err)
				}
				rep.problem(filepath.Base(path), "", err.Error())
			} else {
				rep.Stats, rep.Imported = st, true
			}
		}
	}
	if len(rep.Problems) > 0 {
		return rep, &directory.Error{Code: directory.EINVALID, Key: "error.invalid",
			Message: fmt.Sprintf("hsds: import: %d problems; nothing was imported", len(rep.Problems))}
	}
	return rep, nil
}

// inputFiles lists what to read: the files of the export layout in a
// directory, or the one file named.
func inputFiles(path string, rep *Report) ([]inputFile, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("hsds: import: %w", err)
	}
	if !fi.IsDir() {
		return []inputFile{{name: filepath.Base(path), path: path}}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("hsds: import: %w", err)
	}
	var out []inputFile
	for _, name := range layoutOrder {
		if _, err := os.Stat(filepath.Join(path, name)); err == nil {
			out = append(out, inputFile{name: name, path: filepath.Join(path, name), kind: layoutKinds[name]})
		}
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") && !slices.Contains(layoutOrder, e.Name()) {
			rep.warn(e.Name(), "", "ignored: not a file of Lotse's export layout ("+strings.Join(layoutOrder, ", ")+")")
		}
	}
	if !slices.ContainsFunc(out, func(f inputFile) bool { return f.kind != "" }) {
		rep.problem(filepath.Base(path), "", "no HSDS data found: the directory holds none of "+strings.Join(layoutOrder[1:], ", "))
	}
	return out, nil
}

// readFile reads, checks and collects the records of one file. It
// returns false when the file could not be read as JSON at all.
func readFile(f inputFile, v *Validator, m *mapper, rep *Report) bool {
	data, err := os.ReadFile(f.path)
	if err != nil {
		rep.problem(f.name, "", err.Error())
		return false
	}
	doc, err := DecodeJSON(data)
	if err != nil {
		rep.problem(f.name, "", strings.TrimPrefix(err.Error(), "hsds: "))
		return false
	}
	if f.kind == "" && filepath.Base(f.path) == fileIndex {
		if info, ok := doc.(map[string]any); ok {
			if ver, _ := info["version"].(string); ver != "" && !strings.HasPrefix(ver, "3.") {
				rep.warn(f.name, "/version", "HSDS version "+ver+" is not 3.x; the data is read as HSDS 3.1")
			}
		}
		return true
	}
	items, ok := records(f, doc, rep)
	if !ok {
		return true
	}
	for _, it := range items {
		collect(it, f, v, m, rep)
	}
	return true
}

// item is one record of a file.
type item struct {
	ptr  string
	obj  map[string]any
	kind string
}

// records splits a file into its records: an array, a page envelope or
// a single object.
func records(f inputFile, doc any, rep *Report) ([]item, bool) {
	var list []any
	prefix, single := "", false
	switch v := doc.(type) {
	case []any:
		list = v
	case map[string]any:
		if c, ok := v["contents"]; ok {
			arr, ok := c.([]any)
			if !ok {
				rep.problem(f.name, "/contents", "contents of a page must be an array")
				return nil, false
			}
			list, prefix = arr, "/contents"
			break
		}
		for k := range v {
			if strings.HasSuffix(k, ".csv") {
				rep.problem(f.name, "", "this is HSDS's tabular form (tables of CSV rows); Lotse imports the JSON form only")
				return nil, false
			}
		}
		if _, ok := v["openapi_url"]; ok {
			if _, hasID := v["id"]; !hasID {
				rep.problem(f.name, "", "this describes an HSDS API (GET /), it holds no records")
				return nil, false
			}
		}
		list, single = []any{v}, true
	default:
		rep.problem(f.name, "", "expected a record, an array of records or a page envelope")
		return nil, false
	}
	var out []item
	for i, e := range list {
		ptr := fmt.Sprintf("%s/%d", prefix, i)
		if single {
			ptr = ""
		}
		obj, ok := e.(map[string]any)
		if !ok {
			rep.problem(f.name, ptr, "expected an object")
			continue
		}
		kind := f.kind
		if kind == "" {
			kind = detectKind(f.name, obj)
		}
		out = append(out, item{ptr: ptr, obj: obj, kind: kind})
	}
	return out, true
}

// detectKind tells which HSDS object a record of a single file is: by
// the file's name if it says (service_full.json, taxonomy_term.json, …),
// else by its members.
func detectKind(name string, obj map[string]any) string {
	base := strings.ToLower(filepath.Base(name))
	for _, k := range []struct{ part, kind string }{
		{"service_at_location", "service_at_location"}, {"taxonomy_term", "taxonomy_term"}, {"taxonom", "taxonomy"},
		{"organization", "organization"}, {"organisation", "organization"}, {"location", "location"}, {"service", "service"},
	} {
		if strings.Contains(base, k.part) {
			return k.kind
		}
	}
	has := func(keys ...string) bool {
		for _, k := range keys {
			if _, ok := obj[k]; ok {
				return true
			}
		}
		return false
	}
	switch {
	case has("location_type"):
		return "location"
	case has("status"):
		return "service"
	case has("location", "service") || has("service_id") && has("location_id"):
		return "service_at_location"
	case has("code", "taxonomy_id", "taxonomy_detail", "term_uri", "parent_id", "taxonomy", "language"):
		return "taxonomy_term"
	case has("version"):
		return "taxonomy"
	}
	return "organization"
}

// collect checks one record against its schema, warns about what Lotse
// drops from it and hands it to the mapper.
func collect(it item, f inputFile, v *Validator, m *mapper, rep *Report) {
	at := origin{f.name, it.ptr}
	problems := v.Validate(kindSchemas[it.kind], it.obj)
	if len(problems) > 0 {
		for _, p := range problems {
			rep.problem(f.name, it.ptr+p.Pointer, p.Message)
		}
		if id, ok := it.obj["id"].(string); ok {
			m.broken[lid(id)] = true
		}
		return
	}
	dropped(it.kind, it.obj, it.ptr, func(ptr, msg string) { rep.warn(f.name, ptr, msg) })
	b, err := json.Marshal(it.obj)
	if err != nil {
		rep.problem(f.name, it.ptr, err.Error())
		return
	}
	decode := func(dst any) bool {
		if err := json.Unmarshal(b, dst); err != nil {
			rep.problem(f.name, it.ptr, "cannot read record: "+err.Error())
			return false
		}
		return true
	}
	switch it.kind {
	case "service":
		var sv Service
		if decode(&sv) {
			m.addService(&sv, at, true, "")
		}
	case "organization":
		var o Organization
		if decode(&o) {
			m.addOrganization(&o, at, true)
		}
	case "location":
		var l Location
		if decode(&l) {
			m.addLocation(&l, at, true, "")
		}
	case "service_at_location":
		var sal ServiceAtLocation
		if decode(&sal) {
			m.addServiceAtLocation(&sal, at)
		}
	case "taxonomy":
		var t Taxonomy
		if decode(&t) {
			m.addTaxonomy(&t, at, true)
		}
	case "taxonomy_term":
		var t TaxonomyTerm
		if decode(&t) {
			m.addTerm(&t, at, true)
		}
	}
}
