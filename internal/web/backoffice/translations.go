package backoffice

import (
	"context"
	"slices"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
)

// Translation work: the overview of what is translated, the work list,
// the side-by-side editor and the exchange with translators' tools
// through XLIFF. German is the source of every text; the other languages
// of the region are the targets.

// targetLangs returns the region's languages a text can be translated
// into: all but German, in the region's order.
func targetLangs(r directory.Region) []string {
	var out []string
	for _, l := range r.Languages {
		if l != i18n.Source && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// typeLabels names each translatable entity type in the plural, as the
// navigation does (the singular is the audit log's admin.entity.*).
var typeLabels = map[string]string{
	directory.TranslateService:      "admin.nav.offers",
	directory.TranslateOrganization: "admin.nav.organizations",
	directory.TranslateLocation:     "admin.nav.locations",
	directory.TranslateTerm:         "admin.nav.taxonomies",
	directory.TranslatePage:         "admin.nav.pages",
}

// fieldLabels names the translatable fields as the German forms do.
var fieldLabels = map[string]map[string]string{
	directory.TranslateOrganization: {"name": "admin.org.name", "alternate_name": "admin.org.alternate_name", "description": "admin.org.description"},
	directory.TranslateService: {"name": "admin.offer.name", "alternate_name": "admin.translation.field.alternate_name",
		"summary": "admin.offer.summary", "description": "admin.offer.description", "application_process": "admin.offer.application",
		"fees_description": "admin.offer.fees", "eligibility_description": "admin.offer.eligibility",
		"interpretation_services": "admin.offer.interpretation", "alert": "admin.offer.alert"},
	directory.TranslateLocation: {"name": "admin.location.name", "alternate_name": "admin.translation.field.alternate_name",
		"description": "admin.field.description", "transportation": "admin.location.transportation"},
	directory.TranslateTerm: {"name": "admin.term.name", "description": "admin.term.description", directory.FieldSynonyms: "admin.term.synonyms"},
	directory.TranslatePage: {"title": "admin.page.title", "body": "admin.page.body"},
}

// fieldLabel returns the message key naming a field of an entity type.
func fieldLabel(entityType, field string) string {
	if k, ok := fieldLabels[entityType][field]; ok {
		return k
	}
	return "admin.translation.field.other"
}

// statusKeys name the translation statuses.
var statusKeys = map[string]string{
	directory.TranslationMissing:  "admin.translation.status.missing",
	directory.TranslationOutdated: "admin.translation.status.outdated",
	directory.TranslationMachine:  "admin.translation.status.machine",
	directory.TranslationCurrent:  "admin.translation.status.current",
}

// StatusKey is the message key naming a translation status.
func (v *view) StatusKey(status string) string { return statusKeys[status] }

// TypeKey is the message key naming a translatable entity type (plural).
func (v *view) TypeKey(entityType string) string { return typeLabels[entityType] }

// FieldKey is the message key naming a translatable field.
func (v *view) FieldKey(entityType, field string) string { return fieldLabel(entityType, field) }

// langOption names a target language for staff: in its own script
// (marked with its language and direction) and, when the interface
// speaks another language, in the interface language as well.
type langOption struct {
	Code, Native, Dir, Name string
}

func (v *view) langOption(code string) langOption {
	opt := langOption{Code: code, Native: directory.LanguageNative(code), Dir: i18n.Dir(code)}
	key := "admin.language." + code
	if name := v.T(key); name != key && name != opt.Native {
		opt.Name = name
	}
	return opt
}

// TargetLangs names the region's target languages.
func (v *view) TargetLangs() []langOption {
	var out []langOption
	for _, code := range targetLangs(v.Region) {
		out = append(out, v.langOption(code))
	}
	return out
}

// sourceRecord is a record whose texts are translated: its name, its
// German texts by field, and where its German form is.
type sourceRecord struct {
	Type, ID, Name string
	Fields         map[string]string
	EditURL        string // "" when staff cannot edit it here (built-in terms of Lotse)
}

// loadSource loads a current record of the region for translation; an
// unknown type, a malformed or unknown id, another region's record and
// an archived record are all not found.
func (o *Office) loadSource(ctx context.Context, regionID, entityType, id string) (sourceRecord, error) {
	rec := sourceRecord{Type: entityType, ID: id}
	if !directory.ValidID(id) {
		return rec, directory.NotFound("record")
	}
	st := o.env.Store
	archived, editable := false, true
	switch entityType {
	case directory.TranslateService:
		x, err := st.Service(ctx, regionID, id)
		if err != nil {
			return rec, err
		}
		rec.Name, rec.Fields, archived = x.Name, x.TextFields(), x.ArchivedAt != nil
	case directory.TranslateOrganization:
		x, err := st.Organization(ctx, regionID, id)
		if err != nil {
			return rec, err
		}
		rec.Name, rec.Fields, archived = x.Name, x.TextFields(), x.ArchivedAt != nil
	case directory.TranslateLocation:
		x, err := st.Location(ctx, regionID, id)
		if err != nil {
			return rec, err
		}
		rec.Name, rec.Fields, archived = x.Name, x.TextFields(), x.ArchivedAt != nil
	case directory.TranslateTerm:
		x, err := st.Term(ctx, regionID, id)
		if err != nil {
			return rec, err
		}
		rec.Name, rec.Fields, archived = x.Name, x.TextFields(), x.ArchivedAt != nil
		if tax, err := st.Taxonomy(ctx, regionID, x.TaxonomyID); err != nil || !editableTaxonomy(tax.Slug) {
			editable = false
		}
	case directory.TranslatePage:
		x, err := st.Page(ctx, regionID, id)
		if err != nil {
			return rec, err
		}
		rec.Name, rec.Fields, archived = x.Title, x.TextFields(), x.ArchivedAt != nil
	default:
		return rec, directory.NotFound("record")
	}
	if archived {
		return rec, directory.NotFound("record")
	}
	if editable {
		rec.EditURL = recordURL(entityType, id, false)
	}
	return rec, nil
}

// editorURL is the side-by-side editor of a record in a language.
func editorURL(lang, entityType, id string) string {
	return "/admin/translations/" + lang + "/" + entityType + "/" + id
}
