package storetest

import (
	"errors"
	"testing"

	"github.com/lotse/lotse/internal/directory"
)

// versioned is a kind of record with an optimistic-locking version.
type versioned struct {
	name   string
	create func() string
	// save loads record id (or, if it does not exist, makes a new one
	// with that id), renames it and saves it claiming version ver.
	save  func(id string, ver int, name string) error
	state func(id string) (any, int)
}

func versionedKinds(f *fx) []versioned {
	org := f.saveOrg("Träger")
	svc := f.saveService(org.ID, "Angebot")
	needs := f.taxonomyID(directory.TaxNeeds)
	load := func(v any, err error) any {
		if err != nil && directory.ErrorCode(err) != directory.ENOTFOUND {
			f.t.Fatalf("load: %v", err)
		}
		return v
	}
	return []versioned{
		{
			name:   "town",
			create: func() string { return f.saveTown("Marl", "45768").ID },
			save: func(id string, ver int, name string) error {
				t := load(f.s.Town(f.ctx, f.r.ID, id)).(directory.Town)
				if t.ID == "" {
					t = directory.Town{ID: id, RegionID: f.r.ID, PostalCodes: []string{"45721"}, Latitude: 51, Longitude: 7}
				}
				t.Name, t.Slug, t.Ver = name, "", ver
				return f.s.SaveTown(f.ctx, f.actor, &t)
			},
			state: func(id string) (any, int) { t, _ := f.s.Town(f.ctx, f.r.ID, id); return t, t.Ver },
		},
		{
			name:   "organization",
			create: func() string { return f.saveOrg("AWO").ID },
			save: func(id string, ver int, name string) error {
				o := load(f.s.Organization(f.ctx, f.r.ID, id)).(directory.Organization)
				if o.ID == "" {
					o = directory.Organization{ID: id, RegionID: f.r.ID, Type: directory.OrgOther, Description: "neu"}
				}
				o.Name, o.Ver = name, ver
				return f.s.SaveOrganization(f.ctx, f.actor, &o)
			},
			state: func(id string) (any, int) { o, _ := f.s.Organization(f.ctx, f.r.ID, id); return o, o.Ver },
		},
		{
			name:   "location",
			create: func() string { return f.saveLocation("Büro").ID },
			save: func(id string, ver int, name string) error {
				l := load(f.s.Location(f.ctx, f.r.ID, id)).(directory.Location)
				if l.ID == "" {
					l = f.newLocation("")
					l.ID = id
				}
				l.Name, l.Ver = name, ver
				return f.s.SaveLocation(f.ctx, f.actor, &l)
			},
			state: func(id string) (any, int) { l, _ := f.s.Location(f.ctx, f.r.ID, id); return l, l.Ver },
		},
		{
			name:   "service",
			create: func() string { return f.saveService(org.ID, "Beratung").ID },
			save: func(id string, ver int, name string) error {
				sv := load(f.s.Service(f.ctx, f.r.ID, id)).(directory.Service)
				if sv.ID == "" {
					sv = f.newService(org.ID, "")
					sv.ID = id
				}
				sv.Name, sv.Ver = name, ver
				return f.s.SaveService(f.ctx, f.actor, &sv)
			},
			state: func(id string) (any, int) { sv, _ := f.s.Service(f.ctx, f.r.ID, id); return sv, sv.Ver },
		},
		{
			name:   "contact",
			create: func() string { return f.saveContact("Team", func(c *directory.Contact) { c.ServiceID = svc.ID }).ID },
			save: func(id string, ver int, name string) error {
				c := load(f.s.Contact(f.ctx, f.r.ID, id)).(directory.Contact)
				if c.ID == "" {
					c = directory.Contact{ID: id, RegionID: f.r.ID, OrganizationID: org.ID}
				}
				c.Name, c.Ver = name, ver
				return f.s.SaveContact(f.ctx, f.actor, &c)
			},
			state: func(id string) (any, int) { c, _ := f.s.Contact(f.ctx, f.r.ID, id); return c, c.Ver },
		},
		{
			name:   "term",
			create: func() string { return f.saveTerm(directory.TaxNeeds, "Pflege").ID },
			save: func(id string, ver int, name string) error {
				t := load(f.s.Term(f.ctx, f.r.ID, id)).(directory.Term)
				if t.ID == "" {
					t = directory.Term{ID: id, RegionID: f.r.ID, TaxonomyID: needs}
				}
				t.Name, t.Ver = name, ver
				return f.s.SaveTerm(f.ctx, f.actor, &t)
			},
			state: func(id string) (any, int) { t, _ := f.s.Term(f.ctx, f.r.ID, id); return t, t.Ver },
		},
		{
			name:   "page",
			create: func() string { return f.savePage("hilfe", "Hilfe").ID },
			save: func(id string, ver int, name string) error {
				p := load(f.s.Page(f.ctx, f.r.ID, id)).(directory.Page)
				if p.ID == "" {
					p = directory.Page{ID: id, RegionID: f.r.ID, Slug: "neu-" + id[:8], Body: "neu"}
				}
				p.Title, p.Ver = name, ver
				return f.s.SavePage(f.ctx, f.actor, &p)
			},
			state: func(id string) (any, int) { p, _ := f.s.Page(f.ctx, f.r.ID, id); return p, p.Ver },
		},
	}
}

func testOptimisticLocking(t *testing.T, open Opener) {
	f := setup(t, open)
	for _, k := range versionedKinds(f) {
		id := k.create()
		if _, ver := k.state(id); ver != 1 {
			t.Errorf("new %s: version %d, want 1", k.name, ver)
		}
		if err := k.save(id, 1, "Zweite Fassung"); err != nil {
			t.Errorf("%s saved with the current version: %v", k.name, err)
		}
		current, ver := k.state(id)
		if ver != 2 {
			t.Errorf("%s after one save: version %d, want 2", k.name, ver)
		}

		m := f.mark()
		err := k.save(id, 1, "Veraltete Fassung")
		wantCode(t, k.name+" saved with a stale version", err, directory.ECONFLICT)
		var de *directory.Error
		if errors.As(err, &de) && de.Key != "error.conflict" {
			t.Errorf("%s: stale save has key %q, want error.conflict", k.name, de.Key)
		}
		f.unchanged(k.name+" saved with a stale version", m)
		got, _ := k.state(id)
		check(t, k.name+" after a stale save", got, current)

		// Version 0 skips the check (imports and the command line).
		if err := k.save(id, 0, "Import"); err != nil {
			t.Errorf("%s saved without a version: %v", k.name, err)
		}
		if _, ver := k.state(id); ver != 3 {
			t.Errorf("%s after a save without version: version %d, want 3", k.name, ver)
		}

		// Claiming a version for a record that does not exist is a
		// record that was deleted under the editor.
		m = f.mark()
		missing := directory.NewID()
		wantCode(t, k.name+" that does not exist, saved with a version", k.save(missing, 4, "Geist"), directory.ENOTFOUND)
		f.unchanged(k.name+" that does not exist", m)
	}
}
