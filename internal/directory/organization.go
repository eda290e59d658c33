package directory

import (
	"slices"
	"time"
)

// OrgTypes are the codes of the organisation-type taxonomy, in display order.
var OrgTypes = []string{OrgAdministration, OrgWelfare, OrgMigrant, OrgOther}

// Organization is a partner that provides offers: an administration, a
// welfare organisation (freier Träger), a migrant organisation or another
// body (HSDS organization).
type Organization struct {
	ID            string
	RegionID      string
	Name          string
	AlternateName string
	Type          string // one of OrgTypes
	Description   string
	Email         string
	Website       string
	Logo          string // URL of a logo image; shown only when on this host
	ParentID      string
	Ver           int
	// MinorEdit, set by an editor on a save, says the change to the
	// German text is not one of substance (a typo, punctuation): the
	// translations stay current. It is not stored.
	MinorEdit  bool
	ArchivedAt *time.Time
	CreatedAt  time.Time
	UpdatedAt  time.Time

	// Loaded with the organisation for pages and HSDS; not saved with it.
	Contacts []Contact
}

// Normalize trims text fields.
func (o *Organization) Normalize() {
	trimAll(&o.Name, &o.AlternateName, &o.Type, &o.Description, &o.Email, &o.Website, &o.Logo, &o.ParentID)
}

// Validate checks an organisation before it is stored.
func (o *Organization) Validate() error {
	var v Validation
	checkLine(&v, "name", o.Name, MaxName)
	requireText(&v, "name", o.Name, MaxName)
	checkLine(&v, "alternate_name", o.AlternateName, MaxName)
	if !slices.Contains(OrgTypes, o.Type) {
		v.Add("type", "error.choice")
	}
	requireText(&v, "description", o.Description, MaxLong)
	checkOptionalEmail(&v, "email", o.Email)
	checkOptionalURL(&v, "website", o.Website)
	checkOptionalURL(&v, "logo", o.Logo)
	checkOptionalID(&v, "parent_id", o.ParentID)
	if o.ParentID != "" && o.ParentID == o.ID {
		v.Add("parent_id", "error.reference")
	}
	return v.Err()
}
