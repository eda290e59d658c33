package site

import (
	"html/template"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/textfmt"
)

// Staff write the directory in German; translators add its texts in the
// region's other languages (see directory.Localize). A page shows each
// text in the page's language where a translation exists, and otherwise
// the German text, marked as German so that screen readers switch voice
// (WCAG 3.1.2). Each block of a page (an offer, the list of offers, the
// topics on the home page) then gets one short note that says what its
// texts are: partly German, machine translated, or translated from an
// older German text. Notes are per block rather than per text, so that a
// page with many German texts stays calm.

// text is a text of the directory as a reader sees it.
type text struct {
	Text string
	// Lang is the language Text is in: the page's, or "de" when the
	// German text stands in for a missing translation.
	Lang string
	// Status is the translation's status (directory.Translation…);
	// current for German pages.
	Status string
	page   string // the page's language
}

// String returns the text itself, so that a text can stand where a
// string is printed.
func (t text) String() string { return t.Text }

// Attr returns the lang and dir attributes the text needs on its
// element, with a leading space: none when it is in the page's language.
func (t text) Attr() template.HTMLAttr {
	if t.Lang == "" || t.Lang == t.page {
		return ""
	}
	return langAttr(t.Lang)
}

// langAttr returns ` lang="…" dir="…"` for a language code.
func langAttr(code string) template.HTMLAttr {
	return template.HTMLAttr(` lang="` + langTag(code) + `" dir="` + i18n.Dir(code) + `"`) //nolint:gosec // codes are [a-z0-9-]
}

// German reports whether the text is the German one standing in for a
// missing translation.
func (t text) German() bool { return t.Status == directory.TranslationMissing }

// Machine reports whether software translated the text and no person
// checked it.
func (t text) Machine() bool { return t.Status == directory.TranslationMachine }

// Outdated reports whether the German text changed since it was
// translated.
func (t text) Outdated() bool { return t.Status == directory.TranslationOutdated }

// plainText is a text of the interface or a name that is never
// translated, in the page's language as far as the reader is concerned.
func (rq *request) plainText(s string) text {
	return text{Text: s, Lang: rq.lang.Code, Status: directory.TranslationCurrent, page: rq.lang.Code}
}

// germanName is a proper name from the directory (a town, a person)
// that is never translated: German, but no gap in the translation, so
// it needs no note.
func (rq *request) germanName(s string) text {
	return text{Text: s, Lang: i18n.Source, Status: directory.TranslationCurrent, page: rq.lang.Code}
}

// localize returns a text of the directory for the page: see
// directory.Localize. Leichte Sprache is German, so the German text is
// what its readers get where there is no text in Leichte Sprache (an
// offer's summary may have one), and nothing is missing.
func (rq *request) localize(source string, tr *directory.Translation) text {
	l := directory.Localize(rq.lang.Code, source, tr)
	if l.Status == directory.TranslationMissing && easy(rq.lang.Code) {
		l.Status = directory.TranslationCurrent
	}
	return text{Text: l.Text, Lang: l.Lang, Status: l.Status, page: rq.lang.Code}
}

// easy reports whether a language is German in Leichte Sprache.
func easy(code string) bool { return code == directory.LeichteSprache }

// notes collects what the texts of one block are, for its one note.
type notes struct {
	German, Machine, Outdated bool
}

// add takes texts of the block into account.
func (n *notes) add(ts ...text) {
	for _, t := range ts {
		if t.Text == "" {
			continue
		}
		n.German = n.German || t.German()
		n.Machine = n.Machine || t.Machine()
		n.Outdated = n.Outdated || t.Outdated()
	}
}

// merge takes another block's findings into account.
func (n *notes) merge(o notes) {
	n.German, n.Machine, n.Outdated = n.German || o.German, n.Machine || o.Machine, n.Outdated || o.Outdated
}

// Any reports whether the block needs a note.
func (n notes) Any() bool { return n.German || n.Machine || n.Outdated }

// translations is what a page has loaded of the translations into its
// language: per entity type, the sets loaded (each shared with the
// region cache, read only).
type translations map[string][]store.Translated

func (t translations) get(entityType, id, field string) *directory.Translation {
	for _, set := range t[entityType] {
		if tr := set.Get(id, field); tr != nil {
			return tr
		}
	}
	return nil
}

// load makes the translations into the page's language of the given
// records available to text. German pages need none. Loads go through
// the region cache, so a page asked for again costs no query.
func (rq *request) load(entityType string, ids ...string) error {
	if rq.lang.Code == i18n.Source || len(ids) == 0 {
		return nil
	}
	set, err := rq.data.translations(rq.r.Context(), rq.store, rq.region.ID, rq.lang.Code, entityType, ids)
	if err != nil {
		return err
	}
	if rq.tr == nil {
		rq.tr = translations{}
	}
	rq.tr[entityType] = append(rq.tr[entityType], set)
	return nil
}

// text returns a field of a record as the page shows it; the record's
// translations must have been loaded.
func (rq *request) text(entityType, id, field, source string) text {
	return rq.localize(source, rq.tr.get(entityType, id, field))
}

// termName returns the name of a taxonomy term: for the built-in terms
// of the fixed taxonomies the interface's own text, for others the
// term's translation (all terms of the region are loaded with the region
// cache's term translations).
func (rq *request) termName(t directory.Term) text {
	if name, ok := fixedTermName(rq.l, rq.data.taxOf[t.ID], t); ok {
		return rq.plainText(name)
	}
	if rq.lang.Code == i18n.Source {
		return rq.plainText(t.Name)
	}
	set, err := rq.data.termTranslations(rq.r.Context(), rq.store, rq.region.ID, rq.lang.Code)
	if err != nil {
		// The term's German name is a fine answer when the translations
		// cannot be read; the page does not fail for it.
		rq.log.Error("site: term translations", "region", rq.region.Slug, "err", err)
	}
	return rq.localize(t.Name, set.Get(t.ID, "name"))
}

// serviceText returns a field of an offer.
func (rq *request) serviceText(sv *directory.Service, field string) text {
	return rq.text(directory.TranslateService, sv.ID, field, sv.TextFields()[field])
}

// summary returns an offer's summary, or else the start of its
// description.
func (rq *request) summary(sv *directory.Service) text {
	if s := rq.text(directory.TranslateService, sv.ID, "summary", sv.Summary); s.Text != "" {
		return s
	}
	d := rq.text(directory.TranslateService, sv.ID, "description", sv.Description)
	d.Text = truncate(220, textfmt.Plain(d.Text))
	return d
}

// orgName returns the name of an organisation.
func (rq *request) orgName(o *directory.Organization) text {
	return rq.text(directory.TranslateOrganization, o.ID, "name", o.Name)
}
