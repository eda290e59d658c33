package storetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// start is the fake clock's first reading. It carries nanoseconds on
// purpose: the store must keep times at a precision both databases hold.
var start = time.Date(2025, 3, 10, 8, 0, 0, 123456789, time.UTC)

// clock is a settable Store.Now, so that tests about time never sleep.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

// Now returns the clock's current reading.
func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock forward by d.
func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// Stored returns the current reading as the store keeps it.
func (c *clock) Stored() time.Time { return c.Now().UTC().Truncate(time.Microsecond) }

// fx is a store with a fake clock and one region the test works in.
type fx struct {
	t     *testing.T
	ctx   context.Context
	s     *store.Store
	clock *clock
	r     directory.Region
	actor audit.Actor
}

// setup opens a store, puts a fake clock on it and creates the region
// "kreis-re".
func setup(t *testing.T, open Opener) *fx {
	t.Helper()
	s := open(t)
	c := &clock{now: start}
	s.Now = c.Now
	f := &fx{t: t, ctx: t.Context(), s: s, clock: c}
	return f.region("kreis-re")
}

// region creates another region in the same store and returns a fixture
// working in it.
func (f *fx) region(slug string) *fx {
	f.t.Helper()
	r := directory.Region{Slug: slug, Name: "Region " + slug, Languages: []string{"de", "tr", "ar", directory.LeichteSprache}}
	if err := f.s.CreateRegion(f.ctx, audit.System, &r); err != nil {
		f.t.Fatalf("create region %s: %v", slug, err)
	}
	g := *f
	g.r = r
	g.actor = audit.Actor{UserID: directory.NewID(), Email: "staff@" + slug + ".example"}
	return &g
}

// sub returns the fixture for use in the subtest t.
func (f *fx) sub(t *testing.T) *fx {
	g := *f
	g.t, g.ctx = t, t.Context()
	return &g
}

// termID returns the id of a built-in term of the fixture's region.
func (f *fx) termID(taxonomySlug, code string) string {
	return store.BuiltinTermID(f.r.ID, taxonomySlug, code)
}

// taxonomyID returns the id of a taxonomy of the fixture's region.
func (f *fx) taxonomyID(slug string) string {
	f.t.Helper()
	tax, err := f.s.TaxonomyBySlug(f.ctx, f.r.ID, slug)
	if err != nil {
		f.t.Fatalf("taxonomy %s: %v", slug, err)
	}
	return tax.ID
}

func (f *fx) saveTown(name, postalCode string, mods ...func(*directory.Town)) directory.Town {
	f.t.Helper()
	t := directory.Town{RegionID: f.r.ID, Name: name, PostalCodes: []string{postalCode}, Latitude: 51.6, Longitude: 7.1}
	for _, m := range mods {
		m(&t)
	}
	if err := f.s.SaveTown(f.ctx, f.actor, &t); err != nil {
		f.t.Fatalf("save town %s: %v", name, err)
	}
	return t
}

func (f *fx) saveOrg(name string, mods ...func(*directory.Organization)) directory.Organization {
	f.t.Helper()
	o := directory.Organization{RegionID: f.r.ID, Name: name, Type: directory.OrgWelfare, Description: "Freier Träger " + name}
	for _, m := range mods {
		m(&o)
	}
	if err := f.s.SaveOrganization(f.ctx, f.actor, &o); err != nil {
		f.t.Fatalf("save organization %s: %v", name, err)
	}
	return o
}

// newLocation returns a valid physical location that is not saved yet.
func (f *fx) newLocation(name string) directory.Location {
	return directory.Location{RegionID: f.r.ID, Name: name,
		Addresses: []directory.Address{{Address1: "Kurt-Schumacher-Allee 1", PostalCode: "45657", City: "Recklinghausen"}}}
}

func (f *fx) saveLocation(name string, mods ...func(*directory.Location)) directory.Location {
	f.t.Helper()
	l := f.newLocation(name)
	for _, m := range mods {
		m(&l)
	}
	if err := f.s.SaveLocation(f.ctx, f.actor, &l); err != nil {
		f.t.Fatalf("save location %s: %v", name, err)
	}
	return l
}

// newService returns a valid offer of organisation orgID, not saved yet.
func (f *fx) newService(orgID, name string) directory.Service {
	return directory.Service{RegionID: f.r.ID, OrganizationID: orgID, Name: name, Description: "Beschreibung von " + name}
}

func (f *fx) saveService(orgID, name string, mods ...func(*directory.Service)) directory.Service {
	f.t.Helper()
	sv := f.newService(orgID, name)
	for _, m := range mods {
		m(&sv)
	}
	if err := f.s.SaveService(f.ctx, f.actor, &sv); err != nil {
		f.t.Fatalf("save service %s: %v", name, err)
	}
	return sv
}

func (f *fx) saveContact(name string, mods ...func(*directory.Contact)) directory.Contact {
	f.t.Helper()
	c := directory.Contact{RegionID: f.r.ID, Name: name}
	for _, m := range mods {
		m(&c)
	}
	if err := f.s.SaveContact(f.ctx, f.actor, &c); err != nil {
		f.t.Fatalf("save contact %s: %v", name, err)
	}
	return c
}

// saveTerm saves a staff-made term in the taxonomy with the given slug.
func (f *fx) saveTerm(taxonomySlug, name string, mods ...func(*directory.Term)) directory.Term {
	f.t.Helper()
	t := directory.Term{RegionID: f.r.ID, TaxonomyID: f.taxonomyID(taxonomySlug), Name: name}
	for _, m := range mods {
		m(&t)
	}
	if err := f.s.SaveTerm(f.ctx, f.actor, &t); err != nil {
		f.t.Fatalf("save term %s: %v", name, err)
	}
	return t
}

func (f *fx) savePage(slug, title string) directory.Page {
	f.t.Helper()
	p := directory.Page{RegionID: f.r.ID, Slug: slug, Title: title, Body: "Text von " + title}
	if err := f.s.SavePage(f.ctx, f.actor, &p); err != nil {
		f.t.Fatalf("save page %s: %v", slug, err)
	}
	return p
}

// auditLog returns all audit entries of the region, newest first, paging
// through them as a client would.
func (f *fx) auditLog() []audit.Entry {
	f.t.Helper()
	var out []audit.Entry
	var before int64
	for {
		page, err := f.s.AuditEntries(f.ctx, f.r.ID, audit.Filter{BeforeID: before, Limit: 500})
		if err != nil {
			f.t.Fatalf("audit entries: %v", err)
		}
		out = append(out, page...)
		if len(page) < 500 {
			return out
		}
		before = page[len(page)-1].ID
	}
}

// lastAudit returns the region's newest audit entry.
func (f *fx) lastAudit() audit.Entry {
	f.t.Helper()
	es, err := f.s.AuditEntries(f.ctx, f.r.ID, audit.Filter{Limit: 1})
	if err != nil || len(es) != 1 {
		f.t.Fatalf("newest audit entry: %v (%d entries)", err, len(es))
	}
	return es[0]
}

func (f *fx) revision() int64 {
	f.t.Helper()
	rev, err := f.s.Revision(f.ctx, f.r.ID)
	if err != nil {
		f.t.Fatalf("revision: %v", err)
	}
	return rev
}

// mark is what a refused write must leave as it was: the number of
// audit entries and the revision of a region.
type mark struct {
	audit    int
	revision int64
}

func (f *fx) mark() mark { return mark{len(f.auditLog()), f.revision()} }

// unchanged fails the test when the region's audit log or revision moved
// since m was taken.
func (f *fx) unchanged(what string, m mark) {
	f.t.Helper()
	if got := f.mark(); got != m {
		f.t.Errorf("%s wrote to region %s: audit entries %d → %d, revision %d → %d", what, f.r.Slug, m.audit, got.audit, m.revision, got.revision)
	}
}
