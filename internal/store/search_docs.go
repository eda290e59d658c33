package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/search"
)

// serviceSearchFields maps the text fields of an offer that are worth
// finding, in German and in every translation, to their search field.
// Alerts and interpretation notes are left out: they say little about
// what the offer is.
var serviceSearchFields = map[string]string{
	"name":                    search.FieldName,
	"alternate_name":          search.FieldName,
	"summary":                 search.FieldSummary,
	"description":             search.FieldDescription,
	"application_process":     search.FieldDescription,
	"fees_description":        search.FieldDescription,
	"eligibility_description": search.FieldDescription,
}

// orgSearchFields is the same for an organisation.
var orgSearchFields = map[string]string{
	"name":           search.FieldName,
	"alternate_name": search.FieldName,
	"description":    search.FieldDescription,
}

// inList returns the keys of a field map as an SQL list of literals;
// they are constants of this file, never input.
func inList(fields map[string]string) string {
	var b strings.Builder
	for f := range fields {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString("'" + f + "'")
	}
	return b.String()
}

// EachSearchDoc calls fn with the search document of each of a region's
// offers and organisations changed after revision since (0 for all), and
// returns the region's revision they reflect. An organisation whose
// offers changed comes along with them. hidden is true for a
// record that must leave the index (archived, or an offer of an
// archived organisation); its doc then carries only ID and Kind. fn must
// not keep d's Texts slice past the call if it changes it.
//
// An offer's document holds its German texts and their translations,
// its organisation's name in every language, and the names and synonyms
// of its current taxonomy terms in every language. The work is a fixed
// handful of queries whatever the number of offers: terms, organisations,
// translations and term links are read for all changed records at once,
// then the offers are streamed.
func (s *Store) EachSearchDoc(ctx context.Context, regionID string, since int64, fn func(d *search.Doc, hidden bool)) (int64, error) {
	// As in EachServiceFacets: the revision first, so that a change
	// committed meanwhile is fetched (again) by the next refresh.
	rev, err := s.Revision(ctx, regionID)
	if err != nil {
		return 0, err
	}
	fail := func(what string, err error) (int64, error) {
		return 0, fmt.Errorf("store: search documents: %s: %w", what, err)
	}

	// Terms: every current term of the region with its name and
	// synonyms in German and every language.
	termTexts := map[string][]search.Text{}
	if err := s.eachRow(ctx, `SELECT id, name, synonyms FROM taxonomy_terms WHERE region_id = $1 AND archived_at IS NULL`,
		[]any{regionID}, func(sc scanner) error {
			var id, name, syn string
			if err := sc.Scan(str{&id}, &name, &syn); err != nil {
				return err
			}
			termTexts[id] = appendTermText(nil, "name", sourceLang, name)
			termTexts[id] = appendTermText(termTexts[id], directory.FieldSynonyms, sourceLang, syn)
			return nil
		}); err != nil {
		return fail("terms", err)
	}
	if err := s.eachRow(ctx, `SELECT t.entity_id, t.field, t.lang, t.text FROM translations t
		WHERE t.region_id = $1 AND t.entity_type = '`+directory.TranslateTerm+`' AND t.field IN ('name', '`+directory.FieldSynonyms+`')`,
		[]any{regionID}, func(sc scanner) error {
			var id, field, lang, text string
			if err := sc.Scan(str{&id}, &field, &lang, &text); err != nil {
				return err
			}
			if ts, ok := termTexts[id]; ok {
				termTexts[id] = appendTermText(ts, field, lang, text)
			}
			return nil
		}); err != nil {
		return fail("term translations", err)
	}

	// Organisations changed themselves, or whose offers changed (their
	// offers' documents need the organisation's name).
	changedOrgs := `o.region_id = $1 AND (o.revision > $2 OR EXISTS (SELECT 1 FROM services s
		WHERE s.organization_id = o.id AND s.region_id = $1 AND s.revision > $2))`
	orgTr := map[string][]search.Text{}
	if err := s.eachRow(ctx, `SELECT t.entity_id, t.field, t.lang, t.text FROM translations t JOIN organizations o ON o.id = t.entity_id
		WHERE t.entity_type = '`+directory.TranslateOrganization+`' AND t.field IN (`+inList(orgSearchFields)+`) AND `+changedOrgs,
		[]any{regionID, since}, func(sc scanner) error {
			var id, field, lang, text string
			if err := sc.Scan(str{&id}, &field, &lang, &text); err != nil {
				return err
			}
			orgTr[id] = mergeText(orgTr[id], orgSearchFields[field], lang, text)
			return nil
		}); err != nil {
		return fail("organisation translations", err)
	}
	orgNames := map[string][]search.Text{}
	var doc search.Doc
	if err := s.eachRow(ctx, `SELECT o.id, o.name, o.alternate_name, o.description, o.archived_at IS NOT NULL
		FROM organizations o WHERE `+changedOrgs, []any{regionID, since}, func(sc scanner) error {
		var id, name, alt, desc string
		var hidden bool
		if err := sc.Scan(str{&id}, &name, &alt, &desc, &hidden); err != nil {
			return err
		}
		names := appendText(nil, search.FieldOrg, sourceLang, name)
		for _, t := range orgTr[id] {
			if t.Field == search.FieldName {
				names = append(names, search.Text{Field: search.FieldOrg, Lang: t.Lang, Text: t.Text})
			}
		}
		orgNames[id] = names
		doc = search.Doc{ID: id, Kind: search.KindOrganization}
		if !hidden {
			doc.Texts = appendText(doc.Texts, search.FieldName, sourceLang, name)
			doc.Texts = appendText(doc.Texts, search.FieldName, sourceLang, alt)
			doc.Texts = appendText(doc.Texts, search.FieldDescription, sourceLang, desc)
			doc.Texts = append(doc.Texts, orgTr[id]...)
		}
		fn(&doc, hidden)
		return nil
	}); err != nil {
		return fail("organisations", err)
	}
	orgTr = nil

	// Translations and terms of the changed offers.
	changedSvcs := `s.region_id = $1 AND s.revision > $2`
	svcTr := map[string][]search.Text{}
	if err := s.eachRow(ctx, `SELECT t.entity_id, t.field, t.lang, t.text FROM translations t JOIN services s ON s.id = t.entity_id
		WHERE t.entity_type = '`+directory.TranslateService+`' AND t.field IN (`+inList(serviceSearchFields)+`) AND `+changedSvcs,
		[]any{regionID, since}, func(sc scanner) error {
			var id, field, lang, text string
			if err := sc.Scan(str{&id}, &field, &lang, &text); err != nil {
				return err
			}
			svcTr[id] = mergeText(svcTr[id], serviceSearchFields[field], lang, text)
			return nil
		}); err != nil {
		return fail("offer translations", err)
	}
	svcTerms := map[string][]string{}
	if err := s.eachRow(ctx, `SELECT a.link_id, a.taxonomy_term_id FROM attributes a JOIN services s ON s.id = a.link_id
		WHERE a.link_entity = 'service' AND `+changedSvcs, []any{regionID, since}, func(sc scanner) error {
		var id, term string
		if err := sc.Scan(str{&id}, str{&term}); err != nil {
			return err
		}
		svcTerms[id] = append(svcTerms[id], term)
		return nil
	}); err != nil {
		return fail("offer terms", err)
	}

	// The offers themselves, streamed.
	if err := s.eachRow(ctx, `SELECT s.id, s.name, s.alternate_name, s.summary, s.description, s.application_process,
		s.fees_description, s.eligibility_description, s.organization_id, s.archived_at IS NOT NULL OR o.archived_at IS NOT NULL
		FROM services s JOIN organizations o ON o.id = s.organization_id WHERE `+changedSvcs, []any{regionID, since}, func(sc scanner) error {
		var id, name, alt, summary, desc, apply, fees, elig, org string
		var hidden bool
		if err := sc.Scan(str{&id}, &name, &alt, &summary, &desc, &apply, &fees, &elig, str{&org}, &hidden); err != nil {
			return err
		}
		doc = search.Doc{ID: id, Kind: search.KindService}
		if !hidden {
			texts := make([]search.Text, 0, 8+len(svcTr[id])+len(orgNames[org])+4*len(svcTerms[id]))
			texts = appendText(texts, search.FieldName, sourceLang, name)
			texts = appendText(texts, search.FieldName, sourceLang, alt)
			texts = appendText(texts, search.FieldSummary, sourceLang, summary)
			for _, d := range []string{desc, apply, fees, elig} {
				texts = mergeText(texts, search.FieldDescription, sourceLang, d)
			}
			texts = append(texts, svcTr[id]...)
			texts = append(texts, orgNames[org]...)
			for _, t := range svcTerms[id] {
				texts = append(texts, termTexts[t]...)
			}
			doc.Texts = texts
		}
		fn(&doc, hidden)
		return nil
	}); err != nil {
		return fail("offers", err)
	}
	return rev, nil
}

// appendText appends a non-empty text.
func appendText(ts []search.Text, field, lang, text string) []search.Text {
	if text = strings.TrimSpace(text); text == "" {
		return ts
	}
	return append(ts, search.Text{Field: field, Lang: lang, Text: text})
}

// mergeText adds a non-empty text to the one of the same field and
// language, as another paragraph. Fewer, longer texts keep the
// documents of 100,000 offers (and the memory to build their index)
// small; the engine finds words wherever they stand in a text.
func mergeText(ts []search.Text, field, lang, text string) []search.Text {
	if text = strings.TrimSpace(text); text == "" {
		return ts
	}
	for i := range ts {
		if ts[i].Field == field && ts[i].Lang == lang {
			ts[i].Text += "\n\n" + text
			return ts
		}
	}
	return append(ts, search.Text{Field: field, Lang: lang, Text: text})
}

// appendTermText appends a term's name or synonyms (one per line, kept
// in one text per language) as texts of the offers that have the term.
func appendTermText(ts []search.Text, field, lang, text string) []search.Text {
	if field == directory.FieldSynonyms {
		return mergeText(ts, search.FieldSynonym, lang, text)
	}
	return appendText(ts, search.FieldTerm, lang, text)
}

// eachRow runs a read query and calls fn for each row.
func (s *Store) eachRow(ctx context.Context, query string, args []any, fn func(sc scanner) error) error {
	rows, err := s.rq.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// touchOrganization gives an organisation and its offers the revision
// rev, so that every instance re-reads the organisation's search
// document and those of its offers (which carry its name).
func touchOrganization(ctx context.Context, tx *sql.Tx, pg bool, regionID string, rev int64, id string) error {
	if _, err := tx.ExecContext(ctx, `UPDATE organizations SET revision = $1 WHERE id = $2 AND region_id = $3`, rev, id, regionID); err != nil {
		return fmt.Errorf("store: touch organization: %w", err)
	}
	return touchServices(ctx, tx, pg, regionID, rev, `organization_id = $2`, id)
}

// touchTranslated marks what translations feed into the search index
// as changed at revision rev: the offers themselves, the organisations
// (and their offers), the offers that have the terms. Each record is
// marked once and the facets rewritten once, so that an XLIFF import of
// thousands of texts stays one pass.
func touchTranslated(ctx context.Context, tx *sql.Tx, pg bool, regionID string, rev int64, ts []directory.Translation) error {
	seen := map[string]bool{}
	for _, t := range ts {
		key := t.EntityType + "/" + t.EntityID
		if seen[key] {
			continue
		}
		seen[key] = true
		var q string
		switch t.EntityType {
		case directory.TranslateService:
			q = `UPDATE services SET revision = $1 WHERE region_id = $3 AND id = $2`
		case directory.TranslateOrganization:
			if _, err := tx.ExecContext(ctx, `UPDATE organizations SET revision = $1 WHERE id = $2 AND region_id = $3`, rev, t.EntityID, regionID); err != nil {
				return fmt.Errorf("store: touch organization: %w", err)
			}
			q = `UPDATE services SET revision = $1 WHERE region_id = $3 AND organization_id = $2`
		case directory.TranslateTerm:
			q = `UPDATE services SET revision = $1 WHERE region_id = $3 AND id IN (SELECT link_id FROM attributes WHERE taxonomy_term_id = $2 AND link_entity = 'service')`
		default:
			continue
		}
		if _, err := tx.ExecContext(ctx, q, rev, t.EntityID, regionID); err != nil {
			return fmt.Errorf("store: touch translated: %w", err)
		}
	}
	if len(seen) == 0 {
		return nil
	}
	return refreshFacets(ctx, tx, pg, regionID, rev)
}

// touchTermServices marks the offers that have a term as changed, since
// their search documents carry the term's names and synonyms.
func touchTermServices(ctx context.Context, tx *sql.Tx, pg bool, regionID string, rev int64, termID string) error {
	return touchServices(ctx, tx, pg, regionID, rev,
		`id IN (SELECT link_id FROM attributes WHERE taxonomy_term_id = $2 AND link_entity = 'service')`, termID)
}

// sourceLang is the language of the directory's own texts.
const sourceLang = "de"
