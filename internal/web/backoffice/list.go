package backoffice

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/lotse/lotse/internal/store"
)

// perPage is the length of a list page.
const perPage = 50

// listParams are the search, filter and paging parameters of a list.
type listParams struct {
	Q        string
	Archived bool
	Page     int // from 1
	extra    url.Values
}

// readList reads a list's parameters. Anything malformed falls back to
// the default: a list never fails on its query string.
func readList(r *http.Request) listParams {
	q := r.URL.Query()
	p := listParams{Q: cleanQuery(q.Get("q")), Archived: q.Get("state") == "archived", Page: 1, extra: url.Values{}}
	if n, err := strconv.Atoi(q.Get("page")); err == nil && n > 1 && n <= 100000 {
		p.Page = n
	}
	return p
}

// cleanQuery makes a search term safe for any database: valid UTF-8,
// no control characters, at most 200 characters.
func cleanQuery(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > 200 {
		s = string([]rune(s)[:200])
	}
	return s
}

func (p listParams) archived() store.Archived {
	if p.Archived {
		return store.ArchivedOnly
	}
	return store.Current
}

func (p listParams) filter() store.ListFilter {
	return store.ListFilter{Query: p.Q, Archived: p.archived(), Limit: perPage, Offset: (p.Page - 1) * perPage}
}

// State is the value of the state filter.
func (p listParams) State() string {
	if p.Archived {
		return "archived"
	}
	return "current"
}

// url returns the list's URL for another page.
func (p listParams) url(base string, page int) string {
	v := url.Values{}
	for k, vs := range p.extra {
		v[k] = vs
	}
	if p.Q != "" {
		v.Set("q", p.Q)
	}
	if p.Archived {
		v.Set("state", "archived")
	}
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	}
	if len(v) == 0 {
		return base
	}
	return base + "?" + v.Encode()
}

// pager says where a list page stands among all.
type pager struct {
	Total, Page, Pages int
	From, To           int
	Prev, Next         string
}

func newPager(p listParams, base string, total, shown int) pager {
	pg := pager{Total: total, Page: p.Page, Pages: max(1, (total+perPage-1)/perPage)}
	if shown > 0 {
		pg.From = (p.Page-1)*perPage + 1
		pg.To = pg.From + shown - 1
	}
	if p.Page > 1 {
		pg.Prev = p.url(base, min(p.Page-1, pg.Pages))
	}
	if p.Page < pg.Pages {
		pg.Next = p.url(base, p.Page+1)
	}
	return pg
}

// listPage is what every list template gets.
type listPage struct {
	*view
	Params listParams
	Pager  pager
	Base   string // the list's URL
	New    string // URL of the "new" form, "" when none
}

// paginate cuts one page out of a list held in memory (terms, towns,
// pages: short lists the store returns whole).
func paginate[T any](all []T, p listParams) []T {
	from := min(len(all), (p.Page-1)*perPage)
	to := min(len(all), from+perPage)
	return all[from:to]
}

// matches reports whether a name contains the search term, ignoring case.
func matches(name, q string) bool {
	return q == "" || strings.Contains(strings.ToLower(name), strings.ToLower(q))
}
