package site

import (
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/web/ui"
)

// page is what the layout needs; Data holds the page's own content.
type page struct {
	L      *i18n.Localizer
	Lang   i18n.Language
	Region *directory.Region // nil on the plain error page
	// Title is the whole <title>: what the page shows, then the site.
	Title       string
	Description string
	// Prefix is "/{region}/{lang}", the start of every link.
	Prefix string
	// Canonical is the page's absolute address without defaults.
	Canonical string
	// Langs are the page in each language the region offers, for the
	// language switcher and the hreflang alternates.
	Langs []langLink
	// XDefault is the page for readers whose language the region does
	// not offer: the German one (hreflang="x-default").
	XDefault string
	// Query is the text searched for, shown in the search box of the
	// header.
	Query string
	// Nav names the main navigation entry that is the current page.
	Nav    string
	Crumbs []crumb
	JSONLD any
	// Print renders the page without navigation, for paper.
	Print   bool
	NoIndex bool
	// Error marks error pages, which have no canonical address and no
	// alternates.
	Error bool
	Data  any
}

// langLink is the current page in one language.
type langLink struct {
	Code, Native, Dir string
	URL               string // site path with query
	Abs               string // absolute URL, for hreflang
	Current           bool
}

// crumb is a step of the breadcrumb trail; the last has no URL.
type crumb struct {
	Name text
	URL  string
}

// crumb returns a step of the breadcrumb trail named by an interface text.
func (rq *request) crumb(key, url string) crumb {
	return crumb{Name: rq.plainText(rq.l.T(key)), URL: url}
}

// newPage starts the page data for path (after the prefix, e.g. "/offers")
// with the query that identifies it; title is what the page shows and
// the site name is added.
func (s *Site) newPage(rq *request, title, path string, query url.Values) *page {
	p := &page{
		L: rq.l, Lang: rq.lang, Region: &rq.region, Prefix: rq.prefix(),
		Title: title + " – " + rq.l.T("site.name", "Region", rq.region.Name),
	}
	if path == "" {
		// An error page: the same URL in another language would fail
		// the same way, so the switcher leads to the home pages.
		path, query = "/", nil
	}
	for _, l := range s.offered(rq.region) {
		u := withQuery("/"+rq.region.Slug+"/"+l.Code+path, query)
		p.Langs = append(p.Langs, langLink{Code: l.Code, Native: l.Native, Dir: l.Dir, URL: u, Abs: s.absolute(u), Current: l.Code == rq.lang.Code})
		if l.Code == i18n.Source {
			p.XDefault = s.absolute(u)
		}
	}
	p.Canonical = s.absolute(withQuery(rq.prefix()+path, query))
	return p
}

// langTag returns the BCP 47 tag for a language code: the same, except
// for codes BCP 47 has replaced (German Sign Language is "gsg").
func langTag(code string) string {
	if code == "sgn-de" {
		return "gsg"
	}
	return code
}

// now returns the server's clock in Berlin.
func (s *Site) now() time.Time { return s.env.Now().In(directory.Berlin) }

// siteCSS is the file name of the site's stylesheet in ui's static files.
const siteCSS = "site.css"

// funcs are the site's template functions, on top of ui.Funcs.
func funcs() template.FuncMap {
	return template.FuncMap{
		// stylesheet is the URL of the site's one stylesheet. (The name
		// is spelt in two parts because the locale test takes any quoted
		// "site.…" for a message key.)
		"stylesheet": func() string { return ui.Asset(siteCSS) },
		// t translates a message key: {{t $.L "site.nav.home"}}.
		"t": func(l *i18n.Localizer, key string, args ...any) string { return l.T(key, args...) },
		// content marks text from the directory with its language when
		// the interface speaks another one, so that screen readers
		// pronounce it right (WCAG 3.1.2). Staff write in German.
		"content": func(l *i18n.Localizer) template.HTMLAttr {
			if l.Lang.Code == i18n.Source {
				return ""
			}
			return template.HTMLAttr(` lang="` + i18n.Source + `" dir="ltr"`) //nolint:gosec // constant
		},
		// langtag turns a language code of the directory into the BCP 47
		// tag a lang attribute wants.
		"langtag": langTag,
		// date formats a YYYY-MM-DD date the way the language writes it.
		"date": formatDate,
		// num writes a whole number the way the language writes it.
		"num": func(l *i18n.Localizer, n int) string { return l.Number(n) },
		// ltr isolates a phone number, a time or an address line as
		// left-to-right on right-to-left pages (see bidi.go).
		"ltr": isolate,
		// list joins the items of a list with the language's comma.
		"list": func(l *i18n.Localizer, items []string) string { return strings.Join(items, l.Comma()) },
		// comma is the language's list separator: ", " or "، ".
		"comma": func(l *i18n.Localizer) string { return l.Comma() },
		// ltrdir is the attribute that does the same for an element.
		"ltrdir": ltrAttr,
	}
}

// formatDate formats a YYYY-MM-DD date the way the language writes it.
func formatDate(l *i18n.Localizer, day string) string {
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return l.Date(d)
}
