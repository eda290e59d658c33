package site

import (
	"html/template"
	"net/http"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
)

// offerView is the content of an offer's page and its print view.
type offerView struct {
	Name, AltName, Summary text
	Description            text
	// Banner is the message key of the status banner ("" when active).
	Banner         string
	Alert          text
	Open           openState
	Access         []string
	Apply          text
	Interpretation text
	Langs          []string
	Free           bool
	Fees           text
	// Costs are the cost options: staff's words (German) with the amount.
	Costs         []string
	Eligibility   text
	Ages          string
	Needs, Groups []text
	Places        []placeView
	Contacts      []contactView
	Email         string
	Website       string
	Org           orgRef
	Assured       template.HTML
	PrintURL      string
	PageURL       string
	// Notes say what the offer's texts are, for the one note at its top.
	Notes notes
	// EasyURL is the offer's page in Leichte Sprache, linked from the
	// German page when the offer has a summary in Leichte Sprache;
	// EasyText is the link's text, in Leichte Sprache as the page it
	// leads to.
	EasyURL, EasyText string
}

// orgRef is a link to an organisation.
type orgRef struct {
	Name      text
	URL, Type string
}

// showOffer shows everything needed to use an offer and go there.
func (s *Site) showOffer(w http.ResponseWriter, r *http.Request) {
	rq, sv, v, ok := s.openOffer(w, r)
	if !ok {
		return
	}
	var err error
	if v.EasyURL, err = s.easyURL(rq, sv); err != nil {
		s.internal(w, rq, err)
		return
	}
	if v.EasyURL != "" {
		v.EasyText = s.env.Catalog.Localizer(directory.LeichteSprache).T("site.offer.easy_language")
	}
	p := s.newPage(rq, v.Name.Text, "/offers/"+sv.ID, nil)
	p.Description = truncate(160, v.Summary.Text)
	p.Crumbs = []crumb{rq.crumb("site.nav.home", rq.prefix()+"/"), rq.crumb("site.offers.title", rq.prefix()+"/offers"), {Name: v.Name}}
	p.JSONLD = s.offerJSONLD(rq, sv, &v)
	p.Data = v
	s.render(w, "offer", p)
}

// easyURL returns the offer's page in Leichte Sprache when the page is
// German, the region offers Leichte Sprache and the offer has a summary
// in it; otherwise "".
func (s *Site) easyURL(rq *request, sv *directory.Service) (string, error) {
	ls := directory.LeichteSprache
	if rq.lang.Code != i18n.Source || !slices.Contains(rq.region.Languages, ls) || !s.env.Catalog.Has(ls) || sv.Summary == "" {
		return "", nil
	}
	set, err := rq.data.translations(rq.r.Context(), rq.store, rq.region.ID, ls, directory.TranslateService, []string{sv.ID})
	if err != nil {
		return "", err
	}
	if set.Get(sv.ID, "summary").Status(sv.Summary) == directory.TranslationMissing {
		return "", nil
	}
	return "/" + rq.region.Slug + "/" + ls + "/offers/" + sv.ID, nil
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

// openOffer resolves the region, language and offer of the URL and
// builds the offer's page content, for the offer page and its print
// view. When it returns false it has answered the request already.
func (s *Site) openOffer(w http.ResponseWriter, r *http.Request) (*request, *directory.Service, offerView, bool) {
	rq, ok := s.open(w, r)
	if !ok {
		return nil, nil, offerView{}, false
	}
	sv, ok := s.loadOffer(w, rq)
	if !ok {
		return nil, nil, offerView{}, false
	}
	v, err := s.newOfferView(rq, sv)
	if err != nil {
		s.internal(w, rq, err)
		return nil, nil, offerView{}, false
	}
	return rq, sv, v, true
}

// newOfferView builds the page content of an offer, loading the
// translations of the offer, its organisation and its places.
func (s *Site) newOfferView(rq *request, sv *directory.Service) (offerView, error) {
	l, d, now := rq.l, rq.data, s.now()
	places := placesOf(sv)
	var locIDs []string
	for _, p := range places {
		if p.loc != nil {
			locIDs = append(locIDs, p.loc.ID)
		}
	}
	for _, load := range []struct {
		et  string
		ids []string
	}{{directory.TranslateService, []string{sv.ID}}, {directory.TranslateOrganization, []string{sv.OrganizationID}},
		{directory.TranslateLocation, uniq(locIDs)}} {
		if err := rq.load(load.et, load.ids...); err != nil {
			return offerView{}, err
		}
	}
	f := func(field string) text { return rq.serviceText(sv, field) }
	v := offerView{Name: f("name"), AltName: f("alternate_name"), Summary: rq.summary(sv), Description: f("description"), Alert: f("alert"),
		Apply: f("application_process"), Interpretation: f("interpretation_services"), Langs: sv.LanguageCodes(), Free: sv.Free(),
		Fees: f("fees_description"), Eligibility: f("eligibility_description"), Email: sv.Email, Website: sv.URL,
		Contacts: newContacts(l, sv.Contacts)}
	v.Notes.add(v.Name, v.AltName, v.Summary, v.Description, v.Alert, v.Apply, v.Interpretation, v.Fees, v.Eligibility)
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
		v.Access = append(v.Access, rq.termName(t).Text)
	}
	for _, t := range d.termsOf(directory.TaxNeeds, sv.TermIDs) {
		v.Needs = append(v.Needs, rq.termName(t))
	}
	for _, t := range d.termsOf(directory.TaxTargetGroups, sv.TermIDs) {
		v.Groups = append(v.Groups, rq.termName(t))
	}
	v.Notes.add(v.Needs...)
	v.Notes.add(v.Groups...)
	for _, c := range sv.CostOptions {
		if c.Amount == nil || *c.Amount == 0 {
			continue
		}
		text := l.T("site.offer.amount", "Amount", l.Decimal(*c.Amount), "Currency", currency(c.Currency))
		if c.Option != "" {
			text = c.Option + ": " + text
		}
		if c.AmountDescription != "" && c.AmountDescription != sv.FeesDescription {
			text += " – " + c.AmountDescription
		}
		v.Costs = append(v.Costs, text)
	}
	v.Ages = ages(l, sv.MinimumAge, sv.MaximumAge)
	for _, p := range places {
		pv := newPlace(rq, p.loc, p.hours, now)
		if pv.Hours != nil && sv.Status != directory.StatusActive {
			// The place may be open, but the offer is not held there now.
			pv.Hours.Status = openState{}
		}
		v.Notes.merge(pv.Notes)
		v.Places = append(v.Places, pv)
	}
	if sv.Status == directory.StatusActive {
		v.Open = combinedStatus(l, places, now)
	}
	if o := sv.Organization; o != nil {
		v.Org = orgRef{Name: rq.orgName(o), URL: rq.prefix() + "/organizations/" + o.ID, Type: orgTypeName(l, o.Type)}
	}
	if sv.AssuredDate != "" {
		v.Assured = msg(l, "site.offer.assured", "Date", ltr(formatDate(l, sv.AssuredDate)))
	}
	return v, nil
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

func currency(code string) string {
	if code == "" || code == "EUR" {
		return "€"
	}
	return code
}
