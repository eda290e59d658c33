package backoffice

import (
	"bytes"
	"context"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/xliff"
)

// Export scopes: what still needs work (missing, outdated, machine), or
// every text.
const (
	scopeOpen = "open"
	scopeAll  = "all"
)

// XLIFF segment states of the texts Lotse exports, and what an import
// makes of them (see translationImport):
//
//	missing   initial, no target
//	outdated  initial, the old translation as target (and the German text
//	          it was made from in a note): a start, not a result
//	machine   translated, the machine translation as target
//	current   final, the translation as target
var exportState = map[string]string{
	directory.TranslationMissing:  xliff.StateInitial,
	directory.TranslationOutdated: xliff.StateInitial,
	directory.TranslationMachine:  xliff.StateTranslated,
	directory.TranslationCurrent:  xliff.StateFinal,
}

// translationExport sends the texts of a language as an XLIFF 2.0 file:
// one content type or all, what still needs work or everything.
func (o *Office) translationExport(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.translation.overview", "translations")
	q := r.URL.Query()
	lang := q.Get("lang")
	if !slices.Contains(targetLangs(v.Region), lang) {
		o.notFound(w, r)
		return
	}
	types := directory.TranslatableTypes
	if t := q.Get("type"); t != "" {
		if !slices.Contains(directory.TranslatableTypes, t) {
			o.notFound(w, r)
			return
		}
		types = []string{t}
	}
	scope := scopeOpen
	if q.Get("scope") == scopeAll {
		scope = scopeAll
	}
	doc, err := o.exportDocument(r.Context(), v, lang, types, scope)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	if len(doc.Files) == 0 {
		// XLIFF has no empty file: say so on the work list instead.
		o.redirectWithFlash(w, r, workListURL(lang, q.Get("type"), "", 1), "nothing_to_export")
		return
	}
	var buf bytes.Buffer
	if err := xliff.Encode(&buf, doc); err != nil {
		o.fail(w, r, err)
		return
	}
	what := "all"
	if len(types) == 1 {
		what = types[0]
	}
	name := "lotse-" + v.Region.Slug + "-" + lang + "-" + what + "-" + scope + "-" + exportStamp(o.now()) + ".xlf"
	h := w.Header()
	h.Set("Content-Type", xliff.ContentType+"; charset=utf-8")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
}

// exportDocument builds the XLIFF document: one <file> per content type
// with texts, one <unit> per text, named {type}/{id}/{field}, with the
// record's name and the field's label (in the interface language of the
// person exporting) as notes for the translator.
func (o *Office) exportDocument(ctx context.Context, v *view, lang string, types []string, scope string) (*xliff.Document, error) {
	doc := &xliff.Document{SrcLang: i18n.Source, TrgLang: lang}
	f := store.QueueFilter{Lang: lang, Limit: 1 << 30}
	if scope == scopeAll {
		f.Statuses = directory.TranslationStatuses
	}
	for _, t := range types {
		f.EntityType = t
		items, _, err := o.env.Store.TranslationQueue(ctx, v.Region.ID, f)
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			continue
		}
		file := xliff.File{ID: t}
		for _, it := range items {
			u := xliff.Unit{ID: unitID(it.EntityType, it.EntityID, it.Field), Source: it.Source, State: exportState[it.Status],
				Notes: []xliff.Note{{Category: "record", Text: v.T(entityKey(it.EntityType)) + ": " + it.Label},
					{Category: "field", Text: v.T(fieldLabel(it.EntityType, it.Field))}}}
			if it.Translation != nil {
				target := it.Translation.Text
				u.Target = &target
				if it.Status == directory.TranslationOutdated {
					u.Notes = append(u.Notes, xliff.Note{Category: "previous-source", Text: it.Translation.SourceText})
				}
			}
			file.Units = append(file.Units, u)
		}
		doc.Files = append(doc.Files, file)
	}
	return doc, nil
}

// unitID names a text in XLIFF: {type}/{id}/{field}.
func unitID(entityType, id, field string) string { return entityType + "/" + id + "/" + field }

// exportStamp is when a file was made, for its name.
func exportStamp(t time.Time) string { return t.In(directory.Berlin).Format("2006-01-02") }
