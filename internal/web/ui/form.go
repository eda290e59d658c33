package ui

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxFormBytes bounds the body of any form post; the largest form (an
// offer with a long description) stays far below it.
const MaxFormBytes = 1 << 20

// ParseForm reads a posted form within MaxFormBytes. It returns an error
// for bodies that are too large or not valid form encoding; the caller
// answers 400 or 413.
func ParseForm(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, MaxFormBytes)
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return ErrTooLarge
		}
		return ErrBadForm
	}
	for _, vs := range r.PostForm {
		for _, v := range vs {
			if !utf8.ValidString(v) {
				return ErrBadForm
			}
		}
	}
	return nil
}

// Form errors.
var (
	ErrTooLarge = errors.New("ui: form too large")
	ErrBadForm  = errors.New("ui: malformed form")
)

// FormStatus maps a ParseForm error to its status.
func FormStatus(err error) int {
	if errors.Is(err, ErrTooLarge) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusBadRequest
}

// Form is what a form template needs to show a form again: the values
// as typed and a message key per field in error.
type Form struct {
	Values map[string][]string
	Errors map[string]string
}

// NewForm returns a form filled from the posted values.
func NewForm(r *http.Request) *Form {
	return &Form{Values: r.PostForm, Errors: map[string]string{}}
}

// Get returns the first value of a field, trimmed.
func (f *Form) Get(name string) string {
	if f == nil || len(f.Values[name]) == 0 {
		return ""
	}
	return strings.TrimSpace(f.Values[name][0])
}

// All returns all values of a field (checkbox groups, multi-selects).
func (f *Form) All(name string) []string {
	if f == nil {
		return nil
	}
	return f.Values[name]
}

// Has reports whether value is among the values of a field.
func (f *Form) Has(name, value string) bool {
	for _, v := range f.All(name) {
		if v == value {
			return true
		}
	}
	return false
}

// Int returns a field as an integer, or def when empty; ok is false when
// the field holds something other than a whole number.
func (f *Form) Int(name string, def int) (int, bool) {
	s := f.Get(name)
	if s == "" {
		return def, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// Error returns the message key for a field, or "".
func (f *Form) Error(name string) string {
	if f == nil {
		return ""
	}
	return f.Errors[name]
}
