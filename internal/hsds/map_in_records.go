package hsds

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/directory"
)

// Organisations, locations and offers of the input.

func (m *mapper) mapOrganization(id string, e *entry[Organization]) {
	o, at := e.v, e.at
	out := directory.Organization{ID: id, Name: strings.TrimSpace(o.Name), AlternateName: strings.TrimSpace(o.AlternateName),
		Description: strings.TrimSpace(o.Description)}
	out.Email = m.optEmail(o.Email, at.at("/email"), "organization "+id)
	out.Website = m.optURL(o.Website, at.at("/website"), "organization "+id)
	out.Logo = m.optURL(o.Logo, at.at("/logo"), "organization "+id)
	if p := lid(o.ParentOrganizationID); p != "" {
		if m.orgs.byID[p] != nil || m.ex.orgs[p] != nil {
			out.ParentID = p
		} else {
			m.warn(at.at("/parent_organization_id"), "parent organization %s of organization %s is neither in the dataset nor in the region; the link is dropped", p, id)
		}
	}
	ex := m.ex.orgs[id]
	for i := range o.Attributes {
		a := &o.Attributes[i]
		aat := at.atf("/attributes/%d", i)
		_, builtin, code, ok := m.term(a, aat)
		if !ok {
			continue
		}
		if builtin == directory.TaxOrgTypes && slices.Contains(directory.OrgTypes, code) {
			out.Type = code
			m.attrExtras(a, aat)
			continue
		}
		m.warn(aat, "attribute %s of organization %s dropped: Lotse links organisations only to their type", lid(a.ID), id)
	}
	if out.Type == "" {
		if ex != nil {
			out.Type = ex.Type
		} else {
			out.Type = directory.OrgOther
			m.warn(at, "organization %s has no type of the organization-types taxonomy; it is imported as %q", id, directory.OrgOther)
		}
	}
	m.checkRecord(at, "organization "+id, &out, orgFields)
	m.out.Organizations = append(m.out.Organizations, out)
	for i := range o.Contacts {
		m.addContact(&o.Contacts[i], owners{org: id}, at.atf("/contacts/%d", i))
	}
	if len(o.Phones) > 0 {
		m.phoneSets = append(m.phoneSets, phoneSet{owner: owners{org: id}, key: id, phones: o.Phones, at: at.at("/phones")})
	}
}

func (m *mapper) mapLocation(id string, e *entry[Location]) {
	l, at := e.v, e.at
	what := "location " + id
	out := directory.Location{ID: id, Type: l.LocationType, Name: strings.TrimSpace(l.Name), AlternateName: strings.TrimSpace(l.AlternateName),
		Description: strings.TrimSpace(l.Description), Transportation: strings.TrimSpace(l.Transportation)}
	out.URL = m.optURL(l.URL, at.at("/url"), what)
	orgID := cmp.Or(lid(l.OrganizationID), e.org)
	if orgID != "" {
		if m.orgs.byID[orgID] != nil || m.ex.orgs[orgID] != nil {
			out.OrganizationID = orgID
		} else {
			m.warn(at.at("/organization_id"), "organization %s of %s is neither in the dataset nor in the region; the link is dropped", orgID, what)
		}
	}
	switch {
	case l.Latitude == nil && l.Longitude == nil:
	case l.Latitude == nil || l.Longitude == nil || math.Abs(*l.Latitude) > 90 || math.Abs(*l.Longitude) > 180:
		m.warn(at.at("/latitude"), "coordinates of %s dropped: they are incomplete or out of range", what)
	default:
		out.Latitude, out.Longitude = l.Latitude, l.Longitude
	}
	ex := m.ex.locs[id]

	if l.Addresses == nil && ex != nil {
		out.Addresses = slices.Clone(ex.Addresses)
	} else {
		for i, a := range l.Addresses {
			out.Addresses = append(out.Addresses, directory.Address{ID: m.childID("addresses", lid(a.ID), id, at.atf("/addresses/%d", i)),
				Attention: a.Attention, Address1: a.Address1, Address2: a.Address2, City: a.City, Region: a.Region, StateProvince: a.StateProvince,
				PostalCode: a.PostalCode, Country: strings.ToUpper(strings.TrimSpace(a.Country)), Type: a.AddressType})
		}
	}
	if l.Accessibility == nil && ex != nil {
		out.Accessibility = slices.Clone(ex.Accessibility)
	} else {
		for i, a := range l.Accessibility {
			aat := at.atf("/accessibility/%d", i)
			out.Accessibility = append(out.Accessibility, directory.Accessibility{ID: m.childID("accessibility", lid(a.ID), id, aat),
				Description: a.Description, Details: a.Details, URL: m.optURL(a.URL, aat.at("/url"), "accessibility "+lid(a.ID))})
		}
	}
	if l.Attributes == nil && ex != nil {
		out.FeatureTermIDs = slices.Clone(ex.FeatureTermIDs)
	} else {
		out.FeatureTermIDs = []string{}
		for i := range l.Attributes {
			a := &l.Attributes[i]
			aat := at.atf("/attributes/%d", i)
			termID, builtin, _, ok := m.term(a, aat)
			if !ok {
				continue
			}
			if builtin == directory.TaxOrgTypes || builtin == directory.TaxLotse {
				m.warn(aat, "attribute %s of %s dropped: its term does not describe a place", lid(a.ID), what)
				continue
			}
			m.attrExtras(a, aat)
			out.FeatureTermIDs = append(out.FeatureTermIDs, termID)
		}
	}
	if l.Schedules == nil && ex != nil {
		out.Schedules = slices.Clone(ex.Schedules)
	} else {
		out.Schedules = m.schedules(l.Schedules, id, "", at.at("/schedules"))
	}

	// Lotse keeps a physical location only with its visiting address
	// (it shows it on the map and in the offer); one without is kept as
	// a postal location, which makes no such promise.
	if out.Type == directory.LocationPhysical && !hasVisitingAddress(out.Addresses) {
		out.Type = directory.LocationPostal
		m.warn(at.at("/location_type"), "%s has no visiting (physical) address; it is imported as a postal location", what)
	}
	if out.Name == "" {
		if a := firstAddress(out.Addresses); a != nil {
			out.Name = strings.TrimSpace(strings.Join(slices.DeleteFunc([]string{a.Address1, a.City}, func(s string) bool { return strings.TrimSpace(s) == "" }), ", "))
			m.warn(at.at("/name"), "%s has no name; it is named after its address, %q", what, out.Name)
		}
	}
	out.TownID = m.town(out.Addresses, at, what)
	m.checkRecord(at, what, &out, locationFields)
	m.out.Locations = append(m.out.Locations, out)
	for i := range l.Contacts {
		m.addContact(&l.Contacts[i], owners{location: id}, at.atf("/contacts/%d", i))
	}
	if len(l.Phones) > 0 {
		m.phoneSets = append(m.phoneSets, phoneSet{owner: owners{location: id}, key: id, phones: l.Phones, at: at.at("/phones")})
	}
}

// hasVisitingAddress reports whether addresses hold a physical address
// with something in it (Normalize drops empty ones).
func hasVisitingAddress(as []directory.Address) bool {
	a := physicalAddress(as)
	return a != nil && (strings.TrimSpace(a.Address1) != "" || strings.TrimSpace(a.PostalCode) != "" || strings.TrimSpace(a.City) != "")
}

func physicalAddress(as []directory.Address) *directory.Address {
	l := directory.Location{Addresses: as}
	return l.PhysicalAddress()
}

func firstAddress(as []directory.Address) *directory.Address {
	if a := physicalAddress(as); a != nil {
		return a
	}
	if len(as) > 0 {
		return &as[0]
	}
	return nil
}

// town finds the region's town of a location: by the postal code of its
// address, else by the city's name.
func (m *mapper) town(as []directory.Address, at origin, what string) string {
	a := firstAddress(as)
	if a == nil {
		return ""
	}
	code, city := strings.TrimSpace(a.PostalCode), strings.TrimSpace(a.City)
	for _, t := range m.ex.towns {
		if code != "" && slices.Contains(t.PostalCodes, code) {
			return t.ID
		}
	}
	for _, t := range m.ex.towns {
		if city != "" && (strings.EqualFold(t.Name, city) || t.Slug == directory.Slugify(city)) {
			return t.ID
		}
	}
	m.warn(at.at("/addresses"), "%s: no town of the region has postal code %q or the name %q; the location has no town", what, code, city)
	return ""
}

func (m *mapper) mapService(id string, e *entry[Service]) {
	sv, at := e.v, e.at
	what := "service " + id
	out := directory.Service{ID: id, Name: strings.TrimSpace(sv.Name), AlternateName: strings.TrimSpace(sv.AlternateName),
		Description: strings.TrimSpace(sv.Description), Status: sv.Status, InterpretationServices: sv.InterpretationServices,
		ApplicationProcess: sv.ApplicationProcess, FeesDescription: sv.FeesDescription, EligibilityDescription: sv.EligibilityDescription,
		Alert: sv.Alert}
	out.URL = m.optURL(sv.URL, at.at("/url"), what)
	out.Email = m.optEmail(sv.Email, at.at("/email"), what)
	out.MinimumAge = m.age(sv.MinimumAge, at.at("/minimum_age"), what)
	out.MaximumAge = m.age(sv.MaximumAge, at.at("/maximum_age"), what)
	if d := strings.TrimSpace(sv.AssuredDate); d != "" {
		if len(d) > 10 && directory.ValidDate(d[:10]) {
			d = d[:10]
		}
		if directory.ValidDate(d) {
			out.AssuredDate = d
		} else {
			m.warn(at.at("/assured_date"), "assured_date %q of %s dropped: it is not a date (YYYY-MM-DD)", sv.AssuredDate, what)
		}
	}
	if lm := strings.TrimSpace(sv.LastModified); lm != "" {
		if t, err := time.Parse(time.RFC3339Nano, lm); err == nil {
			out.UpdatedAt = t.UTC()
		} else if t, err := time.ParseInLocation(time.DateOnly, lm, directory.Berlin); err == nil {
			out.UpdatedAt = t.UTC()
		} else {
			m.warn(at.at("/last_modified"), "last_modified %q of %s is not an RFC 3339 time; the time of the import is used", lm, what)
		}
	}
	orgID := cmp.Or(lid(sv.OrganizationID), e.org)
	if sv.Organization != nil {
		orgID = cmp.Or(orgID, lid(sv.Organization.ID))
	}
	switch {
	case orgID == "":
		m.problem(at.at("/organization_id"), "%s names no organization (organization_id or organization); Lotse needs one", what)
	case m.orgs.byID[orgID] == nil && m.ex.orgs[orgID] == nil:
		if !m.broken[orgID] {
			m.problem(at.at("/organization_id"), "organization %s of %s is neither in the dataset nor in the region", orgID, what)
		}
	}
	out.OrganizationID = orgID
	ex := m.ex.services[id]

	if sv.Attributes == nil && ex != nil {
		out.TermIDs, out.Summary = slices.Clone(ex.TermIDs), ex.Summary
	} else {
		out.TermIDs = []string{}
		for i := range sv.Attributes {
			a := &sv.Attributes[i]
			aat := at.atf("/attributes/%d", i)
			termID, builtin, code, ok := m.term(a, aat)
			if !ok {
				continue
			}
			switch {
			case builtin == directory.TaxLotse && code == directory.LotseSummary:
				out.Summary = strings.TrimSpace(a.Value)
			case builtin == directory.TaxLotse || builtin == directory.TaxOrgTypes || builtin == directory.TaxAccessible:
				m.warn(aat, "attribute %s of %s dropped: its term does not describe an offer", lid(a.ID), what)
			default:
				m.attrExtras(a, aat)
				out.TermIDs = append(out.TermIDs, termID)
			}
		}
	}
	if sv.Languages == nil && ex != nil {
		out.Languages = slices.Clone(ex.Languages)
	} else {
		out.Languages = []directory.Language{}
		for i, l := range sv.Languages {
			lat := at.atf("/languages/%d", i)
			code, ok := m.languageCode(l, lat)
			if !ok {
				continue
			}
			out.Languages = append(out.Languages, directory.Language{ID: m.childID("languages", lid(l.ID), id, lat), Code: code,
				Name: strings.TrimSpace(l.Name), Note: l.Note})
		}
	}
	if sv.CostOptions == nil && ex != nil {
		out.CostOptions = slices.Clone(ex.CostOptions)
	} else {
		out.CostOptions = []directory.CostOption{}
		for i, c := range sv.CostOptions {
			cat := at.atf("/cost_options/%d", i)
			if c.Amount != nil && (*c.Amount < 0 || *c.Amount > 1e7) {
				m.warn(cat.at("/amount"), "amount %v of cost option %s dropped: it is out of range", *c.Amount, lid(c.ID))
				c.Amount = nil
			}
			out.CostOptions = append(out.CostOptions, directory.CostOption{ID: m.childID("cost_options", lid(c.ID), id, cat), Option: c.Option,
				Amount: c.Amount, Currency: c.Currency, AmountDescription: c.AmountDescription, ValidFrom: c.ValidFrom, ValidTo: c.ValidTo})
		}
	}
	if sv.Schedules == nil && ex != nil {
		for _, sc := range ex.Schedules {
			if sc.ServiceAtLocationID == "" {
				out.Schedules = append(out.Schedules, sc)
			}
		}
	} else {
		out.Schedules = m.schedules(sv.Schedules, id, "", at.at("/schedules"))
	}
	if sv.ServiceAtLocations == nil && ex != nil {
		out.Locations = slices.Clone(ex.Locations)
		for _, sc := range ex.Schedules {
			if sc.ServiceAtLocationID != "" {
				out.Schedules = append(out.Schedules, sc)
			}
		}
	} else {
		out.Locations = []directory.ServiceAtLocation{}
		for i := range sv.ServiceAtLocations {
			m.link(&out, &sv.ServiceAtLocations[i], at.atf("/service_at_locations/%d", i))
		}
	}
	m.checkRecord(at, what, &out, serviceFields)
	m.out.Services = append(m.out.Services, out)
	for i := range sv.Contacts {
		m.addContact(&sv.Contacts[i], owners{service: id}, at.atf("/contacts/%d", i))
	}
	if len(sv.Phones) > 0 {
		m.phoneSets = append(m.phoneSets, phoneSet{owner: owners{service: id}, key: id, phones: sv.Phones, at: at.at("/phones")})
	}
}

// link adds a service_at_location to an offer: the location, and the
// link's own contacts, phones and opening hours.
func (m *mapper) link(sv *directory.Service, sal *ServiceAtLocation, at origin) {
	locID := lid(sal.LocationID)
	if sal.Location != nil {
		locID = cmp.Or(locID, lid(sal.Location.ID))
	}
	switch {
	case locID == "":
		m.problem(at.at("/location_id"), "service_at_location %s names no location", lid(sal.ID))
		return
	case m.locs.byID[locID] == nil && m.ex.locs[locID] == nil:
		if !m.broken[locID] {
			m.problem(at.at("/location_id"), "location %s is neither in the dataset nor in the region", locID)
		}
		return
	}
	salID := lid(sal.ID)
	if i := slices.IndexFunc(sv.Locations, func(l directory.ServiceAtLocation) bool { return l.LocationID == locID }); i >= 0 {
		// Lotse links an offer to a location once; the second link's
		// hours and contacts go with the first.
		m.warn(at, "service %s is linked to location %s more than once; service_at_location %s is merged into %s", sv.ID, locID, salID, sv.Locations[i].ID)
		salID = sv.Locations[i].ID
		if sal.Description != "" && sv.Locations[i].Description == "" {
			sv.Locations[i].Description = sal.Description
		}
	} else {
		salID = m.childID("service_at_locations", salID, sv.ID, at)
		sv.Locations = append(sv.Locations, directory.ServiceAtLocation{ID: salID, LocationID: locID, Description: strings.TrimSpace(sal.Description)})
	}
	if sal.Schedules != nil {
		// The link's hours replace those stored for it.
		sv.Schedules = slices.DeleteFunc(sv.Schedules, func(sc directory.Schedule) bool { return sc.ServiceAtLocationID == salID })
		sv.Schedules = append(sv.Schedules, m.schedules(sal.Schedules, sv.ID, salID, at.at("/schedules"))...)
	} else if ex := m.ex.services[sv.ID]; ex != nil && !slices.ContainsFunc(sv.Schedules, func(sc directory.Schedule) bool { return sc.ServiceAtLocationID == salID }) {
		for _, sc := range ex.Schedules {
			if sc.ServiceAtLocationID == salID {
				sv.Schedules = append(sv.Schedules, sc)
			}
		}
	}
	for i := range sal.Contacts {
		m.addContact(&sal.Contacts[i], owners{service: sv.ID, location: locID}, at.atf("/contacts/%d", i))
	}
	if len(sal.Phones) > 0 {
		m.phoneSets = append(m.phoneSets, phoneSet{owner: owners{service: sv.ID, location: locID}, key: salID, phones: sal.Phones, at: at.at("/phones")})
	}
}

// mapTopServiceAtLocation adds a service_at_location read on its own to
// its offer.
func (m *mapper) mapTopServiceAtLocation(e entry[ServiceAtLocation]) {
	sal := e.v
	svcID := lid(sal.ServiceID)
	if sal.Service != nil {
		svcID = cmp.Or(svcID, lid(sal.Service.ID))
	}
	i := slices.IndexFunc(m.out.Services, func(s directory.Service) bool { return s.ID == svcID })
	if i < 0 {
		ex := m.ex.services[svcID]
		if ex == nil {
			if svcID == "" {
				m.problem(e.at.at("/service_id"), "service_at_location %s names no service", lid(sal.ID))
			} else if !m.broken[svcID] {
				m.problem(e.at.at("/service_id"), "service %s is neither in the dataset nor in the region", svcID)
			}
			return
		}
		cp := *ex
		cp.Locations, cp.Schedules = slices.Clone(ex.Locations), slices.Clone(ex.Schedules)
		m.out.Services = append(m.out.Services, cp)
		i = len(m.out.Services) - 1
	}
	m.link(&m.out.Services[i], sal, e.at)
}
