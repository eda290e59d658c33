package site

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/offerindex"
)

// This file holds the filters of the offer list that are not lists of
// ids: "near me" by postal code or town with a radius, and opening
// hours (open now, open on a day).

// openNow is the value of the opening filter for "open now"; a day is
// given as YYYY-MM-DD.
const openNow = "now"

// maxOpenAhead bounds how far ahead a day may be asked for: hours are
// planned for the year, not beyond.
const maxOpenAhead = 366

// parseRadius returns the radius in km if it is one of the offered
// options, else 0 (the default applies).
func parseRadius(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || !slices.Contains(offerindex.RadiusOptions, n) {
		return 0
	}
	return n
}

// openFilter is the opening filter as understood at now.
type openFilter struct {
	At, On  time.Time // one of them, or neither
	Unknown bool      // a value that is not "now" nor a day within reach
}

// parseOpen reads the opening filter's value.
func parseOpen(v string, now time.Time) openFilter {
	switch {
	case v == "":
		return openFilter{}
	case v == openNow:
		return openFilter{At: now}
	}
	day, err := time.ParseInLocation(time.DateOnly, v, directory.Berlin)
	today := dayOf(now)
	if err != nil || day.Before(today) || day.After(today.AddDate(0, 0, maxOpenAhead)) {
		return openFilter{Unknown: true}
	}
	return openFilter{On: day}
}

// dayOf returns midnight of t's day in Germany.
func dayOf(t time.Time) time.Time {
	t = t.In(directory.Berlin)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, directory.Berlin)
}

// openOptions are the choices of the opening filter with their counts:
// any time, now, and each of the next days by name.
func openOptions(l *i18n.Localizer, chosen string, counts []int, now time.Time) []option {
	// Without counts (the first seconds after a start) none are shown.
	count := func(i int) int {
		if i < len(counts) {
			return counts[i]
		}
		return -1
	}
	out := []option{{Value: openNow, Label: l.T("site.filter.open_now"), Count: count(0), Selected: chosen == openNow}}
	today := dayOf(now)
	for d := range offerindex.OpenDays {
		day := today.AddDate(0, 0, d)
		out = append(out, option{Value: day.Format(time.DateOnly), Label: dayLabel(l, day, d), Count: count(d + 1),
			Selected: chosen == day.Format(time.DateOnly)})
	}
	// A day further ahead (from a shared link) is shown as chosen, with
	// the count of the result.
	if o := parseOpen(chosen, now); !o.On.IsZero() && !slices.ContainsFunc(out, func(o option) bool { return o.Selected }) {
		out = append(out, option{Value: chosen, Label: dayLabel(l, o.On, -1), Count: -1, Selected: true})
	}
	return out
}

// dayLabel names a day: "heute", "morgen", or its weekday and date.
func dayLabel(l *i18n.Localizer, day time.Time, ahead int) string {
	switch ahead {
	case 0:
		return l.T("site.filter.open_today")
	case 1:
		return l.T("site.filter.open_tomorrow")
	}
	return l.T("weekday."+directory.Weekdays[(int(day.Weekday())+6)%7]) + l.Comma() + l.Date(day)
}

// postalRE finds a German postal code in what was typed ("45768 Marl").
var postalRE = regexp.MustCompile(`(^|[^0-9])([0-9]{5})([^0-9]|$)`)

// nearPoint finds the point a "near me" text means: a postal code (the
// mean position of the directory's places with that code, else the
// centre of the town it belongs to) or a town's name (its centre). It
// returns the name to show and false when the text names nothing known.
func (rq *request) nearPoint(ix *offerindex.Index, text string) (offerindex.Point, string, bool) {
	d := rq.data
	// Arabic and Persian keyboards type their own digits: ٤٥٧٦٨ is 45768.
	text = latinDigits(text)
	if m := postalRE.FindStringSubmatch(text); m != nil {
		p, ok := ix.PostalCodePoint(rq.region.ID, m[2], d.towns)
		return p, m[2], ok
	}
	slug := directory.Slugify(text)
	if slug == "" {
		return offerindex.Point{}, "", false
	}
	var found *directory.Town
	for i := range d.towns {
		t := &d.towns[i]
		if t.Latitude == 0 && t.Longitude == 0 {
			continue
		}
		if t.Slug == slug {
			found = t
			break
		}
		// The start of a name is enough when only one town has it
		// ("haltern" for Haltern am See).
		if strings.HasPrefix(t.Slug, slug) {
			if found != nil {
				return offerindex.Point{}, "", false
			}
			found = t
		}
	}
	if found == nil {
		return offerindex.Point{}, "", false
	}
	return offerindex.Point{Lat: found.Latitude, Lon: found.Longitude}, found.Name, true
}

// latinDigits replaces the decimal digits of any script by 0–9.
func latinDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII && unicode.IsDigit(r) {
			// Decimal digits come in runs of ten from zero.
			for z := r; z > r-10; z-- {
				if !unicode.IsDigit(z - 1) {
					return '0' + (r - z)
				}
			}
		}
		return r
	}, s)
}

// distanceText writes a distance for a card: "350 m", "2,3 km", "12 km".
func distanceText(l *i18n.Localizer, km float64) string {
	switch {
	case km < 0.975: // from there it would read "1.000 m"
		return l.T("site.card.distance_m", "M", l.Number(max(50, int(km*20+0.5)*50)))
	case km < 10:
		return l.T("site.card.distance_km", "Km", l.Tenths(km))
	}
	return l.T("site.card.distance_km", "Km", l.Number(int(km+0.5)))
}
