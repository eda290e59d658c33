package site

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/web/ui"
)

// regionCache keeps, per region, what nearly every page needs and what
// changes seldom: towns, taxonomy terms and the integration centre's
// contact. An entry is valid for one revision of the region; every change
// to the directory bumps the revision, so an entry is never stale and the
// offer list needs no query for its filter options.
type regionCache struct {
	env *ui.Env
	mu  sync.Mutex
	m   map[string]*regionData // region id → data
}

func newRegionCache(env *ui.Env) *regionCache {
	return &regionCache{env: env, m: map[string]*regionData{}}
}

// regionData is the cached data of one region at one revision. It is
// never changed once built, except for the lazily loaded contact of the
// integration centre, which has its own lock.
type regionData struct {
	rev        int64
	towns      []directory.Town // by name
	townBySlug map[string]*directory.Town
	townByID   map[string]*directory.Town
	terms      map[string]directory.Term            // by id
	taxOf      map[string]string                    // term id → taxonomy slug
	taxTerms   map[string][]directory.Term          // taxonomy slug → terms by sort order
	byCode     map[string]map[string]directory.Term // taxonomy slug → code → term
	termIDList []string                             // every term's id, for loading their translations

	kiMu     sync.Mutex
	kiLoaded bool
	ki       *kiData

	// pages caches the offers of list pages by their ids: the same pages
	// are asked for again and again, and at one revision they cannot
	// have changed. "Open now" is worked out when the page is rendered.
	pagesMu sync.Mutex
	pages   map[string][]directory.Service

	// tr caches translations into the page languages by language,
	// entity type and ids, for the same reason: at one revision they
	// cannot have changed (saving a translation bumps the revision).
	trMu sync.Mutex
	tr   map[string]store.Translated
}

// maxCachedPages bounds the page cache of one revision.
const maxCachedPages = 512

// cards returns the offers with the given ids, loaded as list cards,
// from the page cache or the store. The result is shared: read only.
func (d *regionData) cards(ctx context.Context, st *store.Store, regionID string, ids []string) ([]directory.Service, error) {
	key := strings.Join(ids, ",")
	d.pagesMu.Lock()
	svcs, ok := d.pages[key]
	d.pagesMu.Unlock()
	if ok {
		return svcs, nil
	}
	svcs, err := st.ServiceCards(ctx, regionID, ids)
	if err != nil {
		return nil, err
	}
	d.pagesMu.Lock()
	if d.pages == nil || len(d.pages) >= maxCachedPages {
		d.pages = map[string][]directory.Service{}
	}
	d.pages[key] = svcs
	d.pagesMu.Unlock()
	return svcs, nil
}

// translations returns the translations into lang of the given records
// of one entity type, from the cache or the store. The result is
// shared: read only.
func (d *regionData) translations(ctx context.Context, st *store.Store, regionID, lang, entityType string, ids []string) (store.Translated, error) {
	return d.translationsAs(ctx, st, regionID, lang+"|"+entityType+"|"+strings.Join(ids, ","), lang, entityType, ids)
}

// translationsAs is translations with the cache key given.
func (d *regionData) translationsAs(ctx context.Context, st *store.Store, regionID, key, lang, entityType string, ids []string) (store.Translated, error) {
	d.trMu.Lock()
	set, ok := d.tr[key]
	d.trMu.Unlock()
	if ok {
		return set, nil
	}
	set, err := st.TranslationsFor(ctx, regionID, lang, entityType, ids)
	if err != nil {
		return nil, fmt.Errorf("site: load translations: %w", err)
	}
	d.trMu.Lock()
	if d.tr == nil || len(d.tr) >= maxCachedPages {
		d.tr = map[string]store.Translated{}
	}
	d.tr[key] = set
	d.trMu.Unlock()
	return set, nil
}

// termTranslations returns the translations into lang of all the
// region's terms, which filters, tiles and offers name.
func (d *regionData) termTranslations(ctx context.Context, st *store.Store, regionID, lang string) (store.Translated, error) {
	// Asked for by every term a page names: a short key rather than
	// all the ids.
	return d.translationsAs(ctx, st, regionID, lang+"|terms", lang, directory.TranslateTerm, d.termIDList)
}

// get returns the data of region, loading it when the region's revision
// moved on since it was cached.
func (c *regionCache) get(ctx context.Context, region directory.Region) (*regionData, error) {
	c.mu.Lock()
	d, ok := c.m[region.ID]
	c.mu.Unlock()
	if ok && d.rev == region.Revision {
		return d, nil
	}
	d, err := c.load(ctx, region)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	// Two requests may load at once; the newer revision wins.
	if old, ok := c.m[region.ID]; !ok || old.rev <= d.rev {
		c.m[region.ID] = d
	}
	c.mu.Unlock()
	return d, nil
}

func (c *regionCache) load(ctx context.Context, region directory.Region) (*regionData, error) {
	st := c.env.Store
	d := &regionData{rev: region.Revision, townBySlug: map[string]*directory.Town{}, townByID: map[string]*directory.Town{},
		terms: map[string]directory.Term{}, taxOf: map[string]string{}, taxTerms: map[string][]directory.Term{},
		byCode: map[string]map[string]directory.Term{}}
	towns, err := st.Towns(ctx, region.ID, false)
	if err != nil {
		return nil, fmt.Errorf("site: load towns: %w", err)
	}
	d.towns = towns
	for i := range d.towns {
		t := &d.towns[i]
		d.townBySlug[t.Slug] = t
		d.townByID[t.ID] = t
	}
	taxes, err := st.Taxonomies(ctx, region.ID)
	if err != nil {
		return nil, fmt.Errorf("site: load taxonomies: %w", err)
	}
	slugOf := map[string]string{}
	for _, t := range taxes {
		slugOf[t.ID] = t.Slug
	}
	terms, err := st.Terms(ctx, region.ID, store.TermFilter{})
	if err != nil {
		return nil, fmt.Errorf("site: load terms: %w", err)
	}
	for _, t := range terms {
		slug := slugOf[t.TaxonomyID]
		d.terms[t.ID] = t
		d.termIDList = append(d.termIDList, t.ID)
		d.taxOf[t.ID] = slug
		d.taxTerms[slug] = append(d.taxTerms[slug], t)
		if d.byCode[slug] == nil {
			d.byCode[slug] = map[string]directory.Term{}
		}
		d.byCode[slug][t.Code] = t
	}
	return d, nil
}

// termIDs returns the ids of a taxonomy's terms, for the index's facet
// groups.
func (d *regionData) termIDs(taxonomy string) []string {
	ts := d.taxTerms[taxonomy]
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.ID
	}
	return out
}

// termsOf returns those of ids that belong to a taxonomy, in the
// taxonomy's order.
func (d *regionData) termsOf(taxonomy string, ids []string) []directory.Term {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var out []directory.Term
	for _, t := range d.taxTerms[taxonomy] {
		if want[t.ID] {
			out = append(out, t)
		}
	}
	return out
}

// kiData is the integration centre's organisation with its contacts and
// consultation hours, the way out offered to everyone who does not find
// what they need.
type kiData struct {
	org      directory.Organization
	contacts []directory.Contact
	// place is where the consultation hours are held (nil when they
	// belong to an offer without a place); hours are empty when the
	// centre publishes none.
	place *directory.Location
	hours directory.Hours
}

// kiInfo returns the region's integration centre: the organisation whose
// name (or alternate name) contains "Integrationszentrum", an
// administration preferred, or nil when the region has none. Its
// consultation hours are those of its first place with regular hours,
// or else of its first offer that has some. It is loaded on first use
// per revision.
func (d *regionData) kiInfo(ctx context.Context, env *ui.Env, regionID string) (*kiData, error) {
	d.kiMu.Lock()
	defer d.kiMu.Unlock()
	if d.kiLoaded {
		return d.ki, nil
	}
	st := env.Store
	orgs, _, err := st.Organizations(ctx, regionID, store.ListFilter{Query: "integrationszentrum", Limit: 50})
	if err != nil {
		return nil, fmt.Errorf("site: find integration centre: %w", err)
	}
	var best *directory.Organization
	for i := range orgs {
		o := &orgs[i]
		// An administration beats any other type; among equals, a name
		// that says it (not only the alternate name) and then the
		// shortest name win, so that the centre beats its sub-units.
		named := func(o *directory.Organization) bool {
			return strings.Contains(strings.ToLower(o.Name), "integrationszentrum")
		}
		admin := func(o *directory.Organization) bool { return o.Type == directory.OrgAdministration }
		switch {
		case best == nil:
			best = o
		case admin(o) != admin(best):
			if admin(o) {
				best = o
			}
		case named(o) != named(best):
			if named(o) {
				best = o
			}
		case len(o.Name) < len(best.Name):
			best = o
		}
	}
	var ki *kiData
	if best != nil {
		ki = &kiData{org: *best}
		if ki.contacts, err = st.Contacts(ctx, regionID, store.ContactFilter{OrganizationID: best.ID}); err != nil {
			return nil, fmt.Errorf("site: integration centre contacts: %w", err)
		}
		locs, _, err := st.Locations(ctx, regionID, store.ListFilter{OrgID: best.ID, Limit: 20})
		if err != nil {
			return nil, fmt.Errorf("site: integration centre places: %w", err)
		}
		for i := range locs {
			if directory.Hours(locs[i].Schedules).HasRegular() {
				ki.place, ki.hours = &locs[i], locs[i].Schedules
				break
			}
		}
		if ki.hours == nil {
			res := env.Index.Search(regionID, offerindex.Query{OrgID: best.ID, Limit: 10})
			svcs, err := st.ServicesByID(ctx, regionID, res.IDs)
			if err != nil {
				return nil, fmt.Errorf("site: integration centre offers: %w", err)
			}
		offers:
			for i := range svcs {
				for _, at := range placesOf(&svcs[i]) {
					if at.hours.HasRegular() {
						ki.place, ki.hours = at.loc, at.hours
						break offers
					}
				}
			}
		}
	}
	d.ki, d.kiLoaded = ki, true
	return ki, nil
}
