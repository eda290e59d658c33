package directory

// Dataset is a whole region's directory in one piece, as HSDS export
// writes it and HSDS import reads it. Archived records are left out of
// exports.
type Dataset struct {
	Taxonomies    []Taxonomy
	Terms         []Term
	Organizations []Organization
	Locations     []Location
	Services      []Service
	Contacts      []Contact
}
