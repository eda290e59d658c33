// Package textfmt renders the small text format of long descriptions and
// editable pages to HTML. It is safe by construction: the input is text,
// never HTML, and every character of it is escaped on output, so staff
// and partners can format text without any path for markup or script.
//
// The format, which people already use in e-mails:
//
//	A blank line starts a new paragraph.
//	## A line starting with "## " is a heading ("### " a smaller one).
//	- A line starting with "- " or "* " is a list item.
//	Web addresses (https://…), e-mail addresses and phone numbers
//	written as "Tel. 02361 53-0" become links.
package textfmt

import (
	"html"
	"html/template"
	"regexp"
	"strings"

	"github.com/lotse/lotse/internal/directory"
)

// HTML renders text in the format to HTML. headingLevel is the level
// "## " maps to (2 on a page whose title is h1, 3 inside a section).
func HTML(text string, headingLevel int) template.HTML {
	var b strings.Builder
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var para []string
	inList := false
	flush := func() {
		if len(para) > 0 {
			b.WriteString("<p>")
			for i, l := range para {
				if i > 0 {
					b.WriteString("<br>")
				}
				b.WriteString(inline(l))
			}
			b.WriteString("</p>\n")
			para = nil
		}
		if inList {
			b.WriteString("</ul>\n")
			inList = false
		}
	}
	for _, raw := range lines {
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "### ") || strings.HasPrefix(line, "## "):
			flush()
			level := headingLevel
			if strings.HasPrefix(line, "### ") {
				level++
			}
			level = min(max(level, 1), 6)
			tag := "h" + string(rune('0'+level))
			b.WriteString("<" + tag + ">" + inline(strings.TrimLeft(line, "# ")) + "</" + tag + ">\n")
		case strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* "):
			if len(para) > 0 {
				flush()
			}
			if !inList {
				b.WriteString("<ul>\n")
				inList = true
			}
			b.WriteString("<li>" + inline(strings.TrimSpace(line[2:])) + "</li>\n")
		default:
			if inList {
				flush()
			}
			para = append(para, line)
		}
	}
	flush()
	return template.HTML(b.String()) //nolint:gosec // built from escaped text only
}

// Plain strips the format to plain text for summaries and meta tags.
func Plain(text string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#-* "))
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, " ")
}

var linkRE = regexp.MustCompile(`https?://[^\s<>"]+[^\s<>".,;:!?)]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|(?:Tel\.?|Telefon|Tel\.:)\s*(\+?[0-9][0-9 /()-]{4,}[0-9])`)

// inline escapes a line and turns addresses and phone numbers into links.
func inline(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range linkRE.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(html.EscapeString(s[last:m[0]]))
		match := s[m[0]:m[1]]
		switch {
		case strings.HasPrefix(match, "http"):
			b.WriteString(`<a href="` + html.EscapeString(match) + `">` + html.EscapeString(match) + `</a>`)
		case m[2] >= 0:
			num := s[m[2]:m[3]]
			b.WriteString(html.EscapeString(s[m[0]:m[2]]))
			b.WriteString(`<a href="` + html.EscapeString(directory.TelURI(num)) + `">` + html.EscapeString(num) + `</a>`)
		default:
			b.WriteString(`<a href="mailto:` + html.EscapeString(match) + `">` + html.EscapeString(match) + `</a>`)
		}
		last = m[1]
	}
	b.WriteString(html.EscapeString(s[last:]))
	return b.String()
}
