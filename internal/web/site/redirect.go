package site

import (
	"net/http"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
)

// redirectRoot sends "/" to the home page of the default region (the
// configured one, else the first by slug) in the browser's language.
func (s *Site) redirectRoot(w http.ResponseWriter, r *http.Request) {
	regions, err := s.env.Store.Regions(r.Context())
	if err != nil {
		s.env.Log.Error("site: regions", "err", err)
		s.plainError(w, r, http.StatusInternalServerError, "error.internal", nil)
		return
	}
	if len(regions) == 0 {
		s.plainError(w, r, http.StatusNotFound, "error.not_found", nil)
		return
	}
	slices.SortFunc(regions, func(a, b directory.Region) int { return strings.Compare(a.Slug, b.Slug) })
	region := regions[0]
	for _, rg := range regions {
		if rg.Slug == s.env.DefaultRegion {
			region = rg
		}
	}
	s.redirectToLanguage(w, r, region)
}

// redirectRegion sends "/{region}/" to the region's home page in the
// browser's language.
func (s *Site) redirectRegion(w http.ResponseWriter, r *http.Request) {
	region, ok, err := s.lookupRegion(r, r.PathValue("region"))
	if err != nil {
		s.env.Log.Error("site: redirect", "err", err)
		s.plainError(w, r, http.StatusInternalServerError, "error.internal", nil)
		return
	}
	if !ok {
		s.plainError(w, r, http.StatusNotFound, "error.not_found", nil)
		return
	}
	s.redirectToLanguage(w, r, region)
}

// redirectToLanguage picks the language by exact match of the browser's
// preferences against the languages both the interface and the region
// offer (a Kurdish browser gets German, not Turkish), falling back to
// German, then to the region's default language.
func (s *Site) redirectToLanguage(w http.ResponseWriter, r *http.Request, region directory.Region) {
	var offered []string
	for _, l := range s.offered(region) {
		offered = append(offered, l.Code)
	}
	lang := i18n.Negotiate(r.Header.Get("Accept-Language"), offered)
	if !slices.Contains(offered, lang) {
		switch {
		case slices.Contains(offered, region.DefaultLang):
			lang = region.DefaultLang
		case len(offered) > 0:
			lang = offered[0]
		default:
			// The region offers no interface language at all: German
			// is always there.
			lang = i18n.Source
		}
	}
	h := w.Header()
	h.Add("Vary", "Accept-Language")
	h.Set("Cache-Control", "private, max-age=0")
	http.Redirect(w, r, "/"+region.Slug+"/"+lang+"/", http.StatusFound)
}
