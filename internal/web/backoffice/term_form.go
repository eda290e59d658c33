package backoffice

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/web/ui"
)

// termFields are the term form's fields in page order.
var termFields = []labelled{
	{"name", "admin.term.name"}, {"code", "admin.term.code"}, {"description", "admin.term.description"},
	{"synonyms", "admin.term.synonyms"}, {"parent_id", "admin.term.parent"}, {"sort_order", "admin.term.sort_order"},
}

var termRename = map[string]string{"uri": "code", "taxonomy_id": "name"}

type termFormPage struct {
	*view
	Record   record
	Taxonomy directory.Taxonomy
	// Fixed terms belong to a built-in taxonomy whose codes Lotse relies
	// on: they can be renamed, nothing more.
	Fixed   bool
	Term    directory.Term
	Parents []option
}

// termValues is a term as form values.
func termValues(t directory.Term) url.Values {
	return url.Values{"name": {t.Name}, "code": {t.Code}, "description": {t.Description}, "synonyms": {t.Synonyms}, "parent_id": {t.ParentID}, "sort_order": {strconv.Itoa(t.SortOrder)}}
}

func (o *Office) termPage(w http.ResponseWriter, r *http.Request, t directory.Term, tax directory.Taxonomy, fixed bool, f *ui.Form) (*termFormPage, error) {
	title := "admin.term.edit"
	if t.ID == "" {
		title = "admin.term.new"
	}
	v := o.newView(w, r, title, "taxonomies")
	v.Form = f
	p := &termFormPage{view: v, Taxonomy: tax, Fixed: fixed, Term: t,
		Record: newRecord(v, "/admin/terms", audit.EntityTerm, t.ID, t.Name, t.ArchivedAt, t.UpdatedAt)}
	p.Record.List = "/admin/taxonomies/" + tax.Slug
	p.Record.Fixed = fixed
	if t.ID == "" {
		p.Record.Action = p.Record.List + "/new"
	}
	terms, err := o.env.Store.Terms(r.Context(), v.Region.ID, store.TermFilter{TaxonomyID: tax.ID, WithArchived: true})
	if err != nil {
		return nil, err
	}
	// A term cannot sit below itself or below one of its own sub-terms.
	parent := map[string]string{}
	for _, x := range terms {
		parent[x.ID] = x.ParentID
	}
	below := func(id string) bool {
		for seen := 0; id != "" && seen <= len(terms); seen++ {
			if id == t.ID {
				return true
			}
			id = parent[id]
		}
		return false
	}
	for _, x := range terms {
		if t.ID != "" && below(x.ID) {
			continue
		}
		if x.ArchivedAt != nil && x.ID != t.ParentID {
			continue
		}
		opt := option{Value: x.ID, Label: x.Name}
		if x.ArchivedAt != nil {
			opt.Note = v.T("admin.state.archived")
		}
		p.Parents = append(p.Parents, opt)
	}
	return p, nil
}

func (o *Office) renderTermForm(w http.ResponseWriter, status int, p *termFormPage) {
	p.setErrors(namesOf(termFields), labelsOf(termFields))
	o.render(w, status, "term_form", p)
}

// cleanLines keeps one word or phrase per line: trimmed, without empty
// lines or repetitions.
func cleanLines(s string) string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// termFromForm applies the form to the stored term t; of a fixed term
// only the name changes.
func termFromForm(f *ui.Form, t directory.Term, p *termFormPage) directory.Term {
	t.MinorEdit = minorEdit(f)
	t.Name = f.Get("name")
	// Synonyms help search find the term; built-in terms need them as
	// much as any.
	t.Synonyms = cleanLines(f.Get("synonyms"))
	if p.Fixed {
		return t
	}
	t.Code, t.Description = f.Get("code"), f.Get("description")
	t.ParentID = f.Get("parent_id")
	if t.ParentID != "" && !has(p.Parents, t.ParentID) {
		setError(f, "parent_id", "error.choice")
	}
	t.SortOrder = 0
	if n := optInt(f, "sort_order", "admin.error.number"); n != nil {
		if *n < -100000 || *n > 100000 {
			setError(f, "sort_order", "admin.error.number")
		} else {
			t.SortOrder = *n
		}
	}
	return t
}
