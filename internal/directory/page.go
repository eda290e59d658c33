package directory

import "time"

// Well-known page slugs every region has.
const (
	PageImprint = "impressum"
	PagePrivacy = "datenschutz"
)

// Page is an editable text page of a region, such as the imprint or the
// privacy notice. Body uses the small markup of package textfmt.
type Page struct {
	ID       string
	RegionID string
	Slug     string
	Title    string
	Body     string
	Ver      int
	// MinorEdit, set by an editor on a save, says the change to the
	// German text is not one of substance (a typo, punctuation): the
	// translations stay current. It is not stored.
	MinorEdit  bool
	ArchivedAt *time.Time
	UpdatedAt  time.Time
}

// Normalize trims text fields.
func (p *Page) Normalize() { trimAll(&p.Slug, &p.Title) }

// Validate checks a page before it is stored.
func (p *Page) Validate() error {
	var v Validation
	if !ValidSlug(p.Slug) {
		v.Add("slug", "error.slug")
	}
	requireText(&v, "title", p.Title, MaxName)
	checkLine(&v, "title", p.Title, MaxName)
	requireText(&v, "body", p.Body, 100000)
	return v.Err()
}
