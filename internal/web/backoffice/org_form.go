package backoffice

import (
	"context"
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/web/ui"
)

// orgFields are the organisation form's fields in page order.
var orgFields = []labelled{
	{"name", "admin.org.name"}, {"alternate_name", "admin.org.alternate_name"}, {"type", "admin.org.type"},
	{"description", "admin.org.description"}, {"email", "admin.field.email"}, {"website", "admin.org.website"},
	{"logo", "admin.org.logo"}, {"parent_id", "admin.org.parent"},
}

type orgFormPage struct {
	*view
	Record  record
	Types   []option
	Parents []option
}

// orgValues is an organisation as form values.
func orgValues(o directory.Organization) url.Values {
	return url.Values{
		"name": {o.Name}, "alternate_name": {o.AlternateName}, "type": {o.Type}, "description": {o.Description},
		"email": {o.Email}, "website": {o.Website}, "logo": {o.Logo}, "parent_id": {o.ParentID},
	}
}

// orgFromForm applies the form to the stored organisation (zero for a new one).
func orgFromForm(f *ui.Form, o directory.Organization, p *orgFormPage) directory.Organization {
	o.MinorEdit = minorEdit(f)
	o.Name, o.AlternateName, o.Description = f.Get("name"), f.Get("alternate_name"), f.Get("description")
	o.Email, o.Website, o.Logo = f.Get("email"), f.Get("website"), f.Get("logo")
	o.Type = f.Get("type")
	if !has(p.Types, o.Type) {
		setError(f, "type", "error.choice")
	}
	o.ParentID = f.Get("parent_id")
	if o.ParentID != "" && !has(p.Parents, o.ParentID) {
		setError(f, "parent_id", "error.choice")
	}
	return o
}

// orgPage prepares the organisation form around the given values.
func (o *Office) orgPage(w http.ResponseWriter, r *http.Request, org directory.Organization, f *ui.Form) (*orgFormPage, error) {
	ctx := r.Context()
	title := "admin.org.edit"
	if org.ID == "" {
		title = "admin.org.new"
	}
	v := o.newView(w, r, title, "organizations")
	v.Form = f
	p := &orgFormPage{view: v, Record: newRecord(v, "/admin/organizations", audit.EntityOrganization, org.ID, org.Name, org.ArchivedAt, org.UpdatedAt)}
	types, err := o.orgTypeOptions(ctx, v.Region.ID)
	if err != nil {
		return nil, err
	}
	p.Types = types
	orgs, err := o.allOrgs(ctx, v.Region.ID, org.ParentID)
	if err != nil {
		return nil, err
	}
	for _, x := range orgs {
		if x.ID != org.ID {
			p.Parents = append(p.Parents, orgOption(v, x))
		}
	}
	return p, nil
}

func (o *Office) renderOrgForm(w http.ResponseWriter, status int, p *orgFormPage) {
	p.setErrors(namesOf(orgFields), labelsOf(orgFields))
	o.render(w, status, "org_form", p)
}

// orgTypeOptions lists the organisation types, named as the region's
// organisation-type taxonomy names them.
func (o *Office) orgTypeOptions(ctx context.Context, regionID string) ([]option, error) {
	names := map[string]string{}
	if tax, err := o.env.Store.TaxonomyBySlug(ctx, regionID, directory.TaxOrgTypes); err == nil {
		terms, err := o.env.Store.Terms(ctx, regionID, store.TermFilter{TaxonomyID: tax.ID, WithArchived: true})
		if err != nil {
			return nil, err
		}
		for _, t := range terms {
			names[t.Code] = t.Name
		}
	}
	opts := make([]option, len(directory.OrgTypes))
	for i, code := range directory.OrgTypes {
		opts[i] = option{Value: code, Label: orDefault(names[code], code)}
	}
	return opts, nil
}

// allOrgs returns the region's current organisations by name, and the
// one with id keep even if it is archived (so that a form can show it).
func (o *Office) allOrgs(ctx context.Context, regionID, keep string) ([]directory.Organization, error) {
	var out []directory.Organization
	for off := 0; ; off += 1000 {
		page, total, err := o.env.Store.Organizations(ctx, regionID, store.ListFilter{Limit: 1000, Offset: off})
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if off+len(page) >= total || len(page) == 0 {
			break
		}
	}
	if keep != "" && !containsID(out, keep, func(x directory.Organization) string { return x.ID }) {
		if x, err := o.env.Store.Organization(ctx, regionID, keep); err == nil {
			out = append(out, x)
		}
	}
	return out, nil
}

func orgOption(v *view, x directory.Organization) option {
	opt := option{Value: x.ID, Label: x.Name}
	if x.ArchivedAt != nil {
		opt.Note = v.T("admin.state.archived")
	}
	return opt
}

func containsID[T any](list []T, id string, idOf func(T) string) bool {
	for _, x := range list {
		if idOf(x) == id {
			return true
		}
	}
	return false
}
