package site

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/textfmt"
)

// pageView is the content of an editable page.
type pageView struct {
	Title text
	Body  text
	Notes notes
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
	if err := rq.load(directory.TranslatePage, pg.ID); err != nil {
		s.internal(w, rq, err)
		return
	}
	v := pageView{Title: rq.text(directory.TranslatePage, pg.ID, "title", pg.Title), Body: rq.text(directory.TranslatePage, pg.ID, "body", pg.Body)}
	v.Notes.add(v.Title, v.Body)
	p := s.newPage(rq, v.Title.Text, "/pages/"+pg.Slug, nil)
	p.Description = truncate(160, textfmt.Plain(v.Body.Text))
	p.Crumbs = []crumb{rq.crumb("site.nav.home", rq.prefix()+"/"), {Name: v.Title}}
	p.Data = v
	s.render(w, "page", p)
}
