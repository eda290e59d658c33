// Package search finds offers and organisations by what people type: in
// any interface language, with or without umlauts and diacritics, with
// typos, German compounds split or joined, and words still being typed.
//
// It is one engine in Go for every deployment: the same behaviour on
// SQLite and PostgreSQL, and on every instance, since each instance
// builds its own in-memory index from the store and follows the region
// revision like the offer index does.
//
// A Doc carries all texts of a record: its German texts, their
// translations, and the names and synonyms of its taxonomy terms in
// every language. Queries are analysed with the reader's language and
// with German (content is mostly German), so "yaşlı bakımı" finds
// German care counselling through the Turkish synonyms of its need, and
// "деменция" finds dementia offers through the Russian name of the term.
//
// An Index is an immutable snapshot; Update returns a new snapshot that
// shares what did not change, so readers never lock.
package search

// Kinds of documents.
const (
	KindService      = "service"
	KindOrganization = "organization"
)

// Fields of a text, which weigh differently in ranking.
const (
	FieldName        = "name"        // the record's name
	FieldTerm        = "term"        // the name of one of its taxonomy terms
	FieldSynonym     = "synonym"     // a synonym of one of its terms
	FieldSummary     = "summary"     // short description
	FieldOrg         = "org"         // the name of the offer's organisation
	FieldDescription = "description" // long description and other texts
)

// Doc is one searchable record.
type Doc struct {
	ID    string
	Kind  string // KindService or KindOrganization
	Texts []Text
}

// Text is one text of a record in one language ("de" for the German
// source, "de-x-ls" for Leichte Sprache, or a translation's language).
type Text struct {
	Field string
	Lang  string
	Text  string
}

// Query is what a reader typed, and the language they read in.
type Query struct {
	Text string
	Lang string // the interface language; "" means German
	// Kind limits the hits to one kind of document; "" means all.
	Kind string
}

// Hit is a matching document and how well it matches.
type Hit struct {
	ID    string
	Kind  string
	Score float64 // higher is better; only the order matters
	// Partial is set when no document has all the words of the query
	// and this one has at least half of them.
	Partial bool
}

// Reason is one part of why a document matched, for staff.
type Reason struct {
	Word  string  // the query word, as analysed
	Found string  // the indexed word it matched
	How   string  // "exact", "stem", "prefix", "typo", "compound", "folded"
	Field string  // the field it was found in
	Lang  string  // the language of that text
	Score float64 // its share of the score
}
