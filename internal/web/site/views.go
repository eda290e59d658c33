package site

import (
	"strconv"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
)

// card is an offer in a list.
type card struct {
	ID      string
	Name    text
	URL     string
	Summary text
	OrgName text
	Towns   []string
	Langs   []string // codes, shown by their own names
	Free    bool
	// Closed is true while the offer is temporarily closed.
	Closed bool
	// Distance is how far the nearest place is, in a "near me" list.
	Distance string
	Open     openState
	// Notes say whether the card's own texts are machine translated or
	// translated from an older German text; the list's note covers
	// German texts.
	Notes notes
}

// newCard builds the card of an offer as seen at now. The translations
// of the offer and its organisation must have been loaded.
func newCard(rq *request, sv *directory.Service, now time.Time) card {
	c := card{ID: sv.ID, Name: rq.serviceText(sv, "name"), URL: rq.prefix() + "/offers/" + sv.ID, Summary: rq.summary(sv), Langs: sv.LanguageCodes(),
		Free: sv.Free(), Closed: sv.Status == directory.StatusTemporarilyClosed}
	c.Notes.add(c.Name, c.Summary)
	if sv.Organization != nil {
		c.OrgName = rq.orgName(sv.Organization)
	}
	places := placesOf(sv)
	for _, p := range places {
		if p.loc != nil && p.loc.Town != nil && p.loc.Town.ArchivedAt == nil && !contains(c.Towns, p.loc.Town.Name) {
			c.Towns = append(c.Towns, p.loc.Town.Name)
		}
	}
	if !c.Closed {
		c.Open = combinedStatus(rq.l, places, now)
	}
	return c
}

// newCards builds the cards of the offers that may be shown, loading
// the translations of the offers and their organisations first.
func newCards(rq *request, svcs []directory.Service, now time.Time) ([]card, notes, error) {
	var ids, orgIDs []string
	for i := range svcs {
		if hidden(&svcs[i]) {
			continue
		}
		ids = append(ids, svcs[i].ID)
		orgIDs = append(orgIDs, svcs[i].OrganizationID)
	}
	if err := rq.load(directory.TranslateService, ids...); err != nil {
		return nil, notes{}, err
	}
	if err := rq.load(directory.TranslateOrganization, uniq(orgIDs)...); err != nil {
		return nil, notes{}, err
	}
	var out []card
	var n notes
	for i := range svcs {
		if hidden(&svcs[i]) {
			continue
		}
		c := newCard(rq, &svcs[i], now)
		n.merge(c.Notes)
		out = append(out, c)
	}
	return out, n, nil
}

// uniq returns ids without repeats, in their first order.
func uniq(ids []string) []string {
	var out []string
	for _, id := range ids {
		if !contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// hidden reports whether an offer must not be shown: archived, or of an
// archived organisation. The offer index leaves such offers out, but it
// may lag a change by a poll interval.
func hidden(sv *directory.Service) bool {
	return sv.ArchivedAt != nil || sv.Organization == nil || sv.Organization.ArchivedAt != nil
}

// truncate shortens s to at most n characters at a word boundary.
func truncate(n int, s string) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// contactView is a way to reach someone.
type contactView struct {
	Name, Title, Department string
	Email                   string
	Phones                  []phoneView
}

// phoneView is a phone number; Fax numbers get no tel: link.
type phoneView struct {
	Number      string
	Label       string // "Telefon", "Fax", …
	Fax         bool
	Description string
	Langs       []string
}

func newContacts(l *i18n.Localizer, cs []directory.Contact) []contactView {
	var out []contactView
	for _, c := range cs {
		if c.ArchivedAt != nil {
			continue
		}
		v := contactView{Name: c.Name, Title: c.Title, Department: c.Department, Email: c.Email}
		for _, p := range c.Phones {
			number := p.Number
			if p.Extension != nil {
				number += "-" + strconv.Itoa(*p.Extension)
			}
			label := l.T("site.phone.voice")
			switch p.Type {
			case "fax":
				label = l.T("site.phone.fax")
			case "cell":
				label = l.T("site.phone.cell")
			case "text":
				label = l.T("site.phone.text")
			case "video":
				label = l.T("site.phone.video")
			case "textphone":
				label = l.T("site.phone.textphone")
			}
			v.Phones = append(v.Phones, phoneView{Number: number, Label: label, Fax: p.Type == "fax" || p.Type == "pager",
				Description: p.Description, Langs: p.Languages})
		}
		out = append(out, v)
	}
	return out
}

// placeView is a place with everything needed to go there.
type placeView struct {
	Name        text
	Description text
	Address     *directory.Address
	Town        string
	Map         string // link to the place on openstreetmap.org
	Transport   text
	Features    []string
	Access      []directory.Accessibility
	Hours       *hoursView
	Virtual     bool
	URL         string
	// Notes say what the place's translatable texts are.
	Notes notes
}

// newPlace builds the view of a place with the hours that apply there.
// The location's translations must have been loaded.
func newPlace(rq *request, loc *directory.Location, hours directory.Hours, now time.Time) placeView {
	v := placeView{Hours: newHoursView(rq.l, hours, now)}
	if loc == nil {
		return v
	}
	field := func(name, source string) text { return rq.text(directory.TranslateLocation, loc.ID, name, source) }
	v.Name, v.Description, v.Transport = field("name", loc.Name), field("description", loc.Description), field("transportation", loc.Transportation)
	v.Notes.add(v.Name, v.Description, v.Transport)
	v.Access = loc.Accessibility
	v.Address = loc.PhysicalAddress()
	v.Virtual = loc.Type == directory.LocationVirtual
	v.URL = loc.URL
	if loc.Town != nil {
		v.Town = loc.Town.Name
	}
	if loc.HasCoordinates() {
		v.Map = osmLink(*loc.Latitude, *loc.Longitude)
	}
	for _, id := range loc.FeatureTermIDs {
		if t, ok := rq.data.terms[id]; ok {
			v.Features = append(v.Features, rq.termName(t).Text)
		}
	}
	return v
}

// osmLink links to a place on openstreetmap.org. It is a link the
// reader may follow; nothing is loaded from there.
func osmLink(lat, lon float64) string {
	la := strconv.FormatFloat(lat, 'f', 5, 64)
	lo := strconv.FormatFloat(lon, 'f', 5, 64)
	return "https://www.openstreetmap.org/?mlat=" + la + "&mlon=" + lo + "#map=17/" + la + "/" + lo
}

// fixedTermKeys maps the fixed taxonomies whose terms have interface
// texts to the prefix of their message keys: their built-in terms are
// translated rather than shown as stored.
var fixedTermKeys = map[string]string{
	directory.TaxAccess:     "site.access.",
	directory.TaxAccessible: "site.feature.",
	directory.TaxOrgTypes:   "site.orgtype.",
}

// fixedTermName returns the translated name of a built-in term of a fixed
// taxonomy; ok is false for any other term, whose name is content.
func fixedTermName(l *i18n.Localizer, taxonomy string, t directory.Term) (string, bool) {
	prefix, ok := fixedTermKeys[taxonomy]
	if !ok {
		return "", false
	}
	b, _ := directory.Builtin(taxonomy)
	for _, bt := range b.Terms {
		if bt.Code == t.Code {
			return l.T(prefix + t.Code), true
		}
	}
	return "", false
}

// orgTypeName returns the translated name of an organisation type.
func orgTypeName(l *i18n.Localizer, code string) string {
	if contains(directory.OrgTypes, code) {
		return l.T("site.orgtype." + code)
	}
	return code
}
