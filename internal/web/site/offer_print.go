package site

import (
	"html/template"
	"net/http"
)

// printOffer shows an offer on one sheet of paper, for someone who hands
// it over or pins it up: the essentials, black on white, no navigation,
// and the address of the page so the reader can find it again.
func (s *Site) printOffer(w http.ResponseWriter, r *http.Request) {
	rq, sv, v, ok := s.openOffer(w, r)
	if !ok {
		return
	}
	p := s.newPage(rq, rq.l.T("site.print.title", "Name", v.Name.Text), "/offers/"+sv.ID+"/print", nil)
	// The print view is a copy of the offer page; search engines should
	// index the page itself.
	p.Canonical = s.absolute(v.PageURL)
	p.NoIndex = true
	p.Print = true
	address := s.absolute(v.PageURL)
	if s.env.BaseURL == "" {
		// Without a configured public address, the host the reader used
		// is the best guess; a path alone is no use on paper.
		scheme := "https://"
		if r.TLS == nil {
			scheme = "http://"
		}
		address = scheme + r.Host + v.PageURL
	}
	p.Data = printView{offerView: v, Address: address, Printed: msg(rq.l, "site.print.from", "Date", ltr(rq.l.Date(s.now())))}
	s.render(w, "offer_print", p)
}

// printView is an offer for paper, with where to find it online.
type printView struct {
	offerView
	Address string
	// Printed says when the sheet was printed.
	Printed template.HTML
}
