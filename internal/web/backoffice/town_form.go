package backoffice

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// townFields are the town form's fields in page order.
var townFields = []labelled{
	{"name", "admin.town.name"}, {"slug", "admin.town.slug"}, {"postal_codes", "admin.town.postal_codes"},
	{"latitude", "admin.location.latitude"}, {"longitude", "admin.location.longitude"},
}

type townFormPage struct {
	*view
	Record record
}

// townValues is a town as form values.
func townValues(t directory.Town) url.Values {
	v := url.Values{"name": {t.Name}, "slug": {t.Slug}, "postal_codes": {strings.Join(t.PostalCodes, ", ")}}
	if t.ID != "" {
		v.Set("latitude", strconv.FormatFloat(t.Latitude, 'f', -1, 64))
		v.Set("longitude", strconv.FormatFloat(t.Longitude, 'f', -1, 64))
	}
	return v
}

func (o *Office) townPage(w http.ResponseWriter, r *http.Request, t directory.Town, f *ui.Form) *townFormPage {
	title := "admin.town.edit"
	if t.ID == "" {
		title = "admin.town.new"
	}
	v := o.newView(w, r, title, "towns")
	v.Form = f
	return &townFormPage{view: v, Record: newRecord(v, "/admin/towns", audit.EntityTown, t.ID, t.Name, t.ArchivedAt, t.UpdatedAt)}
}

func (o *Office) renderTownForm(w http.ResponseWriter, status int, p *townFormPage) {
	p.setErrors(namesOf(townFields), labelsOf(townFields))
	o.render(w, status, "town_form", p)
}

// townFromForm applies the form to the stored town t.
func townFromForm(f *ui.Form, t directory.Town) directory.Town {
	t.Name, t.Slug = f.Get("name"), f.Get("slug")
	t.PostalCodes = strings.FieldsFunc(f.Get("postal_codes"), func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\n' || r == '\r' || r == '\t' })
	lat, ok1 := parseNumber(f.Get("latitude"))
	lon, ok2 := parseNumber(f.Get("longitude"))
	switch {
	case f.Get("latitude") == "" || f.Get("longitude") == "":
		setError(f, "latitude", "error.required")
	case !ok1 || !ok2:
		setError(f, "latitude", "error.coordinates")
	}
	t.Latitude, t.Longitude = lat, lon
	return t
}
