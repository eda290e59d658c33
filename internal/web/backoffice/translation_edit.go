package backoffice

import (
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/web/ui"
)

// The side-by-side editor shows, for each translatable field of one
// record, the German text, what changed in it since the translation was
// made, and the translation. Its form carries, per field, the German
// text and the translation as they were shown (hidden), so that saving
// can tell what the editor changed, store the German text the
// translation was made from (a German change made meanwhile leaves the
// field outdated, not silently current), and notice a translation that
// someone else saved meanwhile.
//
// Form fields per translatable field F: text.F (the translation),
// machine.F, confirm.F (an outdated translation still fits), and hidden
// source.F (the German text shown), orig.F and origm.F (the translation
// and its machine flag as shown).

type translationEditPage struct {
	*view
	Target langOption // the language translated into
	Record sourceRecord
	Fields []transField
	// Others are the record's other target languages, for switching.
	Others  []langOption
	History string
	Action  string
}

// transField is one field in the editor.
type transField struct {
	Name      string
	Label     string // message key
	Source    string // today's German text
	Status    string
	Multiline bool
	Long      bool // formatted text (a page's body): a tall box and the format help
	Rows      int
	// Synonyms are the words of this language for a term, not a
	// translation: no German to compare, no status but present or not.
	Synonyms bool
	// Diff shows the German change since the translation was made
	// (outdated translations only).
	Diff []diffPart
	// ChangedWhileOpen says Diff is the change of the German text made
	// while the editor had the form open (after a refused save).
	ChangedWhileOpen bool
	UpdatedBy        string
	Updated          string
	// Meanwhile is the translation someone else saved while the form
	// was open, shown next to the field after a refused save.
	Meanwhile *string
}

// HasText reports whether there is anything to translate: German text,
// or (for synonyms) a field of the language's own.
func (f transField) HasText() bool { return f.Synonyms || strings.TrimSpace(f.Source) != "" }

// translationEdit shows the editor of a record in a language.
func (o *Office) translationEdit(w http.ResponseWriter, r *http.Request) {
	p, current, ok := o.translationPage(w, r)
	if !ok {
		return
	}
	vals := url.Values{}
	for _, f := range p.Fields {
		t := current[f.Name]
		text, machine := "", ""
		if t != nil {
			text = t.Text
			if t.Machine {
				machine = "1"
			}
		}
		vals.Set("text."+f.Name, text)
		vals.Set("orig."+f.Name, text)
		vals.Set("origm."+f.Name, machine)
		vals.Set("source."+f.Name, f.Source)
		if machine != "" {
			vals.Set("machine."+f.Name, machine)
		}
	}
	p.Form = &ui.Form{Values: vals, Errors: map[string]string{}}
	o.render(w, http.StatusOK, "translation_edit", p)
}

// translationPage loads the record and language of the URL and builds
// the editor around today's texts; current maps each field to its
// stored translation (nil if none). It answers errors itself.
func (o *Office) translationPage(w http.ResponseWriter, r *http.Request) (*translationEditPage, map[string]*directory.Translation, bool) {
	v := o.newView(w, r, "admin.translation.edit", "translations")
	lang, ok := o.targetLang(w, r, v)
	if !ok {
		return nil, nil, false
	}
	rec, err := o.loadSource(r.Context(), v.Region.ID, r.PathValue("type"), r.PathValue("id"))
	if err != nil {
		o.fail(w, r, err)
		return nil, nil, false
	}
	all, err := o.env.Store.Translations(r.Context(), v.Region.ID, rec.Type, rec.ID)
	if err != nil {
		o.fail(w, r, err)
		return nil, nil, false
	}
	current := map[string]*directory.Translation{}
	for i := range all {
		if all[i].Lang == lang {
			current[all[i].Field] = &all[i]
		}
	}
	p := &translationEditPage{view: v, Target: v.langOption(lang), Record: rec, History: historyURL(rec.Type, rec.ID),
		Action: editorURL(lang, rec.Type, rec.ID)}
	for _, code := range targetLangs(v.Region) {
		if code != lang {
			p.Others = append(p.Others, v.langOption(code))
		}
	}
	for _, name := range directory.TranslatableFields[rec.Type] {
		src := rec.Fields[name]
		t := current[name]
		f := transField{Name: name, Label: fieldLabel(rec.Type, name), Source: src, Status: t.Status(src),
			Synonyms: name == directory.FieldSynonyms}
		f.Long = rec.Type == directory.TranslatePage && name == "body"
		f.Multiline = f.Long || f.Synonyms || strings.Contains(src, "\n") || utf8.RuneCountInString(src) > 80 ||
			(name != "name" && name != "title" && name != "alternate_name")
		f.Rows = rowsFor(src, f.Long)
		if t != nil {
			f.UpdatedBy, f.Updated = t.UpdatedBy, v.DateTime(t.UpdatedAt)
			if f.Status == directory.TranslationOutdated {
				f.Diff = wordDiff(t.SourceText, src)
			}
		}
		p.Fields = append(p.Fields, f)
	}
	v.Title = v.T("admin.translation.edit") + " – " + p.Target.Native
	return p, current, true
}

// rowsFor sizes a text box to the German text it translates.
func rowsFor(src string, long bool) int {
	lines := strings.Count(src, "\n") + 1 + utf8.RuneCountInString(src)/70
	lo, hi := 2, 12
	if long {
		lo, hi = 12, 30
	}
	return min(max(lines, lo), hi)
}

// TextDir is the text direction of the target language, for the
// translation boxes.
func (p *translationEditPage) TextDir() string { return i18n.Dir(p.Target.Code) }
