// Package site serves the public pages: /{region}/{lang}/…
//
// Every page is rendered on the server from the templates in templates/
// (layout.html, partials/, pages/), without JavaScript, images or web
// fonts, so that it works on an old phone over a slow line and with a
// screen reader. Every text of the interface is a message key (site.*)
// of package i18n; the directory's own texts (names, descriptions) are
// shown in the page's language where translated and otherwise in German,
// marked with their language (content.go). On right-to-left pages,
// numbers, times, phone numbers and addresses are isolated so that they
// read left to right (bidi.go).
package site

import (
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/web/ui"
)

//go:embed templates
var templateFS embed.FS

// Site is the public website.
type Site struct {
	env   *ui.Env
	pages *ui.Renderer
	cache *regionCache
}

// New prepares the public website: it parses the templates, so that a
// broken template stops the server at start rather than on a request.
func New(env *ui.Env) (*Site, error) {
	sub, err := fs.Sub(templateFS, "templates")
	if err != nil {
		return nil, fmt.Errorf("site: templates: %w", err)
	}
	pages, err := ui.NewRenderer(sub, funcs(), env.Log)
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	return &Site{env: env, pages: pages, cache: newRegionCache(env)}, nil
}

// Register adds the site's routes to mux. The mux gets every path the
// server does not use itself, so the last pattern catches the rest: it
// answers 404 for unknown paths and 405 for any method but GET and HEAD.
func (s *Site) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", s.redirectRoot)
	mux.HandleFunc("GET /{region}/{$}", s.redirectRegion)
	mux.HandleFunc("GET /{region}/{lang}/{$}", s.home)
	mux.HandleFunc("GET /{region}/{lang}/offers", s.listOffers)
	mux.HandleFunc("GET /{region}/{lang}/offers/{id}", s.showOffer)
	mux.HandleFunc("GET /{region}/{lang}/offers/{id}/print", s.printOffer)
	mux.HandleFunc("GET /{region}/{lang}/organizations", s.listOrganizations)
	mux.HandleFunc("GET /{region}/{lang}/organizations/{id}", s.showOrganization)
	mux.HandleFunc("GET /{region}/{lang}/pages/{slug}", s.showPage)
	mux.HandleFunc("GET /{region}/{lang}/finder", s.finder)
	mux.HandleFunc("/", s.fallback)
}

// request is what every page handler knows once the region and the
// language of the URL are resolved.
type request struct {
	r      *http.Request
	region directory.Region
	lang   i18n.Language
	l      *i18n.Localizer
	data   *regionData
	store  *store.Store
	log    *slog.Logger
	// tr holds the translations of the directory's texts loaded for the
	// page (see load and text).
	tr translations
}

// prefix is the path every page of the region in the language starts with.
func (rq *request) prefix() string { return "/" + rq.region.Slug + "/" + rq.lang.Code }

// offered returns the interface languages the region offers, in the
// catalogue's order (German first).
func (s *Site) offered(region directory.Region) []i18n.Language {
	var out []i18n.Language
	for _, l := range s.env.Catalog.Languages() {
		if slices.Contains(region.Languages, l.Code) {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		// A region without any interface language would have no pages
		// at all; German is always there.
		l := s.env.Catalog.Localizer(i18n.Source)
		out = append(out, l.Lang)
	}
	return out
}

// lookupRegion finds a region by the slug in a URL. Slugs that cannot be
// one never reach the database.
func (s *Site) lookupRegion(r *http.Request, slug string) (directory.Region, bool, error) {
	if !directory.ValidSlug(slug) {
		return directory.Region{}, false, nil
	}
	region, err := s.env.Store.RegionBySlug(r.Context(), slug)
	if directory.ErrorCode(err) == directory.ENOTFOUND {
		return region, false, nil
	}
	if err != nil {
		return region, false, fmt.Errorf("site: region %s: %w", slug, err)
	}
	return region, true, nil
}

// open resolves the region and language of a page URL. When it returns
// false it has answered the request already: a plain 404 for an unknown
// region or language, a 500 when the database fails.
func (s *Site) open(w http.ResponseWriter, r *http.Request) (*request, bool) {
	region, ok, err := s.lookupRegion(r, r.PathValue("region"))
	if err != nil {
		s.env.Log.Error("site: open", "err", err)
		s.plainError(w, r, http.StatusInternalServerError, "error.internal", nil)
		return nil, false
	}
	if !ok {
		s.plainError(w, r, http.StatusNotFound, "error.not_found", nil)
		return nil, false
	}
	code := r.PathValue("lang")
	if !slices.ContainsFunc(s.offered(region), func(l i18n.Language) bool { return l.Code == code }) {
		s.plainError(w, r, http.StatusNotFound, "error.not_found", &region)
		return nil, false
	}
	data, err := s.cache.get(r.Context(), region)
	if err != nil {
		s.env.Log.Error("site: region data", "region", region.Slug, "err", err)
		s.plainError(w, r, http.StatusInternalServerError, "error.internal", nil)
		return nil, false
	}
	return s.newRequest(r, region, code, data), true
}

func (s *Site) newRequest(r *http.Request, region directory.Region, code string, data *regionData) *request {
	l := s.env.Catalog.Localizer(code)
	return &request{r: r, region: region, lang: l.Lang, l: l, data: data, store: s.env.Store, log: s.env.Log}
}

// render writes a page with status 200 and lets browsers and proxies
// keep it for a minute: public pages change rarely, and an old phone on
// a slow line gains most from not asking again.
func (s *Site) render(w http.ResponseWriter, name string, p *page) {
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Header().Set("Content-Language", p.Lang.Code)
	s.pages.Render(w, http.StatusOK, name, p)
}

// fail renders an error page in the layout and language of the region.
// key is the message key of the explanation; detail may add a second
// sentence (a message key too, or "").
func (s *Site) fail(w http.ResponseWriter, rq *request, status int, key, detail string) {
	errorCaching(w, status)
	titleKey := "error.title"
	if status == http.StatusNotFound {
		titleKey = "error.not_found.title"
	}
	p := s.newPage(rq, rq.l.T(titleKey), "", nil)
	p.NoIndex, p.Error = true, true
	p.Data = errorView{Status: status, TitleKey: titleKey, Key: key, Detail: detail}
	s.pages.Render(w, status, "error", p)
}

// internal logs err and shows the friendly 500 page.
func (s *Site) internal(w http.ResponseWriter, rq *request, err error) {
	s.env.Log.Error("site: "+rq.r.Method+" "+rq.r.URL.Path, "err", err)
	s.fail(w, rq, http.StatusInternalServerError, "error.internal", "")
}

// plainError answers without a region's layout, in German: for URLs
// whose region or language is unknown. When the region is known, the
// page links to its home page in each language it offers.
func (s *Site) plainError(w http.ResponseWriter, r *http.Request, status int, key string, region *directory.Region) {
	errorCaching(w, status)
	l := s.env.Catalog.Localizer(i18n.Source)
	titleKey := "error.title"
	if status == http.StatusNotFound {
		titleKey = "error.not_found.title"
	}
	p := &page{L: l, Lang: l.Lang, Title: l.T(titleKey) + " – Lotse", NoIndex: true, Error: true}
	v := errorView{Status: status, TitleKey: titleKey, Key: key}
	if region != nil {
		for _, lang := range s.offered(*region) {
			v.Homes = append(v.Homes, langLink{Code: lang.Code, Native: lang.Native, Dir: lang.Dir,
				URL: "/" + region.Slug + "/" + lang.Code + "/"})
		}
		v.RegionName = region.Name
	}
	p.Data = v
	s.pages.Render(w, status, "error", p)
}

// errorCaching lets caches keep a 404 for a minute, like any page; other
// errors depend on the request or a passing fault and are not kept.
func errorCaching(w http.ResponseWriter, status int) {
	if status == http.StatusNotFound {
		w.Header().Set("Cache-Control", "public, max-age=60")
	} else {
		w.Header().Set("Cache-Control", "no-store")
	}
}

// errorView is the content of an error page.
type errorView struct {
	Status     int
	TitleKey   string
	Key        string
	Detail     string
	RegionName string
	Homes      []langLink
}

// fallback serves every path no other pattern matches: 405 for methods
// other than GET and HEAD (the public site has no forms that post), and
// otherwise 404. Both errors come in the region's layout and language
// when the URL names them, and plainly in German otherwise. ("/{region}"
// without its slash never gets here: the mux redirects it.)
func (s *Site) fallback(w http.ResponseWriter, r *http.Request) {
	get := r.Method == http.MethodGet || r.Method == http.MethodHead
	status, key := http.StatusNotFound, "error.not_found"
	if !get {
		w.Header().Set("Allow", "GET, HEAD")
		status, key = http.StatusMethodNotAllowed, "error.method"
	}
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	region, ok, err := s.lookupRegion(r, parts[0])
	if err != nil {
		s.env.Log.Error("site: fallback", "err", err)
		s.plainError(w, r, http.StatusInternalServerError, "error.internal", nil)
		return
	}
	if !ok {
		s.plainError(w, r, status, key, nil)
		return
	}
	var lang *i18n.Language
	for _, l := range s.offered(region) {
		if len(parts) > 1 && parts[1] == l.Code {
			lang = &l
		}
	}
	if lang == nil {
		s.plainError(w, r, status, key, &region)
		return
	}
	data, err := s.cache.get(r.Context(), region)
	if err != nil {
		s.env.Log.Error("site: region data", "region", region.Slug, "err", err)
		s.plainError(w, r, http.StatusInternalServerError, "error.internal", nil)
		return
	}
	s.fail(w, s.newRequest(r, region, lang.Code, data), status, key, "")
}

// absolute turns a site path into an absolute URL on the public address,
// for canonical links, hreflang alternates, JSON-LD and print-outs. With
// no public address configured it stays a path.
func (s *Site) absolute(path string) string {
	return strings.TrimSuffix(s.env.BaseURL, "/") + path
}

// withQuery appends an encoded query to a path.
func withQuery(path string, q url.Values) string {
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}
