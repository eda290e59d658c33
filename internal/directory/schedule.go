package directory

import (
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // opening hours need Europe/Berlin on hosts without zoneinfo
)

// Berlin is the time zone of all opening hours: times are wall-clock times
// there, so that "09:00" stays 09:00 across the change to summer time.
var Berlin = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	return loc
}()

// Schedule frequencies. An empty Freq marks a dated exception.
const (
	FreqWeekly  = "WEEKLY"
	FreqMonthly = "MONTHLY"
)

// Weekdays are the iCalendar day codes, Monday first.
var Weekdays = []string{"MO", "TU", "WE", "TH", "FR", "SA", "SU"}

// Schedule is a rule of opening hours (HSDS schedule): a weekly or monthly
// recurring time, or an exception for a date range (a holiday closure or
// special hours).
type Schedule struct {
	ID                  string
	ServiceID           string
	LocationID          string
	ServiceAtLocationID string
	Freq                string
	Interval            int
	ByDay               string // e.g. "MO,TU" or, monthly, "1SA,-1FR"
	ByMonthDay          string
	OpensAt             string // "09:00", Europe/Berlin wall-clock time
	ClosesAt            string
	ValidFrom           string // YYYY-MM-DD
	ValidTo             string
	DTStart             string
	Until               string
	Description         string
	Notes               string
	// Closed marks an exception during which the place is closed.
	Closed bool
}

// IsException reports whether the schedule is a dated exception rather
// than a recurring rule.
func (s *Schedule) IsException() bool { return s.Freq == "" }

// Normalize trims fields, upper-cases rule codes and brings times to HH:MM.
func (s *Schedule) Normalize() {
	trimAll(&s.Freq, &s.ByDay, &s.ByMonthDay, &s.OpensAt, &s.ClosesAt, &s.ValidFrom, &s.ValidTo, &s.DTStart, &s.Until, &s.Description, &s.Notes)
	s.Freq = strings.ToUpper(s.Freq)
	s.ByDay = strings.ToUpper(strings.ReplaceAll(s.ByDay, " ", ""))
	s.ByMonthDay = strings.ReplaceAll(s.ByMonthDay, " ", "")
	s.OpensAt = NormalizeClock(s.OpensAt)
	s.ClosesAt = NormalizeClock(s.ClosesAt)
	for _, d := range []*string{&s.ValidFrom, &s.ValidTo, &s.DTStart, &s.Until} {
		if len(*d) > 10 && ValidDate((*d)[:10]) {
			*d = (*d)[:10]
		}
	}
	if s.IsException() && s.ValidTo == "" {
		s.ValidTo = s.ValidFrom
	}
	if s.Interval < 0 {
		s.Interval = 0
	}
	if s.ID == "" {
		s.ID = NewID()
	}
}

// NormalizeClock brings a time of day to "HH:MM": "9:00" → "09:00",
// "09:00:00" → "09:00". A UTC offset or "Z" is dropped, because Lotse's
// times are Europe/Berlin wall-clock times. Anything else is returned
// unchanged for Validate to reject.
func NormalizeClock(s string) string {
	if s == "" {
		return ""
	}
	core := s
	if i := strings.IndexAny(core, "Z+-"); i > 0 {
		core = core[:i]
	}
	parts := strings.Split(core, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return s
	}
	h, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil || len(parts[1]) != 2 || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0) {
		return s
	}
	return twoDigits(h) + ":" + twoDigits(m)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// clockMinutes returns the minutes since midnight of an "HH:MM" time.
func clockMinutes(s string) (int, bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:])
	if err1 != nil || err2 != nil || h > 24 || m > 59 || (h == 24 && m > 0) {
		return 0, false
	}
	return h*60 + m, true
}

// Validate checks a schedule before it is stored.
func (s *Schedule) Validate() error {
	var v Validation
	switch s.Freq {
	case FreqWeekly, FreqMonthly:
		if _, ok := parseByDay(s.ByDay, s.Freq == FreqMonthly); !ok {
			v.Add("byday", "error.schedule")
		}
		if s.ByDay == "" && s.Freq == FreqWeekly {
			v.Add("byday", "error.required")
		}
		if s.Freq == FreqMonthly && s.ByDay == "" && s.ByMonthDay == "" {
			v.Add("byday", "error.required")
		}
		if _, ok := parseMonthDays(s.ByMonthDay); !ok {
			v.Add("bymonthday", "error.schedule")
		}
	case "":
		if !ValidDate(s.ValidFrom) {
			v.Add("valid_from", "error.date")
		}
	default:
		v.Add("freq", "error.choice")
	}
	for _, d := range []struct{ field, val string }{{"valid_from", s.ValidFrom}, {"valid_to", s.ValidTo}, {"dtstart", s.DTStart}, {"until", s.Until}} {
		if d.val != "" && !ValidDate(d.val) {
			v.Add(d.field, "error.date")
		}
	}
	if s.ValidFrom != "" && s.ValidTo != "" && s.ValidTo < s.ValidFrom {
		v.Add("valid_to", "error.date_order")
	}
	open, okO := clockMinutes(s.OpensAt)
	closeAt, okC := clockMinutes(s.ClosesAt)
	needTimes := !s.IsException() || !s.Closed
	switch {
	case needTimes && (!okO || !okC):
		v.Add("opens_at", "error.time")
	case needTimes && closeAt <= open:
		v.Add("closes_at", "error.time_order")
	case !needTimes && (s.OpensAt != "" || s.ClosesAt != ""):
		v.Add("opens_at", "error.time")
	}
	checkText(&v, "description", s.Description, MaxShort)
	checkText(&v, "notes", s.Notes, MaxShort)
	return v.Err()
}

type dayRule struct {
	weekday time.Weekday
	nth     int // 0: every; 1..5 or -1..-5 within the month
}

func parseByDay(s string, monthly bool) ([]dayRule, bool) {
	if s == "" {
		return nil, true
	}
	var out []dayRule
	for _, tok := range strings.Split(s, ",") {
		if len(tok) < 2 {
			return nil, false
		}
		code := tok[len(tok)-2:]
		i := slices.Index(Weekdays, code)
		if i < 0 {
			return nil, false
		}
		r := dayRule{weekday: time.Weekday((i + 1) % 7)}
		if p := tok[:len(tok)-2]; p != "" {
			n, err := strconv.Atoi(p)
			if err != nil || !monthly || n == 0 || n < -5 || n > 5 {
				return nil, false
			}
			r.nth = n
		}
		out = append(out, r)
	}
	return out, true
}

func parseMonthDays(s string) ([]int, bool) {
	if s == "" {
		return nil, true
	}
	var out []int
	for _, tok := range strings.Split(s, ",") {
		n, err := strconv.Atoi(tok)
		if err != nil || n == 0 || n < -31 || n > 31 {
			return nil, false
		}
		out = append(out, n)
	}
	return out, true
}

// Interval is a time span within one day, as "HH:MM" wall-clock times.
type Interval struct{ Opens, Closes string }

// Hours are the schedules of one place or offer, read together.
type Hours []Schedule

// Day returns the opening intervals on the given date (in Berlin) and
// whether an exception closes the place all day.
func (h Hours) Day(date time.Time) (intervals []Interval, closed bool) {
	day := date.In(Berlin).Format(time.DateOnly)
	var special []Interval
	for _, s := range h {
		if !s.IsException() || day < s.ValidFrom || day > orDefault(s.ValidTo, s.ValidFrom) {
			continue
		}
		if s.Closed {
			return nil, true
		}
		special = append(special, Interval{s.OpensAt, s.ClosesAt})
	}
	if len(special) > 0 {
		sortIntervals(special)
		return special, false
	}
	for _, s := range h {
		if !s.IsException() && s.occursOn(date.In(Berlin), day) {
			intervals = append(intervals, Interval{s.OpensAt, s.ClosesAt})
		}
	}
	sortIntervals(intervals)
	return intervals, false
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func sortIntervals(iv []Interval) {
	slices.SortFunc(iv, func(a, b Interval) int { return strings.Compare(a.Opens, b.Opens) })
}

// occursOn reports whether a recurring rule applies on date (whose
// YYYY-MM-DD form is day).
func (s *Schedule) occursOn(date time.Time, day string) bool {
	if (s.ValidFrom != "" && day < s.ValidFrom) || (s.ValidTo != "" && day > s.ValidTo) ||
		(s.DTStart != "" && day < s.DTStart) || (s.Until != "" && day > s.Until) {
		return false
	}
	rules, _ := parseByDay(s.ByDay, s.Freq == FreqMonthly)
	monthDays, _ := parseMonthDays(s.ByMonthDay)
	switch s.Freq {
	case FreqWeekly:
		if !slices.ContainsFunc(rules, func(r dayRule) bool { return r.weekday == date.Weekday() }) {
			return false
		}
		if s.Interval > 1 && s.DTStart != "" {
			start, err := time.ParseInLocation(time.DateOnly, s.DTStart, Berlin)
			if err != nil {
				return false
			}
			weeks := int(mondayOf(date).Sub(mondayOf(start)).Hours()+12) / (24 * 7)
			return weeks%s.Interval == 0
		}
		return true
	case FreqMonthly:
		for _, r := range rules {
			if r.weekday == date.Weekday() && (r.nth == 0 || r.nth == nthInMonth(date, r.nth < 0)) {
				return true
			}
		}
		last := time.Date(date.Year(), date.Month()+1, 0, 0, 0, 0, 0, Berlin).Day()
		for _, d := range monthDays {
			if d == date.Day() || (d < 0 && last+d+1 == date.Day()) {
				return true
			}
		}
	}
	return false
}

func mondayOf(t time.Time) time.Time {
	d := (int(t.Weekday()) + 6) % 7
	y, m, day := t.Date()
	return time.Date(y, m, day-d, 0, 0, 0, 0, Berlin)
}

// nthInMonth returns which occurrence of its weekday date is in its
// month: 1 for the first, or, fromEnd, -1 for the last.
func nthInMonth(date time.Time, fromEnd bool) int {
	if !fromEnd {
		return (date.Day()-1)/7 + 1
	}
	last := time.Date(date.Year(), date.Month()+1, 0, 0, 0, 0, 0, Berlin).Day()
	return -((last-date.Day())/7 + 1)
}

// Week returns the regular intervals for each weekday, Monday first, as
// they apply in the week of date (exceptions are not applied).
func (h Hours) Week(date time.Time) [7][]Interval {
	var out [7][]Interval
	monday := mondayOf(date.In(Berlin))
	var regular Hours
	for _, s := range h {
		if !s.IsException() {
			regular = append(regular, s)
		}
	}
	for i := range 7 {
		out[i], _ = regular.Day(monday.AddDate(0, 0, i))
	}
	return out
}

// HasRegular reports whether there is at least one recurring rule, which
// is what makes "open now" a statement rather than a guess.
func (h Hours) HasRegular() bool {
	return slices.ContainsFunc(h, func(s Schedule) bool { return !s.IsException() })
}

// OpenStatus says whether a place is open at a moment.
type OpenStatus struct {
	Known bool   // false when there are no regular hours to judge by
	Open  bool   // open at that moment
	Until string // when open: the closing time of the current interval
}

// StatusAt returns whether the place is open at t.
func (h Hours) StatusAt(t time.Time) OpenStatus {
	if !h.HasRegular() {
		return OpenStatus{}
	}
	t = t.In(Berlin)
	now := t.Hour()*60 + t.Minute()
	intervals, _ := h.Day(t)
	for _, iv := range intervals {
		o, _ := clockMinutes(iv.Opens)
		c, _ := clockMinutes(iv.Closes)
		if now >= o && now < c {
			return OpenStatus{Known: true, Open: true, Until: iv.Closes}
		}
	}
	return OpenStatus{Known: true}
}

// Upcoming returns the exceptions that touch the days from t on, for
// the given number of days, sorted by date.
func (h Hours) Upcoming(t time.Time, days int) []Schedule {
	from := t.In(Berlin).Format(time.DateOnly)
	to := t.In(Berlin).AddDate(0, 0, days).Format(time.DateOnly)
	var out []Schedule
	for _, s := range h {
		if s.IsException() && orDefault(s.ValidTo, s.ValidFrom) >= from && s.ValidFrom <= to {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b Schedule) int { return strings.Compare(a.ValidFrom, b.ValidFrom) })
	return out
}

// PlaceHours returns the hours an offer keeps at one place. The regular
// hours come from the most specific level that has any: the offer's hours
// at that place, the offer's general hours, the place's own hours.
// Closures and special days of every level apply, because a closed
// building closes every offer in it.
func PlaceHours(specific, general, place []Schedule) Hours {
	var regular, exceptions Hours
	for _, level := range [][]Schedule{specific, general, place} {
		for _, sc := range level {
			if sc.IsException() {
				exceptions = append(exceptions, sc)
			}
		}
		if regular == nil {
			for _, sc := range level {
				if !sc.IsException() {
					regular = append(regular, sc)
				}
			}
		}
	}
	return append(regular, exceptions...)
}
