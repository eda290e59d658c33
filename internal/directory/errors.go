package directory

import (
	"errors"
	"fmt"
)

// Error codes, after benbjohnson/wtf: one place maps them to HTTP status
// (package web) and to exit codes (package app).
const (
	ENOTFOUND     = "not_found"
	EINVALID      = "invalid"
	ECONFLICT     = "conflict"
	EFORBIDDEN    = "forbidden"
	EUNAUTHORIZED = "unauthorized"
	ETOOMANY      = "too_many_requests"
	EINTERNAL     = "internal"
)

// Error is an error a user may see. Key is the message key for the
// translated text; Message is a German/English fallback for logs and APIs.
type Error struct {
	Code    string
	Key     string
	Message string
	// Fields maps a form field name to the message key describing what is
	// wrong with it; set for EINVALID from validation.
	Fields map[string]string
}

func (e *Error) Error() string {
	if len(e.Fields) > 0 {
		return fmt.Sprintf("%s: %s %v", e.Code, e.Message, e.Fields)
	}
	return e.Code + ": " + e.Message
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// NotFound returns an ENOTFOUND error naming what was not found.
func NotFound(what string) *Error {
	return &Error{Code: ENOTFOUND, Key: "error.not_found", Message: what + " not found"}
}

// Conflict is returned when a record changed since the editor loaded it.
func Conflict(what string) *Error {
	return &Error{Code: ECONFLICT, Key: "error.conflict", Message: what + " was changed by someone else in the meantime"}
}

// ErrorCode returns the code of the *Error in err's chain, EINTERNAL for
// any other error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// FieldErrors returns the per-field message keys of a validation error.
func FieldErrors(err error) map[string]string {
	var e *Error
	if errors.As(err, &e) {
		return e.Fields
	}
	return nil
}

// Validation collects per-field problems while validating a record.
type Validation struct {
	fields map[string]string
}

// Add records that field is wrong, described by message key.
// The first problem found for a field wins.
func (v *Validation) Add(field, key string) {
	if v.fields == nil {
		v.fields = map[string]string{}
	}
	if _, ok := v.fields[field]; !ok {
		v.fields[field] = key
	}
}

// Err returns nil when nothing was added, otherwise an EINVALID *Error.
func (v *Validation) Err() error {
	if len(v.fields) == 0 {
		return nil
	}
	return &Error{Code: EINVALID, Key: "error.invalid", Message: "please correct the marked fields", Fields: v.fields}
}
