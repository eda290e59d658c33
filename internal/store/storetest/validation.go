package storetest

import (
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
)

func testValidation(t *testing.T, open Opener) {
	f := setup(t, open)
	town := f.saveTown("Marl", "45768")
	org := f.saveOrg("AWO")
	loc := f.saveLocation("Büro", func(l *directory.Location) { l.TownID = town.ID })
	svc := f.saveService(org.ID, "Beratung", func(s *directory.Service) {
		s.Locations = []directory.ServiceAtLocation{{LocationID: loc.ID}}
		s.Languages = []directory.Language{{Code: "tr"}}
	})
	term := f.saveTerm(directory.TaxNeeds, "Pflege")
	f.savePage("hilfe", "Hilfe")
	unknown := directory.NewID()

	// Each case builds a record from a valid one, breaks it, and returns
	// the save's error and a way to look the record up afterwards.
	type result struct {
		err  error
		id   string
		find func(id string) error
	}
	townCase := func(mod func(*directory.Town)) func() result {
		return func() result {
			t := directory.Town{RegionID: f.r.ID, Name: "Dorsten", PostalCodes: []string{"46282"}, Latitude: 51.66, Longitude: 6.96}
			mod(&t)
			err := f.s.SaveTown(f.ctx, f.actor, &t)
			return result{err, t.ID, func(id string) error { _, err := f.s.Town(f.ctx, f.r.ID, id); return err }}
		}
	}
	orgCase := func(mod func(*directory.Organization)) func() result {
		return func() result {
			o := directory.Organization{RegionID: f.r.ID, Name: "Caritas", Type: directory.OrgWelfare, Description: "Wohlfahrt"}
			mod(&o)
			err := f.s.SaveOrganization(f.ctx, f.actor, &o)
			return result{err, o.ID, func(id string) error { _, err := f.s.Organization(f.ctx, f.r.ID, id); return err }}
		}
	}
	locCase := func(mod func(*directory.Location)) func() result {
		return func() result {
			l := f.newLocation("Beratungsstelle")
			l.OrganizationID, l.TownID = org.ID, town.ID
			mod(&l)
			err := f.s.SaveLocation(f.ctx, f.actor, &l)
			return result{err, l.ID, func(id string) error { _, err := f.s.Location(f.ctx, f.r.ID, id); return err }}
		}
	}
	svcCase := func(mod func(*directory.Service)) func() result {
		return func() result {
			s := f.newService(org.ID, "Sprachkurs")
			s.Locations = []directory.ServiceAtLocation{{LocationID: loc.ID}}
			s.TermIDs = []string{term.ID}
			mod(&s)
			err := f.s.SaveService(f.ctx, f.actor, &s)
			return result{err, s.ID, func(id string) error { _, err := f.s.Service(f.ctx, f.r.ID, id); return err }}
		}
	}
	contactCase := func(mod func(*directory.Contact)) func() result {
		return func() result {
			c := directory.Contact{RegionID: f.r.ID, ServiceID: svc.ID, Name: "Team", Phones: []directory.Phone{{Number: "02361 12345"}}}
			mod(&c)
			err := f.s.SaveContact(f.ctx, f.actor, &c)
			return result{err, c.ID, func(id string) error { _, err := f.s.Contact(f.ctx, f.r.ID, id); return err }}
		}
	}
	termCase := func(mod func(*directory.Term)) func() result {
		return func() result {
			t := directory.Term{RegionID: f.r.ID, TaxonomyID: f.taxonomyID(directory.TaxNeeds), Name: "Wohnen"}
			mod(&t)
			err := f.s.SaveTerm(f.ctx, f.actor, &t)
			return result{err, t.ID, func(id string) error { _, err := f.s.Term(f.ctx, f.r.ID, id); return err }}
		}
	}
	pageCase := func(mod func(*directory.Page)) func() result {
		return func() result {
			p := directory.Page{RegionID: f.r.ID, Slug: "ueber-uns", Title: "Über uns", Body: "Text"}
			mod(&p)
			err := f.s.SavePage(f.ctx, f.actor, &p)
			return result{err, p.ID, func(id string) error { _, err := f.s.Page(f.ctx, f.r.ID, id); return err }}
		}
	}
	// update changes a stored offer in a way that fails part-way through
	// its transaction, after the offer's own row was written.
	update := func(mod func(*directory.Service)) func() result {
		return func() result {
			s, err := f.s.Service(f.ctx, f.r.ID, svc.ID)
			if err != nil {
				t.Fatal(err)
			}
			mod(&s)
			err = f.s.SaveService(f.ctx, f.actor, &s)
			return result{err, "", nil}
		}
	}

	for _, tc := range []struct {
		name  string
		save  func() result
		field string
	}{
		{"town without name", townCase(func(t *directory.Town) { t.Name = " " }), "name"},
		{"town without postal code", townCase(func(t *directory.Town) { t.PostalCodes = nil }), "postal_codes"},
		{"town with a bad postal code", townCase(func(t *directory.Town) { t.PostalCodes = []string{"4628"} }), "postal_codes"},
		{"town off the globe", townCase(func(t *directory.Town) { t.Latitude = 91 }), "latitude"},
		{"town with a taken slug", townCase(func(t *directory.Town) { t.Slug = "marl" }), "slug"},

		{"organisation without name", orgCase(func(o *directory.Organization) { o.Name = "" }), "name"},
		{"organisation of unknown type", orgCase(func(o *directory.Organization) { o.Type = "verein" }), "type"},
		{"organisation without description", orgCase(func(o *directory.Organization) { o.Description = "" }), "description"},
		{"organisation with a bad e-mail", orgCase(func(o *directory.Organization) { o.Email = "info(at)caritas" }), "email"},
		{"organisation with a bad website", orgCase(func(o *directory.Organization) { o.Website = "javascript:alert(1)" }), "website"},
		{"organisation with an unknown parent", orgCase(func(o *directory.Organization) { o.ParentID = unknown }), "parent_id"},
		{"organisation as its own parent", orgCase(func(o *directory.Organization) { o.ID = directory.NewID(); o.ParentID = o.ID }), "parent_id"},
		{"organisation with a line break in the name", orgCase(func(o *directory.Organization) { o.Name = "Cari\ntas" }), "name"},

		{"physical location without address", locCase(func(l *directory.Location) { l.Addresses = nil }), "address_1"},
		{"location with a bad postal code", locCase(func(l *directory.Location) { l.Addresses[0].PostalCode = "123" }), "postal_code"},
		{"location with latitude only", locCase(func(l *directory.Location) { l.Latitude = ptr(51.6) }), "latitude"},
		{"location of unknown type", locCase(func(l *directory.Location) { l.Type = "mobil" }), "type"},
		{"location in an unknown town", locCase(func(l *directory.Location) { l.TownID = unknown }), "town_id"},
		{"location of an unknown organisation", locCase(func(l *directory.Location) { l.OrganizationID = unknown }), "organization_id"},
		{"location with an unknown feature", locCase(func(l *directory.Location) { l.FeatureTermIDs = []string{unknown} }), "features"},
		{"location with bad opening hours", locCase(func(l *directory.Location) {
			l.Schedules = []directory.Schedule{{Freq: directory.FreqWeekly, ByDay: "MO", OpensAt: "14:00", ClosesAt: "09:00"}}
		}), "schedules"},

		{"offer without name", svcCase(func(s *directory.Service) { s.Name = "" }), "name"},
		{"offer without description", svcCase(func(s *directory.Service) { s.Description = "" }), "description"},
		{"offer without organisation", svcCase(func(s *directory.Service) { s.OrganizationID = "" }), "organization_id"},
		{"offer of an unknown organisation", svcCase(func(s *directory.Service) { s.OrganizationID = unknown }), "organization_id"},
		{"offer at an unknown location", svcCase(func(s *directory.Service) { s.Locations = []directory.ServiceAtLocation{{LocationID: unknown}} }), "locations"},
		{"offer with an unknown term", svcCase(func(s *directory.Service) { s.TermIDs = []string{term.ID, unknown} }), "terms"},
		{"offer with a bad language", svcCase(func(s *directory.Service) { s.Languages = []directory.Language{{Code: "Türkisch"}} }), "languages"},
		{"offer with ages reversed", svcCase(func(s *directory.Service) { s.MinimumAge, s.MaximumAge = ptr(60), ptr(18) }), "maximum_age"},
		{"offer with a negative price", svcCase(func(s *directory.Service) { s.CostOptions = []directory.CostOption{{Amount: ptr(-1.0)}} }), "cost_options"},
		{"offer of unknown status", svcCase(func(s *directory.Service) { s.Status = "geplant" }), "status"},
		{"offer with a bad check date", svcCase(func(s *directory.Service) { s.AssuredDate = "1.3.2025" }), "assured_date"},
		{"offer with a too long summary", svcCase(func(s *directory.Service) { s.Summary = strings.Repeat("x", directory.MaxShort+1) }), "summary"},

		{"update of an offer with an unknown term", update(func(s *directory.Service) { s.Name = "Umbenannt"; s.TermIDs = []string{unknown} }), "terms"},
		{"update of an offer with an unknown location", update(func(s *directory.Service) {
			s.Name = "Umbenannt"
			s.Locations = append(s.Locations, directory.ServiceAtLocation{LocationID: unknown})
		}), "locations"},

		{"contact without owner", contactCase(func(c *directory.Contact) { c.ServiceID = "" }), "owner"},
		{"contact of an unknown offer", contactCase(func(c *directory.Contact) { c.ServiceID = unknown }), "service_id"},
		{"contact with a bad phone number", contactCase(func(c *directory.Contact) { c.Phones[0].Number = "ruf an" }), "phone"},
		{"contact with a bad phone language", contactCase(func(c *directory.Contact) { c.Phones[0].Languages = []string{"Arabisch"} }), "phone"},
		{"contact with a bad e-mail", contactCase(func(c *directory.Contact) { c.Email = "team@" }), "email"},
		{"empty contact", contactCase(func(c *directory.Contact) { c.Name, c.Phones = "", nil }), "name"},

		{"term without name", termCase(func(t *directory.Term) { t.Name = "" }), "name"},
		{"term in an unknown taxonomy", termCase(func(t *directory.Term) { t.TaxonomyID = unknown }), "taxonomy_id"},
		{"term under an unknown parent", termCase(func(t *directory.Term) { t.ParentID = unknown }), "parent_id"},
		{"term with a taken code", termCase(func(t *directory.Term) { t.Code = "pflege" }), "code"},
		{"term with a bad code", termCase(func(t *directory.Term) { t.Code = "Wohnen & Leben" }), "code"},

		{"page with a bad slug", pageCase(func(p *directory.Page) { p.Slug = "Über uns" }), "slug"},
		{"page without title", pageCase(func(p *directory.Page) { p.Title = "" }), "title"},
		{"page without body", pageCase(func(p *directory.Page) { p.Body = " " }), "body"},
		{"page with a taken slug", pageCase(func(p *directory.Page) { p.Slug = "hilfe" }), "slug"},
	} {
		before, _ := f.s.Service(f.ctx, f.r.ID, svc.ID)
		m := f.mark()
		r := tc.save()
		wantField(t, tc.name, r.err, tc.field)
		f.unchanged(tc.name, m)
		if r.find != nil && r.id != "" {
			wantCode(t, "looking up the refused record ("+tc.name+")", r.find(r.id), directory.ENOTFOUND)
		}
		after, _ := f.s.Service(f.ctx, f.r.ID, svc.ID)
		check(t, "offer after "+tc.name, after, before)
	}

	m := f.mark()
	u := auth.User{RegionID: f.r.ID, Email: "neu@kreis-re.example", Role: auth.RoleStaff}
	wantField(t, "user with a short password", f.s.CreateUser(f.ctx, f.actor, &u, "zu kurz"), "password")
	if _, err := f.s.UserByEmail(f.ctx, u.Email); directory.ErrorCode(err) != directory.ENOTFOUND {
		t.Errorf("refused user is stored: %v", err)
	}
	f.unchanged("refused user", m)
}
