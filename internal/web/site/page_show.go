package site

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/textfmt"
)

// pageView is the content of an editable page.
type pageView struct {
	Title string
	Body  string
}

// showPage shows an editable page of the region, such as the imprint
// or the privacy notice.
func (s *Site) showPage(w http.ResponseWriter, r *http.Request) {
	rq, ok := s.open(w, r)
	if !ok {
		return
	}
	slug := r.PathValue("slug")
	if !directory.ValidSlug(slug) {
		s.fail(w, rq, http.StatusNotFound, "error.not_found", "")
		return
	}
	pg, err := s.env.Store.PageBySlug(r.Context(), rq.region.ID, slug)
	switch {
	case directory.ErrorCode(err) == directory.ENOTFOUND || (err == nil && pg.ArchivedAt != nil):
		s.fail(w, rq, http.StatusNotFound, "error.not_found", "")
		return
	case err != nil:
		s.internal(w, rq, err)
		return
	}
	p := s.newPage(rq, pg.Title, "/pages/"+pg.Slug, nil)
	p.Description = truncate(160, textfmt.Plain(pg.Body))
	p.Crumbs = []crumb{{Name: rq.l.T("site.nav.home"), URL: rq.prefix() + "/"}, {Name: pg.Title, Content: true}}
	p.Data = pageView{Title: pg.Title, Body: pg.Body}
	s.render(w, "page", p)
}
