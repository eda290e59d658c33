package i18n

import (
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode"
)

func TestEveryLocaleHasExactlyTheGermanKeys(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	germanParts := c.PartsOf(Source)
	if len(c.Keys(Source)) == 0 || len(germanParts) == 0 {
		t.Fatal("no German keys")
	}
	for _, l := range c.Languages() {
		// Every language has every part German has, except Leichte
		// Sprache, which has only the parts for residents; no language
		// has a part German lacks.
		wantParts := Parts(l.Code, germanParts)
		if got := c.PartsOf(l.Code); !slices.Equal(got, wantParts) {
			t.Errorf("%s has the parts %v, want %v", l.Code, got, wantParts)
		}
		for _, part := range wantParts {
			want, got := c.PartKeys(Source, part), c.PartKeys(l.Code, part)
			for _, k := range want {
				if !slices.Contains(got, k) {
					t.Errorf("%s misses key %q (%s)", l.Code, k, part)
				}
			}
			for _, k := range got {
				if !slices.Contains(want, k) {
					t.Errorf("%s has key %q (%s) that German does not have", l.Code, k, part)
				}
			}
		}
	}
}

// TestLeichteSpracheCoversTheSite checks the exception the test above
// makes: Leichte Sprache is a catalogue language, with every part but
// the back office, and its own words for them.
func TestLeichteSpracheCoversTheSite(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if !c.Has("de-x-ls") {
		t.Fatal("no Leichte Sprache")
	}
	german := c.PartsOf(Source)
	want := slices.DeleteFunc(slices.Clone(german), func(p string) bool { return p == "admin" })
	if got := Parts("de-x-ls", german); !slices.Equal(got, want) || !slices.Contains(got, "site") || !slices.Contains(got, "common") {
		t.Errorf("Leichte Sprache parts = %v, want %v (every part but the back office)", got, want)
	}
	if got, want := Parts("tr", []string{"admin", "common", "site"}), []string{"admin", "common", "site"}; !slices.Equal(got, want) {
		t.Errorf("Turkish parts = %v, want %v", got, want)
	}
	ls, de := c.Localizer("de-x-ls"), c.Localizer("de")
	if ls.Lang.Code != "de-x-ls" || ls.Lang.Dir != "ltr" || ls.Lang.Native != "Leichte Sprache" {
		t.Errorf("Leichte Sprache = %+v", ls.Lang)
	}
	same := 0
	for _, k := range c.PartKeys("de-x-ls", "site") {
		if ls.T(k) == de.T(k) {
			same++
		}
	}
	if n := len(c.PartKeys("de-x-ls", "site")); same > n/4 {
		t.Errorf("%d of %d site texts in Leichte Sprache are the German ones", same, n)
	}
}

// keyRE finds message keys in Go code and templates: a quoted literal
// like "error.required" or "site.offer.title" used as a message key.
var keyRE = regexp.MustCompile(`"((?:error|site|admin|common|weekday|format|nav|form|status|auth)\.[a-z0-9_.A-Z]+)"`)

// TestEveryKeyUsedExists reads the Go sources and templates of the
// project and checks that each message key they name exists in German,
// so that no user ever sees a raw key.
func TestEveryKeyUsedExists(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	have := c.Keys(Source)
	root := filepath.Join("..", "..")
	err = filepath.WalkDir(filepath.Join(root, "internal"), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".html")) || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range keyRE.FindAllStringSubmatch(string(b), -1) {
			k := m[1]
			// File names such as "site.css" look like keys; they are not.
			if strings.HasSuffix(k, ".") || strings.HasSuffix(k, ".css") || strings.HasSuffix(k, ".html") || strings.HasSuffix(k, ".json") || strings.HasSuffix(k, ".svg") {
				continue
			}
			if !slices.Contains(have, k) {
				t.Errorf("%s uses message key %q, which de has not", path, k)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestNegotiate(t *testing.T) {
	offered := []string{"de", "en", "tr", "ar", "ru"}
	tests := []struct{ header, want string }{
		{"", "de"},
		{"tr-TR,tr;q=0.9,en;q=0.8", "tr"},
		{"ku,tr;q=0.1", "tr"},
		{"ku", "de"},                // Kurdish is not offered: German, never Turkish
		{"ku-IQ,ckb;q=0.9", "de"},   // Sorani neither
		{"en;q=0.5,ar;q=0.9", "ar"}, // q-values decide
		{"fr-CH, fr;q=0.9, *;q=0.5", "de"},
		{"EN-gb", "en"},
		{"ru;q=0,en", "en"}, // q=0 means "not this"
		{"tr;q=abc,en", "en"},
		{"ar-SY", "ar"},           // a regional variant gets its language
		{"de-AT, en;q=0.5", "de"}, //
		{"fa, ru;q=0.2", "ru"},    // Farsi is not offered here
		{"ckb, ku;q=0.9, fa;q=0.8", "de"},
		{"*", "de"},
	}
	for _, tt := range tests {
		if got := Negotiate(tt.header, offered); got != tt.want {
			t.Errorf("Negotiate(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

func TestNegotiateLeichteSprache(t *testing.T) {
	offered := []string{"de", "de-x-ls", "en"}
	for header, want := range map[string]string{"de-DE": "de", "de": "de", "de-x-ls": "de-x-ls", "de-x-ls, de;q=0.5": "de-x-ls"} {
		if got := Negotiate(header, offered); got != want {
			t.Errorf("Negotiate(%q) = %q, want %q", header, got, want)
		}
	}
}

func TestDate(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 2, 12, 0, 0, 0, time.UTC)
	for lang, want := range map[string]string{"de": "02.11.2026", "de-x-ls": "02.11.2026", "en": "2 Nov 2026", "ar": "02/11/2026", "fa": "2026/11/02",
		"tr": "02.11.2026", "bg": "02.11.2026 г."} {
		if got := c.Localizer(lang).Date(day); got != want {
			t.Errorf("%s: Date = %q, want %q", lang, got, want)
		}
	}
}

func TestComma(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{"de": ", ", "en": ", ", "de-x-ls": ", ", "ar": "، ", "fa": "، ", "tr": ", "} {
		if got := c.Localizer(lang).Comma(); got != want {
			t.Errorf("%s: Comma() = %q, want %q", lang, got, want)
		}
	}
}

func TestDir(t *testing.T) {
	for code, want := range map[string]string{"ar": "rtl", "fa": "rtl", "fa-IR": "rtl", "de": "ltr", "tr": "ltr", "ckb": "rtl"} {
		if got := Dir(code); got != want {
			t.Errorf("Dir(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestLocalizer(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ lang, key, want string }{
		{"de", "weekday.MO", "Montag"},
		{"en", "weekday.MO", "Monday"},
		{"xx", "weekday.MO", "Montag"}, // unknown language: German
		{"de", "no.such.key", "no.such.key"},
	}
	for _, tt := range tests {
		if got := c.Localizer(tt.lang).T(tt.key); got != tt.want {
			t.Errorf("%s %s = %q, want %q", tt.lang, tt.key, got, tt.want)
		}
	}
}

// TestVariantsAndNumbers builds a catalogue of its own: Leichte Sprache
// laid over German, Arabic and Farsi next to it.
func TestVariantsAndNumbers(t *testing.T) {
	fsys := fstest.MapFS{
		"l/site.de.json":      {Data: []byte(`{"a": "A auf Deutsch", "b": "B auf Deutsch", "n": {"one": "{{.Count}} Angebot", "other": "{{.Count}} Angebote"}}`)},
		"l/site.de-x-ls.json": {Data: []byte(`{"a": "A in Leichter Sprache", "n": {"one": "{{.Count}} Angebot", "other": "{{.Count}} Angebote"}}`)},
		"l/site.en.json":      {Data: []byte(`{"a": "A in English", "b": "B in English", "n": {"one": "{{.Count}} offer", "other": "{{.Count}} offers"}}`)},
		"l/site.ar.json":      {Data: []byte(`{"a": "أ", "b": "ب", "n": {"zero": "{{.Count}}", "one": "{{.Count}}", "two": "{{.Count}}", "few": "{{.Count}}", "many": "{{.Count}}", "other": "{{.Count}}"}}`)},
		"l/site.fa.json":      {Data: []byte(`{"a": "آ", "b": "ب", "n": {"one": "{{.Count}}", "other": "{{.Count}}"}}`)},
		"l/site.uk.json":      {Data: []byte(`{"a": "А", "b": "Б", "n": {"one": "{{.Count}}", "few": "{{.Count}}", "many": "{{.Count}}", "other": "{{.Count}}"}}`)},
	}
	c, err := LoadFS(fsys, "l")
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, l := range c.Languages() {
		order = append(order, l.Code)
	}
	if want := []string{"de", "de-x-ls", "ar", "en", "fa", "uk"}; !slices.Equal(order, want) {
		t.Errorf("languages = %v, want %v", order, want)
	}
	texts := []struct{ lang, key, want string }{
		{"de-x-ls", "a", "A in Leichter Sprache"},
		{"de-x-ls", "b", "B auf Deutsch"}, // not in Leichte Sprache: German
		{"de", "a", "A auf Deutsch"},      // the variant leaves German alone
		{"en", "a", "A in English"},
		{"ar", "a", "أ"},
	}
	for _, tt := range texts {
		if got := c.Localizer(tt.lang).T(tt.key); got != tt.want {
			t.Errorf("%s %s = %q, want %q", tt.lang, tt.key, got, tt.want)
		}
	}
	numbers := []struct {
		lang  string
		n     int
		want  string
		count string
	}{
		{"de", 12345, "12.345", "12.345 Angebote"},
		{"de", 1, "1", "1 Angebot"},
		{"de-x-ls", 12345, "12.345", "12.345 Angebote"},
		{"en", 1234567, "1,234,567", "1,234,567 offers"},
		{"ar", 12345, "12,345", "12,345"}, // Latin digits, not ١٢٬٣٤٥
		{"fa", 1234567, "1,234,567", "1,234,567"},
		{"uk", 12345, "12\u00a0345", "12\u00a0345"},
	}
	for _, tt := range numbers {
		l := c.Localizer(tt.lang)
		if got := l.Number(tt.n); got != tt.want {
			t.Errorf("%s Number(%d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
		if got := l.T("n", "Count", tt.n); got != tt.count {
			t.Errorf("%s T(n, %d) = %q, want %q", tt.lang, tt.n, got, tt.count)
		}
	}
	decimals := []struct {
		lang string
		f    float64
		want string
	}{
		{"de", 12.5, "12,50"}, {"de", 20, "20"}, {"en", 12.5, "12.50"}, {"en", 1250.75, "1,250.75"}, {"ar", 12.5, "12.50"}, {"fa", 3, "3"},
	}
	for _, tt := range decimals {
		if got := c.Localizer(tt.lang).Decimal(tt.f); got != tt.want {
			t.Errorf("%s Decimal(%v) = %q, want %q", tt.lang, tt.f, got, tt.want)
		}
	}
	// Every digit any language writes is a Latin one.
	for _, l := range c.Languages() {
		for _, r := range c.Localizer(l.Code).Number(1234567890) {
			if unicode.IsDigit(r) && (r < '0' || r > '9') {
				t.Errorf("%s writes the digit %q", l.Code, r)
			}
		}
	}
	// A variant whose base language is missing is refused.
	if _, err := LoadFS(fstest.MapFS{"l/site.de.json": {Data: []byte(`{}`)}, "l/site.fr-x-fa.json": {Data: []byte(`{}`)}}, "l"); err == nil {
		t.Error("a variant without its base language loaded")
	}
}

// sameAsGerman reads, for one language, the keys whose text may equal
// the German one: names, international words and codes, not forgotten
// translations. They are listed in testdata/same_as_german/<lang>.txt,
// one key per line (# starts a comment), so that each language's list
// is looked at by whoever writes that language.
func sameAsGerman(t *testing.T, lang string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "same_as_german", lang+".txt"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, line := range strings.Split(string(b), "\n") {
		line, _, _ = strings.Cut(line, "#")
		if line = strings.TrimSpace(line); line != "" {
			keys = append(keys, line)
		}
	}
	return keys
}

// rawMessages reads the locale files as they are written, without
// rendering their templates: lang → key → JSON text of the message.
func rawMessages(t *testing.T) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	files, err := fs.Glob(localeFS, "locales/*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		stem := strings.TrimSuffix(path.Base(f), ".json")
		lang := stem[strings.IndexByte(stem, '.')+1:]
		b, err := fs.ReadFile(localeFS, f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if out[lang] == nil {
			out[lang] = map[string]string{}
		}
		for k, v := range m {
			out[lang][k] = string(v)
		}
	}
	return out
}

// TestTranslationsDifferFromGerman fails when a translation is the
// German text unchanged, which is how a forgotten string looks. Texts
// without letters (numbers, placeholders) and date formats are exempt,
// and so is Leichte Sprache, which is German.
func TestTranslationsDifferFromGerman(t *testing.T) {
	raw := rawMessages(t)
	for lang, msgs := range raw {
		if lang == Source || strings.HasPrefix(lang, "de-") {
			continue
		}
		allowed := sameAsGerman(t, lang)
		for k, text := range msgs {
			g, ok := raw[Source][k]
			if !ok || strings.HasPrefix(k, "format.") || slices.Contains(allowed, k) || !hasLetter(g) {
				continue
			}
			if text == g {
				t.Errorf("%s: %q is the German text %s", lang, k, g)
			}
		}
	}
}

// hasLetter reports whether s has a letter outside {{…}} template actions.
func hasLetter(s string) bool {
	inTemplate := false
	for i, r := range s {
		switch {
		case strings.HasPrefix(s[i:], "{{"):
			inTemplate = true
		case strings.HasPrefix(s[i:], "}}"):
			inTemplate = false
		case !inTemplate && unicode.IsLetter(r):
			return true
		}
	}
	return false
}

// unrenderable returns the messages of c that fail to render with
// numbers that select each plural form; plural tells which messages
// have plural forms (the others take no count).
func unrenderable(c *Catalog, plural func(lang, key string) bool) []string {
	var args []any
	for _, name := range []string{"Region", "Days", "From", "To", "Page", "Pages", "Min", "Max", "Time", "Date", "Name", "Filters",
		"Total", "Amount", "Currency", "Hours", "Nth", "Day", "Lang", "Field", "N"} {
		args = append(args, name, "x")
	}
	var bad []string
	for _, l := range c.Languages() {
		loc := c.Localizer(l.Code)
		for _, key := range c.Keys(l.Code) {
			if !plural(l.Code, key) {
				if _, err := loc.localize(key, args...); err != nil {
					bad = append(bad, l.Code+" "+key)
				}
				continue
			}
			for _, n := range []int{0, 1, 2, 3, 5, 11, 21, 101, 1001, 12345} {
				if _, err := loc.localize(key, append([]any{"Count", n}, args...)...); err != nil {
					bad = append(bad, l.Code+" "+key+" (Count "+strconv.Itoa(n)+")")
					break
				}
			}
		}
	}
	return bad
}

// TestEveryMessageRenders renders every message of every language with
// numbers that select each plural form, so that a template that cannot
// take the formatted number (such as {{if eq .Count 1}}, which fails
// once .Count is the string "1") shows up here rather than as a raw key
// on a page.
func TestEveryMessageRenders(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	raw := rawMessages(t)
	for _, b := range unrenderable(c, func(lang, key string) bool { return strings.HasPrefix(raw[lang][key], "{") }) {
		t.Errorf("%s does not render", b)
	}
	// The check finds such a template.
	bad, err := LoadFS(fstest.MapFS{"l/site.de.json": {Data: []byte(`{"n": {"one": "{{if eq .Count 1}}ein{{else}}{{.Count}}{{end}} Angebot", "other": "{{.Count}} Angebote"}}`)}}, "l")
	if err != nil {
		t.Fatal(err)
	}
	if got := unrenderable(bad, func(_, key string) bool { return key == "n" }); len(got) != 1 {
		t.Errorf("unrenderable = %q, want the one message", got)
	}
}

// sourceKeys reads the Go sources and templates of the project (tests
// excluded) and returns the message keys they name and the key prefixes
// they build keys from (a literal such as "site.access." or
// "weekday.%s" that code completes with a code).
func sourceKeys(t *testing.T) (keys, prefixes map[string]bool) {
	t.Helper()
	keys, prefixes = map[string]bool{}, map[string]bool{}
	prefixRE := regexp.MustCompile(`"((?:error|site|admin|common|weekday|format)\.(?:[a-z0-9_.A-Z]*\.)?)(?:%[sdv])?"`)
	err := filepath.WalkDir(filepath.Join("..", ".."), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git") {
			return filepath.SkipDir
		}
		if d.IsDir() || !(strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".html")) || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range keyRE.FindAllStringSubmatch(string(b), -1) {
			keys[m[1]] = true
		}
		for _, m := range prefixRE.FindAllStringSubmatch(string(b), -1) {
			prefixes[m[1]] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys, prefixes
}

// TestEveryKeyIsUsed fails on a German message that no code or template
// names, literally or by a prefix it completes: an unused key is a text
// translators would translate for nothing. Every other locale has
// exactly the German keys (see above), so this covers them too.
func TestEveryKeyIsUsed(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	keys, prefixes := sourceKeys(t)
	for _, k := range c.Keys(Source) {
		if keys[k] {
			continue
		}
		used := false
		for p := range prefixes {
			if strings.HasPrefix(k, p) {
				used = true
				break
			}
		}
		if !used {
			t.Errorf("de has the key %q, which nothing uses", k)
		}
	}
}
