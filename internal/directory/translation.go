package directory

import (
	"slices"
	"strings"
	"time"
)

// Translation statuses. A translation is current while the German text it
// was made from is the German text of today; it is outdated once that
// text changes in substance (an editor who only fixes a typo marks the
// change as minor, and the translations stay current); machine marks a
// current translation that no person has checked, which readers are told.
const (
	TranslationMissing  = "missing"
	TranslationCurrent  = "current"
	TranslationOutdated = "outdated"
	TranslationMachine  = "machine"
)

// TranslationStatuses lists the statuses in the order staff work on them.
var TranslationStatuses = []string{TranslationMissing, TranslationOutdated, TranslationMachine, TranslationCurrent}

// Entity types whose text fields can be translated (the audit log's names).
const (
	TranslateOrganization = "organization"
	TranslateService      = "service"
	TranslateLocation     = "location"
	TranslateTerm         = "taxonomy_term"
	TranslatePage         = "page"
)

// TranslatableTypes lists the entity types in display order.
var TranslatableTypes = []string{TranslateService, TranslateOrganization, TranslateLocation, TranslateTerm, TranslatePage}

// TranslatableFields lists, per entity type, the text fields that can be
// translated, in the order of the forms.
var TranslatableFields = map[string][]string{
	TranslateOrganization: {"name", "alternate_name", "description"},
	TranslateService: {"name", "alternate_name", "summary", "description", "application_process", "fees_description",
		"eligibility_description", "interpretation_services", "alert"},
	TranslateLocation: {"name", "alternate_name", "description", "transportation"},
	TranslateTerm:     {"name", "description", FieldSynonyms},
	TranslatePage:     {"title", "body"},
}

// FieldSynonyms is the field of a taxonomy term that holds, per language,
// other words people use for it (search finds the term by them). It is
// not a translation of the German synonyms: every language keeps its
// own, so it is never outdated and never counted as missing.
const FieldSynonyms = "synonyms"

// Translatable reports whether field of entity type can be translated.
func Translatable(entityType, field string) bool {
	return slices.Contains(TranslatableFields[entityType], field)
}

// Translation is the text of one field of one record in one language.
type Translation struct {
	RegionID   string
	EntityType string
	EntityID   string
	Field      string
	Lang       string
	Text       string
	// SourceText is the German text the translation was made from.
	SourceText string
	// Machine is set for a translation made by software that no person
	// has checked.
	Machine   bool
	UpdatedAt time.Time
	UpdatedBy string
}

// Status returns the status of the translation against today's German
// text of its field.
func (t *Translation) Status(source string) string {
	switch {
	case t == nil || strings.TrimSpace(t.Text) == "":
		return TranslationMissing
	case t.Field != FieldSynonyms && !SameSource(t.SourceText, source):
		return TranslationOutdated
	case t.Machine:
		return TranslationMachine
	}
	return TranslationCurrent
}

// SameSource reports whether two German texts are the same for the
// purpose of translation: line endings and spaces at line ends do not
// count.
func SameSource(a, b string) bool {
	return normalizeSource(a) == normalizeSource(b)
}

func normalizeSource(s string) string {
	lines := strings.Split(strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(lines, "\n")
}

// Validate checks a translation before it is stored. The language must
// be one of the region's and not German, which is the source.
func (t *Translation) Validate(regionLangs []string) error {
	var v Validation
	if !slices.Contains(TranslatableTypes, t.EntityType) || !Translatable(t.EntityType, t.Field) {
		v.Add("field", "error.choice")
	}
	if !ValidID(t.EntityID) {
		v.Add("entity_id", "error.reference")
	}
	if t.Lang == "de" || !ValidLanguageCode(t.Lang) || !slices.Contains(regionLangs, t.Lang) {
		v.Add("lang", "error.language")
	}
	max := MaxLong
	if t.EntityType == TranslatePage {
		max = 100000
	}
	checkText(&v, "text", t.Text, max)
	if t.Field == "name" || t.Field == "title" || t.Field == "alternate_name" {
		checkLine(&v, "text", t.Text, MaxName)
	}
	return v.Err()
}

// Localized is a text as a reader sees it: the translation into the
// reader's language where there is one, otherwise the German text.
type Localized struct {
	Text string
	// Lang is the language the text is in: the reader's, or "de" when
	// the German text stands in for a missing translation.
	Lang string
	// Status is the translation's status; missing when Text is German.
	Status string
}

// Localize returns the text of a field for a reader of lang, given the
// German source and the field's translation into lang (nil if none). An
// outdated translation is still shown (it is usually closer to the truth
// for the reader than a language they do not read), and says so.
func Localize(lang, source string, t *Translation) Localized {
	if lang == "de" || strings.TrimSpace(source) == "" {
		return Localized{Text: source, Lang: "de", Status: TranslationCurrent}
	}
	st := t.Status(source)
	if st == TranslationMissing {
		return Localized{Text: source, Lang: "de", Status: st}
	}
	return Localized{Text: t.Text, Lang: lang, Status: st}
}

// TextFields returns the translatable fields of an offer with their German text.
func (s *Service) TextFields() map[string]string {
	return map[string]string{"name": s.Name, "alternate_name": s.AlternateName, "summary": s.Summary, "description": s.Description,
		"application_process": s.ApplicationProcess, "fees_description": s.FeesDescription,
		"eligibility_description": s.EligibilityDescription, "interpretation_services": s.InterpretationServices, "alert": s.Alert}
}

// TextFields returns the translatable fields of an organisation with their German text.
func (o *Organization) TextFields() map[string]string {
	return map[string]string{"name": o.Name, "alternate_name": o.AlternateName, "description": o.Description}
}

// TextFields returns the translatable fields of a location with their German text.
func (l *Location) TextFields() map[string]string {
	return map[string]string{"name": l.Name, "alternate_name": l.AlternateName, "description": l.Description, "transportation": l.Transportation}
}

// TextFields returns the translatable fields of a term with their German text.
func (t *Term) TextFields() map[string]string {
	return map[string]string{"name": t.Name, "description": t.Description, FieldSynonyms: t.Synonyms}
}

// TextFields returns the translatable fields of a page with their German text.
func (p *Page) TextFields() map[string]string {
	return map[string]string{"title": p.Title, "body": p.Body}
}
