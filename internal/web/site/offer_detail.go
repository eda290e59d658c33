package site

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
)

// offerView is the content of an offer's page and its print view.
type offerView struct {
	Name, AltName, Summary string
	Description            string
	// Banner is the message key of the status banner ("" when active).
	Banner         string
	Alert          string
	Open           openState
	Access         []string
	Apply          string
	Interpretation string
	Langs          []string
	Free           bool
	Fees           string
	Costs          []string
	Eligibility    string
	Ages           string
	Needs, Groups  []string
	Places         []placeView
	Contacts       []contactView
	Email, Website string
	Org            orgRef
	Assured        string
	PrintURL       string
	PageURL        string
}

// orgRef is a link to an organisation.
type orgRef struct {
	Name, URL, Type string
}

// showOffer shows everything needed to use an offer and go there.
func (s *Site) showOffer(w http.ResponseWriter, r *http.Request) {
	rq, ok := s.open(w, r)
	if !ok {
		return
	}
	sv, ok := s.loadOffer(w, rq)
	if !ok {
		return
	}
	v := s.newOfferView(rq, sv)
	l := rq.l
	p := s.newPage(rq, sv.Name, "/offers/"+sv.ID, nil)
	p.Description = truncate(160, v.Summary)
	p.Crumbs = []crumb{{Name: l.T("site.nav.home"), URL: rq.prefix() + "/"}, {Name: l.T("site.offers.title"), URL: rq.prefix() + "/offers"},
		{Name: sv.Name, Content: true}}
	p.JSONLD = s.offerJSONLD(rq, sv)
	p.Data = v
	s.render(w, "offer", p)
}

// loadOffer loads the offer named in the URL; it answers 404 itself for
// anything the public must not see: malformed ids, other regions'
// offers, archived offers and offers of archived organisations.
func (s *Site) loadOffer(w http.ResponseWriter, rq *request) (*directory.Service, bool) {
	sv, err := s.env.Store.Service(rq.r.Context(), rq.region.ID, rq.r.PathValue("id"))
	switch {
	case directory.ErrorCode(err) == directory.ENOTFOUND:
		s.fail(w, rq, http.StatusNotFound, "error.not_found", "site.error.offer_gone")
		return nil, false
	case err != nil:
		s.internal(w, rq, err)
		return nil, false
	case hidden(&sv):
		s.fail(w, rq, http.StatusNotFound, "error.not_found", "site.error.offer_gone")
		return nil, false
	}
	return &sv, true
}

// newOfferView builds the page content of an offer.
func (s *Site) newOfferView(rq *request, sv *directory.Service) offerView {
	l, d, now := rq.l, rq.data, s.now()
	v := offerView{Name: sv.Name, AltName: sv.AlternateName, Summary: summaryOf(sv), Description: sv.Description, Alert: sv.Alert,
		Apply: sv.ApplicationProcess, Interpretation: sv.InterpretationServices, Langs: sv.LanguageCodes(), Free: sv.Free(),
		Fees: sv.FeesDescription, Eligibility: sv.EligibilityDescription, Email: sv.Email, Website: sv.URL,
		Contacts: newContacts(l, sv.Contacts)}
	// The offer's own address is shown once: not again when a contact
	// already lists it.
	for _, c := range sv.Contacts {
		if strings.EqualFold(c.Email, v.Email) {
			v.Email = ""
		}
	}
	v.PageURL = rq.prefix() + "/offers/" + sv.ID
	v.PrintURL = v.PageURL + "/print"
	switch sv.Status {
	case directory.StatusTemporarilyClosed:
		v.Banner = "site.offer.status.closed"
	case directory.StatusInactive:
		v.Banner = "site.offer.status.inactive"
	case directory.StatusDefunct:
		v.Banner = "site.offer.status.defunct"
	}
	for _, t := range d.termsOf(directory.TaxAccess, sv.TermIDs) {
		v.Access = append(v.Access, fixedTermName(l, directory.TaxAccess, t))
	}
	for _, t := range d.termsOf(directory.TaxNeeds, sv.TermIDs) {
		v.Needs = append(v.Needs, t.Name)
	}
	for _, t := range d.termsOf(directory.TaxTargetGroups, sv.TermIDs) {
		v.Groups = append(v.Groups, t.Name)
	}
	for _, c := range sv.CostOptions {
		if c.Amount == nil || *c.Amount == 0 {
			continue
		}
		text := l.T("site.offer.amount", "Amount", money(l, *c.Amount), "Currency", currency(c.Currency))
		if c.Option != "" {
			text = c.Option + ": " + text
		}
		if c.AmountDescription != "" && c.AmountDescription != sv.FeesDescription {
			text += " – " + c.AmountDescription
		}
		v.Costs = append(v.Costs, text)
	}
	v.Ages = ages(l, sv.MinimumAge, sv.MaximumAge)
	places := placesOf(sv)
	for _, p := range places {
		pv := newPlace(rq, p.loc, p.hours, now)
		if pv.Hours != nil && sv.Status != directory.StatusActive {
			// The place may be open, but the offer is not held there now.
			pv.Hours.Status = openState{}
		}
		v.Places = append(v.Places, pv)
	}
	if sv.Status == directory.StatusActive {
		v.Open = combinedStatus(l, places, now)
	}
	if o := sv.Organization; o != nil {
		v.Org = orgRef{Name: o.Name, URL: rq.prefix() + "/organizations/" + o.ID, Type: orgTypeName(l, o.Type)}
	}
	if sv.AssuredDate != "" {
		v.Assured = sv.AssuredDate
	}
	return v
}

// ages describes an age range: "ab 60 Jahren", "6 bis 12 Jahre".
func ages(l *i18n.Localizer, lo, hi *int) string {
	switch {
	case lo != nil && hi != nil:
		return l.T("site.offer.ages_range", "Min", *lo, "Max", *hi)
	case lo != nil:
		return l.T("site.offer.ages_min", "Min", *lo)
	case hi != nil:
		return l.T("site.offer.ages_max", "Max", *hi)
	}
	return ""
}

// money writes an amount with the language's decimal mark, without
// decimals when it is whole: "20 €", "12,50 €".
func money(l *i18n.Localizer, amount float64) string {
	s := strconv.FormatFloat(amount, 'f', 2, 64)
	s = strings.TrimSuffix(s, ".00")
	whole, frac, hasFrac := strings.Cut(s, ".")
	n, err := strconv.Atoi(whole)
	if err == nil {
		whole = l.Number(n)
	}
	if hasFrac {
		return whole + l.T("site.format.decimal") + frac
	}
	return whole
}

func currency(code string) string {
	if code == "" || code == "EUR" {
		return "€"
	}
	return code
}
