package hsds

// The HSDS 3.1 objects as JSON. One set of types serves output and input:
//
//   - Required members never have omitempty, so that they are present
//     even when empty (HSDS requires the key, e.g. address.state_province).
//   - Optional text is omitted when empty; optional numbers are pointers,
//     so that 0 (a free cost option, latitude 0) is written and only an
//     unknown value is left out.
//   - Arrays use omitzero: a nil slice is left out, an empty one is
//     written as []. Lotse writes [] for the arrays it models in the fully
//     nested shapes ("no opening hours" rather than "not said") and leaves
//     arrays out of the list shapes. On input a missing array decodes to
//     nil and [] to an empty slice, and import treats them differently:
//     a missing array leaves the stored children alone, [] removes them.
//   - Members Lotse does not model are decoded only to be reported as
//     dropped; import warns about them by walking the raw document.

// Service is an HSDS service.
type Service struct {
	ID                     string              `json:"id"`
	OrganizationID         string              `json:"organization_id,omitempty"`
	Name                   string              `json:"name"`
	AlternateName          string              `json:"alternate_name,omitempty"`
	Description            string              `json:"description,omitempty"`
	URL                    string              `json:"url,omitempty"`
	Email                  string              `json:"email,omitempty"`
	Status                 string              `json:"status"`
	InterpretationServices string              `json:"interpretation_services,omitempty"`
	ApplicationProcess     string              `json:"application_process,omitempty"`
	FeesDescription        string              `json:"fees_description,omitempty"`
	EligibilityDescription string              `json:"eligibility_description,omitempty"`
	MinimumAge             *float64            `json:"minimum_age,omitempty"`
	MaximumAge             *float64            `json:"maximum_age,omitempty"`
	AssuredDate            string              `json:"assured_date,omitempty"`
	Alert                  string              `json:"alert,omitempty"`
	LastModified           string              `json:"last_modified,omitempty"`
	Phones                 []Phone             `json:"phones,omitzero"`
	Schedules              []Schedule          `json:"schedules,omitzero"`
	ServiceAtLocations     []ServiceAtLocation `json:"service_at_locations,omitzero"`
	Languages              []Language          `json:"languages,omitzero"`
	Organization           *Organization       `json:"organization,omitempty"`
	CostOptions            []CostOption        `json:"cost_options,omitzero"`
	Contacts               []Contact           `json:"contacts,omitzero"`
	Attributes             []Attribute         `json:"attributes,omitzero"`
	// Translation is set in answers in another language (see translate.go).
	Translation *TranslationInfo `json:"x-lotse-translation,omitempty"`
}

// Organization is an HSDS organization. Services is filled only in the
// fully nested shape (compiled/organization.json).
type Organization struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name"`
	AlternateName        string      `json:"alternate_name,omitempty"`
	Description          string      `json:"description"`
	Email                string      `json:"email,omitempty"`
	Website              string      `json:"website,omitempty"`
	Logo                 string      `json:"logo,omitempty"`
	ParentOrganizationID string      `json:"parent_organization_id,omitempty"`
	Contacts             []Contact   `json:"contacts,omitzero"`
	Phones               []Phone     `json:"phones,omitzero"`
	Locations            []Location  `json:"locations,omitzero"`
	Attributes           []Attribute `json:"attributes,omitzero"`
	Services             []Service   `json:"services,omitzero"`
	// Translation is set in answers in another language (see translate.go).
	Translation *TranslationInfo `json:"x-lotse-translation,omitempty"`
}

// Location is an HSDS location.
type Location struct {
	ID             string          `json:"id"`
	LocationType   string          `json:"location_type"`
	URL            string          `json:"url,omitempty"`
	OrganizationID string          `json:"organization_id,omitempty"`
	Name           string          `json:"name,omitempty"`
	AlternateName  string          `json:"alternate_name,omitempty"`
	Description    string          `json:"description,omitempty"`
	Transportation string          `json:"transportation,omitempty"`
	Latitude       *float64        `json:"latitude,omitempty"`
	Longitude      *float64        `json:"longitude,omitempty"`
	Languages      []Language      `json:"languages,omitzero"`
	Addresses      []Address       `json:"addresses,omitzero"`
	Contacts       []Contact       `json:"contacts,omitzero"`
	Accessibility  []Accessibility `json:"accessibility,omitzero"`
	Phones         []Phone         `json:"phones,omitzero"`
	Schedules      []Schedule      `json:"schedules,omitzero"`
	Attributes     []Attribute     `json:"attributes,omitzero"`
	// Translation is set in answers in another language (see translate.go).
	Translation *TranslationInfo `json:"x-lotse-translation,omitempty"`
}

// ServiceAtLocation links a service to a location where it is held.
type ServiceAtLocation struct {
	ID          string     `json:"id"`
	ServiceID   string     `json:"service_id,omitempty"`
	LocationID  string     `json:"location_id,omitempty"`
	Description string     `json:"description,omitempty"`
	Contacts    []Contact  `json:"contacts,omitzero"`
	Phones      []Phone    `json:"phones,omitzero"`
	Schedules   []Schedule `json:"schedules,omitzero"`
	Location    *Location  `json:"location,omitempty"`
	Service     *Service   `json:"service,omitempty"`
}

// Address is an HSDS address. All members but attention, address_2 and
// region are required by HSDS, so they are always written.
type Address struct {
	ID            string `json:"id"`
	LocationID    string `json:"location_id,omitempty"`
	Attention     string `json:"attention,omitempty"`
	Address1      string `json:"address_1"`
	Address2      string `json:"address_2,omitempty"`
	City          string `json:"city"`
	Region        string `json:"region,omitempty"`
	StateProvince string `json:"state_province"`
	PostalCode    string `json:"postal_code"`
	Country       string `json:"country"`
	AddressType   string `json:"address_type"`
}

// Accessibility is an HSDS accessibility description of a location.
type Accessibility struct {
	ID          string `json:"id"`
	LocationID  string `json:"location_id,omitempty"`
	Description string `json:"description,omitempty"`
	Details     string `json:"details,omitempty"`
	URL         string `json:"url,omitempty"`
}

// Contact is an HSDS contact.
type Contact struct {
	ID                  string      `json:"id"`
	OrganizationID      string      `json:"organization_id,omitempty"`
	ServiceID           string      `json:"service_id,omitempty"`
	ServiceAtLocationID string      `json:"service_at_location_id,omitempty"`
	LocationID          string      `json:"location_id,omitempty"`
	Name                string      `json:"name,omitempty"`
	Title               string      `json:"title,omitempty"`
	Department          string      `json:"department,omitempty"`
	Email               string      `json:"email,omitempty"`
	Phones              []Phone     `json:"phones,omitzero"`
	Attributes          []Attribute `json:"attributes,omitzero"`
}

// Phone is an HSDS phone.
type Phone struct {
	ID          string     `json:"id"`
	ContactID   string     `json:"contact_id,omitempty"`
	Number      string     `json:"number"`
	Extension   *float64   `json:"extension,omitempty"`
	Type        string     `json:"type,omitempty"`
	Description string     `json:"description,omitempty"`
	Languages   []Language `json:"languages,omitzero"`
}

// Language is an HSDS language of a service, location or phone.
type Language struct {
	ID        string `json:"id"`
	ServiceID string `json:"service_id,omitempty"`
	PhoneID   string `json:"phone_id,omitempty"`
	Name      string `json:"name,omitempty"`
	Code      string `json:"code,omitempty"`
	Note      string `json:"note,omitempty"`
}

// CostOption is an HSDS cost option of a service.
type CostOption struct {
	ID                string   `json:"id"`
	ServiceID         string   `json:"service_id,omitempty"`
	ValidFrom         string   `json:"valid_from,omitempty"`
	ValidTo           string   `json:"valid_to,omitempty"`
	Option            string   `json:"option,omitempty"`
	Currency          string   `json:"currency,omitempty"`
	Amount            *float64 `json:"amount,omitempty"`
	AmountDescription string   `json:"amount_description,omitempty"`
}

// Schedule is an HSDS schedule. Lotse writes opens_at and closes_at as
// Europe/Berlin wall-clock "HH:MM" without a UTC offset: one offset
// would be wrong for half of the year because of summer time.
type Schedule struct {
	ID                  string      `json:"id"`
	ServiceID           string      `json:"service_id,omitempty"`
	LocationID          string      `json:"location_id,omitempty"`
	ServiceAtLocationID string      `json:"service_at_location_id,omitempty"`
	ValidFrom           string      `json:"valid_from,omitempty"`
	ValidTo             string      `json:"valid_to,omitempty"`
	DTStart             string      `json:"dtstart,omitempty"`
	Until               string      `json:"until,omitempty"`
	Freq                string      `json:"freq,omitempty"`
	Interval            *float64    `json:"interval,omitempty"`
	ByDay               string      `json:"byday,omitempty"`
	ByMonthDay          string      `json:"bymonthday,omitempty"`
	Description         string      `json:"description,omitempty"`
	OpensAt             string      `json:"opens_at,omitempty"`
	ClosesAt            string      `json:"closes_at,omitempty"`
	Notes               string      `json:"notes,omitempty"`
	Attributes          []Attribute `json:"attributes,omitzero"`
}

// Attribute links a record to a taxonomy term, optionally with a value.
type Attribute struct {
	ID             string        `json:"id"`
	LinkID         string        `json:"link_id,omitempty"`
	TaxonomyTermID string        `json:"taxonomy_term_id,omitempty"`
	LinkType       string        `json:"link_type,omitempty"`
	LinkEntity     string        `json:"link_entity,omitempty"`
	Value          string        `json:"value,omitempty"`
	TaxonomyTerm   *TaxonomyTerm `json:"taxonomy_term,omitempty"`
	Label          string        `json:"label,omitempty"`
}

// Taxonomy is an HSDS taxonomy.
type Taxonomy struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	URI         string `json:"uri,omitempty"`
	Version     string `json:"version,omitempty"`
}

// TaxonomyTerm is an HSDS taxonomy term.
type TaxonomyTerm struct {
	ID             string    `json:"id"`
	Code           string    `json:"code,omitempty"`
	Name           string    `json:"name"`
	Description    string    `json:"description"`
	ParentID       string    `json:"parent_id,omitempty"`
	Taxonomy       string    `json:"taxonomy,omitempty"`
	TaxonomyDetail *Taxonomy `json:"taxonomy_detail,omitempty"`
	Language       string    `json:"language,omitempty"`
	TaxonomyID     string    `json:"taxonomy_id,omitempty"`
	TermURI        string    `json:"term_uri,omitempty"`
	// Translation is set in answers in another language (see translate.go).
	Translation *TranslationInfo `json:"x-lotse-translation,omitempty"`
}

// Page is the envelope of the paginated list endpoints.
type Page[T any] struct {
	TotalItems int  `json:"total_items"`
	TotalPages int  `json:"total_pages"`
	PageNumber int  `json:"page_number"`
	Size       int  `json:"size"`
	FirstPage  bool `json:"first_page"`
	LastPage   bool `json:"last_page"`
	Empty      bool `json:"empty"`
	Contents   []T  `json:"contents"`
}

// MinimalService is a list item of GET /services?minimal=true.
type MinimalService struct {
	ID           string `json:"id"`
	LastModified string `json:"last_modified,omitempty"`
}

// Info is the response of GET / of the API, and of index.json of an export.
type Info struct {
	Version    string `json:"version"`
	Profile    string `json:"profile"`
	OpenAPIURL string `json:"openapi_url"`
}

// Version is the HSDS version Lotse speaks.
const Version = "3.1"

// ProfileURL documents Lotse's HSDS profile: the lotse taxonomy's
// attributes, wall-clock times, how closures are marked.
const ProfileURL = "https://github.com/lotse/lotse/blob/main/docs/hsds.md"

// SpecOpenAPIURL is the specification's own openapi.json, at the URL
// under which the embedded schemas are published (see schemaBase). An
// export names it, since no server base URL is known there.
const SpecOpenAPIURL = schemaBase + "openapi.json"
