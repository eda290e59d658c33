package site

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/lotse/lotse/internal/i18n"
)

// In right-to-left text, a run of digits, spaces and dashes is laid out
// by the Unicode bidirectional algorithm piece by piece: "09:00–14:00"
// shows as "14:00–09:00" and the phone number "02365 99 1234" as
// "1234 99 02365". Such values are therefore isolated as left-to-right
// (<bdi dir="ltr">, or dir="ltr" on a link) on right-to-left pages. On
// left-to-right pages they need nothing and get nothing.

// ltr is a value that must read left to right inside a message: a time,
// a range of times, a date, a phone number.
type ltr string

// isolate returns s as HTML, isolated as left-to-right on a
// right-to-left page.
func isolate(l *i18n.Localizer, s string) template.HTML {
	e := template.HTMLEscapeString(s)
	if l.Lang.Dir != "rtl" || s == "" {
		return template.HTML(e) //nolint:gosec // escaped
	}
	return template.HTML(`<bdi dir="ltr">` + e + `</bdi>`) //nolint:gosec // escaped
}

// ltrAttr returns the attribute that makes an element such as a phone
// link read left to right on a right-to-left page, with a leading space,
// and nothing on other pages.
func ltrAttr(l *i18n.Localizer) template.HTMLAttr {
	if l.Lang.Dir != "rtl" {
		return ""
	}
	return ` dir="ltr"`
}

// Private-use characters mark where a value goes into an escaped message;
// no message or value contains them.
const (
	slotOpen  = "\uE000"
	slotClose = "\uE001"
)

// msg translates key like Localizer.T, but returns HTML: the message is
// escaped, values of type ltr are isolated (see isolate), values of type
// template.HTML are put in as they are, and everything else is escaped.
func msg(l *i18n.Localizer, key string, args ...any) template.HTML {
	var slots []string
	a := make([]any, len(args))
	copy(a, args)
	for i := 1; i < len(a); i += 2 {
		var h template.HTML
		switch v := a[i].(type) {
		case ltr:
			h = isolate(l, string(v))
		case template.HTML:
			h = v
		default:
			continue
		}
		a[i] = slotOpen + strconv.Itoa(len(slots)) + slotClose
		slots = append(slots, string(h))
	}
	out := template.HTMLEscapeString(l.T(key, a...))
	for i, h := range slots {
		out = strings.ReplaceAll(out, slotOpen+strconv.Itoa(i)+slotClose, h)
	}
	return template.HTML(out) //nolint:gosec // escaped, and the slots are HTML already
}
