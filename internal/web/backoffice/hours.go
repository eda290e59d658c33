package backoffice

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// The opening-hours editor of locations and offers: a grid of the seven
// weekdays with (at least) two intervals each, and dated exceptions as
// rows. It works without JavaScript: two empty exception rows are always
// there, a button adds more, and a checkbox removes a row.
//
// Field names: hours_MO_1_opens, hours_MO_1_closes, … and exc_0_id,
// exc_0_from, exc_0_to, exc_0_closed, exc_0_opens, exc_0_closes,
// exc_0_note, exc_0_remove, …

const (
	minSlots  = 2   // intervals per weekday shown at least
	maxSlots  = 6   // intervals per weekday accepted at most
	spareRows = 2   // empty exception rows offered
	maxRows   = 200 // exception rows accepted at most
)

// hoursView is what the editor's templates need.
type hoursView struct {
	Days  []string // weekday codes, Monday first
	Slots []int    // interval numbers, from 1
	Rows  []int    // exception row numbers, from 0
	// Kept describes rules the grid cannot show (monthly rules, rules
	// limited to a date range); they are kept as they are.
	Kept []directory.Schedule
}

func newHoursView(slots, rows int, kept []directory.Schedule) *hoursView {
	h := &hoursView{Days: directory.Weekdays, Kept: kept}
	for i := 1; i <= slots; i++ {
		h.Slots = append(h.Slots, i)
	}
	for i := range rows {
		h.Rows = append(h.Rows, i)
	}
	return h
}

// names lists the editor's field names in page order, for the error summary.
func (h *hoursView) names() []string {
	var out []string
	for _, d := range h.Days {
		for _, s := range h.Slots {
			out = append(out, cell(d, s, "opens"), cell(d, s, "closes"))
		}
	}
	for _, i := range h.Rows {
		for _, part := range []string{"from", "to", "closed", "opens", "closes", "note"} {
			out = append(out, excField(i, part))
		}
	}
	return out
}

func cell(day string, slot int, part string) string {
	return fmt.Sprintf("hours_%s_%d_%s", day, slot, part)
}

func excField(row int, part string) string { return fmt.Sprintf("exc_%d_%s", row, part) }

// simpleWeekly reports whether the grid can show a rule: weekly, on
// plain weekdays, without date limits or text.
func simpleWeekly(s directory.Schedule) bool {
	if s.Freq != directory.FreqWeekly || s.Interval > 1 || s.ByMonthDay != "" || s.ValidFrom != "" || s.ValidTo != "" ||
		s.DTStart != "" || s.Until != "" || s.Description != "" || s.Notes != "" || s.ServiceAtLocationID != "" || s.ByDay == "" {
		return false
	}
	for _, d := range strings.Split(s.ByDay, ",") {
		if !slices.Contains(directory.Weekdays, d) {
			return false
		}
	}
	return true
}

// hoursValues puts schedules into form values and returns the editor
// that shows them.
func hoursValues(values url.Values, schedules []directory.Schedule) *hoursView {
	perDay := map[string][]directory.Interval{}
	var kept, exceptions []directory.Schedule
	for _, s := range schedules {
		switch {
		case s.IsException():
			exceptions = append(exceptions, s)
		case simpleWeekly(s):
			for _, d := range strings.Split(s.ByDay, ",") {
				iv := directory.Interval{Opens: s.OpensAt, Closes: s.ClosesAt}
				if !slices.Contains(perDay[d], iv) {
					perDay[d] = append(perDay[d], iv)
				}
			}
		default:
			kept = append(kept, s)
		}
	}
	slots := minSlots
	for d, ivs := range perDay {
		slices.SortFunc(ivs, func(a, b directory.Interval) int { return strings.Compare(a.Opens, b.Opens) })
		slots = max(slots, len(ivs))
		for i, iv := range ivs {
			values.Set(cell(d, i+1, "opens"), iv.Opens)
			values.Set(cell(d, i+1, "closes"), iv.Closes)
		}
	}
	slices.SortStableFunc(exceptions, func(a, b directory.Schedule) int { return strings.Compare(a.ValidFrom, b.ValidFrom) })
	for i, s := range exceptions {
		values.Set(excField(i, "id"), s.ID)
		values.Set(excField(i, "from"), s.ValidFrom)
		if s.ValidTo != s.ValidFrom {
			values.Set(excField(i, "to"), s.ValidTo)
		}
		if s.Closed {
			values.Set(excField(i, "closed"), "1")
		}
		values.Set(excField(i, "opens"), s.OpensAt)
		values.Set(excField(i, "closes"), s.ClosesAt)
		values.Set(excField(i, "note"), s.Description)
	}
	return newHoursView(slots, len(exceptions)+spareRows, kept)
}

// postedHoursView is the editor for a posted form: as many intervals and
// rows as were posted, plus extra rows when asked for.
func postedHoursView(f *ui.Form, stored []directory.Schedule, extraRows int) *hoursView {
	slots, rows := minSlots, 0
	for name := range f.Values {
		if rest, ok := strings.CutPrefix(name, "hours_"); ok {
			parts := strings.Split(rest, "_")
			if len(parts) == 3 {
				if n, err := strconv.Atoi(parts[1]); err == nil && n > slots && n <= maxSlots {
					slots = n
				}
			}
		}
		if rest, ok := strings.CutPrefix(name, "exc_"); ok {
			num, _, _ := strings.Cut(rest, "_")
			if n, err := strconv.Atoi(num); err == nil && n >= rows && n < maxRows {
				rows = n + 1
			}
		}
	}
	var kept []directory.Schedule
	for _, s := range stored {
		if !s.IsException() && !simpleWeekly(s) {
			kept = append(kept, s)
		}
	}
	return newHoursView(slots, min(maxRows, max(rows, spareRows)+extraRows), kept)
}

// parseHours reads the editor into schedules of the owner: weekly rules
// grouped by interval (one rule "MO,TU 09:00–14:00"), the kept rules,
// and the exceptions. Problems become errors on the fields concerned.
// Weekly rules get ids derived from the owner, the first weekday and the
// interval number, so that saving the same hours keeps the same ids;
// exceptions keep theirs through a hidden field (only ids the owner
// already has are accepted).
func parseHours(f *ui.Form, h *hoursView, ownerID string, stored []directory.Schedule) []directory.Schedule {
	type rule struct {
		id   string
		iv   directory.Interval
		days []string
	}
	var rules []*rule
	byInterval := map[directory.Interval]*rule{}
	for _, d := range h.Days {
		var day []directory.Interval
		var names []string
		for _, slot := range h.Slots {
			on, cn := cell(d, slot, "opens"), cell(d, slot, "closes")
			opens, closes := normalizeTime(f.Get(on)), normalizeTime(f.Get(cn))
			if opens == "" && closes == "" {
				continue
			}
			if !validClock(opens) {
				setError(f, on, "error.time")
				continue
			}
			if !validClock(closes) {
				setError(f, cn, "error.time")
				continue
			}
			if closes <= opens {
				setError(f, cn, "error.time_order")
				continue
			}
			iv := directory.Interval{Opens: opens, Closes: closes}
			if slices.Contains(day, iv) {
				continue
			}
			day = append(day, iv)
			names = append(names, on)
			r, ok := byInterval[iv]
			if !ok {
				r = &rule{id: directory.DerivedID(ownerID, fmt.Sprintf("weekly:%s:%d", d, slot)), iv: iv}
				byInterval[iv] = r
				rules = append(rules, r)
			}
			r.days = append(r.days, d)
		}
		// Intervals of one day must not overlap.
		idx := make([]int, len(day))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int { return strings.Compare(day[a].Opens, day[b].Opens) })
		for k := 1; k < len(idx); k++ {
			if day[idx[k]].Opens < day[idx[k-1]].Closes {
				setError(f, names[idx[k]], "admin.error.hours_overlap")
			}
		}
	}
	var out []directory.Schedule
	for _, r := range rules {
		out = append(out, directory.Schedule{ID: r.id, Freq: directory.FreqWeekly, ByDay: strings.Join(r.days, ","), OpensAt: r.iv.Opens, ClosesAt: r.iv.Closes})
	}
	out = append(out, h.Kept...)

	own := map[string]directory.Schedule{}
	for _, s := range stored {
		if s.IsException() {
			own[s.ID] = s
		}
	}
	for _, i := range h.Rows {
		if f.Has(excField(i, "remove"), "1") {
			continue
		}
		from, to := normalizeDate(f.Get(excField(i, "from"))), normalizeDate(f.Get(excField(i, "to")))
		opens, closes := normalizeTime(f.Get(excField(i, "opens"))), normalizeTime(f.Get(excField(i, "closes")))
		closed, note := f.Has(excField(i, "closed"), "1"), f.Get(excField(i, "note"))
		if from == "" && to == "" && opens == "" && closes == "" && note == "" && !closed {
			continue
		}
		s := directory.Schedule{ValidFrom: from, ValidTo: to, OpensAt: opens, ClosesAt: closes, Closed: closed, Description: note}
		if prev, ok := own[f.Get(excField(i, "id"))]; ok {
			s.ID, s.Notes = prev.ID, prev.Notes
		}
		switch {
		case from == "":
			setError(f, excField(i, "from"), "error.required")
		case closed && (opens != "" || closes != ""):
			setError(f, excField(i, "opens"), "admin.error.closed_or_times")
		case !closed && opens == "" && closes == "":
			setError(f, excField(i, "opens"), "admin.error.closed_or_times")
		}
		check := s
		check.Normalize()
		for field, key := range directory.FieldErrors(check.Validate()) {
			part := map[string]string{"valid_from": "from", "valid_to": "to", "opens_at": "opens", "closes_at": "closes", "description": "note", "notes": "note"}[field]
			if part == "" {
				part = "from"
			}
			setError(f, excField(i, part), key)
		}
		out = append(out, s)
	}
	return out
}

func validClock(s string) bool {
	return len(s) == 5 && s[2] == ':' && directory.NormalizeClock(s) == s
}

// fieldLabel names a generated field for the error summary, e.g.
// "Monday, interval 1" or "Exception 2"; "" for other fields.
func (v *view) fieldLabel(name string) string {
	parts := strings.Split(name, "_")
	switch {
	case len(parts) == 4 && parts[0] == "hours":
		return v.T("admin.hours.cell_label", "Day", v.T("weekday."+parts[1]), "Slot", parts[2])
	case len(parts) == 3 && parts[0] == "exc":
		n, _ := strconv.Atoi(parts[1])
		return v.T("admin.hours.exception_label", "Row", n+1)
	case len(parts) >= 3 && parts[0] == "phone":
		return v.T("admin.contact.phone_label", "Number", parts[1])
	}
	return ""
}

// Rule describes a rule the grid cannot show, in words: "monthly: 1st
// Saturday, 10:00–12:00, from 01.03.2026".
func (v *view) Rule(s directory.Schedule) string {
	var b strings.Builder
	if s.Freq == directory.FreqMonthly {
		b.WriteString(v.T("admin.hours.monthly"))
	} else {
		b.WriteString(v.T("admin.hours.weekly_rule"))
	}
	b.WriteString(": ")
	var days []string
	for _, tok := range strings.Split(s.ByDay, ",") {
		if len(tok) < 2 {
			continue
		}
		code, nth := tok[len(tok)-2:], tok[:len(tok)-2]
		day := v.T("weekday." + code)
		switch n, _ := strconv.Atoi(nth); {
		case n > 0:
			day = v.T("admin.hours.nth", "N", n) + " " + day
		case n == -1:
			day = v.T("admin.hours.last") + " " + day
		case n < 0:
			day = v.T("admin.hours.nth_last", "N", -n) + " " + day
		}
		days = append(days, day)
	}
	if s.ByMonthDay != "" {
		days = append(days, v.T("admin.hours.monthdays", "Days", s.ByMonthDay))
	}
	b.WriteString(strings.Join(days, ", "))
	if s.OpensAt != "" {
		b.WriteString(", " + s.OpensAt + "–" + s.ClosesAt)
	}
	if s.ValidFrom != "" || s.DTStart != "" {
		b.WriteString(", " + v.T("admin.hours.valid_from", "Date", v.Day(orDefault(s.ValidFrom, s.DTStart))))
	}
	if s.ValidTo != "" || s.Until != "" {
		b.WriteString(", " + v.T("admin.hours.valid_to", "Date", v.Day(orDefault(s.ValidTo, s.Until))))
	}
	if s.Description != "" {
		b.WriteString(" · " + s.Description)
	}
	return b.String()
}
