package backoffice

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// option is a choice in a select, a radio or a checkbox group.
type option struct {
	Value string
	Label string // shown as is (already translated, or content)
	Lang  string // language of the label when it differs from the page's
	Dir   string
	Note  string // a translated remark, e.g. "archived"
}

// optionGroup is a titled group of options (an optgroup, or a fieldset
// of checkboxes).
type optionGroup struct {
	Label   string
	Options []option
}

// has reports whether value is among the options.
func has(opts []option, value string) bool {
	for _, o := range opts {
		if o.Value == value {
			return true
		}
	}
	return false
}

// postedForm parses a POST body. It answers 413 or 400 itself (and
// returns false) when the body is too large or not a valid form; control
// characters in a field become a field error, since no field needs them.
func (o *Office) postedForm(w http.ResponseWriter, r *http.Request) (*ui.Form, bool) {
	if err := ui.ParseForm(w, r); err != nil {
		o.formError(w, r, err)
		return nil, false
	}
	f := ui.NewForm(r)
	for name, vs := range f.Values {
		if strings.Contains(name, "password") {
			continue
		}
		for _, v := range vs {
			if hasControl(v) {
				f.Errors[name] = "error.text"
			}
		}
	}
	return f, true
}

func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' {
			return true
		}
	}
	return false
}

// editForm is a form filled with a stored record's values and version;
// a form for a new record (ver 0) gets the id the record will have
// (see creating).
func editForm(values url.Values, ver int) *ui.Form {
	if ver > 0 {
		values.Set("ver", strconv.Itoa(ver))
	} else {
		withNewID(values)
	}
	return &ui.Form{Values: values, Errors: map[string]string{}}
}

// minorEdit reads the "minor change" box of a source form: the editor
// says the change does not alter the meaning, so translations made for
// the old German text stay current.
func minorEdit(f *ui.Form) bool { return f.Has("minor_edit", "1") }

// setError records a problem with a field unless one is already known.
func setError(f *ui.Form, field, key string) {
	if _, ok := f.Errors[field]; !ok {
		f.Errors[field] = key
	}
}

// version reads the hidden "ver" of an edit form. A form without a valid
// version cannot have come from the edit page.
func version(f *ui.Form) (int, bool) {
	n, err := strconv.Atoi(f.Get("ver"))
	return n, err == nil && n > 0
}

// optInt reads an optional whole number.
func optInt(f *ui.Form, field, errKey string) *int {
	s := f.Get(field)
	if s == "" {
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		setError(f, field, errKey)
		return nil
	}
	return &n
}

// parseNumber reads a decimal number as people type it in Germany or
// elsewhere: "51,6571" and "51.6571" are the same.
func parseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	if s == "" || strings.ContainsAny(s, "xXpP_") {
		return 0, false
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n != n { // n != n: NaN
		return 0, false
	}
	return n, true
}

var germanDate = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})$`)

// normalizeDate accepts what a date input sends (YYYY-MM-DD) and, for
// browsers without one, the German way of writing it (24.12.2026).
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if m := germanDate.FindStringSubmatch(s); m != nil {
		return m[3] + "-" + pad2(m[2]) + "-" + pad2(m[1])
	}
	return s
}

// normalizeTime accepts "9:30", "09:30", "09:30:00" and "9.30".
func normalizeTime(s string) string {
	s = strings.TrimSpace(s)
	if len(s) <= 5 && strings.Count(s, ".") == 1 {
		s = strings.Replace(s, ".", ":", 1)
	}
	return directory.NormalizeClock(s)
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// applyStoreErrors copies the field errors of a failed save into the
// form, renaming the record's field names to the form's; an error
// without fields becomes the form's message. It reports whether err was
// a validation error.
func applyStoreErrors(v *view, err error, rename map[string]string) bool {
	if directory.ErrorCode(err) != directory.EINVALID {
		return false
	}
	fields := directory.FieldErrors(err)
	for field, key := range fields {
		if to, ok := rename[field]; ok {
			field = to
		}
		setError(v.Form, field, key)
	}
	if len(fields) == 0 {
		v.Message = ui.MessageKey(err)
	}
	return true
}

// conflict describes the version of a record that someone else saved
// while the editor had the form open.
type conflict struct {
	Entry   *audit.Entry // the latest change, if the log has one
	History string       // URL of the record's history
	Changed []changedField
}

// changedField is a field whose saved value differs from the one typed.
type changedField struct {
	Field, Label, Current string
}

// labelled names a form field with its label key, for the error summary
// and the list of fields changed in a conflict.
type labelled struct{ Name, Label string }

func labelsOf(fields []labelled) map[string]string {
	m := make(map[string]string, len(fields))
	for _, f := range fields {
		m[f.Name] = f.Label
	}
	return m
}

func namesOf(fields []labelled) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.Name
	}
	return out
}

// describeConflict fills v for a version conflict: the form keeps what
// was typed, its hidden version becomes the current one (so that saving
// again is a deliberate overwrite), and v.Conflict says who changed what
// and shows the saved value next to each field that differs. current
// holds the saved record as form values; choices gives the labels of
// fields whose values are ids or codes.
func (o *Office) describeConflict(ctx context.Context, v *view, entity, id string, ver int, current url.Values, fields []labelled, choices map[string][]option) {
	c := &conflict{History: historyURL(entity, id)}
	if entries, err := o.env.Store.AuditEntries(ctx, v.Region.ID, audit.Filter{EntityType: entity, EntityID: id, Limit: 1}); err == nil && len(entries) > 0 {
		c.Entry = &entries[0]
	}
	show := func(field string, vals []string) string {
		var out []string
		for _, val := range vals {
			if val = strings.TrimSpace(val); val == "" {
				continue
			}
			if opts, ok := choices[field]; ok {
				for _, opt := range opts {
					if opt.Value == val {
						val = opt.Label
						break
					}
				}
			}
			out = append(out, val)
		}
		slices.Sort(out)
		return strings.Join(out, "; ")
	}
	for _, f := range fields {
		if typed, saved := show(f.Name, v.Form.All(f.Name)), show(f.Name, current[f.Name]); typed != saved {
			c.Changed = append(c.Changed, changedField{Field: f.Name, Label: v.T(f.Label), Current: saved})
		}
	}
	v.Conflict = c
	v.Message = "error.conflict"
	url.Values(v.Form.Values).Set("ver", strconv.Itoa(ver))
}

// historyURL is the audit log filtered to one record.
func historyURL(entity, id string) string {
	return "/admin/audit?" + url.Values{"type": {entity}, "id": {id}}.Encode()
}

// isConflict reports whether a save failed because the record changed.
func isConflict(err error) bool {
	var e *directory.Error
	return errors.As(err, &e) && e.Code == directory.ECONFLICT
}

// saved finishes a successful change: the public lists are refreshed at
// once and the browser goes to the record with a success message.
func (o *Office) saved(w http.ResponseWriter, r *http.Request, to, flash string) {
	s := sessionFrom(r)
	if err := o.env.Index.Refresh(r.Context(), s.user.RegionID); err != nil {
		o.env.Log.Error("backoffice: refresh offer index", "err", err)
	}
	o.redirectWithFlash(w, r, to, flash)
}

// saveFailed shows the form again after an unexpected error: what was
// typed is never lost, even when the database is away.
func (o *Office) saveFailed(v *view, r *http.Request, err error) int {
	o.env.Log.Error("backoffice: save", "path", r.URL.Path, "err", err)
	v.Message = "error.internal"
	return http.StatusInternalServerError
}

// validateInto adds the problems a record's own validation finds to the
// form (under the form's field names), so that the editor sees every
// problem at once and not only those the form itself checks.
// Opening hours are left out: the editor checks them row by row and
// knows better which field is wrong.
func validateInto(f *ui.Form, err error, rename map[string]string) {
	for field, key := range directory.FieldErrors(err) {
		if field == "schedules" {
			continue
		}
		if to, ok := rename[field]; ok {
			field = to
		}
		setError(f, field, key)
	}
}
