package backoffice

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// offerFields are the offer form's fields in page order (the hours
// editor follows them).
var offerFields = []labelled{
	{"organization_id", "admin.offer.organization"}, {"name", "admin.offer.name"}, {"summary", "admin.offer.summary"},
	{"description", "admin.offer.description"}, {"needs", "admin.offer.needs"}, {"target_groups", "admin.offer.target_groups"},
	{"access", "admin.offer.access"}, {"languages", "admin.offer.languages"}, {"free", "admin.offer.free"},
	{"fees_description", "admin.offer.fees"}, {"eligibility_description", "admin.offer.eligibility"},
	{"minimum_age", "admin.offer.minimum_age"}, {"maximum_age", "admin.offer.maximum_age"},
	{"application_process", "admin.offer.application"}, {"interpretation_services", "admin.offer.interpretation"},
	{"url", "admin.offer.url"}, {"email", "admin.field.email"}, {"status", "admin.offer.status"}, {"alert", "admin.offer.alert"},
	{"assured_date", "admin.offer.assured_date"}, {"locations", "admin.offer.locations"},
}

// offerRename maps the offer's validation fields to form fields.
var offerRename = map[string]string{"terms": "needs", "cost_options": "free", "schedules": "hours_MO_1_opens"}

// offerTermGroups are the taxonomies the offer form shows as checkbox
// groups, by form field.
var offerTermGroups = []struct{ field, taxonomy string }{
	{"needs", directory.TaxNeeds}, {"target_groups", directory.TaxTargetGroups}, {"access", directory.TaxAccess},
}

type offerFormPage struct {
	*view
	Record    record
	Orgs      []option
	Terms     map[string][]option // by form field
	Languages []option
	Statuses  []option
	Locations []optionGroup
	Hours     *hoursView
	Stale     bool // the last check is missing or older than a year
}

// offerValues is an offer as form values; termField maps a term id to
// its form field.
func offerValues(sv directory.Service, termField map[string]string) url.Values {
	v := url.Values{
		"organization_id": {sv.OrganizationID}, "name": {sv.Name}, "summary": {sv.Summary}, "description": {sv.Description},
		"fees_description": {sv.FeesDescription}, "eligibility_description": {sv.EligibilityDescription},
		"application_process": {sv.ApplicationProcess}, "interpretation_services": {sv.InterpretationServices},
		"url": {sv.URL}, "email": {sv.Email}, "status": {sv.Status}, "alert": {sv.Alert}, "assured_date": {sv.AssuredDate},
	}
	if sv.MinimumAge != nil {
		v.Set("minimum_age", strconv.Itoa(*sv.MinimumAge))
	}
	if sv.MaximumAge != nil {
		v.Set("maximum_age", strconv.Itoa(*sv.MaximumAge))
	}
	if sv.Free() {
		v.Set("free", "1")
	}
	for _, id := range sv.TermIDs {
		if field, ok := termField[id]; ok {
			v.Add(field, id)
		}
	}
	for _, l := range sv.Languages {
		v.Add("languages", l.Code)
	}
	for _, l := range sv.Locations {
		v.Add("locations", l.LocationID)
	}
	return v
}

// offerPage prepares the offer form for the stored offer sv (zero for a
// new one) around the form f.
func (o *Office) offerPage(w http.ResponseWriter, r *http.Request, sv directory.Service, f *ui.Form) (*offerFormPage, error) {
	ctx := r.Context()
	title := "admin.offer.edit"
	if sv.ID == "" {
		title = "admin.offer.new"
	}
	v := o.newView(w, r, title, "offers")
	v.Form = f
	p := &offerFormPage{view: v, Record: newRecord(v, "/admin/offers", audit.EntityService, sv.ID, sv.Name, sv.ArchivedAt, sv.UpdatedAt), Terms: map[string][]option{}}
	orgs, err := o.allOrgs(ctx, v.Region.ID, sv.OrganizationID)
	if err != nil {
		return nil, err
	}
	for _, x := range orgs {
		p.Orgs = append(p.Orgs, orgOption(v, x))
	}
	for _, g := range offerTermGroups {
		opts, err := o.termOptions(ctx, v, g.taxonomy, sv.TermIDs)
		if err != nil {
			return nil, err
		}
		p.Terms[g.field] = opts
	}
	p.Languages = languageOptions(v, sv.LanguageCodes())
	p.Statuses = statusOptions(v)
	var linked []directory.Location
	for _, l := range sv.Locations {
		if l.Location != nil {
			linked = append(linked, *l.Location)
		}
	}
	if p.Locations, _, err = o.locationGroups(ctx, v, linked); err != nil {
		return nil, err
	}
	if sv.ID != "" {
		p.Stale = staleCheck(sv.AssuredDate, o.now())
	}
	return p, nil
}

// staleCheck reports whether an offer's last check is missing or more
// than a year ago, so that nothing silently goes out of date.
func staleCheck(assured string, now time.Time) bool {
	return assured == "" || assured < now.In(directory.Berlin).AddDate(-1, 0, 0).Format(time.DateOnly)
}

// termFields maps the ids of the offer form's terms to their form field.
func (p *offerFormPage) termFields() map[string]string {
	m := map[string]string{}
	for field, opts := range p.Terms {
		for _, o := range opts {
			m[o.Value] = field
		}
	}
	return m
}

func (o *Office) renderOfferForm(w http.ResponseWriter, status int, p *offerFormPage) {
	order := append(namesOf(offerFields), p.Hours.names()...)
	p.setErrors(order, labelsOf(offerFields))
	o.render(w, status, "offer_form", p)
}

// offerFromForm applies the form to the stored offer sv (zero, with an
// id, for a new one).
func offerFromForm(f *ui.Form, sv directory.Service, p *offerFormPage, stored []directory.Schedule) directory.Service {
	sv.MinorEdit = minorEdit(f)
	sv.OrganizationID = f.Get("organization_id")
	switch {
	case sv.OrganizationID == "":
		setError(f, "organization_id", "error.required")
	case !has(p.Orgs, sv.OrganizationID):
		setError(f, "organization_id", "error.choice")
	}
	sv.Name, sv.Summary, sv.Description = f.Get("name"), f.Get("summary"), f.Get("description")
	sv.FeesDescription, sv.EligibilityDescription = f.Get("fees_description"), f.Get("eligibility_description")
	sv.ApplicationProcess, sv.InterpretationServices = f.Get("application_process"), f.Get("interpretation_services")
	sv.URL, sv.Email, sv.Alert = f.Get("url"), f.Get("email"), f.Get("alert")
	sv.Status = f.Get("status")
	if !has(p.Statuses, sv.Status) {
		setError(f, "status", "error.choice")
	}
	sv.AssuredDate = normalizeDate(f.Get("assured_date"))
	sv.MinimumAge = optInt(f, "minimum_age", "error.age")
	sv.MaximumAge = optInt(f, "maximum_age", "error.age")
	sv.SetFree(f.Has("free", "1"))

	// Terms of taxonomies the form does not show stay as they are.
	shown := p.termFields()
	var terms []string
	for _, id := range sv.TermIDs {
		if _, ok := shown[id]; !ok {
			terms = append(terms, id)
		}
	}
	for _, g := range offerTermGroups {
		for _, id := range f.All(g.field) {
			if !has(p.Terms[g.field], id) {
				setError(f, g.field, "error.choice")
				continue
			}
			terms = append(terms, id)
		}
	}
	sv.TermIDs = terms

	var langs []directory.Language
	for _, code := range f.All("languages") {
		if !has(p.Languages, code) {
			setError(f, "languages", "error.choice")
			continue
		}
		l := directory.Language{Code: code}
		if i := slices.IndexFunc(sv.Languages, func(x directory.Language) bool { return x.Code == code }); i >= 0 {
			l = sv.Languages[i]
		}
		langs = append(langs, l)
	}
	sv.Languages = langs

	var locs []directory.ServiceAtLocation
	for _, id := range f.All("locations") {
		if !groupsHave(p.Locations, id) {
			setError(f, "locations", "error.choice")
			continue
		}
		l := directory.ServiceAtLocation{LocationID: id}
		if i := slices.IndexFunc(sv.Locations, func(x directory.ServiceAtLocation) bool { return x.LocationID == id }); i >= 0 {
			l = sv.Locations[i]
			l.Location = nil
		}
		locs = append(locs, l)
	}
	sv.Locations = locs
	sv.Schedules = parseHours(f, p.Hours, sv.ID, stored)
	sv.Organization, sv.Contacts = nil, nil
	return sv
}
