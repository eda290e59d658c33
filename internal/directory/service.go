package directory

import (
	"slices"
	"strings"
	"time"
)

// Service statuses, as HSDS defines them.
const (
	StatusActive            = "active"
	StatusInactive          = "inactive"
	StatusDefunct           = "defunct"
	StatusTemporarilyClosed = "temporarily closed"
)

// Statuses lists the service statuses in display order.
var Statuses = []string{StatusActive, StatusTemporarilyClosed, StatusInactive, StatusDefunct}

// Service is a help offer (HSDS service): counselling, a course, a group,
// a care service, held by an organisation at one or more locations.
type Service struct {
	ID                     string
	RegionID               string
	OrganizationID         string
	Name                   string
	AlternateName          string
	Summary                string // one or two sentences for lists
	Description            string
	URL                    string
	Email                  string
	Status                 string
	InterpretationServices string
	ApplicationProcess     string // how to get it, in words
	FeesDescription        string
	EligibilityDescription string
	MinimumAge             *int
	MaximumAge             *int
	AssuredDate            string // YYYY-MM-DD: when staff last checked it
	Alert                  string
	Ver                    int
	// MinorEdit, set by an editor on a save, says the change to the
	// German text is not one of substance (a typo, punctuation): the
	// translations stay current. It is not stored.
	MinorEdit  bool
	ArchivedAt *time.Time
	CreatedAt  time.Time
	UpdatedAt  time.Time

	// TermIDs are the taxonomy terms the offer is classified with (needs,
	// target groups, access methods), stored as HSDS attributes.
	TermIDs     []string
	Languages   []Language
	CostOptions []CostOption
	// Locations are the service_at_location links.
	Locations []ServiceAtLocation
	Schedules []Schedule

	// Loaded for display; not saved with the service.
	Organization *Organization
	Contacts     []Contact
}

// Language is a language an offer (or a location or phone) is held in
// (HSDS language). Code is ISO 639-1 where one exists.
type Language struct {
	ID   string
	Code string
	Name string
	Note string
}

// CostOption is a price of an offer (HSDS cost_option). An amount of 0
// means free of charge.
type CostOption struct {
	ID                string
	Option            string
	Amount            *float64
	Currency          string
	AmountDescription string
	ValidFrom         string
	ValidTo           string
}

// ServiceAtLocation links an offer to a location where it is held.
type ServiceAtLocation struct {
	ID          string
	LocationID  string
	Description string

	// Loaded for display.
	Location *Location
}

// Free reports whether the offer costs nothing: it has a cost option of
// amount 0 and none that costs money.
func (s *Service) Free() bool {
	free := false
	for _, c := range s.CostOptions {
		if c.Amount == nil {
			continue
		}
		if *c.Amount > 0 {
			return false
		}
		free = true
	}
	return free
}

// SetFree adds or removes the zero-amount cost option that marks an offer
// as free of charge, keeping every other cost option.
func (s *Service) SetFree(free bool) {
	if s.Free() == free {
		return
	}
	kept := s.CostOptions[:0]
	for _, c := range s.CostOptions {
		if c.Amount != nil && *c.Amount == 0 {
			continue
		}
		if free && c.Amount != nil && *c.Amount > 0 {
			continue
		}
		kept = append(kept, c)
	}
	s.CostOptions = kept
	if free {
		zero := 0.0
		id := NewID()
		if ValidID(s.ID) {
			id = DerivedID(s.ID, "cost:free")
		}
		s.CostOptions = append(s.CostOptions, CostOption{ID: id, Option: "kostenlos", Amount: &zero, Currency: "EUR"})
	}
}

// LanguageCodes returns the codes of the languages the offer is held in.
func (s *Service) LanguageCodes() []string {
	out := make([]string, 0, len(s.Languages))
	for _, l := range s.Languages {
		out = append(out, l.Code)
	}
	return out
}

// Normalize trims text fields, removes duplicate terms and languages and
// gives new child records ids.
func (s *Service) Normalize() {
	trimAll(&s.Name, &s.AlternateName, &s.Summary, &s.Description, &s.URL, &s.Email, &s.Status,
		&s.InterpretationServices, &s.ApplicationProcess, &s.FeesDescription, &s.EligibilityDescription,
		&s.AssuredDate, &s.Alert, &s.OrganizationID)
	if s.Status == "" {
		s.Status = StatusActive
	}
	s.TermIDs = uniqueSorted(s.TermIDs)
	langs := s.Languages[:0]
	seen := map[string]bool{}
	for _, l := range s.Languages {
		l.Code = strings.ToLower(strings.TrimSpace(l.Code))
		if l.Code == "" || seen[l.Code] {
			continue
		}
		seen[l.Code] = true
		if l.ID == "" {
			l.ID = DerivedID(s.ID, "language:"+l.Code)
		}
		if l.Name == "" {
			l.Name = LanguageName(l.Code)
		}
		langs = append(langs, l)
	}
	s.Languages = langs
	for i := range s.CostOptions {
		if s.CostOptions[i].ID == "" {
			s.CostOptions[i].ID = NewID()
		}
	}
	sals := s.Locations[:0]
	seenLoc := map[string]bool{}
	for _, l := range s.Locations {
		if l.LocationID == "" || seenLoc[l.LocationID] {
			continue
		}
		seenLoc[l.LocationID] = true
		if l.ID == "" {
			l.ID = DerivedID(s.ID, "location:"+l.LocationID)
		}
		sals = append(sals, l)
	}
	s.Locations = sals
	for i := range s.Schedules {
		s.Schedules[i].Normalize()
	}
}

// Validate checks an offer before it is stored.
func (s *Service) Validate() error {
	var v Validation
	requireText(&v, "name", s.Name, MaxName)
	checkLine(&v, "name", s.Name, MaxName)
	checkLine(&v, "alternate_name", s.AlternateName, MaxName)
	if !ValidID(s.OrganizationID) {
		v.Add("organization_id", "error.required")
	}
	checkText(&v, "summary", s.Summary, MaxShort)
	requireText(&v, "description", s.Description, MaxLong)
	checkOptionalURL(&v, "url", s.URL)
	checkOptionalEmail(&v, "email", s.Email)
	if !slices.Contains(Statuses, s.Status) {
		v.Add("status", "error.choice")
	}
	checkText(&v, "interpretation_services", s.InterpretationServices, MaxShort)
	checkText(&v, "application_process", s.ApplicationProcess, MaxLong)
	checkText(&v, "fees_description", s.FeesDescription, MaxShort)
	checkText(&v, "eligibility_description", s.EligibilityDescription, MaxLong)
	checkText(&v, "alert", s.Alert, MaxShort)
	if s.AssuredDate != "" && !ValidDate(s.AssuredDate) {
		v.Add("assured_date", "error.date")
	}
	for _, a := range []struct {
		field string
		age   *int
	}{{"minimum_age", s.MinimumAge}, {"maximum_age", s.MaximumAge}} {
		if a.age != nil && (*a.age < 0 || *a.age > 130) {
			v.Add(a.field, "error.age")
		}
	}
	if s.MinimumAge != nil && s.MaximumAge != nil && *s.MinimumAge > *s.MaximumAge {
		v.Add("maximum_age", "error.age_range")
	}
	for _, id := range s.TermIDs {
		if !ValidID(id) {
			v.Add("terms", "error.reference")
		}
	}
	for _, l := range s.Languages {
		if !ValidLanguageCode(l.Code) {
			v.Add("languages", "error.language")
		}
	}
	for _, c := range s.CostOptions {
		if c.Amount != nil && (*c.Amount < 0 || *c.Amount > 1e7) {
			v.Add("cost_options", "error.amount")
		}
	}
	for _, l := range s.Locations {
		if !ValidID(l.LocationID) {
			v.Add("locations", "error.reference")
		}
	}
	for _, sc := range s.Schedules {
		if err := sc.Validate(); err != nil {
			v.Add("schedules", "error.schedule")
		}
	}
	return v.Err()
}

// ValidDate reports whether s is a calendar date in the form YYYY-MM-DD.
func ValidDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func uniqueSorted(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
