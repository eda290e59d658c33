// Package hsds speaks Open Referral HSDS 3.1 (Human Services Data
// Specification) for Lotse's directory: the read API under
// /api/hsds/{region}/, export of a region as HSDS JSON files, import of
// HSDS JSON (Lotse's own exports and other publishers' data), and
// validation against the official 3.1.1 schemas, which are embedded.
//
// Lotse's directory maps one to one to HSDS; the fields HSDS lacks
// travel as attributes of the built-in "lotse" taxonomy. The API answers
// in the reader's language where translations exist (translate.go).
// docs/hsds.md
// describes the profile, the endpoints, the export layout and the rules
// of import.
package hsds
