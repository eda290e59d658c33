package hsds

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// Lotse → HSDS. A catalog indexes a (possibly partial) dataset as the
// store reads it and renders its records in the HSDS shapes. The same
// code serves the API and the export, so both say the same.
//
// Lotse-only fields travel as attributes (see docs/hsds.md):
//   - an offer's summary: attribute of the lotse/summary term, with the
//     summary as its value;
//   - an organisation's type: attribute linking it to its term of the
//     organization-types taxonomy;
//   - a closure: attribute of the lotse/closed term on a dated schedule
//     (no freq), meaning "closed from valid_from to valid_to".
//
// Attribute ids are derived from the record and the term
// (store.AttributeID), so they are stable.

// catalog indexes a dataset for rendering.
type catalog struct {
	taxonomies map[string]*directory.Taxonomy
	terms      map[string]*directory.Term
	// builtin maps a built-in taxonomy slug and term code to the term.
	builtin            map[[2]string]*directory.Term
	orgs               map[string]*directory.Organization
	locs               map[string]*directory.Location
	servicesByOrg      map[string][]*directory.Service
	locationsByOrg     map[string][]*directory.Location
	contactsByOrg      map[string][]*directory.Contact
	contactsByService  map[string][]*directory.Contact
	contactsByLocation map[string][]*directory.Contact
	// lang is the language of the answer ("" for an export, which is
	// German); status says what its texts are (see translate.go).
	lang   string
	status translationStatus
}

func newCatalog(ds *directory.Dataset) *catalog {
	c := &catalog{
		taxonomies: map[string]*directory.Taxonomy{}, terms: map[string]*directory.Term{}, builtin: map[[2]string]*directory.Term{},
		orgs: map[string]*directory.Organization{}, locs: map[string]*directory.Location{},
		servicesByOrg: map[string][]*directory.Service{}, locationsByOrg: map[string][]*directory.Location{},
		contactsByOrg: map[string][]*directory.Contact{}, contactsByService: map[string][]*directory.Contact{},
		contactsByLocation: map[string][]*directory.Contact{},
	}
	for i := range ds.Taxonomies {
		c.taxonomies[ds.Taxonomies[i].ID] = &ds.Taxonomies[i]
	}
	for i := range ds.Terms {
		t := &ds.Terms[i]
		c.terms[t.ID] = t
		if tax, ok := c.taxonomies[t.TaxonomyID]; ok {
			if _, builtin := directory.Builtin(tax.Slug); builtin {
				c.builtin[[2]string{tax.Slug, t.Code}] = t
			}
		}
	}
	for i := range ds.Organizations {
		c.orgs[ds.Organizations[i].ID] = &ds.Organizations[i]
	}
	for i := range ds.Locations {
		l := &ds.Locations[i]
		c.locs[l.ID] = l
		if l.OrganizationID != "" {
			c.locationsByOrg[l.OrganizationID] = append(c.locationsByOrg[l.OrganizationID], l)
		}
	}
	for i := range ds.Services {
		sv := &ds.Services[i]
		c.servicesByOrg[sv.OrganizationID] = append(c.servicesByOrg[sv.OrganizationID], sv)
	}
	for i := range ds.Contacts {
		ct := &ds.Contacts[i]
		if ct.OrganizationID != "" {
			c.contactsByOrg[ct.OrganizationID] = append(c.contactsByOrg[ct.OrganizationID], ct)
		}
		if ct.ServiceID != "" {
			c.contactsByService[ct.ServiceID] = append(c.contactsByService[ct.ServiceID], ct)
		}
		if ct.LocationID != "" {
			c.contactsByLocation[ct.LocationID] = append(c.contactsByLocation[ct.LocationID], ct)
		}
	}
	return c
}

// timestamp renders a modification time as RFC 3339 in UTC.
func timestamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func intPtr(p *int) *float64 {
	if p == nil {
		return nil
	}
	f := float64(*p)
	return &f
}

// serviceFields renders an offer's one-to-one members.
func (c *catalog) serviceFields(sv *directory.Service) Service {
	return Service{
		ID: sv.ID, OrganizationID: sv.OrganizationID, Name: sv.Name, AlternateName: sv.AlternateName, Description: sv.Description,
		URL: sv.URL, Email: sv.Email, Status: sv.Status, InterpretationServices: sv.InterpretationServices,
		ApplicationProcess: sv.ApplicationProcess, FeesDescription: sv.FeesDescription, EligibilityDescription: sv.EligibilityDescription,
		MinimumAge: intPtr(sv.MinimumAge), MaximumAge: intPtr(sv.MaximumAge), AssuredDate: sv.AssuredDate, Alert: sv.Alert,
		LastModified: timestamp(sv.UpdatedAt), Translation: c.translation(directory.TranslateService, sv.ID),
	}
}

// serviceList renders an offer in the list shape: its one-to-one
// members and its organisation's.
func (c *catalog) serviceList(sv *directory.Service) Service {
	out := c.serviceFields(sv)
	if o, ok := c.orgs[sv.OrganizationID]; ok {
		org := c.organizationFields(o)
		out.Organization = &org
	}
	return out
}

// nesting says which related records a fully nested service carries.
type nesting struct {
	// organization adds the offer's organisation (not wanted inside the
	// organisation itself).
	organization bool
	// locations adds service_at_locations (not wanted inside a
	// service_at_location, which is already the link).
	locations bool
}

// serviceFull renders an offer fully nested, per compiled/service.json.
func (c *catalog) serviceFull(sv *directory.Service, n nesting) Service {
	out := c.serviceFields(sv)
	// Contacts and hours that belong to a link to a location are
	// written with the link (service_at_locations), not with the offer.
	salLocs := map[string]bool{}
	for _, sal := range sv.Locations {
		if _, ok := c.locs[sal.LocationID]; ok {
			salLocs[sal.LocationID] = true
			if n.locations {
				out.ServiceAtLocations = append(out.ServiceAtLocations, c.salFull(sv, sal, false))
			}
		}
	}
	if n.locations && out.ServiceAtLocations == nil {
		out.ServiceAtLocations = []ServiceAtLocation{}
	}
	out.Schedules = []Schedule{}
	for _, sc := range sv.Schedules {
		if sc.ServiceAtLocationID == "" {
			out.Schedules = append(out.Schedules, c.schedule(&sc))
		}
	}
	out.Languages = []Language{}
	for _, l := range sv.Languages {
		out.Languages = append(out.Languages, Language{ID: l.ID, Name: l.Name, Code: l.Code, Note: l.Note})
	}
	if n.organization {
		if o, ok := c.orgs[sv.OrganizationID]; ok {
			org := c.organizationNested(o)
			out.Organization = &org
		}
	}
	out.CostOptions = []CostOption{}
	for _, co := range sv.CostOptions {
		out.CostOptions = append(out.CostOptions, CostOption{ID: co.ID, ValidFrom: co.ValidFrom, ValidTo: co.ValidTo, Option: co.Option,
			Currency: co.Currency, Amount: co.Amount, AmountDescription: co.AmountDescription})
	}
	out.Contacts = []Contact{}
	for _, ct := range c.contactsByService[sv.ID] {
		if !salLocs[ct.LocationID] {
			out.Contacts = append(out.Contacts, c.contact(ct))
		}
	}
	out.Attributes = c.attributes("service", sv.ID, sv.TermIDs)
	if sv.Summary != "" {
		if a, ok := c.attribute("service", sv.ID, c.builtin[[2]string{directory.TaxLotse, directory.LotseSummary}], sv.Summary); ok {
			out.Attributes = append(out.Attributes, a)
		}
	}
	return out
}

// salList renders a link of an offer to a location in the list shape.
func (c *catalog) salList(sv *directory.Service, sal directory.ServiceAtLocation) ServiceAtLocation {
	out := ServiceAtLocation{ID: sal.ID, ServiceID: sv.ID, LocationID: sal.LocationID, Description: sal.Description}
	if l, ok := c.locs[sal.LocationID]; ok {
		loc := c.locationFields(l)
		out.Location = &loc
	}
	svc := c.serviceList(sv)
	out.Service = &svc
	return out
}

// salFull renders a link fully nested: its own contacts and opening
// hours, the full location and, if withService, the full offer.
func (c *catalog) salFull(sv *directory.Service, sal directory.ServiceAtLocation, withService bool) ServiceAtLocation {
	out := ServiceAtLocation{ID: sal.ID, ServiceID: sv.ID, LocationID: sal.LocationID, Description: sal.Description,
		Contacts: []Contact{}, Schedules: []Schedule{}}
	for _, ct := range c.contactsByService[sv.ID] {
		if ct.LocationID == sal.LocationID {
			out.Contacts = append(out.Contacts, c.contact(ct))
		}
	}
	for _, sc := range sv.Schedules {
		if sc.ServiceAtLocationID == sal.ID {
			out.Schedules = append(out.Schedules, c.schedule(&sc))
		}
	}
	if l, ok := c.locs[sal.LocationID]; ok {
		loc := c.locationFull(l)
		out.Location = &loc
	}
	if withService {
		svc := c.serviceFull(sv, nesting{organization: true})
		out.Service = &svc
	}
	return out
}

// organizationFields renders an organisation's one-to-one members (the
// list shape).
func (c *catalog) organizationFields(o *directory.Organization) Organization {
	return Organization{ID: o.ID, Name: o.Name, AlternateName: o.AlternateName, Description: o.Description, Email: o.Email,
		Website: o.Website, Logo: o.Logo, ParentOrganizationID: o.ParentID, Translation: c.translation(directory.TranslateOrganization, o.ID)}
}

// organizationNested renders an organisation as a fully nested offer
// carries it: its one-to-one members, its type and its contacts.
func (c *catalog) organizationNested(o *directory.Organization) Organization {
	out := c.organizationFields(o)
	out.Attributes = []Attribute{}
	if a, ok := c.attribute("organization", o.ID, c.builtin[[2]string{directory.TaxOrgTypes, o.Type}], ""); ok {
		out.Attributes = append(out.Attributes, a)
	}
	out.Contacts = []Contact{}
	for _, ct := range c.contactsByOrg[o.ID] {
		out.Contacts = append(out.Contacts, c.contact(ct))
	}
	return out
}

// organizationFull renders an organisation fully nested, per
// compiled/organization.json: with its locations and its offers, in
// the list shape or, if fullServices, fully nested.
func (c *catalog) organizationFull(o *directory.Organization, fullServices bool) Organization {
	out := c.organizationNested(o)
	out.Locations = []Location{}
	for _, l := range c.locationsByOrg[o.ID] {
		out.Locations = append(out.Locations, c.locationFull(l))
	}
	out.Services = []Service{}
	for _, sv := range c.servicesByOrg[o.ID] {
		if fullServices {
			out.Services = append(out.Services, c.serviceFull(sv, nesting{locations: true}))
		} else {
			out.Services = append(out.Services, c.serviceFields(sv))
		}
	}
	return out
}

// locationFields renders a location's one-to-one members.
func (c *catalog) locationFields(l *directory.Location) Location {
	return Location{ID: l.ID, LocationType: l.Type, URL: l.URL, OrganizationID: l.OrganizationID, Name: l.Name,
		AlternateName: l.AlternateName, Description: l.Description, Transportation: l.Transportation,
		Latitude: l.Latitude, Longitude: l.Longitude, Translation: c.translation(directory.TranslateLocation, l.ID)}
}

// locationFull renders a location with its addresses, contacts,
// accessibility, opening hours and features.
func (c *catalog) locationFull(l *directory.Location) Location {
	out := c.locationFields(l)
	out.Addresses = []Address{}
	for _, a := range l.Addresses {
		out.Addresses = append(out.Addresses, Address{ID: a.ID, Attention: a.Attention, Address1: a.Address1, Address2: a.Address2,
			City: a.City, Region: a.Region, StateProvince: a.StateProvince, PostalCode: a.PostalCode, Country: a.Country,
			AddressType: cmp.Or(a.Type, directory.LocationPhysical)})
	}
	out.Contacts = []Contact{}
	for _, ct := range c.contactsByLocation[l.ID] {
		out.Contacts = append(out.Contacts, c.contact(ct))
	}
	out.Accessibility = []Accessibility{}
	for _, a := range l.Accessibility {
		out.Accessibility = append(out.Accessibility, Accessibility{ID: a.ID, Description: a.Description, Details: a.Details, URL: a.URL})
	}
	out.Schedules = []Schedule{}
	for _, sc := range l.Schedules {
		out.Schedules = append(out.Schedules, c.schedule(&sc))
	}
	out.Attributes = c.attributes("location", l.ID, l.FeatureTermIDs)
	return out
}

// contact renders a contact with its phones. The owner ids say which
// records it belongs to, which nesting alone cannot say when it belongs
// to several.
func (c *catalog) contact(ct *directory.Contact) Contact {
	out := Contact{ID: ct.ID, OrganizationID: ct.OrganizationID, ServiceID: ct.ServiceID, LocationID: ct.LocationID,
		Name: ct.Name, Title: ct.Title, Department: ct.Department, Email: ct.Email, Phones: []Phone{}}
	for _, p := range ct.Phones {
		ph := Phone{ID: p.ID, Number: p.Number, Type: p.Type, Description: p.Description, Extension: intPtr(p.Extension), Languages: []Language{}}
		for _, code := range p.Languages {
			// The same id the store gives a phone's language.
			ph.Languages = append(ph.Languages, Language{ID: directory.DerivedID(p.ID, "language:"+code), Name: directory.LanguageName(code), Code: code})
		}
		out.Phones = append(out.Phones, ph)
	}
	return out
}

// schedule renders a rule of opening hours. Times are Europe/Berlin
// wall-clock "HH:MM"; a closure carries the lotse/closed attribute.
func (c *catalog) schedule(sc *directory.Schedule) Schedule {
	out := Schedule{ID: sc.ID, ValidFrom: sc.ValidFrom, ValidTo: sc.ValidTo, DTStart: sc.DTStart, Until: sc.Until, Freq: sc.Freq,
		ByDay: sc.ByDay, ByMonthDay: sc.ByMonthDay, Description: sc.Description, OpensAt: sc.OpensAt, ClosesAt: sc.ClosesAt, Notes: sc.Notes}
	if sc.Interval > 0 {
		n := float64(sc.Interval)
		out.Interval = &n
	}
	if sc.Closed {
		if a, ok := c.attribute("schedule", sc.ID, c.builtin[[2]string{directory.TaxLotse, directory.LotseClosed}], ""); ok {
			out.Attributes = []Attribute{a}
		}
	}
	return out
}

// attributes renders links of a record to terms, in the order of
// taxonomy, the term's sort order, name and id, so that the output does
// not depend on the order the database returns them in.
func (c *catalog) attributes(entity, linkID string, termIDs []string) []Attribute {
	terms := make([]*directory.Term, 0, len(termIDs))
	for _, id := range termIDs {
		if t, ok := c.terms[id]; ok {
			terms = append(terms, t)
		}
	}
	slices.SortFunc(terms, compareTerms)
	out := []Attribute{}
	for _, t := range terms {
		if a, ok := c.attribute(entity, linkID, t, ""); ok {
			out = append(out, a)
		}
	}
	return out
}

// compareTerms orders terms by taxonomy, sort order, name and id.
func compareTerms(a, b *directory.Term) int {
	return cmp.Or(strings.Compare(a.TaxonomyID, b.TaxonomyID), cmp.Compare(a.SortOrder, b.SortOrder),
		strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
}

func (c *catalog) attribute(entity, linkID string, t *directory.Term, value string) (Attribute, bool) {
	if t == nil {
		return Attribute{}, false
	}
	term := c.term(t)
	return Attribute{ID: store.AttributeID(linkID, t.ID), LinkID: linkID, LinkEntity: entity, TaxonomyTermID: t.ID,
		Value: value, TaxonomyTerm: &term}, true
}

// taxonomy renders a taxonomy.
func (c *catalog) taxonomy(t *directory.Taxonomy) Taxonomy {
	return Taxonomy{ID: t.ID, Name: t.Name, Description: t.Description, URI: t.URI, Version: t.Version}
}

// term renders a term with its taxonomy, so that a reader can recognise
// the taxonomy by its URI without a second request.
func (c *catalog) term(t *directory.Term) TaxonomyTerm {
	out := TaxonomyTerm{ID: t.ID, Code: t.Code, Name: t.Name, Description: t.Description, ParentID: t.ParentID,
		TaxonomyID: t.TaxonomyID, TermURI: t.URI, Translation: c.translation(directory.TranslateTerm, t.ID)}
	if tax, ok := c.taxonomies[t.TaxonomyID]; ok {
		out.Taxonomy = tax.Name
		detail := c.taxonomy(tax)
		out.TaxonomyDetail = &detail
	}
	return out
}
