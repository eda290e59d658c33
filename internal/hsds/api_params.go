package hsds

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lotse/lotse/internal/directory"
)

// params reads query parameters strictly: a value that is malformed,
// out of range or given twice makes the request a 400, so that a
// client never gets an answer to a question it did not ask. The first
// problem is kept in err.
type params struct {
	v   url.Values
	err error
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = errBadRequest(fmt.Sprintf(format, args...))
	}
}

// get returns the single value of a parameter.
func (p *params) get(name string) (string, bool) {
	vs, ok := p.v[name]
	if !ok {
		return "", false
	}
	if len(vs) > 1 {
		p.fail("parameter %s is given more than once", name)
		return "", false
	}
	return vs[0], true
}

// number returns a whole number from lo to hi, def when absent.
func (p *params) number(name string, def, lo, hi int) int {
	s, ok := p.get(name)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		p.fail("%s must be a whole number from %d to %d", name, lo, hi)
		return def
	}
	return n
}

// Paging limits: per_page defaults to 50 and is at most 200.
const (
	defaultPerPage = 50
	maxPerPage     = 200
	maxPage        = 1_000_000
)

// paging returns the page number and size.
func (p *params) paging() (pageNo, perPage int) {
	return p.number("page", 1, 1, maxPage), p.number("per_page", defaultPerPage, 1, maxPerPage)
}

// boolean reads true/false (also 1/0).
func (p *params) boolean(name string) bool {
	s, ok := p.get(name)
	if !ok {
		return false
	}
	switch strings.ToLower(s) {
	case "true", "1":
		return true
	case "false", "0":
		return false
	}
	p.fail("%s must be true or false", name)
	return false
}

// id reads a UUID.
func (p *params) id(name string) string {
	s, ok := p.get(name)
	if !ok {
		return ""
	}
	s = strings.ToLower(s)
	if !directory.ValidID(s) {
		p.fail("%s must be a UUID", name)
		return ""
	}
	return s
}

// since reads modified_after: an RFC 3339 time, or a date meaning its
// midnight in Europe/Berlin.
func (p *params) since(name string) time.Time {
	s, ok := p.get(name)
	if !ok {
		return time.Time{}
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, directory.Berlin); err == nil {
		return t
	}
	p.fail("%s must be an RFC 3339 time (2025-01-31T12:00:00Z) or a date (2025-01-31)", name)
	return time.Time{}
}

// text reads free text of at most maxLen characters.
func (p *params) text(name string, maxLen int) string {
	s, ok := p.get(name)
	if !ok {
		return ""
	}
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > maxLen || strings.ContainsFunc(s, unicode.IsControl) {
		p.fail("%s must be text of at most %d characters", name, maxLen)
		return ""
	}
	return strings.TrimSpace(s)
}

// format accepts only json, the one format Lotse serves.
func (p *params) format() {
	if s, ok := p.get("format"); ok && s != "json" {
		p.fail("format %q is not supported; Lotse serves json", s)
	}
}

// pathID reads the {id} of the path; a malformed one is a 400.
func pathID(rq *request) (string, error) {
	id := strings.ToLower(rq.r.PathValue("id"))
	if !directory.ValidID(id) {
		return "", errBadRequest("id must be a UUID")
	}
	return id, nil
}

// done returns the first problem with the parameters read so far.
func (p *params) done() error { return p.err }
