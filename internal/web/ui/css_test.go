package ui

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// physical finds what the style sheets must not hold: the right-to-left
// pages (Arabic, Farsi) mirror only when every horizontal property is
// a logical one (margin-inline-start, inset-inline-end, text-align:
// start) rather than left or right.
func physical(css string) []string {
	css = regexp.MustCompile(`(?s)/\*.*?\*/`).ReplaceAllString(css, "")
	var bad []string
	word := regexp.MustCompile(`\b(left|right)\b`)
	for _, block := range regexp.MustCompile(`([^{}]*)\{([^{}]*)\}`).FindAllStringSubmatch(css, -1) {
		// A rule for right-to-left pages only may mirror (an icon that
		// points forward, say).
		sel := strings.ReplaceAll(strings.ToLower(block[1]), `"`, "")
		rtlOnly := strings.Contains(sel, "[dir=rtl]") || strings.Contains(sel, ":dir(rtl)")
		for _, decl := range strings.Split(block[2], ";") {
			prop, value, ok := strings.Cut(decl, ":")
			if !ok {
				continue
			}
			prop, value = strings.ToLower(strings.TrimSpace(prop)), strings.ToLower(strings.TrimSpace(value))
			if prop == "content" || strings.HasPrefix(prop, "--") {
				continue // generated text and custom properties hold no layout
			}
			fields := strings.Fields(strings.TrimSuffix(value, "!important"))
			switch {
			case word.MatchString(prop), word.MatchString(value):
				bad = append(bad, prop+": "+value)
			case !rtlOnly && (strings.Contains(value, "translatex(") || strings.Contains(value, "scalex(-")):
				bad = append(bad, prop+": "+value)
			case (prop == "margin" || prop == "padding" || prop == "inset" || prop == "border-width" || prop == "border-style" ||
				prop == "border-color" || prop == "scroll-margin" || prop == "scroll-padding") && len(fields) == 4 && fields[1] != fields[3]:
				// Four values: top, right, bottom, left.
				bad = append(bad, prop+": "+value)
			case prop == "border-radius" && len(fields) > 1 && !strings.Contains(value, "/"):
				bad = append(bad, prop+": "+value)
			}
		}
	}
	return bad
}

func TestStyleSheetsUseLogicalProperties(t *testing.T) {
	names, err := fs.Glob(staticFS, "static/*.css")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatal("no style sheets")
	}
	for _, name := range names {
		b, err := fs.ReadFile(staticFS, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range physical(string(b)) {
			t.Errorf("%s: %q is a physical direction; use a logical property (inline-start/end)", name, d)
		}
	}
}

// TestPhysicalFindsDirections checks the check itself.
func TestPhysicalFindsDirections(t *testing.T) {
	tests := []struct {
		css  string
		want int
	}{
		{`a { margin-left: 1rem }`, 1},
		{`a { padding-right: 1rem; text-align: left; }`, 2},
		{`a { float: right }`, 1},
		{`@media print { a { left: 0 } }`, 1},
		{`a { margin: 0 1rem 0 2rem }`, 1},
		{`a { border-radius: 4px 0 }`, 1},
		{`a { transform: translateX(4px) }`, 1},
		{`a { background-position: right 1rem center }`, 1},
		{`[dir="rtl"] .icon { margin-left: 1rem }`, 1},
		// Logical and symmetric ones are fine.
		{`a { margin-inline-start: 1rem; padding: 0 1rem; margin: 0 1rem 2rem; text-align: start; inset-inline-end: 0 }`, 0},
		{`a::before { content: "left" } /* margin-left */ a:hover { border-radius: 4px }`, 0},
		{`a { margin: 1rem 2rem 1rem 2rem }`, 0},
		{`[dir="rtl"] .arrow { transform: scaleX(-1) } .x:dir(rtl) { transform: translateX(-2px) }`, 0},
	}
	for _, tt := range tests {
		if got := physical(tt.css); len(got) != tt.want {
			t.Errorf("physical(%q) = %q, want %d findings", tt.css, got, tt.want)
		}
	}
}
