package hsds

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// API serves a region's directory as the HSDS 3.1 read API under
// /api/hsds/{region}/. It shows what the public sees: current records
// of that region only. See docs/hsds.md.
type API struct {
	store   *store.Store
	baseURL string
	log     *slog.Logger
	// search answers the search parameter (see WithSearch); nil: by
	// name in the database.
	search Searcher
	// locator answers postcode and proximity; nil: refused.
	locator Locator
}

// NewAPI returns the HSDS API over s. baseURL is the public address of
// the server (such as "https://lotse.kreis-re.de"); it goes into the
// links the API hands out.
func NewAPI(s *store.Store, baseURL string) *API {
	return &API{store: s, baseURL: strings.TrimRight(baseURL, "/"), log: slog.Default()}
}

// apiPrefix is where the API lives; {region} is the region's slug.
const apiPrefix = "/api/hsds/"

// formatVersion goes into every ETag, so that a new release with a
// different output does not answer 304 to what an older one sent.
const formatVersion = "lotse-hsds-1"

// handlerFunc answers one route: the value to send as JSON, or an error.
type handlerFunc func(ctx context.Context, rq *request) (any, error)

// request is what a handler gets: the region, the path values and the
// query.
type request struct {
	region directory.Region
	r      *http.Request
	q      *params
	// lang is the language of the answer (see translate.go).
	lang string
}

// routes lists the API's endpoints below /api/hsds/{region}/.
func (a *API) routes() []struct {
	path string
	h    handlerFunc
} {
	return []struct {
		path string
		h    handlerFunc
	}{
		{"{$}", a.info},
		{"openapi.json", a.openAPI},
		{"services", a.listServices},
		{"services/{id}", a.getService},
		{"organizations", a.listOrganizations},
		{"organizations/{id}", a.getOrganization},
		{"taxonomies", a.listTaxonomies},
		{"taxonomies/{id}", a.getTaxonomy},
		{"taxonomy_terms", a.listTerms},
		{"taxonomy_terms/{id}", a.getTerm},
		{"service_at_locations", a.listServiceAtLocations},
		{"service_at_locations/{id}", a.getServiceAtLocation},
	}
}

// Register adds the API to mux as Go 1.22 patterns below
// /api/hsds/{region}/: "GET /api/hsds/{region}/services" and so on, a
// JSON 405 with an Allow header for other methods on those paths, a
// redirect from /api/hsds/{region} to /api/hsds/{region}/ and a JSON 404
// for unknown paths below /api/hsds/.
//
// The method-less fallbacks overlap with wildcard routes such as the
// public site's /{region}/{lang}/…, which would make ServeMux panic on
// registration; mux is meant to hold APIs only, as package web mounts it
// at /api/. Handler gives the same behaviour on a mux of its own.
func (a *API) Register(mux *http.ServeMux) {
	for _, rt := range a.routes() {
		path := apiPrefix + "{region}/" + rt.path
		mux.Handle("GET "+path, a.handle(rt.h))
		mux.HandleFunc(path, a.otherMethod)
	}
	mux.HandleFunc("GET "+apiPrefix+"{region}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
	})
	mux.HandleFunc(apiPrefix, func(w http.ResponseWriter, r *http.Request) {
		a.writeError(w, r, errNotFound("no such HSDS endpoint; see "+apiPrefix+"{region}/openapi.json"))
	})
}

// Handler returns the API on a ServeMux of its own, for mounting below
// /api/hsds/ (the path is not stripped).
func (a *API) Handler() http.Handler {
	mux := http.NewServeMux()
	a.Register(mux)
	return mux
}

// apiError is an error with its HTTP status and code.
type apiError struct {
	status  int
	code    string
	message string
}

func (e *apiError) Error() string { return e.message }

func errNotFound(msg string) *apiError { return &apiError{http.StatusNotFound, "not_found", msg} }
func errBadRequest(msg string) *apiError {
	return &apiError{http.StatusBadRequest, "bad_request", msg}
}

// maxQuery bounds the query string; no valid request comes near it.
const maxQuery = 2048

func (a *API) handle(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setCommonHeaders(w)
		if len(r.URL.RawQuery) > maxQuery {
			a.writeError(w, r, errBadRequest("query string too long"))
			return
		}
		values, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			a.writeError(w, r, errBadRequest("malformed query string"))
			return
		}
		slug := r.PathValue("region")
		if !directory.ValidSlug(slug) {
			a.writeError(w, r, errNotFound("region not found"))
			return
		}
		region, err := a.store.RegionBySlug(r.Context(), slug)
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		rq := &request{region: region, r: r, q: &params{v: values}}
		if rq.lang, err = answerLanguage(rq); err != nil {
			a.writeError(w, r, err)
			return
		}
		w.Header().Set("Content-Language", rq.lang)
		etag := a.etag(region, r, rq.lang)
		if matchesETag(r.Header.Get("If-None-Match"), etag) {
			w.Header().Set("ETag", etag)
			w.Header().Set("Cache-Control", "public, max-age=60")
			w.WriteHeader(http.StatusNotModified)
			return
		}
		v, err := h(r.Context(), rq)
		if err == nil {
			err = rq.q.err
		}
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		body, err := marshalCompact(v)
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Cache-Control", "public, max-age=60")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(body)
	})
}

// otherMethod answers methods other than GET and HEAD: OPTIONS (a CORS
// preflight) with what is allowed, anything else with 405.
func (a *API) otherMethod(w http.ResponseWriter, r *http.Request) {
	setCommonHeaders(w)
	w.Header().Set("Allow", "GET, HEAD, OPTIONS")
	if r.Method == http.MethodOptions {
		w.Header().Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
		w.Header().Set("Access-Control-Allow-Headers", "If-None-Match")
		w.Header().Set("Access-Control-Max-Age", "86400")
		w.WriteHeader(http.StatusNoContent)
		return
	}
	a.writeError(w, r, &apiError{http.StatusMethodNotAllowed, "method_not_allowed", "the HSDS API is read-only: use GET"})
}

func setCommonHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("X-Content-Type-Options", "nosniff")
	// The language of an answer may follow Accept-Language.
	h.Set("Vary", "Accept-Language")
}

// etag derives a response's entity tag from the region's revision, which
// grows with every change to its directory, the request URL and the
// language of the answer.
func (a *API) etag(region directory.Region, r *http.Request, lang string) string {
	h := sha256.New()
	h.Write([]byte(formatVersion + "\x00" + a.base(r) + "\x00" + region.ID + "\x00" + strconv.FormatInt(region.Revision, 10) +
		"\x00" + r.URL.EscapedPath() + "?" + r.URL.RawQuery + "\x00" + lang))
	return `"` + hex.EncodeToString(h.Sum(nil)[:16]) + `"`
}

// matchesETag reports whether an If-None-Match header names etag.
func matchesETag(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

// writeError sends an error as {"error": {"code": …, "message": …}}.
// Errors that are not the client's fault are logged and answered with
// a message that gives nothing away.
func (a *API) writeError(w http.ResponseWriter, r *http.Request, err error) {
	setCommonHeaders(w)
	var ae *apiError
	var de *directory.Error
	switch {
	case errors.As(err, &ae):
	case errors.As(err, &de) && de.Code == directory.ENOTFOUND:
		ae = errNotFound(de.Message)
	case errors.As(err, &de) && de.Code == directory.EINVALID:
		ae = errBadRequest(de.Message)
	default:
		if !errors.Is(err, context.Canceled) {
			a.log.Error("hsds api", "path", r.URL.Path, "err", err)
		}
		ae = &apiError{http.StatusInternalServerError, "internal", "internal error"}
	}
	body, _ := marshalCompact(map[string]any{"error": map[string]string{"code": ae.code, "message": ae.message}})
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(ae.status)
	_, _ = w.Write(body)
}

// marshalCompact renders v as compact JSON ending with a newline,
// without HTML escaping.
func marshalCompact(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// page builds the page envelope for one page of total items.
func page[T any](items []T, total, pageNo, perPage int) Page[T] {
	if items == nil {
		items = []T{}
	}
	pages := (total + perPage - 1) / perPage
	return Page[T]{TotalItems: total, TotalPages: pages, PageNumber: pageNo, Size: len(items), FirstPage: pageNo == 1,
		LastPage: pageNo >= pages, Empty: len(items) == 0, Contents: items}
}

// pageOf cuts one page out of a list held in memory.
func pageOf[T any](all []T, pageNo, perPage int) Page[T] {
	from := min(len(all), (pageNo-1)*perPage)
	to := min(len(all), from+perPage)
	return page(all[from:to], len(all), pageNo, perPage)
}

// info answers GET /: which HSDS version, the profile, where the
// OpenAPI description is.
func (a *API) info(_ context.Context, rq *request) (any, error) {
	return Info{Version: Version, Profile: ProfileURL, OpenAPIURL: a.regionURL(rq) + "/openapi.json"}, nil
}

// base returns the server's public address: the configured base URL or,
// without one, the scheme and host of the request, so that the links
// the API hands out are absolute URLs as HSDS wants.
func (a *API) base(r *http.Request) string {
	if a.baseURL != "" {
		return a.baseURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (a *API) regionURL(rq *request) string {
	return a.base(rq.r) + apiPrefix + rq.region.Slug
}
