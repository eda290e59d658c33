package directory

import (
	"slices"
	"time"
)

// Location types, as HSDS defines them.
const (
	LocationPhysical = "physical"
	LocationPostal   = "postal"
	LocationVirtual  = "virtual"
)

// Location is a place where offers are held (HSDS location): an office,
// a counselling centre, a community centre, or a virtual place.
type Location struct {
	ID             string
	RegionID       string
	OrganizationID string
	Type           string
	Name           string
	AlternateName  string
	Description    string
	Transportation string // how to get there by bus and train
	URL            string
	Latitude       *float64
	Longitude      *float64
	TownID         string
	Ver            int
	// MinorEdit, set by an editor on a save, says the change to the
	// German text is not one of substance (a typo, punctuation): the
	// translations stay current. It is not stored.
	MinorEdit  bool
	ArchivedAt *time.Time
	CreatedAt  time.Time
	UpdatedAt  time.Time

	Addresses     []Address
	Accessibility []Accessibility
	// FeatureTermIDs are terms of the accessibility taxonomy (step-free
	// access, lift, …), stored as HSDS attributes.
	FeatureTermIDs []string
	Schedules      []Schedule

	// Loaded for display.
	Town *Town
}

// Address is a postal address of a location (HSDS address).
type Address struct {
	ID            string
	Attention     string
	Address1      string
	Address2      string
	City          string
	Region        string
	StateProvince string
	PostalCode    string
	Country       string
	Type          string // physical, postal or virtual
}

// Accessibility describes in words how accessible a location is (HSDS
// accessibility).
type Accessibility struct {
	ID          string
	Description string
	Details     string
	URL         string
}

// PhysicalAddress returns the location's visiting address, or nil.
func (l *Location) PhysicalAddress() *Address {
	for i := range l.Addresses {
		if l.Addresses[i].Type == LocationPhysical || l.Addresses[i].Type == "" {
			return &l.Addresses[i]
		}
	}
	return nil
}

// HasCoordinates reports whether the location has a position on the map.
func (l *Location) HasCoordinates() bool { return l.Latitude != nil && l.Longitude != nil }

// Normalize trims text fields and gives new child records ids.
func (l *Location) Normalize() {
	trimAll(&l.Type, &l.Name, &l.AlternateName, &l.Description, &l.Transportation, &l.URL, &l.TownID, &l.OrganizationID)
	if l.Type == "" {
		l.Type = LocationPhysical
	}
	addrs := l.Addresses[:0]
	for _, a := range l.Addresses {
		trimAll(&a.Attention, &a.Address1, &a.Address2, &a.City, &a.Region, &a.StateProvince, &a.PostalCode, &a.Country, &a.Type)
		if a.Address1 == "" && a.PostalCode == "" && a.City == "" {
			continue
		}
		if a.ID == "" {
			a.ID = NewID()
		}
		if a.Type == "" {
			a.Type = LocationPhysical
		}
		if a.Country == "" {
			a.Country = "DE"
		}
		addrs = append(addrs, a)
	}
	l.Addresses = addrs
	acc := l.Accessibility[:0]
	for _, a := range l.Accessibility {
		trimAll(&a.Description, &a.Details, &a.URL)
		if a.Description == "" && a.Details == "" && a.URL == "" {
			continue
		}
		if a.ID == "" {
			a.ID = NewID()
		}
		acc = append(acc, a)
	}
	l.Accessibility = acc
	l.FeatureTermIDs = uniqueSorted(l.FeatureTermIDs)
	for i := range l.Schedules {
		l.Schedules[i].Normalize()
	}
}

// Validate checks a location before it is stored.
func (l *Location) Validate() error {
	var v Validation
	if !slices.Contains([]string{LocationPhysical, LocationPostal, LocationVirtual}, l.Type) {
		v.Add("type", "error.choice")
	}
	requireText(&v, "name", l.Name, MaxName)
	checkLine(&v, "name", l.Name, MaxName)
	checkLine(&v, "alternate_name", l.AlternateName, MaxName)
	checkText(&v, "description", l.Description, MaxLong)
	checkText(&v, "transportation", l.Transportation, MaxShort)
	checkOptionalURL(&v, "url", l.URL)
	checkOptionalID(&v, "organization_id", l.OrganizationID)
	checkOptionalID(&v, "town_id", l.TownID)
	if (l.Latitude == nil) != (l.Longitude == nil) {
		v.Add("latitude", "error.coordinates")
	} else if l.Latitude != nil && !validLatLon(*l.Latitude, *l.Longitude) {
		v.Add("latitude", "error.coordinates")
	}
	if l.Type == LocationPhysical {
		a := l.PhysicalAddress()
		switch {
		case a == nil:
			v.Add("address_1", "error.required")
		default:
			requireText(&v, "address_1", a.Address1, MaxName)
			checkLine(&v, "address_2", a.Address2, MaxName)
			requireText(&v, "city", a.City, MaxName)
			if a.Country == "DE" && !ValidPostalCode(a.PostalCode) {
				v.Add("postal_code", "error.postal_code")
			} else if a.PostalCode == "" {
				v.Add("postal_code", "error.required")
			}
		}
	}
	for _, a := range l.Accessibility {
		checkText(&v, "accessibility", a.Description, MaxShort)
		checkText(&v, "accessibility", a.Details, MaxLong)
		checkOptionalURL(&v, "accessibility", a.URL)
	}
	for _, id := range l.FeatureTermIDs {
		if !ValidID(id) {
			v.Add("features", "error.reference")
		}
	}
	for _, sc := range l.Schedules {
		if err := sc.Validate(); err != nil {
			v.Add("schedules", "error.schedule")
		}
	}
	return v.Err()
}
