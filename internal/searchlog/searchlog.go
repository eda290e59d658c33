// Package searchlog counts what people search for, anonymously, so that
// the KI sees which help is asked for and which is missing (its needs
// analysis).
//
// Only aggregates are kept: per region, calendar month, interface
// language and normalised query, how often it was searched and how often
// it found nothing. No address, no browser, no time finer than the
// month, no session. Queries that may carry personal data (an e-mail
// address, a phone number, any run of five or more digits but a postal
// code standing alone) are counted under one placeholder, never stored. The number of distinct queries
// per region and month is capped, so the table cannot grow without
// bound however many different strings are sent.
//
// A Recorder collects counts in memory (the request path takes a mutex
// and touches a map, nothing else) and writes them to the store in one
// transaction every 30 seconds and when the server stops.
package searchlog

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/search"
)

// Placeholders stand for queries that are counted but not kept. They
// start with "(", which no normalised query can (Normalize keeps only
// letters, digits and spaces), so they never mix with real queries.
const (
	// Hidden counts queries that look like personal data.
	Hidden = "(ausgeblendet)"
	// Other counts the queries beyond MaxQueriesPerMonth.
	Other = "(weitere)"
)

// IsPlaceholder reports whether q is one of the placeholders.
func IsPlaceholder(q string) bool { return q == Hidden || q == Other }

// Limits that keep the statistics small and free of personal data.
const (
	// MaxQueriesPerMonth is the number of distinct queries kept per
	// region and month (over all languages); further ones count under
	// Other.
	MaxQueriesPerMonth = 10000
	// MaxQueryRunes is the longest query kept; longer ones are cut.
	MaxQueryRunes = 80
	// KeepMonths is how many months of statistics are kept, the current
	// one included.
	KeepMonths = 24
	// minDigits is the number of digits in a row (spaces, dashes,
	// slashes, dots, brackets and "+" between them allowed) from which
	// a query counts as personal: phone numbers, customer or file
	// numbers, dates of birth written as 01.02.1950, IBANs.
	minDigits = 5
	// postalDigits is the length of a German postal code.
	postalDigits = 5
)

// Count is the aggregate of one query in one region, month and language.
type Count struct {
	RegionID string
	Month    string // "2026-11"
	Lang     string // the interface language the search was made in
	Query    string // normalised (search.Normalize), or a placeholder
	// Searches is how often it was searched, ZeroResults how many of
	// those searches found nothing.
	Searches    int64
	ZeroResults int64
}

// QueryCount is one line of the statistics.
type QueryCount struct {
	Query       string
	Searches    int64
	ZeroResults int64
}

// Stats are the statistics of one region and month, in one language or
// in all.
type Stats struct {
	// Searches and ZeroResults are the totals; Distinct is the number of
	// distinct queries (placeholders included).
	Searches    int64
	ZeroResults int64
	Distinct    int
	// Top are the most searched queries, most first; Zero the queries
	// that most often found nothing.
	Top  []QueryCount
	Zero []QueryCount
}

// Month returns the month of t in Germany, as the statistics name it.
func Month(t time.Time) string { return t.In(directory.Berlin).Format("2006-01") }

var monthRE = regexp.MustCompile(`^[0-9]{4}-(0[1-9]|1[0-2])$`)

// ValidMonth reports whether s names a month as Month writes it.
func ValidMonth(s string) bool { return monthRE.MatchString(s) }

// MonthsBefore returns the month n months before month (which must be
// valid), e.g. MonthsBefore("2026-11", 24) = "2024-11".
func MonthsBefore(month string, n int) string {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return month
	}
	return t.AddDate(0, -n, 0).Format("2006-01")
}

// OldestKept returns the oldest month whose statistics are kept at t:
// KeepMonths months, the current one included. Older ones are deleted.
func OldestKept(t time.Time) string { return MonthsBefore(Month(t), KeepMonths-1) }

// Clean returns what is kept of a query: its normalised form, cut to
// MaxQueryRunes, or Hidden when it looks like personal data, or "" when
// nothing searchable is left.
func Clean(query string) string {
	if looksPersonal(query) {
		return Hidden
	}
	q := search.Normalize(query)
	// Normalisation may turn odd characters into digits or join runs;
	// check again what would be stored.
	if looksPersonal(q) {
		return Hidden
	}
	if r := []rune(q); len(r) > MaxQueryRunes {
		q = strings.TrimSpace(string(r[:MaxQueryRunes]))
	}
	return q
}

// looksPersonal reports whether s contains an "@" (an e-mail address or
// a handle) or minDigits digits in a row, in any script's digits. A
// German postal code standing alone (exactly five digits, nothing
// joined to it) is not personal: "Pflegeberatung 45768" is a need and a
// place, and counting it shows where help is looked for.
func looksPersonal(s string) bool {
	if strings.ContainsAny(s, "@＠﹫") {
		return true
	}
	digits := 0
	joined, pending := false, false // separators inside the run; one waiting for a digit
	end := func() bool {
		personal := digits >= minDigits && (digits != postalDigits || joined)
		digits, joined, pending = 0, false, false
		return personal
	}
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
			joined = joined || pending
			pending = false
		case digits > 0 && (unicode.IsSpace(r) || strings.ContainsRune("-‐–/.()+", r)):
			// a separator inside a number: "0176 / 123 45 67"
			pending = true
		default:
			if end() {
				return true
			}
		}
	}
	return end()
}

// cleanLang returns lang if it is a language code, else "und"
// (undetermined), so that odd values cannot fill the table either.
func cleanLang(lang string) string {
	if lang == "" {
		return "de"
	}
	if len(lang) > 16 || !directory.ValidLanguageCode(lang) {
		return "und"
	}
	return lang
}
