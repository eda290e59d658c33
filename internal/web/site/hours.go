package site

import (
	"html/template"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
)

// offerPlace is a place where an offer is held, with the opening hours
// that apply to the offer there.
type offerPlace struct {
	loc   *directory.Location // nil: the offer's own hours, without a place
	hours directory.Hours
}

// placesOf returns the current places of an offer with their hours (see
// directory.PlaceHours). An offer without places but with hours of its
// own (a phone line) gets one entry without a place.
func placesOf(sv *directory.Service) []offerPlace {
	var general []directory.Schedule
	for _, sc := range sv.Schedules {
		if sc.ServiceAtLocationID == "" {
			general = append(general, sc)
		}
	}
	var out []offerPlace
	for _, sal := range sv.Locations {
		loc := sal.Location
		if loc == nil || loc.ArchivedAt != nil {
			continue
		}
		var specific []directory.Schedule
		for _, sc := range sv.Schedules {
			if sc.ServiceAtLocationID != "" && sc.ServiceAtLocationID == sal.ID {
				specific = append(specific, sc)
			}
		}
		out = append(out, offerPlace{loc: loc, hours: directory.PlaceHours(specific, general, loc.Schedules)})
	}
	if len(out) == 0 && len(general) > 0 {
		out = append(out, offerPlace{hours: general})
	}
	return out
}

// openState says whether a place is open now, in words.
type openState struct {
	Known bool // false without regular hours: then nothing is claimed
	Open  bool
	Text  template.HTML // "Jetzt geöffnet bis 14:00 Uhr", "Jetzt geschlossen – öffnet morgen um 09:00 Uhr"
}

// openStatus describes whether h is open at now and, if not, when it
// opens next (looking up to 60 days ahead).
func openStatus(l *i18n.Localizer, h directory.Hours, now time.Time) openState {
	st := h.StatusAt(now)
	if !st.Known {
		return openState{}
	}
	if st.Open {
		return openState{Known: true, Open: true, Text: msg(l, "site.hours.open_until", "Time", clock(l, st.Until))}
	}
	next, ok := nextOpening(h, now)
	if !ok {
		return openState{Known: true, Text: msg(l, "site.hours.closed_now")}
	}
	now = now.In(directory.Berlin)
	days := calendarDays(now, next)
	at := clock(l, next.Format("15:04"))
	var text template.HTML
	switch {
	case days == 0:
		text = msg(l, "site.hours.opens_today", "Time", at)
	case days == 1:
		text = msg(l, "site.hours.opens_tomorrow", "Time", at)
	case days < 7:
		text = msg(l, "site.hours.opens_day", "Day", weekdayName(l, next), "Time", at)
	default:
		text = msg(l, "site.hours.opens_date", "Date", ltr(l.Date(next)), "Time", at)
	}
	return openState{Known: true, Text: text}
}

// combinedStatus is the state of an offer held at several places: open
// when any place is open now.
func combinedStatus(l *i18n.Localizer, places []offerPlace, now time.Time) openState {
	var out openState
	for _, p := range places {
		st := openStatus(l, p.hours, now)
		switch {
		case !st.Known:
		case st.Open:
			return st
		case !out.Known:
			out = st
		}
	}
	return out
}

// nextOpening returns when h opens next after now.
func nextOpening(h directory.Hours, now time.Time) (time.Time, bool) {
	now = now.In(directory.Berlin)
	for d := 0; d <= 60; d++ {
		// Noon is safely inside the day on both sides of a change to
		// or from summer time.
		day := time.Date(now.Year(), now.Month(), now.Day()+d, 12, 0, 0, 0, directory.Berlin)
		intervals, closed := h.Day(day)
		if closed {
			continue
		}
		for _, iv := range intervals {
			m, ok := minutes(iv.Opens)
			if !ok {
				continue
			}
			t := time.Date(day.Year(), day.Month(), day.Day(), m/60, m%60, 0, 0, directory.Berlin)
			if t.After(now) {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func calendarDays(from, to time.Time) int {
	a := time.Date(from.Year(), from.Month(), from.Day(), 12, 0, 0, 0, directory.Berlin)
	b := time.Date(to.Year(), to.Month(), to.Day(), 12, 0, 0, 0, directory.Berlin)
	return int(b.Sub(a).Hours()+12) / 24
}

func minutes(hhmm string) (int, bool) {
	if len(hhmm) != 5 || hhmm[2] != ':' {
		return 0, false
	}
	h, err1 := strconv.Atoi(hhmm[:2])
	m, err2 := strconv.Atoi(hhmm[3:])
	return h*60 + m, err1 == nil && err2 == nil
}

// clock formats a time of day the way the language writes it ("14:00 Uhr").
func clock(l *i18n.Localizer, hhmm string) template.HTML {
	return msg(l, "format.time", "Time", ltr(hhmm))
}

// weekdayName returns the localised name of t's weekday.
func weekdayName(l *i18n.Localizer, t time.Time) string {
	return l.T("weekday." + directory.Weekdays[(int(t.Weekday())+6)%7])
}

// intervalsText writes intervals as "09:00–12:00, 14:00–16:00".
func intervalsText(ivs []directory.Interval) string {
	parts := make([]string, len(ivs))
	for i, iv := range ivs {
		parts[i] = iv.Opens + "–" + iv.Closes
	}
	return strings.Join(parts, ", ")
}

// hoursView is the opening hours of one place as a page shows them.
type hoursView struct {
	Status openState
	// Days is the regular week, Monday first; empty when there are no
	// weekly hours.
	Days []dayRow
	// Other lists rules that do not fit a week (monthly, every other week).
	Other []noted
	// Closures lists closures and special days of the next 60 days.
	Closures []noted
	// Notes are staff's remarks on the regular hours.
	Notes []string
}

// dayRow is one day of the week table.
type dayRow struct {
	Name  string
	Hours string // "" when closed
	Today bool
}

// noted is a line of generated text with an optional remark written by
// staff (in the content's language).
type noted struct {
	Text template.HTML
	Note string
}

// newHoursView builds the hours of h as seen at now; nil when h has
// nothing to show.
func newHoursView(l *i18n.Localizer, h directory.Hours, now time.Time) *hoursView {
	if len(h) == 0 {
		return nil
	}
	now = now.In(directory.Berlin)
	v := &hoursView{Status: openStatus(l, h, now)}
	addNote := func(n string) {
		if n != "" && !slices.Contains(v.Notes, n) {
			v.Notes = append(v.Notes, n)
		}
	}
	var weekly directory.Hours
	for _, sc := range h {
		switch {
		case sc.IsException():
		case sc.Freq == directory.FreqWeekly && sc.Interval <= 1:
			weekly = append(weekly, sc)
			addNote(sc.Description)
			addNote(sc.Notes)
		default:
			v.Other = append(v.Other, noted{Text: ruleText(l, sc), Note: sc.Description})
			addNote(sc.Notes)
		}
	}
	if len(weekly) > 0 {
		week := weekly.Week(now)
		today := (int(now.Weekday()) + 6) % 7
		for i, ivs := range week {
			v.Days = append(v.Days, dayRow{Name: l.T("weekday." + directory.Weekdays[i]), Hours: intervalsText(ivs), Today: i == today})
		}
	}
	for _, sc := range h.Upcoming(now, 60) {
		from, err1 := time.ParseInLocation(time.DateOnly, sc.ValidFrom, directory.Berlin)
		to, err2 := time.ParseInLocation(time.DateOnly, orDefault(sc.ValidTo, sc.ValidFrom), directory.Berlin)
		if err1 != nil || err2 != nil {
			continue
		}
		var text template.HTML
		hours := ltr(sc.OpensAt + "–" + sc.ClosesAt)
		switch {
		case sc.Closed && from.Equal(to):
			text = msg(l, "site.hours.closed_on", "Date", ltr(l.Date(from)))
		case sc.Closed:
			text = msg(l, "site.hours.closed_from_to", "From", ltr(l.Date(from)), "To", ltr(l.Date(to)))
		case from.Equal(to):
			text = msg(l, "site.hours.special_on", "Date", ltr(l.Date(from)), "Hours", hours)
		default:
			text = msg(l, "site.hours.special_from_to", "From", ltr(l.Date(from)), "To", ltr(l.Date(to)), "Hours", hours)
		}
		v.Closures = append(v.Closures, noted{Text: text, Note: sc.Description})
	}
	if len(v.Days) == 0 && len(v.Other) == 0 && len(v.Closures) == 0 {
		return nil
	}
	return v
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// ruleText describes a rule that is not simply weekly, e.g. "Jeden
// ersten Samstag im Monat: 10:00–12:00".
func ruleText(l *i18n.Localizer, sc directory.Schedule) template.HTML {
	var parts []string
	switch sc.Freq {
	case directory.FreqWeekly:
		parts = append(parts, l.T("site.hours.every_n_weeks", "Count", sc.Interval, "Days", dayList(l, sc.ByDay)))
	case directory.FreqMonthly:
		for _, tok := range strings.Split(sc.ByDay, ",") {
			if len(tok) < 2 {
				continue
			}
			code, nth := tok[len(tok)-2:], tok[:len(tok)-2]
			day := l.T("weekday." + code)
			switch nth {
			case "", "+0":
				parts = append(parts, l.T("site.hours.every_day", "Day", day))
			case "-1":
				parts = append(parts, l.T("site.hours.monthly_weekday", "Nth", l.T("site.hours.nth.last"), "Day", day))
			default:
				n := strings.TrimPrefix(nth, "+")
				if n >= "1" && n <= "5" && len(n) == 1 {
					parts = append(parts, l.T("site.hours.monthly_weekday", "Nth", l.T("site.hours.nth."+n), "Day", day))
				} else {
					parts = append(parts, l.T("site.hours.monthly_weekday", "Nth", nth, "Day", day))
				}
			}
		}
		for _, d := range strings.Split(sc.ByMonthDay, ",") {
			if n, err := strconv.Atoi(d); err == nil && n > 0 {
				parts = append(parts, l.T("site.hours.monthly_day", "Day", n))
			} else if err == nil && n == -1 {
				parts = append(parts, l.T("site.hours.monthly_last_day"))
			}
		}
	}
	return template.HTML(template.HTMLEscapeString(strings.Join(parts, "; ")+": ")) + isolate(l, sc.OpensAt+"–"+sc.ClosesAt) //nolint:gosec // escaped
}

// dayList writes "MO,WE" as "Montag, Mittwoch".
func dayList(l *i18n.Localizer, byDay string) string {
	var names []string
	for _, code := range strings.Split(byDay, ",") {
		if slices.Contains(directory.Weekdays, code) {
			names = append(names, l.T("weekday."+code))
		}
	}
	return strings.Join(names, l.Comma())
}

// hoursSummary writes the regular week in one or a few short lines,
// days with the same hours together: "Mo–Di 09:00–14:00", "Mi 09:00–14:30".
func hoursSummary(l *i18n.Localizer, h directory.Hours, now time.Time) []template.HTML {
	var weekly directory.Hours
	for _, sc := range h {
		if sc.Freq == directory.FreqWeekly && sc.Interval <= 1 {
			weekly = append(weekly, sc)
		}
	}
	if len(weekly) == 0 {
		return nil
	}
	week := weekly.Week(now)
	var out []template.HTML
	for i := 0; i < 7; {
		text := intervalsText(week[i])
		j := i
		for j+1 < 7 && intervalsText(week[j+1]) == text {
			j++
		}
		if text != "" {
			days := l.T("weekday.short." + directory.Weekdays[i])
			switch {
			case j == i+1:
				days += l.Comma() + l.T("weekday.short."+directory.Weekdays[j])
			case j > i+1:
				days += "–" + l.T("weekday.short."+directory.Weekdays[j])
			}
			out = append(out, template.HTML(template.HTMLEscapeString(days+" "))+isolate(l, text)) //nolint:gosec // escaped
		}
		i = j + 1
	}
	return out
}
