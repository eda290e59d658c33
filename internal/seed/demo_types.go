package seed

import (
	"fmt"
	"strings"
)

// org is a demo organisation. Domain is its invented web domain under
// example.org; e-mail addresses are local parts at that domain.
type org struct {
	Key, Name, Alt string
	Type           string // directory.Org*
	Parent         string // key of the parent organisation, listed earlier
	Desc           string
	Domain         string
	Web            string // website when it is not https://Domain
	Mail           string // local part of the general e-mail address
	Contacts       []contact
}

func (o *org) website() string {
	if o.Web != "" {
		return o.Web
	}
	if o.Domain == "" {
		return ""
	}
	return "https://" + o.Domain
}

// contact names a function ("Migrationsberatung"), not a person. An
// empty Phone gets an invented number unless NoPhone is set.
type contact struct {
	Name, Title, Dept string
	Mail              string // local part at the organisation's domain
	Phone             string
	PhoneNote         string
	NoPhone           bool
	Langs             []string // languages calls are answered in
}

// place is a demo location. Lat and Lon default to a spot near the town
// centre, Zip to the town's first postal code.
type place struct {
	Key, Org string
	Town     string // town slug
	Name     string
	Street   string
	Extra    string // second address line
	Zip      string
	Desc     string
	Transit  string
	StepFree bool
	Features []string // further codes of the accessibility taxonomy
	Access   string   // accessibility in words
	Lat, Lon float64
}

// transit returns the directions of the place, or directions from the
// town's central stop worked out from the place's key: on foot for most,
// by bus to the district a place is named after or to another one. The
// first district of a town is its centre.
func (p place) transit(t town) string {
	if p.Transit != "" {
		return p.Transit
	}
	a, b := jitter(p.Key + ":transit")
	minutes := 4 + int((a+1)*5)
	district := 0
	for i, d := range t.Districts[1:] {
		if strings.Contains(p.Name, d) {
			district = i + 1
		}
	}
	if district == 0 && b < 0 {
		return fmt.Sprintf("Vom %s etwa %d Minuten zu Fuß.", t.Station, minutes)
	}
	if district == 0 {
		district = min(1+int(b*float64(len(t.Districts)-1)), len(t.Districts)-1)
	}
	return fmt.Sprintf("Ab %s mit dem Bus nach %s, dann %d Minuten Fußweg.", t.Station, t.Districts[district], minutes/2+2)
}

// offer is a demo offer (HSDS service).
type offer struct {
	Key     string
	Org     string   // organisation key
	At      []string // place keys
	Name    string
	Alt     string
	Summary string
	Desc    string
	Apply   string   // how to get it, in words
	Access  []string // access-method codes
	Needs   []string
	Groups  []string
	Langs   []string // language codes the offer is held in
	Fee     string   // fee in words; empty means free of charge
	Amount  float64  // fee in euro when there is one amount
	Elig    string
	Interp  string
	Hours   string // see parseHours
	Xmas    bool   // closed between Christmas and New Year
	Summer  bool   // summer break
	Closed  string // set: temporarily closed, with this notice
	Alert   string
	MinAge  int
	MaxAge  int
	Contact string // function of the offer's own contact, if any
	Mail    string // local part of the offer's e-mail address
	Page    string // path of the offer's page on the organisation's website
}

// phoneLangs are the languages other than German in which the offer's
// phone is answered.
func (o offer) phoneLangs() []string {
	var out []string
	for _, l := range o.Langs {
		if l != "de" {
			out = append(out, l)
		}
	}
	return out
}
