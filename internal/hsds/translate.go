package hsds

import (
	"context"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
)

// The API answers in a language of the region: the one named by ?lang=,
// else the first of the client's Accept-Language that the region offers
// exactly (a Kurdish client gets German, never Turkish), else German.
// The texts of offers, organisations, locations and taxonomy terms come
// in that language where translated and in German otherwise; each such
// record then carries the extension member "x-lotse-translation" that
// says, per text field, what the reader gets (see docs/hsds.md). German
// answers carry no extension: German is the source.

// TranslationMember is the name of the extension member that says which
// texts of a record are translated. HSDS has no field for it; the
// "x-" prefix marks it as an extension, as OpenAPI does.
const TranslationMember = "x-lotse-translation"

// TranslationInfo is the extension member of a record in an answer in
// another language than German.
type TranslationInfo struct {
	// Lang is the language asked for.
	Lang string `json:"lang"`
	// Fields maps each text field of the record that has German text to
	// the status of its translation: "current", "machine" (translated by
	// software, not checked by a person), "outdated" (the German text
	// changed since) or "missing" (the field holds the German text).
	Fields map[string]string `json:"fields"`
}

// answerLanguage returns the language of the answer to rq. An unknown ?lang=
// is a 400; an Accept-Language without an exact match gives German.
func answerLanguage(rq *request) (string, error) {
	offered := offeredLanguages(rq.region)
	if vs, ok := rq.q.v["lang"]; ok {
		if len(vs) > 1 {
			return "", errBadRequest("parameter lang is given more than once")
		}
		code := strings.ToLower(strings.TrimSpace(vs[0]))
		if !slices.Contains(offered, code) {
			return "", errBadRequest("lang must be one of the region's languages: " + strings.Join(offered, ", "))
		}
		return code, nil
	}
	return i18n.Negotiate(rq.r.Header.Get("Accept-Language"), offered), nil
}

// offeredLanguages returns the region's languages, German always among them.
func offeredLanguages(region directory.Region) []string {
	out := []string{i18n.Source}
	for _, code := range region.Languages {
		code = strings.ToLower(code)
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	return out
}

// translationStatus maps entity type → record id → field → status.
type translationStatus map[string]map[string]map[string]string

// translation returns the extension member of a record, or nil for German
// answers and records without text.
func (c *catalog) translation(entityType, id string) *TranslationInfo {
	if c.lang == "" || c.lang == i18n.Source {
		return nil
	}
	fields := c.status[entityType][id]
	if len(fields) == 0 {
		return nil
	}
	return &TranslationInfo{Lang: c.lang, Fields: fields}
}

// catalogIn returns the catalog of ds in the language of the answer:
// the texts of its records are replaced by their translations where
// there are some, with four queries whatever the size of ds.
func (a *API) catalogIn(ctx context.Context, rq *request, ds *directory.Dataset) (*catalog, error) {
	c := newCatalog(ds)
	c.lang = rq.lang
	if rq.lang == "" || rq.lang == i18n.Source {
		return c, nil
	}
	c.status = translationStatus{}
	type record struct {
		id     string
		fields map[string]*string
	}
	sets := map[string][]record{}
	for i := range ds.Services {
		s := &ds.Services[i]
		sets[directory.TranslateService] = append(sets[directory.TranslateService], record{s.ID, map[string]*string{
			"name": &s.Name, "alternate_name": &s.AlternateName, "summary": &s.Summary, "description": &s.Description,
			"application_process": &s.ApplicationProcess, "fees_description": &s.FeesDescription,
			"eligibility_description": &s.EligibilityDescription, "interpretation_services": &s.InterpretationServices, "alert": &s.Alert}})
	}
	for i := range ds.Organizations {
		o := &ds.Organizations[i]
		sets[directory.TranslateOrganization] = append(sets[directory.TranslateOrganization], record{o.ID, map[string]*string{
			"name": &o.Name, "alternate_name": &o.AlternateName, "description": &o.Description}})
	}
	for i := range ds.Locations {
		l := &ds.Locations[i]
		sets[directory.TranslateLocation] = append(sets[directory.TranslateLocation], record{l.ID, map[string]*string{
			"name": &l.Name, "alternate_name": &l.AlternateName, "description": &l.Description, "transportation": &l.Transportation}})
	}
	for i := range ds.Terms {
		t := &ds.Terms[i]
		sets[directory.TranslateTerm] = append(sets[directory.TranslateTerm], record{t.ID, map[string]*string{
			"name": &t.Name, "description": &t.Description}})
	}
	for _, et := range directory.TranslatableTypes {
		recs := sets[et]
		if len(recs) == 0 {
			continue
		}
		ids := make([]string, len(recs))
		for i, r := range recs {
			ids[i] = r.id
		}
		tr, err := a.store.TranslationsFor(ctx, rq.region.ID, rq.lang, et, ids)
		if err != nil {
			return nil, err
		}
		byID := map[string]map[string]string{}
		for _, r := range recs {
			st := map[string]string{}
			for field, p := range r.fields {
				if strings.TrimSpace(*p) == "" {
					continue
				}
				l := directory.Localize(rq.lang, *p, tr.Get(r.id, field))
				*p, st[field] = l.Text, l.Status
			}
			byID[r.id] = st
		}
		c.status[et] = byID
	}
	return c, nil
}
