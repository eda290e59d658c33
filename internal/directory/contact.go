package directory

import (
	"slices"
	"time"
)

// Phone types, as HSDS defines them.
var PhoneTypes = []string{"voice", "fax", "text", "cell", "video", "pager", "textphone"}

// Contact is a way to reach an organisation or an offer (HSDS contact).
// By default it names a function ("Beratung Pflege"), not a person, so
// that it stays true when people change jobs and keeps personal data out.
type Contact struct {
	ID             string
	RegionID       string
	OrganizationID string
	ServiceID      string
	LocationID     string
	Name           string // a function or, if the person agreed, a name
	Title          string
	Department     string
	Email          string
	Phones         []Phone
	Ver            int
	ArchivedAt     *time.Time
	UpdatedAt      time.Time
}

// Phone is a telephone number of a contact (HSDS phone).
type Phone struct {
	ID          string
	Number      string
	Extension   *int
	Type        string
	Description string
	// Languages in which calls are answered, as codes.
	Languages []string
}

// Normalize trims text fields and gives new phones ids.
func (c *Contact) Normalize() {
	trimAll(&c.OrganizationID, &c.ServiceID, &c.LocationID, &c.Name, &c.Title, &c.Department, &c.Email)
	phones := c.Phones[:0]
	for _, p := range c.Phones {
		trimAll(&p.Number, &p.Type, &p.Description)
		if p.Number == "" {
			continue
		}
		if p.ID == "" {
			p.ID = NewID()
		}
		if p.Type == "" {
			p.Type = "voice"
		}
		p.Languages = uniqueSorted(p.Languages)
		phones = append(phones, p)
	}
	c.Phones = phones
}

// Validate checks a contact before it is stored.
func (c *Contact) Validate() error {
	var v Validation
	owners := 0
	for _, id := range []string{c.OrganizationID, c.ServiceID, c.LocationID} {
		if id != "" {
			owners++
		}
	}
	if owners == 0 {
		v.Add("owner", "error.required")
	}
	checkOptionalID(&v, "organization_id", c.OrganizationID)
	checkOptionalID(&v, "service_id", c.ServiceID)
	checkOptionalID(&v, "location_id", c.LocationID)
	checkLine(&v, "name", c.Name, MaxName)
	checkLine(&v, "title", c.Title, MaxName)
	checkLine(&v, "department", c.Department, MaxName)
	checkOptionalEmail(&v, "email", c.Email)
	if c.Name == "" && c.Email == "" && len(c.Phones) == 0 {
		v.Add("name", "error.contact_empty")
	}
	for _, p := range c.Phones {
		if !ValidPhone(p.Number) {
			v.Add("phone", "error.phone")
		}
		if !slices.Contains(PhoneTypes, p.Type) {
			v.Add("phone", "error.choice")
		}
		checkLine(&v, "phone", p.Description, MaxName)
		for _, code := range p.Languages {
			if !ValidLanguageCode(code) {
				v.Add("phone", "error.language")
			}
		}
	}
	return v.Err()
}
