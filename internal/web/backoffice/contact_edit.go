package backoffice

import (
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// contactEdit shows the form for a new contact or an existing one. A new
// contact may start with what it belongs to (?owner=service:id).
func (o *Office) contactEdit(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	var c directory.Contact
	if id := r.PathValue("id"); id != "" {
		var err error
		if c, err = o.env.Store.Contact(r.Context(), s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
	}
	p, err := o.contactPage(w, r, c, &ui.Form{Values: url.Values{}, Errors: map[string]string{}}, max(minPhones, len(c.Phones)))
	if err != nil {
		o.fail(w, r, err)
		return
	}
	p.Form = editForm(contactValues(c), c.Ver)
	if c.ID == "" {
		if own := r.URL.Query().Get("owner"); groupsHave(p.Owners, own) {
			p.Form.Values["owner"] = []string{own}
		}
		for _, n := range p.Phones {
			p.Form.Values[phoneField(n, "type")] = []string{"voice"}
		}
	}
	o.renderContactForm(w, http.StatusOK, p)
}
