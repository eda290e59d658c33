package storetest

import (
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// lifecycle drives one kind of record through create, update, archive
// and restore. state returns the record as the audit log must show it.
type lifecycle struct {
	entity  string
	create  func() (id, summary string, err error)
	update  func(id string) (summary string, err error)
	archive func(id string) error
	restore func(id string) error
	state   func(id string) any
}

// lifecycles returns the kinds of records staff create, change, archive
// and restore, in an order in which each can refer to the ones before.
func lifecycles(f *fx) []lifecycle {
	var town, org, loc, svc string
	must := func(v any, err error) any {
		if err != nil {
			f.t.Fatalf("load for the audit check: %v", err)
		}
		return v
	}
	return []lifecycle{
		{
			entity: audit.EntityTown,
			create: func() (string, string, error) {
				t := directory.Town{RegionID: f.r.ID, Name: "Marl", PostalCodes: []string{"45768"}, Latitude: 51.65, Longitude: 7.09}
				err := f.s.SaveTown(f.ctx, f.actor, &t)
				town = t.ID
				return t.ID, t.Name, err
			},
			update: func(id string) (string, error) {
				t, _ := f.s.Town(f.ctx, f.r.ID, id)
				t.PostalCodes = append(t.PostalCodes, "45770")
				return t.Name, f.s.SaveTown(f.ctx, f.actor, &t)
			},
			archive: func(id string) error { return f.s.ArchiveTown(f.ctx, f.actor, f.r.ID, id) },
			restore: func(id string) error { return f.s.RestoreTown(f.ctx, f.actor, f.r.ID, id) },
			state:   func(id string) any { return must(f.s.Town(f.ctx, f.r.ID, id)) },
		},
		{
			entity: audit.EntityOrganization,
			create: func() (string, string, error) {
				o := directory.Organization{RegionID: f.r.ID, Name: "AWO", Type: directory.OrgWelfare, Description: "Wohlfahrt"}
				err := f.s.SaveOrganization(f.ctx, f.actor, &o)
				org = o.ID
				return o.ID, o.Name, err
			},
			update: func(id string) (string, error) {
				o, _ := f.s.Organization(f.ctx, f.r.ID, id)
				o.Name = "AWO Unterbezirk"
				return o.Name, f.s.SaveOrganization(f.ctx, f.actor, &o)
			},
			archive: func(id string) error { return f.s.ArchiveOrganization(f.ctx, f.actor, f.r.ID, id) },
			restore: func(id string) error { return f.s.RestoreOrganization(f.ctx, f.actor, f.r.ID, id) },
			state:   func(id string) any { return must(f.s.Organization(f.ctx, f.r.ID, id)) },
		},
		{
			entity: audit.EntityLocation,
			create: func() (string, string, error) {
				l := fullLocation(f, directory.NewID(), org, town, newIDs(8))
				err := f.s.SaveLocation(f.ctx, f.actor, &l)
				loc = l.ID
				return l.ID, l.Name, err
			},
			update: func(id string) (string, error) {
				l, _ := f.s.Location(f.ctx, f.r.ID, id)
				l.Schedules = l.Schedules[1:]
				return l.Name, f.s.SaveLocation(f.ctx, f.actor, &l)
			},
			archive: func(id string) error { return f.s.ArchiveLocation(f.ctx, f.actor, f.r.ID, id) },
			restore: func(id string) error { return f.s.RestoreLocation(f.ctx, f.actor, f.r.ID, id) },
			state: func(id string) any {
				return locationForLog(must(f.s.Location(f.ctx, f.r.ID, id)).(directory.Location))
			},
		},
		{
			entity: audit.EntityService,
			create: func() (string, string, error) {
				sv := f.newService(org, "Pflegeberatung")
				sv.TermIDs = []string{f.termID(directory.TaxAccess, directory.AccessPhone)}
				sv.Languages = []directory.Language{{Code: "tr"}}
				sv.Locations = []directory.ServiceAtLocation{{LocationID: loc}}
				sv.Schedules = []directory.Schedule{{Freq: directory.FreqWeekly, ByDay: "FR", OpensAt: "08:00", ClosesAt: "12:00"}}
				sv.SetFree(true)
				err := f.s.SaveService(f.ctx, f.actor, &sv)
				svc = sv.ID
				return sv.ID, sv.Name, err
			},
			update: func(id string) (string, error) {
				sv, _ := f.s.Service(f.ctx, f.r.ID, id)
				sv.Languages = append(sv.Languages, directory.Language{Code: "ar"})
				return sv.Name, f.s.SaveService(f.ctx, f.actor, &sv)
			},
			archive: func(id string) error { return f.s.ArchiveService(f.ctx, f.actor, f.r.ID, id) },
			restore: func(id string) error { return f.s.RestoreService(f.ctx, f.actor, f.r.ID, id) },
			state: func(id string) any {
				return forLog(must(f.s.Service(f.ctx, f.r.ID, id)).(directory.Service))
			},
		},
		{
			entity: audit.EntityContact,
			create: func() (string, string, error) {
				c := directory.Contact{RegionID: f.r.ID, ServiceID: svc, Name: "Pflegeteam",
					Phones: []directory.Phone{{Number: "02361 53-0", Languages: []string{"tr"}}}}
				err := f.s.SaveContact(f.ctx, f.actor, &c)
				return c.ID, c.Name, err
			},
			update: func(id string) (string, error) {
				c, _ := f.s.Contact(f.ctx, f.r.ID, id)
				c.Phones[0].Languages = append(c.Phones[0].Languages, "de")
				return c.Name, f.s.SaveContact(f.ctx, f.actor, &c)
			},
			archive: func(id string) error { return f.s.ArchiveContact(f.ctx, f.actor, f.r.ID, id) },
			restore: func(id string) error { return f.s.RestoreContact(f.ctx, f.actor, f.r.ID, id) },
			state:   func(id string) any { return must(f.s.Contact(f.ctx, f.r.ID, id)) },
		},
		{
			entity: audit.EntityTerm,
			create: func() (string, string, error) {
				t := directory.Term{RegionID: f.r.ID, TaxonomyID: f.taxonomyID(directory.TaxNeeds), Name: "Pflege"}
				err := f.s.SaveTerm(f.ctx, f.actor, &t)
				return t.ID, t.Name, err
			},
			update: func(id string) (string, error) {
				t, _ := f.s.Term(f.ctx, f.r.ID, id)
				t.Description = "Hilfe bei Pflegebedürftigkeit"
				return t.Name, f.s.SaveTerm(f.ctx, f.actor, &t)
			},
			archive: func(id string) error { return f.s.ArchiveTerm(f.ctx, f.actor, f.r.ID, id) },
			restore: func(id string) error { return f.s.RestoreTerm(f.ctx, f.actor, f.r.ID, id) },
			state:   func(id string) any { return must(f.s.Term(f.ctx, f.r.ID, id)) },
		},
		{
			entity: audit.EntityPage,
			create: func() (string, string, error) {
				p := directory.Page{RegionID: f.r.ID, Slug: "hilfe", Title: "Hilfe", Body: "So finden Sie Hilfe."}
				err := f.s.SavePage(f.ctx, f.actor, &p)
				return p.ID, p.Title, err
			},
			update: func(id string) (string, error) {
				p, _ := f.s.Page(f.ctx, f.r.ID, id)
				p.Body += "\n\nNeu."
				return p.Title, f.s.SavePage(f.ctx, f.actor, &p)
			},
			archive: func(id string) error { return f.s.ArchivePage(f.ctx, f.actor, f.r.ID, id) },
			restore: func(id string) error { return f.s.RestorePage(f.ctx, f.actor, f.r.ID, id) },
			state:   func(id string) any { return must(f.s.Page(f.ctx, f.r.ID, id)) },
		},
	}
}

// auditTrail checks that every change writes exactly one audit entry that
// says who changed what, when, and how it looked before and after.
type auditTrail struct {
	f *fx
	n int
}

func (a *auditTrail) expect(what, action, entity, id, summary string, before, after any) {
	t := a.f.t
	t.Helper()
	log := a.f.auditLog()
	if len(log) != a.n+1 {
		t.Errorf("%s wrote %d audit entries, want exactly 1", what, len(log)-a.n)
	}
	a.n = len(log)
	e := log[0]
	if e.Action != action || e.EntityType != entity || e.EntityID != id || e.Summary != summary || e.RegionID != a.f.r.ID {
		t.Errorf("%s: entry %s %s %s %q in region %s, want %s %s %s %q in %s", what, e.Action, e.EntityType, e.EntityID, e.Summary, e.RegionID,
			action, entity, id, summary, a.f.r.ID)
	}
	if e.UserID != a.f.actor.UserID || e.UserEmail != a.f.actor.Email || !e.At.Equal(a.f.clock.Stored()) {
		t.Errorf("%s: entry by %s <%s> at %v, want %s <%s> at %v", what, e.UserID, e.UserEmail, e.At, a.f.actor.UserID, a.f.actor.Email, a.f.clock.Stored())
	}
	switch {
	case before == nil && e.Before != "":
		t.Errorf("%s: before = %s, want empty", what, e.Before)
	case before != nil && !sameJSON(e.Before, before):
		t.Errorf("%s: before differs from the record before the change:\n%s", what, jsonDiff(e.Before, audit.Marshal(before)))
	}
	switch {
	case after == nil && e.After != "":
		t.Errorf("%s: after = %s, want empty", what, e.After)
	case after != nil && !sameJSON(e.After, after):
		t.Errorf("%s: after differs from the stored record:\n%s", what, jsonDiff(e.After, audit.Marshal(after)))
	}
}

func testAuditEntries(t *testing.T, open Opener) {
	f := setup(t, open)
	a := &auditTrail{f: f, n: len(f.auditLog())}
	step := func(what string, run func() error) {
		t.Helper()
		f.clock.Advance(time.Minute)
		if err := run(); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	for _, lc := range lifecycles(f) {
		var id, summary string
		step("create "+lc.entity, func() (err error) { id, summary, err = lc.create(); return err })
		a.expect("create "+lc.entity, audit.ActionCreate, lc.entity, id, summary, nil, lc.state(id))

		before := lc.state(id)
		step("update "+lc.entity, func() (err error) { summary, err = lc.update(id); return err })
		a.expect("update "+lc.entity, audit.ActionUpdate, lc.entity, id, summary, before, lc.state(id))

		before = lc.state(id)
		step("archive "+lc.entity, func() error { return lc.archive(id) })
		a.expect("archive "+lc.entity, audit.ActionArchive, lc.entity, id, summary, before, lc.state(id))

		before = lc.state(id)
		step("restore "+lc.entity, func() error { return lc.restore(id) })
		a.expect("restore "+lc.entity, audit.ActionRestore, lc.entity, id, summary, before, lc.state(id))
	}

	tax := directory.Taxonomy{RegionID: f.r.ID, Name: "Themen"}
	step("create taxonomy", func() error { return f.s.SaveTaxonomy(f.ctx, f.actor, &tax) })
	a.expect("create taxonomy", audit.ActionCreate, audit.EntityTaxonomy, tax.ID, tax.Name, nil, tax)
	before := tax
	tax.Description = "Themenfelder"
	step("update taxonomy", func() error { return f.s.SaveTaxonomy(f.ctx, f.actor, &tax) })
	a.expect("update taxonomy", audit.ActionUpdate, audit.EntityTaxonomy, tax.ID, tax.Name, before, tax)

	region, _ := f.s.Region(f.ctx, f.r.ID)
	step("region languages", func() error { return f.s.UpdateRegionLanguages(f.ctx, f.actor, f.r.ID, []string{"de", "ar"}) })
	after, _ := f.s.Region(f.ctx, f.r.ID)
	a.expect("region languages", audit.ActionUpdate, audit.EntityRegion, f.r.ID, f.r.Name, region, after)

	u := auth.User{RegionID: f.r.ID, Email: "neu@kreis-re.example", Role: auth.RoleStaff}
	step("create user", func() error { return f.s.CreateUser(f.ctx, f.actor, &u, password) })
	a.expect("create user", audit.ActionCreate, audit.EntityUser, u.ID, u.Email, nil, withoutHash(u))
	step("set password", func() error { return f.s.SetPassword(f.ctx, f.actor, f.r.ID, u.ID, password+"2") })
	a.expect("set password", audit.ActionUpdate, audit.EntityUser, u.ID, "password", nil, nil)
	beforeUser, _ := f.s.User(f.ctx, f.r.ID, u.ID)
	step("disable user", func() error { return f.s.SetUserDisabled(f.ctx, f.actor, f.r.ID, u.ID, true) })
	afterUser, _ := f.s.User(f.ctx, f.r.ID, u.ID)
	a.expect("disable user", audit.ActionArchive, audit.EntityUser, u.ID, u.Email, withoutHash(beforeUser), withoutHash(afterUser))

	step("log event", func() error {
		return f.s.LogEvent(f.ctx, f.r.ID, f.actor, audit.ActionLogin, audit.EntityUser, u.ID, "Anmeldung")
	})
	a.expect("log event", audit.ActionLogin, audit.EntityUser, u.ID, "Anmeldung", nil, nil)

	// Reads write nothing.
	_, _, _ = f.s.Services(f.ctx, f.r.ID, store.ListFilter{Archived: store.AllRecords})
	_, _ = f.s.Towns(f.ctx, f.r.ID, true)
	if n := len(f.auditLog()); n != a.n {
		t.Errorf("reads wrote %d audit entries", n-a.n)
	}
}

func testAuditFilters(t *testing.T, open Opener) {
	f := setup(t, open)
	other := audit.Actor{UserID: directory.NewID(), Email: "partner@verein.example"}
	org := f.saveOrg("AWO")
	sv := f.newService(org.ID, "Sprachcafé")
	if err := f.s.SaveService(f.ctx, other, &sv); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		f.clock.Advance(time.Minute)
		sv.Alert = "Hinweis " + string(rune('A'+i))
		if err := f.s.SaveService(f.ctx, f.actor, &sv); err != nil {
			t.Fatal(err)
		}
	}
	f.saveTown("Marl", "45768")
	sys := audit.System
	if err := f.s.LogEvent(f.ctx, f.r.ID, sys, audit.ActionImport, audit.EntityDataset, "", "Import"); err != nil {
		t.Fatal(err)
	}

	all := f.auditLog()
	for i := 1; i < len(all); i++ {
		if all[i].ID >= all[i-1].ID {
			t.Fatalf("audit entries not newest first: %d after %d", all[i].ID, all[i-1].ID)
		}
	}
	if all[0].UserID != "" || all[0].UserEmail != "system" || all[0].EntityType != audit.EntityDataset {
		t.Errorf("entry by the system = %+v", all[0])
	}
	count := func(pred func(audit.Entry) bool) []int64 {
		var out []int64
		for _, e := range all {
			if pred(e) {
				out = append(out, e.ID)
			}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    audit.Filter
		want []int64
	}{
		{"entity type", audit.Filter{EntityType: audit.EntityService}, count(func(e audit.Entry) bool { return e.EntityType == audit.EntityService })},
		{"entity id", audit.Filter{EntityID: sv.ID}, count(func(e audit.Entry) bool { return e.EntityID == sv.ID })},
		{"user", audit.Filter{UserID: other.UserID}, count(func(e audit.Entry) bool { return e.UserID == other.UserID })},
		{"user and entity", audit.Filter{UserID: f.actor.UserID, EntityID: sv.ID}, count(func(e audit.Entry) bool {
			return e.UserID == f.actor.UserID && e.EntityID == sv.ID
		})},
		{"limit", audit.Filter{Limit: 2}, []int64{all[0].ID, all[1].ID}},
		{"before id", audit.Filter{BeforeID: all[2].ID, Limit: 2}, []int64{all[3].ID, all[4].ID}},
	} {
		got, err := f.s.AuditEntries(f.ctx, f.r.ID, tc.f)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		check(t, "AuditEntries "+tc.name, ids(got, func(e audit.Entry) int64 { return e.ID }), tc.want)
	}
	if n := len(count(func(e audit.Entry) bool { return e.EntityID == sv.ID })); n != 4 {
		t.Errorf("%d entries for the service, want 4 (one create, three updates)", n)
	}

	// Paging backwards through the log visits every entry once.
	var paged []audit.Entry
	var beforeID int64
	for range len(all) + 1 {
		page, err := f.s.AuditEntries(f.ctx, f.r.ID, audit.Filter{BeforeID: beforeID, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		paged = append(paged, page...)
		beforeID = page[len(page)-1].ID
	}
	check(t, "paged audit log", paged, all)

	e, err := f.s.AuditEntry(f.ctx, f.r.ID, all[3].ID)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "AuditEntry", e, all[3])
	_, err = f.s.AuditEntry(f.ctx, f.r.ID, all[0].ID+1000)
	wantCode(t, "unknown audit entry", err, directory.ENOTFOUND)
}
