package backoffice

import (
	"errors"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// maxEditorBytes bounds the editor's form. It is larger than other
// forms': it carries every text of a record three times (the German
// text and the translation as shown, and the translation as typed), and
// a page may hold 100,000 characters.
const maxEditorBytes = 4 << 20

// translationSave stores the editor's form: every field whose
// translation or machine flag the editor changed, or whose outdated
// translation they confirmed, in one transaction. Fields left alone are
// not written, so that opening and saving the editor never makes an
// outdated translation current by accident.
func (o *Office) translationSave(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	f, ok := o.editorForm(w, r)
	if !ok {
		return
	}
	p, current, ok := o.translationPage(w, r)
	if !ok {
		return
	}
	p.Form = f
	var ts []directory.Translation
	for i := range p.Fields {
		fd := &p.Fields[i]
		texts, shown := f.Values["text."+fd.Name], f.Values["orig."+fd.Name]
		if len(texts) == 0 {
			// The field was not on the page (its German text was empty
			// when the editor opened it).
			continue
		}
		if len(shown) == 0 || (!fd.Synonyms && len(f.Values["source."+fd.Name]) == 0) {
			o.errorPage(w, r, http.StatusBadRequest, "error.bad_request")
			return
		}
		text, orig := texts[0], shown[0]
		machine := !fd.Synonyms && f.Has("machine."+fd.Name, "1")
		confirm := fd.Status == directory.TranslationOutdated && f.Has("confirm."+fd.Name, "1")
		if sameText(text, orig) && machine == (f.Get("origm."+fd.Name) == "1") && !confirm {
			continue
		}
		if shownSource := f.Get("source." + fd.Name); !fd.Synonyms && !directory.SameSource(shownSource, fd.Source) {
			// The German text changed while the editor had the form
			// open: the translation may not fit the new text. Show the
			// change, keep what was typed, and accept the next save
			// as made for the new text.
			fd.Diff, fd.ChangedWhileOpen = wordDiff(shownSource, fd.Source), true
			setError(f, "text."+fd.Name, "admin.translation.error.source_changed")
			f.Values["source."+fd.Name] = []string{fd.Source}
			continue
		}
		stored := current[fd.Name]
		if storedText := textOf(stored); !sameText(storedText, orig) {
			// Someone saved this translation while the editor had it
			// open. Say so, show theirs, and let a second save overwrite
			// it deliberately.
			fd.Meanwhile = &storedText
			setError(f, "text."+fd.Name, "admin.translation.error.meanwhile")
			f.Values["orig."+fd.Name] = []string{storedText}
			f.Values["origm."+fd.Name] = []string{boolValue(stored != nil && stored.Machine)}
			continue
		}
		t := directory.Translation{RegionID: p.Region.ID, EntityType: p.Record.Type, EntityID: p.Record.ID, Field: fd.Name,
			Lang: p.Target.Code, Text: text, Machine: machine}
		if !fd.Synonyms {
			t.SourceText = f.Values["source."+fd.Name][0]
		}
		check := t
		check.Text = strings.TrimSpace(check.Text)
		for _, key := range directory.FieldErrors(check.Validate(p.Region.Languages)) {
			setError(f, "text."+fd.Name, key)
		}
		ts = append(ts, t)
	}
	if len(f.Errors) > 0 {
		o.renderTranslationEdit(w, http.StatusUnprocessableEntity, p)
		return
	}
	to := editorURL(p.Target.Code, p.Record.Type, p.Record.ID)
	if len(ts) == 0 {
		o.redirectWithFlash(w, r, to, "unchanged")
		return
	}
	// The store checks the German texts once more inside its
	// transaction, for a change made since the check above.
	err := o.env.Store.SaveTranslations(r.Context(), s.actor(), p.Region.ID, ts, true)
	switch {
	case err == nil:
		o.saved(w, r, to, "saved")
	case directory.ErrorCode(err) == directory.ENOTFOUND:
		// The record was archived meanwhile.
		o.fail(w, r, err)
	case directory.ErrorCode(err) == directory.ECONFLICT, directory.ErrorCode(err) == directory.EINVALID:
		p.Message = ui.MessageKey(err)
		o.renderTranslationEdit(w, http.StatusUnprocessableEntity, p)
	default:
		o.renderTranslationEdit(w, o.saveFailed(p.view, r, err), p)
	}
}

func (o *Office) renderTranslationEdit(w http.ResponseWriter, status int, p *translationEditPage) {
	p.Errors = p.Errors[:0]
	for _, fd := range p.Fields {
		if key := p.Form.Error("text." + fd.Name); key != "" {
			p.Errors = append(p.Errors, fieldError{Field: "text." + fd.Name, Label: p.T(fd.Label), Key: key})
		}
	}
	o.render(w, status, "translation_edit", p)
}

// editorForm parses the editor's form within maxEditorBytes; like
// postedForm, it answers 413 or 400 itself, and control characters are
// a field error.
func (o *Office) editorForm(w http.ResponseWriter, r *http.Request) (*ui.Form, bool) {
	r.Body = http.MaxBytesReader(w, r.Body, maxEditorBytes)
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			o.formError(w, r, ui.ErrTooLarge)
		} else {
			o.formError(w, r, ui.ErrBadForm)
		}
		return nil, false
	}
	f := ui.NewForm(r)
	for name, vs := range f.Values {
		if !utf8.ValidString(name) {
			o.formError(w, r, ui.ErrBadForm)
			return nil, false
		}
		for i, v := range vs {
			if !utf8.ValidString(v) {
				// A translation typed in another program and pasted in
				// may carry broken bytes: a field error, with the rest
				// of the text kept. Anywhere else the form was not
				// made by this page.
				if !strings.HasPrefix(name, "text.") {
					o.formError(w, r, ui.ErrBadForm)
					return nil, false
				}
				vs[i] = strings.ToValidUTF8(v, "\uFFFD")
				f.Errors[name] = "error.text"
			}
			if hasControl(v) {
				f.Errors[name] = "error.text"
			}
		}
	}
	return f, true
}

// sameText reports whether two versions of a translation are the same
// for the editor: a browser may send other line endings and spaces at
// the ends.
func sameText(a, b string) bool { return directory.SameSource(a, b) }

func textOf(t *directory.Translation) string {
	if t == nil {
		return ""
	}
	return t.Text
}

func boolValue(b bool) string {
	if b {
		return "1"
	}
	return ""
}
