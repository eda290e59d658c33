package storetest

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// wantCode fails unless err carries the directory error code want.
func wantCode(t *testing.T, what string, err error, want string) {
	t.Helper()
	if got := directory.ErrorCode(err); got != want {
		t.Errorf("%s: error code %q (%v), want %q", what, got, err, want)
	}
}

// wantField fails unless err is an EINVALID error that names field.
func wantField(t *testing.T, what string, err error, field string) {
	t.Helper()
	if got := directory.ErrorCode(err); got != directory.EINVALID {
		t.Errorf("%s: error code %q (%v), want %q", what, got, err, directory.EINVALID)
		return
	}
	if _, ok := directory.FieldErrors(err)[field]; !ok {
		t.Errorf("%s: field errors %v, want one for %q", what, directory.FieldErrors(err), field)
	}
}

// check fails when got and want differ, showing where as JSON.
func check(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s differs:\n%s", what, jsonDiff(got, want))
	}
}

// jsonDiff renders got and want as indented JSON and shows the first
// lines where they part.
func jsonDiff(got, want any) string {
	g, _ := json.MarshalIndent(got, "", "  ")
	w, _ := json.MarshalIndent(want, "", "  ")
	gl, wl := strings.Split(string(g), "\n"), strings.Split(string(w), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		if i >= len(gl) || i >= len(wl) || gl[i] != wl[i] {
			from := max(0, i-3)
			return fmt.Sprintf("got  (from line %d):\n%s\nwant (from line %d):\n%s",
				from+1, strings.Join(gl[from:min(len(gl), i+4)], "\n"), from+1, strings.Join(wl[from:min(len(wl), i+4)], "\n"))
		}
	}
	return fmt.Sprintf("got  %#v\nwant %#v\n(equal as JSON; a nil/empty, time zone or pointer detail differs)", got, want)
}

// sameJSON reports whether the JSON text got describes the record want.
// Empty lists and nulls count as absent on both sides, since a record
// read back from the database may hold nil where one in memory holds an
// empty slice.
func sameJSON(got string, want any) bool {
	var g, w any
	if json.Unmarshal([]byte(got), &g) != nil || json.Unmarshal([]byte(audit.Marshal(want)), &w) != nil {
		return false
	}
	return reflect.DeepEqual(normJSON(g), normJSON(w))
}

func normJSON(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			e = normJSON(e)
			if a, ok := e.([]any); e == nil || ok && len(a) == 0 {
				continue
			}
			out[k] = e
		}
		return out
	case []any:
		for i := range x {
			x[i] = normJSON(x[i])
		}
	}
	return v
}

// ids returns the ids (or another key) of records in order.
func ids[T, K any](records []T, id func(T) K) []K {
	out := make([]K, 0, len(records))
	for _, r := range records {
		out = append(out, id(r))
	}
	return out
}

func serviceIDs(ss []directory.Service) []string {
	return ids(ss, func(s directory.Service) string { return s.ID })
}

// sorted returns a sorted copy, for comparing lists whose order the
// store does not promise.
func sorted(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	if out == nil {
		out = []string{}
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// forLog strips what a service carries only for display, as the audit
// log leaves it out.
func forLog(sv directory.Service) directory.Service {
	sv.Organization, sv.Contacts = nil, nil
	sv.Locations = slices.Clone(sv.Locations)
	for i := range sv.Locations {
		sv.Locations[i].Location = nil
	}
	return sv
}

// locationForLog leaves out the town, which a location carries only for display.
func locationForLog(l directory.Location) directory.Location {
	l.Town = nil
	return l
}
