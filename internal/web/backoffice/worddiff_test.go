package backoffice

import (
	"slices"
	"strings"
	"testing"
)

// show writes a diff as text: [-deleted-]{+inserted+}.
func show(parts []diffPart) string {
	var b strings.Builder
	for _, p := range parts {
		switch {
		case p.Del():
			b.WriteString("[-" + p.Text + "-]")
		case p.Ins():
			b.WriteString("{+" + p.Text + "+}")
		default:
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

func TestWordDiff(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"", "", ""},
		{"Beratung", "Beratung", "Beratung"},
		{"", "Neu", "{+Neu+}"},
		{"Alt", "", "[-Alt-]"},
		{"Ein Verein von Eltern für Eltern.", "Ein Verein von Müttern und Vätern für Eltern.",
			"Ein Verein von [-Eltern-]{+Müttern und Vätern+} für Eltern."},
		{"Montag bis Freitag", "Montag bis Donnerstag", "Montag bis [-Freitag-]{+Donnerstag+}"},
		{"Kommen Sie vorbei.", "Kommen Sie vorbei!", "Kommen Sie vorbei[-.-]{+!+}"},
		// Two neighbouring changes read as one replacement.
		{"a b c", "a x y c", "a [-b-]{+x y+} c"},
		{"Pflege\nBeratung", "Pflege\n\nBeratung", "Pflege[-\n-]{+\n\n+}Beratung"},
		{"Türkçe ve Arapça", "Türkçe, Arapça", "Türkçe[- ve-]{+,+} Arapça"},
	}
	for _, tt := range tests {
		if got := show(wordDiff(tt.a, tt.b)); got != tt.want {
			t.Errorf("wordDiff(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestWordDiffKeepsBothTexts checks on larger texts that the diff is a
// true account: its kept and deleted parts are the old text, its kept
// and inserted parts the new one, also beyond the bound of the exact
// comparison.
func TestWordDiffKeepsBothTexts(t *testing.T) {
	long := strings.Repeat("Wir beraten Sie gern zu allen Fragen der Pflege. ", 300)
	tests := []struct{ a, b string }{
		{long, strings.Replace(long, "gern", "sehr gern", 7)},
		{long + "Ende.", "Anfang. " + long},
		{strings.Repeat("a b ", 3000), strings.Repeat("b a ", 3000)}, // beyond maxDiffCells
	}
	for _, tt := range tests {
		var old, now strings.Builder
		for _, p := range wordDiff(tt.a, tt.b) {
			if !p.Ins() {
				old.WriteString(p.Text)
			}
			if !p.Del() {
				now.WriteString(p.Text)
			}
		}
		if old.String() != tt.a || now.String() != tt.b {
			t.Errorf("diff of %d and %d bytes does not give back both texts", len(tt.a), len(tt.b))
		}
	}
}

func TestPercentages(t *testing.T) {
	tests := []struct{ counts, want []int }{
		{[]int{0, 0, 0, 0}, []int{0, 0, 0, 0}},
		{[]int{1, 1, 1, 1}, []int{25, 25, 25, 25}},
		{[]int{1, 1, 1, 0}, []int{34, 33, 33, 0}},
		{[]int{1, 0, 0, 199}, []int{1, 0, 0, 99}},
		{[]int{0, 0, 0, 7}, []int{0, 0, 0, 100}},
	}
	for _, tt := range tests {
		if got := percentages(tt.counts); !slices.Equal(got, tt.want) {
			t.Errorf("percentages(%v) = %v, want %v", tt.counts, got, tt.want)
		}
	}
}

func TestLocalPath(t *testing.T) {
	tests := []struct{ next, want string }{
		{"/admin/offers?q=Pflege&page=2", "/admin/offers?q=Pflege&page=2"},
		{"/admin/", "/admin/"},
		{"/admin/login", "/admin/login"},
		{"/admin/login?next=%2Fadmin%2Foffers", "/admin/login?next=%2Fadmin%2Foffers"},
		{"/admin/loginx", "/admin/loginx"},
		{"/admin/login#x", "/admin/"},
		{"/admin/login?\\x", "/admin/"},
		{"/admin/language", "/admin/"},
		{"/admin/logout", "/admin/"},
		{"", "/admin/"},
		{"/", "/admin/"},
		{"//evil.example/admin/", "/admin/"},
		{"https://evil.example/admin/", "/admin/"},
		{"/admin/../x", "/admin/"},
		{"/admin/\r\nLocation: x", "/admin/"},
		{"javascript:alert(1)", "/admin/"},
	}
	for _, tt := range tests {
		if got := localPath(tt.next); got != tt.want {
			t.Errorf("localPath(%q) = %q, want %q", tt.next, got, tt.want)
		}
	}
}
