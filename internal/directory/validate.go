package directory

import (
	"net/mail"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Length limits for text fields, in characters.
const (
	MaxName  = 200
	MaxShort = 500
	MaxLong  = 20000
)

// requireText records a problem when s is empty or otherwise not plain text.
func requireText(v *Validation, field, s string, max int) {
	if strings.TrimSpace(s) == "" {
		v.Add(field, "error.required")
		return
	}
	checkText(v, field, s, max)
}

// checkText records a problem when s is too long or holds control
// characters (which no form field needs; they come from binary input).
// Line breaks and tabs are allowed, since long texts have paragraphs.
func checkText(v *Validation, field, s string, max int) {
	if !utf8.ValidString(s) {
		v.Add(field, "error.text")
		return
	}
	if utf8.RuneCountInString(s) > max {
		v.Add(field, "error.too_long")
		return
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' {
			v.Add(field, "error.text")
			return
		}
	}
}

// checkLine is checkText for single-line fields: no line breaks either.
func checkLine(v *Validation, field, s string, max int) {
	if strings.ContainsAny(s, "\r\n") {
		v.Add(field, "error.text")
		return
	}
	checkText(v, field, s, max)
}

// ValidEmail reports whether s is a plain e-mail address (no display name).
func ValidEmail(s string) bool {
	if len(s) > 254 || strings.ContainsAny(s, " <>") {
		return false
	}
	a, err := mail.ParseAddress(s)
	return err == nil && a.Address == s && strings.Contains(s[strings.LastIndexByte(s, '@'):], ".")
}

// ValidWebURL reports whether s is an absolute http or https URL.
func ValidWebURL(s string) bool {
	if len(s) > 2000 {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t\r\n")
}

// ValidPhone reports whether s looks like a phone number as people write
// them in Germany: digits, spaces, "+", "/", "-", "(" and ")", with at
// least five digits.
func ValidPhone(s string) bool {
	if len(s) > 40 {
		return false
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +/-()", r):
		default:
			return false
		}
	}
	return digits >= 5
}

// TelURI returns the tel: URI for a German phone number as written on
// paper, e.g. "02361 / 53 2717" → "tel:+492361532717".
func TelURI(number string) string {
	var b strings.Builder
	for i, r := range number {
		if r >= '0' && r <= '9' || (r == '+' && i == 0) {
			b.WriteRune(r)
		}
	}
	d := b.String()
	switch {
	case strings.HasPrefix(d, "+"):
	case strings.HasPrefix(d, "00"):
		d = "+" + d[2:]
	case strings.HasPrefix(d, "0"):
		d = "+49" + d[1:]
	}
	return "tel:" + d
}

func checkOptionalEmail(v *Validation, field, s string) {
	if s != "" && !ValidEmail(s) {
		v.Add(field, "error.email")
	}
}

func checkOptionalURL(v *Validation, field, s string) {
	if s != "" && !ValidWebURL(s) {
		v.Add(field, "error.url")
	}
}

func checkOptionalID(v *Validation, field, s string) {
	if s != "" && !ValidID(s) {
		v.Add(field, "error.reference")
	}
}

// trimAll trims surrounding white space from every given string in place.
func trimAll(ss ...*string) {
	for _, s := range ss {
		*s = strings.TrimSpace(*s)
	}
}
