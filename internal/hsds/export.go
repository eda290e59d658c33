package hsds

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// Export layout. ExportDir writes a region's current directory as these
// files, each a pretty-printed JSON document ending with a newline,
// records in a stable order, so that two exports of the same data are
// byte-identical and diff well:
//
//	index.json           API base info (version, profile, openapi_url),
//	                     the region and the number of records per file
//	taxonomies.json      array of taxonomy, by id
//	taxonomy_terms.json  array of taxonomy_term (with taxonomy_detail), by
//	                     taxonomy, Lotse's sort order, name and id
//	organizations.json   array of organization with its type attribute and
//	                     contacts, by id
//	locations.json       array of location with addresses, contacts,
//	                     accessibility, schedules and attributes, by id
//	services.json        array of fully nested service (compiled/service.json), by id
//
// ImportPath reads the same layout back.

// Index is the content of index.json.
type Index struct {
	Info
	Region IndexRegion    `json:"region"`
	Files  map[string]int `json:"files"`
}

// IndexRegion describes the region an export comes from: enough to
// create it again in an empty database (lotse import hsds does), so that
// a whole region moves between servers or from SQLite to PostgreSQL.
// Towns are Lotse's own (HSDS has no towns) and travel here too.
type IndexRegion struct {
	ID          string      `json:"id"`
	Slug        string      `json:"slug"`
	Name        string      `json:"name"`
	DefaultLang string      `json:"default_lang,omitempty"`
	Languages   []string    `json:"languages,omitempty"`
	Towns       []IndexTown `json:"towns,omitempty"`
}

// IndexTown is a town of the exported region.
type IndexTown struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Slug        string   `json:"slug"`
	PostalCodes []string `json:"postal_codes"`
	Latitude    float64  `json:"latitude"`
	Longitude   float64  `json:"longitude"`
}

// ExportDir writes the current directory of the region with the given
// slug into dir (created if missing) in the export layout. Every record
// is checked against the HSDS schemas (strictly) before anything is
// written.
func ExportDir(ctx context.Context, s *store.Store, regionSlug, dir string) error {
	region, err := s.RegionBySlug(ctx, regionSlug)
	if err != nil {
		return fmt.Errorf("hsds: export: %w", err)
	}
	ds, err := s.Dataset(ctx, region.ID)
	if err != nil {
		return fmt.Errorf("hsds: export: %w", err)
	}
	towns, err := s.Towns(ctx, region.ID, false)
	if err != nil {
		return fmt.Errorf("hsds: export: %w", err)
	}
	files, err := exportFiles(region, towns, ds)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("hsds: export: %w", err)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if err := writeFileAtomic(filepath.Join(dir, name), files[name]); err != nil {
			return fmt.Errorf("hsds: export: %w", err)
		}
	}
	return nil
}

// writeFileAtomic replaces a file by renaming a complete temporary one,
// so that a reader never sees half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// exportFiles renders a dataset as the files of the export layout.
func exportFiles(region directory.Region, towns []directory.Town, ds *directory.Dataset) (map[string][]byte, error) {
	c := newCatalog(ds)
	v, err := NewValidator(Strict)
	if err != nil {
		return nil, err
	}
	taxonomies := make([]Taxonomy, 0, len(ds.Taxonomies))
	for i := range ds.Taxonomies {
		taxonomies = append(taxonomies, c.taxonomy(&ds.Taxonomies[i]))
	}
	slices.SortFunc(taxonomies, func(a, b Taxonomy) int { return strings.Compare(a.ID, b.ID) })

	termPtrs := make([]*directory.Term, 0, len(ds.Terms))
	for i := range ds.Terms {
		termPtrs = append(termPtrs, &ds.Terms[i])
	}
	slices.SortFunc(termPtrs, compareTerms)
	terms := make([]TaxonomyTerm, 0, len(termPtrs))
	for _, t := range termPtrs {
		terms = append(terms, c.term(t))
	}

	orgs := make([]Organization, 0, len(ds.Organizations))
	for i := range ds.Organizations {
		orgs = append(orgs, c.organizationNested(&ds.Organizations[i]))
	}
	slices.SortFunc(orgs, func(a, b Organization) int { return strings.Compare(a.ID, b.ID) })

	locs := make([]Location, 0, len(ds.Locations))
	for i := range ds.Locations {
		locs = append(locs, c.locationFull(&ds.Locations[i]))
	}
	slices.SortFunc(locs, func(a, b Location) int { return strings.Compare(a.ID, b.ID) })

	svcs := make([]Service, 0, len(ds.Services))
	for i := range ds.Services {
		svcs = append(svcs, c.serviceFull(&ds.Services[i], nesting{organization: true, locations: true}))
	}
	slices.SortFunc(svcs, func(a, b Service) int { return strings.Compare(a.ID, b.ID) })

	files := map[string][]byte{}
	var problems []string
	add := func(name, schema string, list any) {
		b, err := encodeJSON(list)
		if err != nil {
			problems = append(problems, name+": "+err.Error())
			return
		}
		files[name] = b
		if schema == "" {
			return
		}
		doc, err := DecodeJSON(b)
		if err != nil {
			problems = append(problems, name+": "+err.Error())
			return
		}
		for i, item := range doc.([]any) {
			for _, p := range v.Validate(schema, item) {
				problems = append(problems, fmt.Sprintf("%s /%d%s: %s", name, i, p.Pointer, p.Message))
			}
		}
	}
	add(fileTaxonomies, SchemaTaxonomy, taxonomies)
	add(fileTerms, SchemaTaxonomyTerm, terms)
	add(fileOrganizations, SchemaOrganization, orgs)
	add(fileLocations, SchemaLocation, locs)
	add(fileServices, SchemaService, svcs)
	index := Index{
		Info: Info{Version: Version, Profile: ProfileURL, OpenAPIURL: SpecOpenAPIURL},
		Region: IndexRegion{ID: region.ID, Slug: region.Slug, Name: region.Name, DefaultLang: region.DefaultLang,
			Languages: region.Languages, Towns: indexTowns(towns)},
		Files: map[string]int{fileTaxonomies: len(taxonomies), fileTerms: len(terms), fileOrganizations: len(orgs),
			fileLocations: len(locs), fileServices: len(svcs)},
	}
	add(fileIndex, "", index)
	if len(problems) > 0 {
		return nil, fmt.Errorf("hsds: export: output does not validate (a bug in Lotse): %s", strings.Join(problems, "; "))
	}
	return files, nil
}

// encodeJSON renders v pretty-printed, without HTML escaping (the files
// are data, not HTML), ending with a newline.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func indexTowns(towns []directory.Town) []IndexTown {
	out := make([]IndexTown, 0, len(towns))
	for _, t := range towns {
		out = append(out, IndexTown{ID: t.ID, Name: t.Name, Slug: t.Slug, PostalCodes: t.PostalCodes, Latitude: t.Latitude, Longitude: t.Longitude})
	}
	slices.SortFunc(out, func(a, b IndexTown) int { return strings.Compare(a.ID, b.ID) })
	return out
}
