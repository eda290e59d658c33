package backoffice_test

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

// sameValues compares what was posted with what the form shows again,
// ignoring the button pressed.
func sameValues(t *testing.T, posted, shown url.Values) {
	t.Helper()
	for k, want := range posted {
		if k == "action" {
			continue
		}
		got := shown[k]
		// Empty fields may come back absent, and single-line values trimmed.
		if strings.TrimSpace(strings.Join(want, "")) == "" && len(got) <= 1 && strings.TrimSpace(strings.Join(got, "")) == "" {
			continue
		}
		w := slices.Clone(want)
		g := slices.Clone(got)
		for i := range w {
			w[i] = strings.TrimSpace(w[i])
		}
		for i := range g {
			g[i] = strings.TrimSpace(g[i])
		}
		slices.Sort(w)
		slices.Sort(g)
		if !slices.Equal(w, g) {
			t.Errorf("field %s: posted %q, shown again %q", k, want, got)
		}
	}
}

func TestInvalidOfferKeepsEveryValue(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	path := "/admin/offers/" + a.Services[0].ID
	form := formValues(t, get(t, h, c, path, http.StatusOK))
	set := url.Values{
		"name": {"Neuer Name – mit Ümläut"}, "summary": {"Kurz."}, "description": {"Absatz eins.\n\n- Punkt"},
		"email": {"kein-at-zeichen"}, "url": {"https://ok.example"},
		"needs": {a.Terms["care"].ID, a.Terms["counselling"].ID}, "target_groups": {a.Terms["families"].ID},
		"access": {a.Terms["phone"].ID}, "languages": {"de", "fa", "ckb"}, "free": nil, "fees_description": {"5 Euro"},
		"eligibility_description": {"Alle"}, "minimum_age": {"12"}, "maximum_age": {"zwölf"},
		"application_process": {"Anrufen"}, "interpretation_services": {"Auf Wunsch"},
		"status": {"temporarily closed"}, "alert": {"Im August zu"}, "assured_date": {"2026-02-30"},
		"locations":        {a.Locations[0].ID, a.Locations[1].ID},
		"hours_WE_1_opens": {"10:00"}, "hours_WE_1_closes": {"09:00"},
		"hours_FR_2_opens": {"13:00"}, "hours_FR_2_closes": {"15:00"},
		"exc_1_from": {"2026-12-31"}, "exc_1_opens": {"10:00"}, "exc_1_closes": {"12:00"}, "exc_1_note": {"Silvester kürzer"},
		"exc_2_from": {"2027-01-01"},
	}
	for k, v := range set {
		form[k] = v
	}
	_, body := post(t, h, c, path, form, http.StatusUnprocessableEntity)
	sameValues(t, form, formValues(t, body))
	for field, msg := range map[string]string{
		"email": "gültige E-Mail-Adresse", "maximum_age": "Alter zwischen 0 und 130", "assured_date": "Bitte ein Datum eingeben",
		"hours_WE_1_closes": "Schließzeit muss nach der Öffnungszeit", "exc_2_opens": "entweder „geschlossen“",
	} {
		if !strings.Contains(body, `id="e-`+field+`"`) {
			t.Errorf("no message next to %s", field)
		}
		if !strings.Contains(body, `href="#f-`+field+`"`) || !strings.Contains(body, msg) {
			t.Errorf("summary lacks a link to %s with %q", field, msg)
		}
	}
	if strings.Contains(body, `href="#f-name"`) {
		t.Error("a valid field is reported")
	}
	// Nothing was saved.
	sv, _ := h.Store.Service(context.Background(), a.Region.ID, a.Services[0].ID)
	if sv.Name != a.Services[0].Name || sv.Ver != a.Services[0].Ver {
		t.Errorf("an invalid form was saved: %+v", sv)
	}
}

func TestRequiredFieldsAndUnknownChoices(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	a, b := h.A, h.B
	other := directory.NewID()
	tests := []struct {
		name, path string
		set        url.Values
		field, msg string
	}{
		{"offer without name", "/admin/offers/new", url.Values{"organization_id": {a.Orgs[0].ID}, "description": {"x"}}, "name", "Bitte füllen Sie dieses Feld aus"},
		{"offer without organisation", "/admin/offers/new", url.Values{"name": {"x"}, "description": {"x"}}, "organization_id", "Bitte füllen Sie dieses Feld aus"},
		{"offer of another region's organisation", "/admin/offers/new", url.Values{"name": {"x"}, "description": {"x"}, "organization_id": {b.Orgs[0].ID}}, "organization_id", "einen der angebotenen Werte"},
		{"offer status unknown", "/admin/offers/new", url.Values{"name": {"x"}, "description": {"x"}, "organization_id": {a.Orgs[0].ID}, "status": {"paused"}}, "status", "einen der angebotenen Werte"},
		{"offer need unknown", "/admin/offers/new", url.Values{"name": {"x"}, "description": {"x"}, "organization_id": {a.Orgs[0].ID}, "needs": {other}}, "needs", "einen der angebotenen Werte"},
		{"offer need of another region", "/admin/offers/new", url.Values{"name": {"x"}, "description": {"x"}, "organization_id": {a.Orgs[0].ID}, "needs": {b.Terms["care"].ID}}, "needs", "einen der angebotenen Werte"},
		{"offer language unknown", "/admin/offers/new", url.Values{"name": {"x"}, "description": {"x"}, "organization_id": {a.Orgs[0].ID}, "languages": {"klingon!"}}, "languages", "einen der angebotenen Werte"},
		{"offer at another region's location", "/admin/offers/new", url.Values{"name": {"x"}, "description": {"x"}, "organization_id": {a.Orgs[0].ID}, "locations": {b.Locations[0].ID}}, "locations", "einen der angebotenen Werte"},
		{"organisation type unknown", "/admin/organizations/new", url.Values{"name": {"x"}, "description": {"x"}, "type": {"club"}}, "type", "einen der angebotenen Werte"},
		{"organisation without description", "/admin/organizations/new", url.Values{"name": {"x"}, "type": {"other"}}, "description", "Bitte füllen Sie dieses Feld aus"},
		{"organisation parent of another region", "/admin/organizations/new", url.Values{"name": {"x"}, "description": {"x"}, "type": {"other"}, "parent_id": {b.Orgs[0].ID}}, "parent_id", "einen der angebotenen Werte"},
		{"location type unknown", "/admin/locations/new", url.Values{"name": {"x"}, "type": {"moon"}}, "type", "einen der angebotenen Werte"},
		{"location without town", "/admin/locations/new", url.Values{"name": {"x"}, "type": {"physical"}, "address_1": {"Weg 1"}, "postal_code": {"45768"}}, "town_id", "Bitte füllen Sie dieses Feld aus"},
		{"location with bad postal code", "/admin/locations/new", url.Values{"name": {"x"}, "type": {"physical"}, "address_1": {"Weg 1"}, "postal_code": {"4576"}, "town_id": {a.Towns[0].ID}}, "postal_code", "5 Ziffern"},
		{"location with half coordinates", "/admin/locations/new", url.Values{"name": {"x"}, "type": {"virtual"}, "latitude": {"51.5"}}, "latitude", "gültige Koordinaten"},
		{"location in another region's town", "/admin/locations/new", url.Values{"name": {"x"}, "type": {"physical"}, "address_1": {"Weg 1"}, "postal_code": {"45768"}, "town_id": {b.Towns[0].ID}}, "town_id", "einen der angebotenen Werte"},
		{"contact without owner", "/admin/contacts/new", url.Values{"name": {"Beratung"}}, "owner", "Bitte füllen Sie dieses Feld aus"},
		{"contact of another region's offer", "/admin/contacts/new", url.Values{"name": {"Beratung"}, "owner": {"service:" + b.Services[0].ID}}, "owner", "einen der angebotenen Werte"},
		{"contact owner malformed", "/admin/contacts/new", url.Values{"name": {"Beratung"}, "owner": {"region:" + a.Region.ID}}, "owner", "einen der angebotenen Werte"},
		{"contact phone invalid", "/admin/contacts/new", url.Values{"owner": {"organization:" + a.Orgs[0].ID}, "phone_1_number": {"abc"}, "phone_1_type": {"voice"}}, "phone_1_number", "Telefonnummer"},
		{"contact phone type unknown", "/admin/contacts/new", url.Values{"owner": {"organization:" + a.Orgs[0].ID}, "phone_1_number": {"02361 1234"}, "phone_1_type": {"pigeon"}}, "phone_1_type", "einen der angebotenen Werte"},
		{"contact empty", "/admin/contacts/new", url.Values{"owner": {"organization:" + a.Orgs[0].ID}}, "name", "Funktion, eine E-Mail-Adresse oder eine Telefonnummer"},
		{"term with bad code", "/admin/taxonomies/needs/new", url.Values{"name": {"x"}, "code": {"Nicht Gültig"}}, "code", "Kleinbuchstaben"},
		{"term with taken code", "/admin/taxonomies/needs/new", url.Values{"name": {"x"}, "code": {"care"}}, "code", "schon vergeben"},
		{"term sort order huge", "/admin/taxonomies/needs/new", url.Values{"name": {"x"}, "sort_order": {"99999999999"}}, "sort_order", "ganze Zahl"},
		{"term parent of another taxonomy", "/admin/taxonomies/needs/new", url.Values{"name": {"x"}, "parent_id": {a.Terms["seniors"].ID}}, "parent_id", "einen der angebotenen Werte"},
		{"town without postal codes", "/admin/towns/new", url.Values{"name": {"x"}, "latitude": {"51"}, "longitude": {"7"}}, "postal_codes", "Bitte füllen Sie dieses Feld aus"},
		{"town with taken slug", "/admin/towns/new", url.Values{"name": {"Marl"}, "postal_codes": {"45768"}, "latitude": {"51"}, "longitude": {"7"}}, "slug", "schon vergeben"},
		{"town coordinates not numbers", "/admin/towns/new", url.Values{"name": {"x"}, "postal_codes": {"45768"}, "latitude": {"NaN"}, "longitude": {"7"}}, "latitude", "gültige Koordinaten"},
		{"page slug taken", "/admin/pages/new", url.Values{"title": {"x"}, "slug": {"impressum"}, "body": {"x"}}, "slug", "schon vergeben"},
		{"page without body", "/admin/pages/new", url.Values{"title": {"x"}, "slug": {"neu"}}, "body", "Bitte füllen Sie dieses Feld aus"},
		{"user role unknown", "/admin/users/new", url.Values{"email": {"x@a.example.org"}, "role": {"superuser"}, "password": {"long enough password"}}, "role", "einen der angebotenen Werte"},
		{"user e-mail taken", "/admin/users/new", url.Values{"email": {"admin@a.example.org"}, "role": {"staff"}, "password": {"long enough password"}}, "email", "schon ein Konto"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			form := url.Values{}
			if tt.path != "/admin/users/new" {
				form = formValues(t, get(t, h, c, tt.path, http.StatusOK))
			}
			for k, v := range tt.set {
				form[k] = v
			}
			_, body := post(t, h, c, tt.path, form, http.StatusUnprocessableEntity)
			if !strings.Contains(body, `href="#f-`+tt.field+`"`) || !strings.Contains(body, tt.msg) {
				t.Errorf("want an error on %s saying %q:\n%s", tt.field, tt.msg, snippet(body))
			}
			if tt.path != "/admin/users/new" {
				// A value that is not among the choices cannot be shown
				// as chosen; everything else must come back.
				if strings.Contains(tt.msg, "angebotenen") {
					form.Del(tt.field)
				}
				sameValues(t, form, formValues(t, body))
			}
		})
	}
}

func TestVersionConflictKeepsInput(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	sv := h.A.Services[0]
	path := "/admin/offers/" + sv.ID
	mine := formValues(t, get(t, h, c, path, http.StatusOK))

	// A colleague saves first.
	theirs, _ := h.Store.Service(ctx, h.A.Region.ID, sv.ID)
	theirs.Summary = "Von der Kollegin geändert."
	if err := h.Store.SaveService(ctx, audit.Actor{Email: "kollegin@a.example.org"}, &theirs); err != nil {
		t.Fatal(err)
	}

	mine.Set("summary", "Meine Fassung.")
	mine.Set("description", "Meine lange Beschreibung.")
	_, body := post(t, h, c, path, mine, http.StatusConflict)
	shown := formValues(t, body)
	if shown.Get("summary") != "Meine Fassung." || shown.Get("description") != "Meine lange Beschreibung." {
		t.Errorf("the typed input is lost: %q %q", shown.Get("summary"), shown.Get("description"))
	}
	for _, want := range []string{"Jemand anderes hat diesen Eintrag inzwischen geändert", "kollegin@a.example.org",
		"Von der Kollegin geändert.", `href="/admin/audit?id=` + sv.ID + `&amp;type=service"`, `href="#f-summary"`} {
		if !strings.Contains(body, want) {
			t.Errorf("conflict page lacks %q", want)
		}
	}
	if got, _ := h.Store.Service(ctx, h.A.Region.ID, sv.ID); got.Summary != "Von der Kollegin geändert." {
		t.Fatal("the stale form overwrote the colleague's change")
	}
	// Saving again, having seen the other version, is deliberate.
	post(t, h, c, path, shown, http.StatusSeeOther)
	if got, _ := h.Store.Service(ctx, h.A.Region.ID, sv.ID); got.Summary != "Meine Fassung." {
		t.Errorf("second save: summary %q", got.Summary)
	}
}

func TestVersionConflictEveryEntity(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	ctx := context.Background()
	a := h.A
	tests := []struct {
		path  string
		field string
		bump  func() error
	}{
		{"/admin/organizations/" + a.Orgs[0].ID, "name", func() error {
			o, _ := h.Store.Organization(ctx, a.Region.ID, a.Orgs[0].ID)
			return h.Store.SaveOrganization(ctx, audit.System, &o)
		}},
		{"/admin/locations/" + a.Locations[0].ID, "name", func() error {
			l, _ := h.Store.Location(ctx, a.Region.ID, a.Locations[0].ID)
			return h.Store.SaveLocation(ctx, audit.System, &l)
		}},
		{"/admin/terms/" + a.Terms["care"].ID, "name", func() error {
			x, _ := h.Store.Term(ctx, a.Region.ID, a.Terms["care"].ID)
			return h.Store.SaveTerm(ctx, audit.System, &x)
		}},
		{"/admin/towns/" + a.Towns[0].ID, "name", func() error {
			x, _ := h.Store.Town(ctx, a.Region.ID, a.Towns[0].ID)
			return h.Store.SaveTown(ctx, audit.System, &x)
		}},
		{"/admin/pages/" + a.Page.ID, "title", func() error {
			x, _ := h.Store.Page(ctx, a.Region.ID, a.Page.ID)
			return h.Store.SavePage(ctx, audit.System, &x)
		}},
	}
	contacts, _ := h.Store.Contacts(ctx, a.Region.ID, storeContactFilter())
	tests = append(tests, struct {
		path  string
		field string
		bump  func() error
	}{"/admin/contacts/" + contacts[0].ID, "name", func() error {
		x, _ := h.Store.Contact(ctx, a.Region.ID, contacts[0].ID)
		return h.Store.SaveContact(ctx, audit.System, &x)
	}})
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			form := formValues(t, get(t, h, c, tt.path, http.StatusOK))
			if err := tt.bump(); err != nil {
				t.Fatal(err)
			}
			form.Set(tt.field, "Meine Änderung")
			_, body := post(t, h, c, tt.path, form, http.StatusConflict)
			if got := formValues(t, body).Get(tt.field); got != "Meine Änderung" {
				t.Errorf("typed %s lost: %q", tt.field, got)
			}
		})
	}
}

func TestMissingVersionIsRefused(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	path := "/admin/organizations/" + h.A.Orgs[0].ID
	form := formValues(t, get(t, h, c, path, http.StatusOK))
	for _, ver := range []string{"", "0", "abc", "-3"} {
		form.Set("ver", ver)
		post(t, h, c, path, form, http.StatusBadRequest)
	}
}

func TestMoreExceptionRowsAndRemoval(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	l := h.A.Locations[0] // has one exception (Christmas) and weekly hours
	path := "/admin/locations/" + l.ID
	form := formValues(t, get(t, h, c, path, http.StatusOK))
	if form.Get("exc_0_note") != "Weihnachten" || form.Get("exc_0_closed") != "1" || form.Get("hours_MO_1_opens") != "09:00" ||
		form.Get("hours_WE_1_closes") != "14:30" {
		t.Fatalf("stored hours not in the form: %v", form)
	}
	if _, ok := form["exc_2_from"]; !ok {
		t.Error("no two empty rows for new exceptions")
	}
	if _, ok := form["exc_3_from"]; ok {
		t.Error("more than two empty rows")
	}
	form.Set("exc_1_from", "2026-12-31")
	form.Set("exc_1_closed", "1")
	form.Set("exc_2_from", "2027-01-02")
	form.Set("exc_2_opens", "10:00")
	form.Set("exc_2_closes", "12:00")
	form.Set("action", "more_rows")
	_, body := post(t, h, c, path, form, http.StatusOK)
	more := formValues(t, body)
	if _, ok := more["exc_4_from"]; !ok {
		t.Error("'more rows' added no rows")
	}
	if more.Get("exc_2_opens") != "10:00" || strings.Contains(body, "error-summary") {
		t.Error("'more rows' lost input or shows errors")
	}
	if got, _ := h.Store.Location(ctx, h.A.Region.ID, l.ID); got.Ver != l.Ver {
		t.Error("'more rows' saved")
	}
	christmas := more.Get("exc_0_id")
	more.Set("exc_3_from", "2027-01-03")
	more.Set("exc_3_closed", "1")
	more.Set("exc_1_remove", "1") // changed one's mind about New Year's Eve
	more.Del("action")
	post(t, h, c, path, more, http.StatusSeeOther)
	got, _ := h.Store.Location(ctx, h.A.Region.ID, l.ID)
	var from []string
	for _, s := range got.Schedules {
		if s.IsException() {
			from = append(from, s.ValidFrom)
			if s.ValidFrom == "2026-12-24" && s.ID != christmas {
				t.Errorf("the kept exception got a new id: %s → %s", christmas, s.ID)
			}
		}
	}
	slices.Sort(from)
	if want := []string{"2026-12-24", "2027-01-02", "2027-01-03"}; !slices.Equal(from, want) {
		t.Errorf("exceptions from %v, want %v", from, want)
	}
}

func TestForeignExceptionIDIsNotTaken(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	// The id of region B's exception, posted into region A's location.
	var foreign string
	for _, s := range h.B.Locations[0].Schedules {
		if s.IsException() {
			foreign = s.ID
		}
	}
	l := h.A.Locations[1]
	path := "/admin/locations/" + l.ID
	form := formValues(t, get(t, h, c, path, http.StatusOK))
	form.Set("exc_0_id", foreign)
	form.Set("exc_0_from", "2027-05-01")
	form.Set("exc_0_closed", "1")
	post(t, h, c, path, form, http.StatusSeeOther)
	got, _ := h.Store.Location(ctx, h.A.Region.ID, l.ID)
	if len(got.Schedules) != 1 || got.Schedules[0].ID == foreign {
		t.Errorf("schedules = %+v", got.Schedules)
	}
	b, _ := h.Store.Location(ctx, h.B.Region.ID, h.B.Locations[0].ID)
	if !slices.ContainsFunc(b.Schedules, func(s directory.Schedule) bool { return s.ID == foreign }) {
		t.Error("region B lost its exception")
	}
}
