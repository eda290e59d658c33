package directory

import (
	"strings"
	"time"
)

// Taxonomy slugs. Needs and target groups are edited by staff; the others
// carry fixed codes that Lotse's features rely on.
const (
	TaxNeeds        = "needs"
	TaxTargetGroups = "target-groups"
	TaxOrgTypes     = "organization-types"
	TaxAccess       = "access-methods"
	TaxAccessible   = "accessibility"
	// TaxLotse holds the terms through which Lotse-specific fields travel
	// in HSDS as attributes (see package hsds).
	TaxLotse = "lotse"
)

// Taxonomy is a controlled vocabulary (HSDS taxonomy).
type Taxonomy struct {
	ID          string
	RegionID    string
	Slug        string
	Name        string
	Description string
	URI         string
	Version     string
}

// Term is an entry of a taxonomy (HSDS taxonomy_term).
type Term struct {
	ID          string
	RegionID    string
	TaxonomyID  string
	ParentID    string
	Code        string // stable code, e.g. "care"; used in public URLs
	Name        string
	Description string
	// Synonyms are other German words for the term, one per line; search
	// finds the term by them. Other languages keep theirs as translations
	// of the field "synonyms".
	Synonyms  string
	URI       string
	SortOrder int
	Ver       int // optimistic-locking version
	// MinorEdit, set by an editor on a save, says the change to the
	// German text is not one of substance (a typo, punctuation): the
	// translations stay current. It is not stored.
	MinorEdit bool

	ArchivedAt *time.Time
	UpdatedAt  time.Time
}

// Normalize trims text fields and derives a code from the name if empty.
func (t *Term) Normalize() {
	trimAll(&t.Code, &t.Name, &t.Description, &t.Synonyms, &t.URI)
	if t.Code == "" {
		t.Code = Slugify(t.Name)
	}
}

// Validate checks a term before it is stored.
func (t *Term) Validate() error {
	var v Validation
	requireText(&v, "name", t.Name, MaxName)
	if !ValidSlug(t.Code) {
		v.Add("code", "error.slug")
	}
	checkText(&v, "description", t.Description, MaxShort)
	checkText(&v, "synonyms", t.Synonyms, MaxShort)
	checkOptionalURL(&v, "uri", t.URI)
	checkOptionalID(&v, "parent_id", t.ParentID)
	if !ValidID(t.TaxonomyID) {
		v.Add("taxonomy_id", "error.reference")
	}
	if t.ParentID != "" && t.ParentID == t.ID {
		v.Add("parent_id", "error.reference")
	}
	return v.Err()
}

// BuiltinTaxonomy describes a taxonomy every region has.
type BuiltinTaxonomy struct {
	Slug, Name, Description string
	// Terms are created with the region; for fixed taxonomies they are
	// the only codes Lotse understands.
	Terms []BuiltinTerm
	// Fixed taxonomies cannot get new terms from staff.
	Fixed bool
}

// BuiltinTerm is a term created with every region.
type BuiltinTerm struct{ Code, Name string }

// Codes of fixed terms that code depends on.
const (
	OrgAdministration = "administration"
	OrgWelfare        = "welfare"
	OrgMigrant        = "migrant-organization"
	OrgOther          = "other"

	AccessWalkIn      = "walk-in"
	AccessAppointment = "appointment"
	AccessPhone       = "phone"
	AccessOnline      = "online"
	AccessHomeVisit   = "home-visit"

	FeatureStepFree = "step-free"

	LotseSummary = "summary"
	LotseClosed  = "closed"
)

// BuiltinTaxonomies lists the taxonomies of a new region. Names are
// German, the source language; the languages issue translates them.
var BuiltinTaxonomies = []BuiltinTaxonomy{
	{Slug: TaxNeeds, Name: "Lebenslagen und Bedarfe", Description: "Wobei ein Angebot hilft."},
	{Slug: TaxTargetGroups, Name: "Zielgruppen", Description: "Für wen ein Angebot gedacht ist."},
	{Slug: TaxOrgTypes, Name: "Art der Organisation", Description: "Verwaltung, freier Träger, Migrant*innenorganisation oder andere.", Fixed: true, Terms: []BuiltinTerm{
		{OrgAdministration, "Verwaltung"},
		{OrgWelfare, "Freier Träger der Wohlfahrtspflege"},
		{OrgMigrant, "Migrant*innenorganisation"},
		{OrgOther, "Andere"},
	}},
	{Slug: TaxAccess, Name: "Zugang", Description: "Wie man ein Angebot bekommt.", Fixed: true, Terms: []BuiltinTerm{
		{AccessWalkIn, "Ohne Termin (offene Sprechstunde)"},
		{AccessAppointment, "Mit Termin"},
		{AccessPhone, "Am Telefon"},
		{AccessOnline, "Online"},
		{AccessHomeVisit, "Hausbesuch"},
	}},
	{Slug: TaxAccessible, Name: "Barrierefreiheit", Description: "Merkmale eines Ortes.", Fixed: true, Terms: []BuiltinTerm{
		{FeatureStepFree, "Stufenloser Zugang"},
		{"accessible-toilet", "Barrierefreies WC"},
		{"lift", "Aufzug"},
		{"hearing-loop", "Induktionsschleife"},
		{"disabled-parking", "Behindertenparkplatz"},
	}},
	{Slug: TaxLotse, Name: "Lotse", Description: "Felder von Lotse, die HSDS nicht kennt; sie reisen als Attribute.", Fixed: true, Terms: []BuiltinTerm{
		{LotseSummary, "Kurzbeschreibung"},
		{LotseClosed, "Geschlossen"},
	}},
}

// Builtin returns the built-in taxonomy with the given slug.
func Builtin(slug string) (BuiltinTaxonomy, bool) {
	for _, b := range BuiltinTaxonomies {
		if b.Slug == slug {
			return b, true
		}
	}
	return BuiltinTaxonomy{}, false
}

// TaxonomyURI is the stable URI of a built-in taxonomy; HSDS import uses
// it to recognise Lotse's own taxonomies in datasets of other regions.
func TaxonomyURI(slug string) string {
	return "urn:lotse:taxonomy:" + strings.TrimSpace(slug)
}
