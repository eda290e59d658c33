// Package directory holds the domain of Lotse's directory of help offers:
// regions and their towns, organisations, offers (HSDS services), locations,
// contacts, opening hours, taxonomies and editable pages.
//
// The types map one to one to Open Referral HSDS 3.1 (see package hsds for
// the JSON form). Storage lives in package store; this package has no I/O.
package directory
