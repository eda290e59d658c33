package hsds

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/lotse/lotse/internal/directory"
)

// HSDS → Lotse, for import. The mapper turns the HSDS records read from
// the files into a directory.Dataset for one region:
//
//   - Attributes whose term belongs to one of Lotse's built-in taxonomies
//     (recognised by the taxonomy's URI "urn:lotse:taxonomy:<slug>", its
//     name or slug, and the term's code, since ids differ between regions)
//     become the offer's terms, the organisation's type, the summary and
//     the closure of a schedule. Other attributes of offers and locations
//     link to the terms of imported foreign taxonomies.
//   - Phones attached directly to an offer, organisation, location or
//     service_at_location become a contact of that owner, unless the same
//     phone is already part of a contact.
//   - An address gets its town by postal code, else by the city's name,
//     else no town (with a warning).
//   - What Lotse does not model is dropped with a warning that says what
//     and where (see dropped.go for the members Lotse keeps).
//   - A member array that is missing leaves the children stored for an
//     existing record alone; an empty array removes them.
//   - Invalid children (an opening-hours rule Lotse cannot read, a phone
//     number that is not one) are dropped with a warning; invalid main
//     records (an offer without a description) and unresolvable required
//     references are problems that stop the import.

// origin says where a record was read: file and JSON pointer.
type origin struct {
	file, ptr string
}

func (o origin) at(suffix string) origin { return origin{o.file, o.ptr + suffix} }

func (o origin) atf(format string, args ...any) origin {
	return origin{o.file, o.ptr + fmt.Sprintf(format, args...)}
}

// entry is a record found in the input, with where it was found and
// whether it stood on its own (top) or was nested in another record.
type entry[T any] struct {
	v   *T
	at  origin
	top bool
	// org is the organisation the record was nested in, if any.
	org string
}

// registry keeps the first occurrence of each id, preferring records
// that stand on their own over nested copies.
type registry[T any] struct {
	byID  map[string]*entry[T]
	order []string
}

func (r *registry[T]) add(id string, e entry[T]) (*entry[T], bool) {
	if r.byID == nil {
		r.byID = map[string]*entry[T]{}
	}
	if old, ok := r.byID[id]; ok {
		if e.top && !old.top {
			e.org = cmp.Or(e.org, old.org)
			*old = e
		} else if old.org == "" {
			old.org = e.org
		}
		return old, false
	}
	r.byID[id] = &e
	r.order = append(r.order, id)
	return r.byID[id], true
}

func (r *registry[T]) each(fn func(id string, e *entry[T])) {
	for _, id := range r.order {
		fn(id, r.byID[id])
	}
}

// existingIndex indexes the region's current directory.
type existingIndex struct {
	taxByID   map[string]*directory.Taxonomy
	taxBySlug map[string]*directory.Taxonomy
	termByID  map[string]*directory.Term
	termByKey map[[2]string]*directory.Term // taxonomy id, code
	maxSort   map[string]int
	orgs      map[string]*directory.Organization
	locs      map[string]*directory.Location
	services  map[string]*directory.Service
	contacts  map[string]*directory.Contact
	towns     []directory.Town
}

func newExistingIndex(ds *directory.Dataset, towns []directory.Town) *existingIndex {
	x := &existingIndex{taxByID: map[string]*directory.Taxonomy{}, taxBySlug: map[string]*directory.Taxonomy{},
		termByID: map[string]*directory.Term{}, termByKey: map[[2]string]*directory.Term{}, maxSort: map[string]int{},
		orgs: map[string]*directory.Organization{}, locs: map[string]*directory.Location{}, services: map[string]*directory.Service{},
		contacts: map[string]*directory.Contact{}, towns: towns}
	for i := range ds.Taxonomies {
		t := &ds.Taxonomies[i]
		x.taxByID[t.ID], x.taxBySlug[t.Slug] = t, t
	}
	for i := range ds.Terms {
		t := &ds.Terms[i]
		x.termByID[t.ID] = t
		x.termByKey[[2]string{t.TaxonomyID, t.Code}] = t
		if n, ok := x.maxSort[t.TaxonomyID]; !ok || t.SortOrder > n {
			x.maxSort[t.TaxonomyID] = t.SortOrder
		}
	}
	for i := range ds.Organizations {
		x.orgs[ds.Organizations[i].ID] = &ds.Organizations[i]
	}
	for i := range ds.Locations {
		x.locs[ds.Locations[i].ID] = &ds.Locations[i]
	}
	for i := range ds.Services {
		x.services[ds.Services[i].ID] = &ds.Services[i]
	}
	for i := range ds.Contacts {
		x.contacts[ds.Contacts[i].ID] = &ds.Contacts[i]
	}
	return x
}

// phoneSet is a group of phones attached directly to a record, turned
// into a contact once all contacts are known.
type phoneSet struct {
	owner  owners
	key    string // the owner's id, for the contact's derived id
	phones []Phone
	at     origin
}

// owners are the records a contact belongs to.
type owners struct{ org, service, location string }

type contactAcc struct {
	c  directory.Contact
	at origin
}

// mapper turns the collected HSDS records into a dataset.
type mapper struct {
	regionID string
	ex       *existingIndex
	rep      *Report
	// broken holds ids of records that failed schema validation, so that
	// references to them do not raise a second, misleading problem.
	broken map[string]bool

	taxonomies registry[Taxonomy]
	terms      registry[TaxonomyTerm]
	orgs       registry[Organization]
	locs       registry[Location]
	services   registry[Service]
	sals       []entry[ServiceAtLocation]

	out directory.Dataset
	// taxMap and termMap map incoming ids to the region's ids; "" in
	// termMap marks a term that was dropped.
	taxMap     map[string]string
	taxBuiltin map[string]string // region taxonomy id → built-in slug
	termMap    map[string]string
	termInfo   map[string][2]string // region term id → taxonomy id, code
	termOuts   []termOut
	newSlugs   map[string]bool
	newCodes   map[[2]string]bool
	nextSort   map[string]int
	contacts   map[string]*contactAcc
	contactIDs []string
	phoneSets  []phoneSet
	phoneOwner map[string]string // phone id → contact id
	usedIDs    map[string]map[string]string
}

func newMapper(regionID string, ex *existingIndex, rep *Report) *mapper {
	m := &mapper{regionID: regionID, ex: ex, rep: rep, broken: map[string]bool{},
		taxMap: map[string]string{}, taxBuiltin: map[string]string{}, termMap: map[string]string{},
		termInfo: map[string][2]string{}, newSlugs: map[string]bool{}, newCodes: map[[2]string]bool{}, nextSort: map[string]int{},
		contacts: map[string]*contactAcc{}, phoneOwner: map[string]string{}, usedIDs: map[string]map[string]string{}}
	for id, t := range ex.taxByID {
		if _, ok := directory.Builtin(t.Slug); ok {
			m.taxBuiltin[id] = t.Slug
		}
	}
	return m
}

// lid normalises an id: HSDS ids are UUIDs, Lotse keeps them lower-case.
func lid(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func (m *mapper) warn(at origin, format string, args ...any) {
	m.rep.warn(at.file, at.ptr, fmt.Sprintf(format, args...))
}

func (m *mapper) problem(at origin, format string, args ...any) {
	m.rep.problem(at.file, at.ptr, fmt.Sprintf(format, args...))
}

// --- collecting ---

func (m *mapper) addService(sv *Service, at origin, top bool, org string) {
	id := lid(sv.ID)
	if e, isNew := m.services.add(id, entry[Service]{v: sv, at: at, top: top, org: org}); !isNew && top && e.v != sv {
		m.warn(at, "service %s appears more than once; the first is used", id)
		return
	}
	if sv.Organization != nil {
		m.addOrganization(sv.Organization, at.at("/organization"), false)
	}
	for i := range sv.ServiceAtLocations {
		if l := sv.ServiceAtLocations[i].Location; l != nil {
			m.addLocation(l, at.atf("/service_at_locations/%d/location", i), false, "")
		}
	}
	m.addAttributeTerms(sv.Attributes, at.at("/attributes"))
	m.addScheduleTerms(sv.Schedules, at.at("/schedules"))
	for i := range sv.ServiceAtLocations {
		m.addScheduleTerms(sv.ServiceAtLocations[i].Schedules, at.atf("/service_at_locations/%d/schedules", i))
	}
}

func (m *mapper) addOrganization(o *Organization, at origin, top bool) {
	id := lid(o.ID)
	if e, isNew := m.orgs.add(id, entry[Organization]{v: o, at: at, top: top}); !isNew && top && e.v != o {
		m.warn(at, "organization %s appears more than once; the first is used", id)
		return
	}
	m.addAttributeTerms(o.Attributes, at.at("/attributes"))
	for i := range o.Locations {
		m.addLocation(&o.Locations[i], at.atf("/locations/%d", i), false, id)
	}
	for i := range o.Services {
		m.addService(&o.Services[i], at.atf("/services/%d", i), false, id)
	}
}

func (m *mapper) addLocation(l *Location, at origin, top bool, org string) {
	id := lid(l.ID)
	if e, isNew := m.locs.add(id, entry[Location]{v: l, at: at, top: top, org: org}); !isNew && top && e.v != l {
		m.warn(at, "location %s appears more than once; the first is used", id)
		return
	}
	m.addAttributeTerms(l.Attributes, at.at("/attributes"))
	m.addScheduleTerms(l.Schedules, at.at("/schedules"))
}

func (m *mapper) addServiceAtLocation(sal *ServiceAtLocation, at origin) {
	if sal.Service != nil {
		m.addService(sal.Service, at.at("/service"), false, "")
	}
	if sal.Location != nil {
		m.addLocation(sal.Location, at.at("/location"), false, "")
	}
	m.addScheduleTerms(sal.Schedules, at.at("/schedules"))
	m.sals = append(m.sals, entry[ServiceAtLocation]{v: sal, at: at, top: true})
}

func (m *mapper) addTaxonomy(t *Taxonomy, at origin, top bool) {
	id := lid(t.ID)
	if e, isNew := m.taxonomies.add(id, entry[Taxonomy]{v: t, at: at, top: top}); !isNew && top && e.v != t {
		m.warn(at, "taxonomy %s appears more than once; the first is used", id)
	}
}

func (m *mapper) addTerm(t *TaxonomyTerm, at origin, top bool) {
	id := lid(t.ID)
	if e, isNew := m.terms.add(id, entry[TaxonomyTerm]{v: t, at: at, top: top}); !isNew && top && e.v != t {
		m.warn(at, "taxonomy term %s appears more than once; the first is used", id)
		return
	}
	if t.TaxonomyDetail != nil {
		m.addTaxonomy(t.TaxonomyDetail, at.at("/taxonomy_detail"), false)
	}
}

func (m *mapper) addAttributeTerms(attrs []Attribute, at origin) {
	for i := range attrs {
		if t := attrs[i].TaxonomyTerm; t != nil {
			m.addTerm(t, at.atf("/%d/taxonomy_term", i), false)
		}
	}
}

func (m *mapper) addScheduleTerms(scheds []Schedule, at origin) {
	for i := range scheds {
		m.addAttributeTerms(scheds[i].Attributes, at.atf("/%d/attributes", i))
	}
}

// --- mapping ---

// run maps everything collected, in dependency order.
func (m *mapper) run() *directory.Dataset {
	m.taxonomies.each(m.mapTaxonomy)
	m.terms.each(m.mapTerm)
	m.emitTerms()
	m.orgs.each(m.mapOrganization)
	m.locs.each(m.mapLocation)
	m.services.each(m.mapService)
	for _, e := range m.sals {
		m.mapTopServiceAtLocation(e)
	}
	m.mapPhoneSets()
	for _, id := range m.contactIDs {
		acc := m.contacts[id]
		if acc.c.Name == "" && acc.c.Email == "" && len(acc.c.Phones) == 0 {
			m.warn(acc.at, "contact %s dropped: it has neither a name, an e-mail address nor a usable phone", id)
			continue
		}
		m.out.Contacts = append(m.out.Contacts, acc.c)
	}
	return &m.out
}
