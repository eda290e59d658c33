// Package seed fills a fresh installation with the demo region Kreis
// Recklinghausen (Demo) and adds generated offers for benchmarks
// (Synthetic).
//
// The demo content is plain Go data in the demo_*.go files: the ten real
// towns with their postal codes, the needs and target groups of the
// finder, the Kommunales Integrationszentrum with its real address and
// public phone numbers, and invented partners and offers. Every partner's
// address, phone number, e-mail address and person is invented: e-mails
// and websites live under example.org, phone numbers come from the range
// the Bundesnetzagentur keeps free for films and books, so that nobody is
// called by mistake. The region is marked Demo, so the site shows a
// banner saying the data is invented on every page.
//
// Everything is saved through the public store API as the system actor,
// so it is validated and audited like an editor's work. Ids are derived
// from the region id and a stable key, so every run yields the same data.
package seed

import (
	"context"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// DemoSlug is the URL slug of the demo region.
const DemoSlug = "kreis-re"

// DemoLanguages are the languages the demo region offers, German first.
// Leichte Sprache is among them, so that offers can carry a summary in it
// and the site offers it as a language of its own.
var DemoLanguages = []string{"de", "en", "tr", "ar", "ru", "uk", "pl", "ro", "bg", "fa", directory.LeichteSprache}

// namespace is the UUID namespace of the region ids seed derives.
const namespace = "3f0c6f8e-2b1d-4c7a-9e55-6d2f1a9b7c40"

// RegionID returns the id Demo and Synthetic give a region they create
// with the given slug, so that the demo's ids are the same on every
// installation.
func RegionID(slug string) string { return directory.DerivedID(namespace, "region:"+slug) }

// Demo creates the demo region Kreis Recklinghausen with its towns,
// terms, organisations, locations, offers and pages. When a region with
// the slug exists already, Demo returns it and false without changing
// anything, so it can run on every start. A region left half-filled by an
// interrupted first start counts as existing; delete it to seed again.
func Demo(ctx context.Context, s *store.Store) (directory.Region, bool, error) {
	r, err := s.RegionBySlug(ctx, DemoSlug)
	if err == nil {
		return r, false, nil
	}
	if directory.ErrorCode(err) != directory.ENOTFOUND {
		return r, false, fmt.Errorf("seed: look up demo region: %w", err)
	}
	r = directory.Region{ID: RegionID(DemoSlug), Slug: DemoSlug, Name: "Kreis Recklinghausen", DefaultLang: "de", Languages: DemoLanguages, Demo: true}
	if err := s.CreateRegion(ctx, audit.System, &r); err != nil {
		// Another instance starting at the same moment may have won.
		if directory.ErrorCode(err) == directory.ECONFLICT {
			r, err2 := s.RegionBySlug(ctx, DemoSlug)
			if err2 == nil {
				return r, false, nil
			}
		}
		return r, false, fmt.Errorf("seed: create demo region: %w", err)
	}
	l := newLoader(s, r)
	steps := []func(context.Context) error{l.saveTowns, l.saveTerms, l.loadFixedTerms, l.saveOrgs, l.savePlaces, l.saveOffers, l.savePages, l.saveTranslations}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return r, false, fmt.Errorf("seed: demo: %w", err)
		}
	}
	if r, err = s.Region(ctx, r.ID); err != nil {
		return r, false, fmt.Errorf("seed: reload demo region: %w", err)
	}
	return r, true, nil
}

// loader turns the demo data into records and saves them.
type loader struct {
	s    *store.Store
	r    directory.Region
	year int // the current year, for holiday closures

	towns  map[string]directory.Town     // by slug
	terms  map[string]string             // "taxonomy:code" → term id
	orgs   map[string]*org               // by key
	orgIDs map[string]string             // org key → id
	places map[string]place              // by key
	locs   map[string]directory.Location // place key → saved location
	phone  int                           // next invented phone number
}

func newLoader(s *store.Store, r directory.Region) *loader {
	return &loader{
		s: s, r: r, year: s.Now().In(directory.Berlin).Year(),
		towns: map[string]directory.Town{}, terms: map[string]string{}, orgs: map[string]*org{}, orgIDs: map[string]string{},
		places: map[string]place{}, locs: map[string]directory.Location{},
	}
}

// id derives the id of a demo record from the region id and a key.
func (l *loader) id(kind, key string) string { return demoID(l.r.ID, kind, key) }

func demoID(regionID, kind, key string) string {
	return directory.DerivedID(regionID, "demo:"+kind+":"+key)
}

// DemoServiceID returns the id of the demo offer with the given key in
// the region, so that tests and tools can name demo offers by key.
func DemoServiceID(regionID, key string) string { return demoID(regionID, "service", key) }

// DemoServiceKeys returns the keys of all demo offers.
func DemoServiceKeys() []string {
	var keys []string
	for _, o := range demoOffers() {
		keys = append(keys, o.Key)
	}
	return keys
}

func (l *loader) saveTowns(ctx context.Context) error {
	towns, err := saveTownsOf(ctx, l.s, l.r.ID)
	l.towns = towns
	return err
}

// saveTownsOf creates the ten towns in a region and returns them by slug.
func saveTownsOf(ctx context.Context, s *store.Store, regionID string) (map[string]directory.Town, error) {
	out := map[string]directory.Town{}
	for _, t := range demoTowns {
		slug := directory.Slugify(t.Name)
		rec := directory.Town{ID: directory.DerivedID(regionID, "demo:town:"+slug), RegionID: regionID, Name: t.Name, Slug: slug,
			PostalCodes: append([]string(nil), t.Zips...), Latitude: t.Lat, Longitude: t.Lon}
		if err := s.SaveTown(ctx, audit.System, &rec); err != nil {
			return out, fmt.Errorf("town %s: %w", t.Name, err)
		}
		out[slug] = rec
	}
	return out, nil
}

// termID is the id of a demo term. It follows store.BuiltinTermID, so a
// term's id can be computed from its taxonomy and code alone.
func termID(regionID, taxonomy, code string) string {
	return store.BuiltinTermID(regionID, taxonomy, code)
}

func (l *loader) saveTerms(ctx context.Context) error {
	return saveTermsOf(ctx, l.s, l.r.ID, l.terms)
}

// saveTermsOf creates the needs and target groups in a region and records
// their ids in ids ("taxonomy:code" → id).
func saveTermsOf(ctx context.Context, s *store.Store, regionID string, ids map[string]string) error {
	for _, set := range []struct {
		tax   string
		terms []term
	}{{directory.TaxNeeds, demoNeeds}, {directory.TaxTargetGroups, demoGroups}} {
		tax, err := s.TaxonomyBySlug(ctx, regionID, set.tax)
		if err != nil {
			return fmt.Errorf("taxonomy %s: %w", set.tax, err)
		}
		for i, t := range set.terms {
			rec := directory.Term{ID: termID(regionID, set.tax, t.Code), RegionID: regionID, TaxonomyID: tax.ID, Code: t.Code,
				Name: t.Name, Description: t.Desc, Synonyms: demoSynonyms[set.tax+":"+t.Code], SortOrder: (i + 1) * 10}
			if t.Parent != "" {
				p, ok := ids[set.tax+":"+t.Parent]
				if !ok {
					return fmt.Errorf("term %s: parent %s must come first", t.Code, t.Parent)
				}
				rec.ParentID = p
			}
			if err := s.SaveTerm(ctx, audit.System, &rec); err != nil {
				return fmt.Errorf("term %s: %w", t.Code, err)
			}
			ids[set.tax+":"+t.Code] = rec.ID
		}
	}
	return nil
}

// loadFixedTerms reads the ids of the built-in access and accessibility
// terms that offers and locations refer to.
func (l *loader) loadFixedTerms(ctx context.Context) error {
	return loadTermIDs(ctx, l.s, l.r.ID, l.terms, directory.TaxAccess, directory.TaxAccessible)
}

// loadTermIDs records the ids of the terms of the given taxonomies.
func loadTermIDs(ctx context.Context, s *store.Store, regionID string, ids map[string]string, taxonomies ...string) error {
	for _, slug := range taxonomies {
		tax, err := s.TaxonomyBySlug(ctx, regionID, slug)
		if err != nil {
			return fmt.Errorf("taxonomy %s: %w", slug, err)
		}
		terms, err := s.Terms(ctx, regionID, store.TermFilter{TaxonomyID: tax.ID})
		if err != nil {
			return err
		}
		for _, t := range terms {
			ids[slug+":"+t.Code] = t.ID
		}
	}
	return nil
}

// term returns the id of a term, or an error naming the unknown code.
func (l *loader) term(tax, code string) (string, error) {
	id, ok := l.terms[tax+":"+code]
	if !ok {
		return "", fmt.Errorf("unknown %s term %q", tax, code)
	}
	return id, nil
}

// nextPhone returns a new invented phone number. The numbers are the
// Bundesnetzagentur's "drama numbers" of the Köln area (0221 4710 000 to
// 999, Amtsblatt 7/2021, Mitteilung 148/2021): they are never given to
// anyone, so a reader who dials one disturbs nobody.
func (l *loader) nextPhone() string {
	n := l.phone
	l.phone++
	return fmt.Sprintf("0221 4710 %03d", 100+n%900)
}

func (l *loader) saveOrgs(ctx context.Context) error {
	orgs := demoOrgList()
	for i := range orgs {
		o := &orgs[i]
		if _, dup := l.orgs[o.Key]; dup {
			return fmt.Errorf("organisation key %s twice", o.Key)
		}
		rec := directory.Organization{ID: l.id("org", o.Key), RegionID: l.r.ID, Name: o.Name, AlternateName: o.Alt, Type: o.Type,
			Description: o.Desc, Website: o.website()}
		if o.Mail != "" {
			rec.Email = o.Mail + "@" + o.Domain
		}
		if o.Parent != "" {
			p, ok := l.orgIDs[o.Parent]
			if !ok {
				return fmt.Errorf("organisation %s: parent %s must come first", o.Key, o.Parent)
			}
			rec.ParentID = p
		}
		if err := l.s.SaveOrganization(ctx, audit.System, &rec); err != nil {
			return fmt.Errorf("organisation %s: %w", o.Key, err)
		}
		l.orgs[o.Key], l.orgIDs[o.Key] = o, rec.ID
		for j, c := range o.Contacts {
			if err := l.saveContact(ctx, o, c, directory.Contact{OrganizationID: rec.ID}, fmt.Sprintf("org:%s:%d", o.Key, j)); err != nil {
				return fmt.Errorf("organisation %s: %w", o.Key, err)
			}
		}
	}
	return nil
}

// saveContact saves c, owned as set in rec, with an invented phone
// number unless c carries a number of its own.
func (l *loader) saveContact(ctx context.Context, o *org, c contact, rec directory.Contact, key string) error {
	rec.ID, rec.RegionID = l.id("contact", key), l.r.ID
	rec.Name, rec.Title, rec.Department = c.Name, c.Title, c.Dept
	if c.Mail != "" {
		rec.Email = c.Mail + "@" + o.Domain
	}
	number := c.Phone
	if number == "" && !c.NoPhone {
		number = l.nextPhone()
	}
	if number != "" {
		rec.Phones = []directory.Phone{{ID: directory.DerivedID(rec.ID, "phone"), Number: number, Type: "voice", Description: c.PhoneNote, Languages: c.Langs}}
	}
	if err := l.s.SaveContact(ctx, audit.System, &rec); err != nil {
		return fmt.Errorf("contact %s: %w", c.Name, err)
	}
	return nil
}

func (l *loader) savePlaces(ctx context.Context) error {
	for _, p := range demoPlaces() {
		if _, dup := l.places[p.Key]; dup {
			return fmt.Errorf("location key %s twice", p.Key)
		}
		rec, err := l.location(p)
		if err != nil {
			return fmt.Errorf("location %s: %w", p.Key, err)
		}
		if err := l.s.SaveLocation(ctx, audit.System, &rec); err != nil {
			return fmt.Errorf("location %s: %w", p.Key, err)
		}
		l.places[p.Key], l.locs[p.Key] = p, rec
	}
	return nil
}

// location builds the record of a place.
func (l *loader) location(p place) (directory.Location, error) {
	t, ok := l.towns[p.Town]
	if !ok {
		return directory.Location{}, fmt.Errorf("unknown town %q", p.Town)
	}
	tw := townBySlug(p.Town)
	orgID, ok := l.orgIDs[p.Org]
	if !ok {
		return directory.Location{}, fmt.Errorf("unknown organisation %q", p.Org)
	}
	id := l.id("location", p.Key)
	zip := p.Zip
	if zip == "" {
		zip = t.PostalCodes[0]
	}
	lat, lon := p.Lat, p.Lon
	if lat == 0 {
		dy, dx := jitter(p.Key)
		lat, lon = t.Latitude+dy*0.007, t.Longitude+dx*0.011
	}
	rec := directory.Location{ID: id, RegionID: l.r.ID, OrganizationID: orgID, Type: directory.LocationPhysical, Name: p.Name,
		Description: p.Desc, Transportation: p.transit(tw), Latitude: &lat, Longitude: &lon, TownID: t.ID,
		Addresses: []directory.Address{{ID: directory.DerivedID(id, "address"), Address1: p.Street, Address2: p.Extra, City: t.Name,
			PostalCode: zip, Country: "DE", Type: directory.LocationPhysical}}}
	var features []string
	if p.StepFree {
		features = append(features, directory.FeatureStepFree)
	}
	features = append(features, p.Features...)
	for _, f := range features {
		tid, err := l.term(directory.TaxAccessible, f)
		if err != nil {
			return rec, err
		}
		rec.FeatureTermIDs = append(rec.FeatureTermIDs, tid)
	}
	if p.Access != "" {
		rec.Accessibility = []directory.Accessibility{{ID: directory.DerivedID(id, "accessibility"), Description: p.Access}}
	}
	return rec, nil
}

// jitter returns two numbers in [-1, 1) derived from key, to spread
// locations around their town centre the same way on every run.
func jitter(key string) (float64, float64) {
	h := fnv.New64a()
	h.Write([]byte(key))
	v := h.Sum64()
	a := float64(v&0xffff)/0x8000 - 1
	b := float64(v>>16&0xffff)/0x8000 - 1
	return a, b
}

func townBySlug(slug string) town {
	for _, t := range demoTowns {
		if directory.Slugify(t.Name) == slug {
			return t
		}
	}
	return town{}
}

func (l *loader) saveOffers(ctx context.Context) error {
	seen := map[string]bool{}
	for i, o := range demoOffers() {
		if seen[o.Key] {
			return fmt.Errorf("offer key %s twice", o.Key)
		}
		seen[o.Key] = true
		sv, err := l.service(i, o)
		if err != nil {
			return fmt.Errorf("offer %s: %w", o.Key, err)
		}
		if err := l.s.SaveService(ctx, audit.System, &sv); err != nil {
			return fmt.Errorf("offer %s: %w", o.Key, err)
		}
		if o.Contact != "" {
			c := contact{Name: o.Contact, Mail: o.Mail, Langs: o.phoneLangs()}
			if err := l.saveContact(ctx, l.orgs[o.Org], c, directory.Contact{ServiceID: sv.ID}, "service:"+o.Key); err != nil {
				return fmt.Errorf("offer %s: %w", o.Key, err)
			}
		}
	}
	return nil
}

// service builds the record of the i-th offer.
func (l *loader) service(i int, o offer) (directory.Service, error) {
	og, ok := l.orgs[o.Org]
	if !ok {
		return directory.Service{}, fmt.Errorf("unknown organisation %q", o.Org)
	}
	id := l.id("service", o.Key)
	sv := directory.Service{ID: id, RegionID: l.r.ID, OrganizationID: l.orgIDs[o.Org], Name: o.Name, AlternateName: o.Alt,
		Summary: o.Summary, Description: o.Desc, ApplicationProcess: o.Apply, EligibilityDescription: o.Elig,
		InterpretationServices: o.Interp, Status: directory.StatusActive, Alert: o.Alert, AssuredDate: l.assured(i)}
	if o.Mail != "" {
		sv.Email = o.Mail + "@" + og.Domain
	}
	if o.Page != "" {
		sv.URL = og.website() + "/" + o.Page
	}
	if o.Closed != "" {
		sv.Status, sv.Alert = directory.StatusTemporarilyClosed, o.Closed
	}
	if o.MinAge > 0 {
		sv.MinimumAge = &o.MinAge
	}
	if o.MaxAge > 0 {
		sv.MaximumAge = &o.MaxAge
	}
	for _, set := range []struct {
		tax   string
		codes []string
	}{{directory.TaxNeeds, o.Needs}, {directory.TaxTargetGroups, o.Groups}, {directory.TaxAccess, o.Access}} {
		for _, c := range set.codes {
			tid, err := l.term(set.tax, c)
			if err != nil {
				return sv, err
			}
			sv.TermIDs = append(sv.TermIDs, tid)
		}
	}
	for _, code := range o.Langs {
		if !directory.ValidLanguageCode(code) {
			return sv, fmt.Errorf("bad language code %q", code)
		}
		sv.Languages = append(sv.Languages, directory.Language{ID: directory.DerivedID(id, "language:"+code), Code: code})
	}
	if o.Fee == "" {
		sv.SetFree(true)
	} else {
		sv.FeesDescription = o.Fee
		c := directory.CostOption{ID: directory.DerivedID(id, "cost:fee"), Option: "Gebühr", Currency: "EUR", AmountDescription: o.Fee}
		if o.Amount > 0 {
			amount := o.Amount
			c.Amount = &amount
		}
		sv.CostOptions = []directory.CostOption{c}
	}
	for _, key := range o.At {
		loc, ok := l.locs[key]
		if !ok {
			return sv, fmt.Errorf("unknown location %q", key)
		}
		sv.Locations = append(sv.Locations, directory.ServiceAtLocation{ID: directory.DerivedID(id, "location:"+loc.ID), LocationID: loc.ID})
	}
	scheds, err := parseHours(o.Hours)
	if err != nil {
		return sv, err
	}
	if o.Xmas {
		scheds = append(scheds, directory.Schedule{ValidFrom: fmt.Sprintf("%d-12-24", l.year), ValidTo: fmt.Sprintf("%d-12-31", l.year),
			Closed: true, Description: "Zwischen Weihnachten und Neujahr geschlossen."})
	}
	if o.Summer {
		scheds = append(scheds, directory.Schedule{ValidFrom: fmt.Sprintf("%d-07-20", l.year), ValidTo: fmt.Sprintf("%d-08-09", l.year),
			Closed: true, Description: "Sommerpause."})
	}
	for j := range scheds {
		scheds[j].ID = directory.DerivedID(id, fmt.Sprintf("schedule:%d", j))
	}
	sv.Schedules = scheds
	return sv, nil
}

// assured returns the date staff last checked the i-th offer: in the
// autumn of last year for most, two years ago for a few, so that the
// back office has stale entries to show.
func (l *loader) assured(i int) string {
	year := l.year - 1
	if i%23 == 7 {
		year--
	}
	return fmt.Sprintf("%d-%02d-%02d", year, 9+i%4, 1+(i*7)%28)
}

// parseHours reads weekly or monthly hours written as
// "MO,TU 09:00-14:00; WE 09:00-14:30". A day with a number in front
// ("1SA", "-1FR") makes the rule monthly.
func parseHours(spec string) ([]directory.Schedule, error) {
	var out []directory.Schedule
	for part := range strings.SplitSeq(spec, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		days, times, ok := strings.Cut(part, " ")
		opens, closes, ok2 := strings.Cut(strings.TrimSpace(times), "-")
		if !ok || !ok2 {
			return nil, fmt.Errorf("bad hours %q", part)
		}
		sc := directory.Schedule{Freq: directory.FreqWeekly, ByDay: days, OpensAt: opens, ClosesAt: closes}
		if strings.ContainsAny(days, "0123456789") {
			sc.Freq = directory.FreqMonthly
		}
		sc.Normalize()
		if err := sc.Validate(); err != nil {
			return nil, fmt.Errorf("bad hours %q: %w", part, err)
		}
		sc.ID = ""
		out = append(out, sc)
	}
	return out, nil
}

func (l *loader) savePages(ctx context.Context) error {
	for _, p := range demoPages() {
		page, err := l.s.PageBySlug(ctx, l.r.ID, p.Slug)
		if err != nil && directory.ErrorCode(err) != directory.ENOTFOUND {
			return err
		}
		if err != nil {
			page = directory.Page{RegionID: l.r.ID, Slug: p.Slug}
		}
		page.Title, page.Body = p.Title, p.Body
		if err := l.s.SavePage(ctx, audit.System, &page); err != nil {
			return fmt.Errorf("page %s: %w", p.Slug, err)
		}
	}
	return nil
}
