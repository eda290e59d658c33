// Package audit describes the audit log: who changed what, when, and how
// the record looked before and after.
package audit

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Actor is who makes a change: a signed-in user, or the system (the
// command line, the demo seed, an import run by the operator).
type Actor struct {
	UserID string
	Email  string
}

// System is the actor of changes made from the command line.
var System = Actor{Email: "system"}

// Actions recorded in the log.
const (
	ActionCreate  = "create"
	ActionUpdate  = "update"
	ActionArchive = "archive"
	ActionRestore = "restore"
	ActionImport  = "import"
	ActionLogin   = "login"
	ActionLogout  = "logout"
	ActionDelete  = "delete"
)

// Entity types recorded in the log.
const (
	EntityRegion       = "region"
	EntityTown         = "town"
	EntityOrganization = "organization"
	EntityService      = "service"
	EntityLocation     = "location"
	EntityContact      = "contact"
	EntityTaxonomy     = "taxonomy"
	EntityTerm         = "taxonomy_term"
	EntityPage         = "page"
	EntityUser         = "user"
	EntityDataset      = "dataset"
)

// Entry is one line of the audit log.
type Entry struct {
	ID         int64
	RegionID   string
	UserID     string
	UserEmail  string
	At         time.Time
	Action     string
	EntityType string
	EntityID   string
	Summary    string // e.g. the record's name
	Before     string // JSON of the record before the change, "" on create
	After      string // JSON of the record after the change, "" on delete
}

// Filter selects audit entries, newest first.
type Filter struct {
	EntityType string
	EntityID   string
	UserID     string
	// BeforeID pages backwards: only entries with a smaller id.
	BeforeID int64
	Limit    int
}

// Change is one field that differs between Before and After.
type Change struct {
	Field  string
	Before string
	After  string
}

// Changes lists the fields that differ between the entry's before and
// after JSON, in field order. Nested values are compared as JSON text.
func (e *Entry) Changes() []Change {
	before, after := flatten(e.Before), flatten(e.After)
	keys := make([]string, 0, len(before)+len(after))
	for k := range before {
		keys = append(keys, k)
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var out []Change
	for _, k := range keys {
		if before[k] != after[k] {
			out = append(out, Change{Field: k, Before: before[k], After: after[k]})
		}
	}
	return out
}

func flatten(js string) map[string]string {
	out := map[string]string{}
	if js == "" {
		return out
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(js), &m); err != nil {
		out["(record)"] = js
		return out
	}
	for k, v := range m {
		s := string(v)
		var str string
		if json.Unmarshal(v, &str) == nil {
			s = str
		}
		if s == "null" || s == "[]" || s == "" || s == `""` {
			continue
		}
		out[k] = s
	}
	return out
}

// Marshal renders a record for the log. Errors cannot happen for the
// plain structs Lotse logs; should one occur, the log says so rather than
// losing the entry.
func Marshal(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf(`{"(error)":%q}`, err.Error())
	}
	return string(b)
}

// Describe returns a short German-neutral description such as
// "update service 1b4e…", for logs.
func (e *Entry) Describe() string {
	id := e.EntityID
	if len(id) > 8 {
		id = id[:8] + "…"
	}
	return strings.TrimSpace(fmt.Sprintf("%s %s %s %s", e.Action, e.EntityType, id, e.Summary))
}
