package backoffice

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// locationFields are the location form's fields in page order.
var locationFields = []labelled{
	{"type", "admin.location.type"}, {"name", "admin.location.name"}, {"organization_id", "admin.location.organization"},
	{"address_1", "admin.location.street"}, {"postal_code", "admin.location.postal_code"}, {"town_id", "admin.location.town"},
	{"latitude", "admin.location.latitude"}, {"longitude", "admin.location.longitude"},
	{"transportation", "admin.location.transportation"}, {"features", "admin.location.features"},
	{"accessibility", "admin.location.accessibility"},
}

var locationRename = map[string]string{"city": "town_id", "address_2": "address_1", "schedules": "hours_MO_1_opens"}

var locationTypes = []string{directory.LocationPhysical, directory.LocationPostal, directory.LocationVirtual}

type locationFormPage struct {
	*view
	Record   record
	Types    []option
	Orgs     []option
	Towns    []option
	Features []option
	Hours    *hoursView
}

func formatCoord(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// locationValues is a location as form values.
func locationValues(l directory.Location) url.Values {
	v := url.Values{
		"type": {l.Type}, "name": {l.Name}, "organization_id": {l.OrganizationID}, "town_id": {l.TownID},
		"transportation": {l.Transportation}, "latitude": {formatCoord(l.Latitude)}, "longitude": {formatCoord(l.Longitude)},
	}
	if a := l.PhysicalAddress(); a != nil {
		v.Set("address_1", a.Address1)
		v.Set("postal_code", a.PostalCode)
	}
	if len(l.Accessibility) > 0 {
		v.Set("accessibility", l.Accessibility[0].Description)
	}
	v["features"] = slices.Clone(l.FeatureTermIDs)
	return v
}

func (o *Office) locationPage(w http.ResponseWriter, r *http.Request, l directory.Location, f *ui.Form) (*locationFormPage, error) {
	ctx := r.Context()
	title := "admin.location.edit"
	if l.ID == "" {
		title = "admin.location.new"
	}
	v := o.newView(w, r, title, "locations")
	v.Form = f
	p := &locationFormPage{view: v, Record: newRecord(v, "/admin/locations", audit.EntityLocation, l.ID, l.Name, l.ArchivedAt, l.UpdatedAt)}
	for _, t := range locationTypes {
		p.Types = append(p.Types, option{Value: t, Label: v.T("admin.location_type." + t)})
	}
	orgs, err := o.allOrgs(ctx, v.Region.ID, l.OrganizationID)
	if err != nil {
		return nil, err
	}
	for _, x := range orgs {
		p.Orgs = append(p.Orgs, orgOption(v, x))
	}
	if p.Towns, err = o.townOptions(ctx, v, l.TownID); err != nil {
		return nil, err
	}
	if p.Features, err = o.termOptions(ctx, v, directory.TaxAccessible, l.FeatureTermIDs); err != nil {
		return nil, err
	}
	return p, nil
}

// townOptions offers the region's current towns, and the town keep even
// if it is archived.
func (o *Office) townOptions(ctx context.Context, v *view, keep string) ([]option, error) {
	towns, err := o.env.Store.Towns(ctx, v.Region.ID, true)
	if err != nil {
		return nil, err
	}
	var out []option
	for _, t := range towns {
		opt := option{Value: t.ID, Label: t.Name}
		if t.ArchivedAt != nil {
			if t.ID != keep {
				continue
			}
			opt.Note = v.T("admin.state.archived")
		}
		out = append(out, opt)
	}
	return out, nil
}

func (o *Office) renderLocationForm(w http.ResponseWriter, status int, p *locationFormPage) {
	p.setErrors(append(namesOf(locationFields), p.Hours.names()...), labelsOf(locationFields))
	o.render(w, status, "location_form", p)
}

// locationFromForm applies the form to the stored location l (zero, with
// an id, for a new one).
func locationFromForm(f *ui.Form, l directory.Location, p *locationFormPage, stored []directory.Schedule) directory.Location {
	l.MinorEdit = minorEdit(f)
	l.Type = f.Get("type")
	if !has(p.Types, l.Type) {
		setError(f, "type", "error.choice")
	}
	l.Name, l.Transportation = f.Get("name"), f.Get("transportation")
	l.OrganizationID = f.Get("organization_id")
	if l.OrganizationID != "" && !has(p.Orgs, l.OrganizationID) {
		setError(f, "organization_id", "error.choice")
	}
	l.TownID = f.Get("town_id")
	city := ""
	for _, t := range p.Towns {
		if t.Value == l.TownID {
			city = t.Label
		}
	}
	switch {
	case l.TownID == "" && l.Type == directory.LocationPhysical:
		setError(f, "town_id", "error.required")
	case l.TownID != "" && city == "":
		setError(f, "town_id", "error.choice")
	}
	street, postal := f.Get("address_1"), f.Get("postal_code")
	if street == "" && postal == "" && l.Type != directory.LocationPhysical {
		city = ""
	}
	i := slices.IndexFunc(l.Addresses, func(a directory.Address) bool { return a.Type == directory.LocationPhysical || a.Type == "" })
	if i < 0 {
		l.Addresses = append(l.Addresses, directory.Address{Type: directory.LocationPhysical})
		i = len(l.Addresses) - 1
	}
	l.Addresses[i].Address1, l.Addresses[i].PostalCode, l.Addresses[i].City = street, postal, city

	lat, lon := f.Get("latitude"), f.Get("longitude")
	l.Latitude, l.Longitude = nil, nil
	if lat != "" || lon != "" {
		la, ok1 := parseNumber(lat)
		lo, ok2 := parseNumber(lon)
		if !ok1 || !ok2 {
			setError(f, "latitude", "error.coordinates")
		} else {
			l.Latitude, l.Longitude = &la, &lo
		}
	}

	var features []string
	for _, id := range f.All("features") {
		if !has(p.Features, id) {
			setError(f, "features", "error.choice")
			continue
		}
		features = append(features, id)
	}
	l.FeatureTermIDs = features
	text := f.Get("accessibility")
	if len(l.Accessibility) > 0 {
		l.Accessibility[0].Description = text
	} else if text != "" {
		l.Accessibility = []directory.Accessibility{{Description: text}}
	}
	l.Schedules = parseHours(f, p.Hours, l.ID, stored)
	l.Town = nil
	return l
}
