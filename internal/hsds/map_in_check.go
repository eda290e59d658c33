package hsds

import (
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
)

// Lotse's own checks of the mapped records.

// fieldMap maps a Lotse field name to the HSDS member it comes from.
type fieldMap map[string]string

var (
	termFields     = fieldMap{"uri": "/term_uri"}
	serviceFields  = fieldMap{"organization_id": "/organization_id", "terms": "/attributes", "summary": "/attributes", "locations": "/service_at_locations"}
	orgFields      = fieldMap{"type": "/attributes", "parent_id": "/parent_organization_id"}
	locationFields = fieldMap{"type": "/location_type", "address_1": "/addresses", "address_2": "/addresses", "city": "/addresses",
		"postal_code": "/addresses", "features": "/attributes", "town_id": "/addresses"}
)

// validatable is a main record as the store checks it.
type validatable interface {
	Normalize()
	Validate() error
}

// checkRecord runs the store's own checks on a copy of a mapped record
// and reports each failing field as a problem at its HSDS member.
func (m *mapper) checkRecord(at origin, what string, rec validatable, fields fieldMap) {
	var cp validatable
	switch r := rec.(type) {
	case *directory.Organization:
		c := *r
		cp = &c
	case *directory.Location:
		c := *r
		c.Addresses = slices.Clone(r.Addresses)
		c.Accessibility = slices.Clone(r.Accessibility)
		c.Schedules = slices.Clone(r.Schedules)
		cp = &c
	case *directory.Service:
		c := *r
		c.Languages = slices.Clone(r.Languages)
		c.Locations = slices.Clone(r.Locations)
		c.Schedules = slices.Clone(r.Schedules)
		c.CostOptions = slices.Clone(r.CostOptions)
		cp = &c
	default:
		cp = rec
	}
	cp.Normalize()
	err := cp.Validate()
	if err == nil {
		return
	}
	fe := directory.FieldErrors(err)
	if len(fe) == 0 {
		m.problem(at, "%s: %v", what, err)
		return
	}
	names := make([]string, 0, len(fe))
	for f := range fe {
		names = append(names, f)
	}
	slices.Sort(names)
	for _, f := range names {
		ptr := "/" + f
		if p, ok := fields[f]; ok {
			ptr = p
		}
		m.problem(at.at(ptr), "%s: %s %s", what, f, fieldMessage(fe[f]))
	}
}

// fieldMessages says in plain English what a validation key means.
var fieldMessages = map[string]string{
	"error.required":      "is required",
	"error.text":          "holds characters that are not text (or a line break in a one-line field)",
	"error.too_long":      "is too long",
	"error.email":         "is not an e-mail address",
	"error.url":           "is not an http or https address",
	"error.reference":     "refers to a record that is not there",
	"error.choice":        "is not one of the allowed values",
	"error.date":          "is not a date (YYYY-MM-DD)",
	"error.date_order":    "ends before it starts",
	"error.age":           "is not an age between 0 and 130",
	"error.age_range":     "is smaller than the minimum age",
	"error.language":      "holds a language code that is not ISO 639",
	"error.amount":        "is out of range",
	"error.schedule":      "is not a rule Lotse can read",
	"error.coordinates":   "are incomplete or out of range",
	"error.postal_code":   "is not a German five-digit postal code",
	"error.phone":         "is not a phone number",
	"error.contact_empty": "is empty: a contact needs a name, an e-mail address or a phone",
	"error.slug":          "is not a code of lower-case letters, digits and hyphens",
	"error.slug_taken":    "is already used",
	"error.time":          "is not a time (HH:MM)",
	"error.time_order":    "closes before it opens",
}

func fieldMessage(key string) string {
	if s, ok := fieldMessages[key]; ok {
		return s
	}
	return key
}

// fieldText summarises a validation error in one line.
func fieldText(err error) string {
	fe := directory.FieldErrors(err)
	if len(fe) == 0 {
		return err.Error()
	}
	parts := make([]string, 0, len(fe))
	for f, k := range fe {
		parts = append(parts, f+" "+fieldMessage(k))
	}
	slices.Sort(parts)
	return strings.Join(parts, "; ")
}
