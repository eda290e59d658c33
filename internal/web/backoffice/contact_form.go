package backoffice

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// contactFields are the contact form's fields in page order (phones follow).
var contactFields = []labelled{
	{"owner", "admin.contact.owner"}, {"name", "admin.contact.name"}, {"title", "admin.contact.title"},
	{"department", "admin.contact.department"}, {"email", "admin.field.email"},
}

var contactRename = map[string]string{"organization_id": "owner", "service_id": "owner", "location_id": "owner", "phone": "phone_1_number"}

const (
	minPhones = 3
	maxPhones = 10
)

type contactFormPage struct {
	*view
	Record     record
	Owners     []optionGroup
	PhoneTypes []option
	Languages  []option
	Phones     []int // phone numbers shown, from 1
}

func phoneField(n int, part string) string { return fmt.Sprintf("phone_%d_%s", n, part) }

// owner is the form value naming what a contact belongs to.
func owner(c directory.Contact) string {
	switch {
	case c.ServiceID != "":
		return "service:" + c.ServiceID
	case c.OrganizationID != "":
		return "organization:" + c.OrganizationID
	case c.LocationID != "":
		return "location:" + c.LocationID
	}
	return ""
}

// contactValues is a contact as form values.
func contactValues(c directory.Contact) url.Values {
	v := url.Values{"owner": {owner(c)}, "name": {c.Name}, "title": {c.Title}, "department": {c.Department}, "email": {c.Email}}
	for i, p := range c.Phones {
		n := i + 1
		v.Set(phoneField(n, "id"), p.ID)
		v.Set(phoneField(n, "number"), p.Number)
		v.Set(phoneField(n, "type"), p.Type)
		v[phoneField(n, "languages")] = slices.Clone(p.Languages)
	}
	return v
}

func (o *Office) contactPage(w http.ResponseWriter, r *http.Request, c directory.Contact, f *ui.Form, phones int) (*contactFormPage, error) {
	title := "admin.contact.edit"
	if c.ID == "" {
		title = "admin.contact.new"
	}
	v := o.newView(w, r, title, "contacts")
	v.Form = f
	name := c.Name
	if name == "" {
		name = c.Email
	}
	p := &contactFormPage{view: v, Record: newRecord(v, "/admin/contacts", audit.EntityContact, c.ID, name, c.ArchivedAt, c.UpdatedAt)}
	var err error
	if p.Owners, err = o.ownerGroups(r.Context(), v, c); err != nil {
		return nil, err
	}
	for _, t := range directory.PhoneTypes {
		p.PhoneTypes = append(p.PhoneTypes, option{Value: t, Label: v.T("admin.phone_type." + t)})
	}
	var langs []string
	for _, ph := range c.Phones {
		langs = append(langs, ph.Languages...)
	}
	p.Languages = languageOptions(v, langs)
	for n := 1; n <= phones; n++ {
		p.Phones = append(p.Phones, n)
	}
	return p, nil
}

// ownerGroups offers what a contact can belong to: organisations, offers
// and locations of the region (current ones, and the contact's own).
func (o *Office) ownerGroups(ctx context.Context, v *view, c directory.Contact) ([]optionGroup, error) {
	orgs, err := o.allOrgs(ctx, v.Region.ID, c.OrganizationID)
	if err != nil {
		return nil, err
	}
	orgName := map[string]string{}
	g := optionGroup{Label: v.T("admin.contact.owner_organizations")}
	for _, x := range orgs {
		orgName[x.ID] = x.Name
		opt := orgOption(v, x)
		opt.Value = "organization:" + x.ID
		g.Options = append(g.Options, opt)
	}
	groups := []optionGroup{g}
	facets, _, err := o.env.Store.ServiceFacets(ctx, v.Region.ID, 0)
	if err != nil {
		return nil, err
	}
	g = optionGroup{Label: v.T("admin.contact.owner_offers")}
	for _, sv := range facets {
		if sv.Hidden && sv.ID != c.ServiceID {
			continue
		}
		opt := option{Value: "service:" + sv.ID, Label: sv.Name}
		if on := orgName[sv.OrganizationID]; on != "" {
			opt.Label += " – " + on
		}
		if sv.Hidden {
			opt.Note = v.T("admin.state.archived")
		}
		g.Options = append(g.Options, opt)
	}
	col := collate.New(language.German, collate.Loose)
	slices.SortFunc(g.Options, func(a, b option) int { return col.CompareString(a.Label, b.Label) })
	groups = append(groups, g)
	var keep []directory.Location
	if c.LocationID != "" {
		if l, err := o.env.Store.Location(ctx, v.Region.ID, c.LocationID); err == nil {
			keep = append(keep, l)
		}
	}
	locGroups, _, err := o.locationGroups(ctx, v, keep)
	if err != nil {
		return nil, err
	}
	g = optionGroup{Label: v.T("admin.contact.owner_locations")}
	for _, lg := range locGroups {
		for _, opt := range lg.Options {
			opt.Value = "location:" + opt.Value
			opt.Label += " (" + lg.Label + ")"
			g.Options = append(g.Options, opt)
		}
	}
	return append(groups, g), nil
}

// postedPhones is how many phone blocks a posted form had.
func postedPhones(f *ui.Form) int {
	n := minPhones
	for name := range f.Values {
		if rest, ok := strings.CutPrefix(name, "phone_"); ok {
			num, _, _ := strings.Cut(rest, "_")
			if k, err := strconv.Atoi(num); err == nil && k > n && k <= maxPhones {
				n = k
			}
		}
	}
	return n
}

func (o *Office) renderContactForm(w http.ResponseWriter, status int, p *contactFormPage) {
	order := namesOf(contactFields)
	for _, n := range p.Phones {
		order = append(order, phoneField(n, "number"), phoneField(n, "type"), phoneField(n, "languages"))
	}
	p.setErrors(order, labelsOf(contactFields))
	o.render(w, status, "contact_form", p)
}

// contactFromForm applies the form to the stored contact c (zero for a new one).
func contactFromForm(f *ui.Form, c directory.Contact, p *contactFormPage) directory.Contact {
	own := f.Get("owner")
	c.OrganizationID, c.ServiceID, c.LocationID = "", "", ""
	switch {
	case own == "":
		setError(f, "owner", "error.required")
	case !groupsHave(p.Owners, own):
		setError(f, "owner", "error.choice")
	default:
		kind, id, _ := strings.Cut(own, ":")
		switch kind {
		case "organization":
			c.OrganizationID = id
		case "service":
			c.ServiceID = id
		case "location":
			c.LocationID = id
		}
	}
	c.Name, c.Title, c.Department, c.Email = f.Get("name"), f.Get("title"), f.Get("department"), f.Get("email")
	old := map[string]directory.Phone{}
	for _, ph := range c.Phones {
		old[ph.ID] = ph
	}
	var phones []directory.Phone
	for _, n := range p.Phones {
		number, typ, langs := f.Get(phoneField(n, "number")), f.Get(phoneField(n, "type")), f.All(phoneField(n, "languages"))
		if number == "" {
			if len(langs) > 0 {
				setError(f, phoneField(n, "number"), "error.required")
			}
			continue
		}
		ph := directory.Phone{Number: number, Type: typ}
		if prev, ok := old[f.Get(phoneField(n, "id"))]; ok {
			ph.ID, ph.Extension, ph.Description = prev.ID, prev.Extension, prev.Description
		}
		if !directory.ValidPhone(number) {
			setError(f, phoneField(n, "number"), "error.phone")
		}
		if !has(p.PhoneTypes, typ) {
			setError(f, phoneField(n, "type"), "error.choice")
		}
		for _, code := range langs {
			if !has(p.Languages, code) {
				setError(f, phoneField(n, "languages"), "error.choice")
				continue
			}
			ph.Languages = append(ph.Languages, code)
		}
		phones = append(phones, ph)
	}
	c.Phones = phones
	if c.Name == "" && c.Email == "" && len(c.Phones) == 0 && len(f.Errors) == 0 {
		setError(f, "name", "error.contact_empty")
	}
	return c
}
