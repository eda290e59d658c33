// Package xliff reads and writes the part of XLIFF 2.0 (OASIS, core
// module) that Lotse exchanges with translators: one <file> per content
// set, one <unit> per text, each with one <source> and at most one
// <target>, and <notes> that tell the translator what the text is.
//
// Decoding is strict, because an import must change nothing when the
// file is not what it claims to be: the XML must be well formed, carry
// no DOCTYPE (so no entity can be declared, let alone expanded), use the
// XLIFF 2.0 namespace and version, and name every unit once. Segments a
// translation tool split apart are joined again; inline codes, which
// Lotse's plain texts never contain, are refused rather than guessed at.
package xliff

import (
	"errors"
	"fmt"
	"strings"
)

// Namespace is the XML namespace of XLIFF 2.0 core.
const Namespace = "urn:oasis:names:tc:xliff:document:2.0"

// Version is the only XLIFF version this package reads and writes.
const Version = "2.0"

// ContentType is the media type of an XLIFF file (XLIFF 2.0, appendix).
const ContentType = "application/xliff+xml"

// Segment states, in the order a text goes through them.
const (
	StateInitial    = "initial"    // not translated yet, or to be redone
	StateTranslated = "translated" // translated, nobody has reviewed it
	StateReviewed   = "reviewed"   // a reviewer has looked at it
	StateFinal      = "final"      // done
)

var states = []string{StateInitial, StateTranslated, StateReviewed, StateFinal}

// Document is an XLIFF file: texts in one source language translated
// into one target language.
type Document struct {
	SrcLang string
	TrgLang string
	Files   []File
}

// File is a <file>: a set of units, e.g. all texts of one content type.
type File struct {
	ID    string
	Units []Unit
}

// Unit is one text to translate.
type Unit struct {
	ID    string
	Notes []Note
	// State is the segment's state; empty means initial.
	State  string
	Source string
	// Target is the translation, nil when the unit has none.
	Target *string
}

// Note is a remark for the translator; Category says what it is about
// (free text in XLIFF, e.g. "record" or "field").
type Note struct {
	Category string
	Text     string
}

// Problem codes of a file that cannot be read.
const (
	CodeTooLarge     = "too_large"      // larger than the limit
	CodeNotXML       = "not_xml"        // not well-formed XML
	CodeDoctype      = "doctype"        // a DOCTYPE declaration
	CodeNotXLIFF     = "not_xliff"      // the root is not an XLIFF 2.0 <xliff>
	CodeVersion      = "version"        // version is not 2.0
	CodeNoSrcLang    = "no_src_lang"    // srcLang missing
	CodeNoTrgLang    = "no_trg_lang"    // trgLang missing
	CodeNoID         = "no_id"          // a file or unit without id
	CodeDuplicateID  = "duplicate_id"   // a unit id used twice
	CodeNoSource     = "no_source"      // a unit without <source>
	CodeInlineCode   = "inline_code"    // inline codes Lotse does not use
	CodeBadState     = "bad_state"      // a segment state XLIFF does not know
	CodeTooDeep      = "too_deep"       // groups nested too deeply
	CodeTooManyUnits = "too_many_units" // more units than any export has
)

// Problem is one thing wrong with a file; Unit is the unit's id when
// the problem is in a unit.
type Problem struct {
	Unit   string
	Code   string
	Detail string // technical detail, e.g. the XML parser's message
}

// Error lists the problems that made a file unreadable.
type Error struct {
	Problems []Problem
}

func (e *Error) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		s := p.Code
		if p.Unit != "" {
			s = p.Unit + ": " + s
		}
		if p.Detail != "" {
			s += " (" + p.Detail + ")"
		}
		parts[i] = s
	}
	return "xliff: " + strings.Join(parts, "; ")
}

// Problems returns the problems of a decoding error, or one problem
// with the error's text when err is not an *Error.
func Problems(err error) []Problem {
	var e *Error
	if errors.As(err, &e) {
		return e.Problems
	}
	return []Problem{{Code: CodeNotXML, Detail: err.Error()}}
}

func problem(code, format string, args ...any) *Error {
	return &Error{Problems: []Problem{{Code: code, Detail: fmt.Sprintf(format, args...)}}}
}
