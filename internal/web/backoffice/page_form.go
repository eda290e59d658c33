package backoffice

import (
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// pageFields are the page form's fields in page order.
var pageFields = []labelled{{"title", "admin.page.title"}, {"slug", "admin.page.slug"}, {"body", "admin.page.body"}}

type pageFormPage struct {
	*view
	Record record
}

// pageValues is an editable page as form values.
func pageValues(p directory.Page) url.Values {
	return url.Values{"title": {p.Title}, "slug": {p.Slug}, "body": {p.Body}}
}

func (o *Office) pagePage(w http.ResponseWriter, r *http.Request, pg directory.Page, f *ui.Form) *pageFormPage {
	title := "admin.page.edit"
	if pg.ID == "" {
		title = "admin.page.new"
	}
	v := o.newView(w, r, title, "pages")
	v.Form = f
	return &pageFormPage{view: v, Record: newRecord(v, "/admin/pages", audit.EntityPage, pg.ID, pg.Title, pg.ArchivedAt, pg.UpdatedAt)}
}

func (o *Office) renderPageForm(w http.ResponseWriter, status int, p *pageFormPage) {
	p.setErrors(namesOf(pageFields), labelsOf(pageFields))
	o.render(w, status, "page_form", p)
}

// pageFromForm applies the form to the stored page pg. The body keeps
// its white space: it is formatted text.
func pageFromForm(f *ui.Form, pg directory.Page) directory.Page {
	pg.MinorEdit = minorEdit(f)
	pg.Title, pg.Slug = f.Get("title"), f.Get("slug")
	if vs := f.All("body"); len(vs) > 0 {
		pg.Body = vs[0]
	} else {
		pg.Body = ""
	}
	return pg
}
