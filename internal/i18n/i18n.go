// Package i18n holds Lotse's interface texts, picks the reader's language
// and knows each language's script direction.
//
// German is the source language. Messages live in locales/<part>.<lang>.json
// (common, site, admin, …), so that each part of the interface keeps its
// own file; every German key must exist in every other locale, which
// the locale test checks. A missing key falls back to German. Plural
// rules come from CLDR through go-i18n, numbers are formatted by
// golang.org/x/text.
//
// Leichte Sprache ("de-x-ls", easy-to-read German) is a language of its
// own for readers, but only for the public site: it has the common and
// site parts and no back office (see Parts).
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

//go:embed locales/*.json
var localeFS embed.FS

// Source is the language every text is written in first.
const Source = "de"

// Language describes an interface language.
type Language struct {
	Code   string // URL segment and BCP 47 tag, e.g. "tr"
	Native string // its name in its own script, for the language switcher
	Dir    string // "ltr" or "rtl"
}

// rtl lists the right-to-left languages Lotse may meet (interface or
// content). x/text has no direction data, so the table is kept here.
var rtl = []string{"ar", "fa", "prs", "ps", "ur", "ckb", "he", "yi", "dv", "sd", "ug"}

// Dir returns the text direction of a language code: "rtl" or "ltr".
func Dir(code string) string {
	base, _, _ := strings.Cut(strings.ToLower(code), "-")
	if slices.Contains(rtl, base) {
		return "rtl"
	}
	return "ltr"
}

// native names the interface languages in their own script.
var native = map[string]string{
	"de": "Deutsch", "en": "English", "tr": "Türkçe", "ar": "العربية", "ru": "Русский", "uk": "Українська",
	"pl": "Polski", "ro": "Română", "bg": "Български", "fa": "فارسی", "de-x-ls": "Leichte Sprache",
}

// without lists, for languages that cover only some parts of the
// interface, the parts they leave out. Leichte Sprache is written for
// residents, so it has every part of the public site and what the site
// shares with the rest, but not the back office: staff work in standard
// German.
var without = map[string][]string{
	"de-x-ls": {"admin"},
}

// Parts returns the parts of the interface (file name prefixes such as
// "site") a language must cover, given the parts German has: all of them,
// except those a partial language (Leichte Sprache) leaves out.
func Parts(code string, german []string) []string {
	return slices.DeleteFunc(slices.Clone(german), func(p string) bool { return slices.Contains(without[code], p) })
}

// variantBase returns the language a private-use variant such as
// "de-x-ls" builds on ("de"), or "" for an ordinary code.
func variantBase(code string) string {
	base, _, ok := strings.Cut(code, "-x-")
	if !ok {
		return ""
	}
	return base
}

// Catalog holds the messages of every locale.
type Catalog struct {
	bundle *goi18n.Bundle
	// variants holds a bundle of its own for each private-use variant
	// (Leichte Sprache): go-i18n's language matcher ignores private-use
	// subtags and would answer "de-x-ls" with German, so the variant's
	// messages are laid over its base language's in a separate bundle.
	variants map[string]*goi18n.Bundle
	langs    []Language
	keys     map[string][]string            // locale → its message keys
	parts    map[string]map[string][]string // locale → part → its message keys
	mu       sync.Mutex
	locs     map[string]*Localizer
}

// Load reads the embedded locale files.
func Load() (*Catalog, error) {
	return LoadFS(localeFS, "locales")
}

// localeFile is one locale file as read.
type localeFile struct {
	name, part, code string
	data             []byte
}

// LoadFS reads locale files named <part>.<code>.json from dir of fsys.
func LoadFS(fsys fs.FS, dir string) (*Catalog, error) {
	c := &Catalog{
		bundle:   goi18n.NewBundle(language.German),
		variants: map[string]*goi18n.Bundle{},
		keys:     map[string][]string{},
		parts:    map[string]map[string][]string{},
		locs:     map[string]*Localizer{},
	}
	c.bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("i18n: read locales: %w", err)
	}
	var files []localeFile
	for _, e := range entries {
		stem, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok {
			continue
		}
		part, code, ok := strings.Cut(stem, ".")
		if !ok {
			return nil, fmt.Errorf("i18n: %s: want <part>.<language>.json", e.Name())
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("i18n: read %s: %w", e.Name(), err)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("i18n: parse %s: %w", e.Name(), err)
		}
		if _, seen := c.keys[code]; !seen {
			name := native[code]
			if name == "" {
				name = code
			}
			c.langs = append(c.langs, Language{Code: code, Native: name, Dir: Dir(code)})
			c.keys[code] = nil
			c.parts[code] = map[string][]string{}
		}
		for k := range m {
			c.keys[code] = append(c.keys[code], k)
			c.parts[code][part] = append(c.parts[code][part], k)
		}
		sort.Strings(c.keys[code])
		sort.Strings(c.parts[code][part])
		files = append(files, localeFile{name: e.Name(), part: part, code: code, data: b})
	}
	if _, ok := c.keys[Source]; !ok {
		return nil, fmt.Errorf("i18n: no locale files for %s", Source)
	}
	for _, f := range files {
		if variantBase(f.code) != "" {
			continue
		}
		if _, err := c.bundle.ParseMessageFileBytes(f.data, f.name); err != nil {
			return nil, fmt.Errorf("i18n: parse %s: %w", f.name, err)
		}
	}
	for _, f := range files {
		base := variantBase(f.code)
		if base == "" {
			continue
		}
		b, ok := c.variants[f.code]
		if !ok {
			if _, ok := c.keys[base]; !ok {
				return nil, fmt.Errorf("i18n: %s: no locale files for its base language %s", f.name, base)
			}
			b = goi18n.NewBundle(language.Make(base))
			b.RegisterUnmarshalFunc("json", json.Unmarshal)
			for _, g := range files {
				if g.code == base {
					if _, err := b.ParseMessageFileBytes(g.data, g.name); err != nil {
						return nil, fmt.Errorf("i18n: parse %s: %w", g.name, err)
					}
				}
			}
			c.variants[f.code] = b
		}
		// Registered under the base language, the variant's messages
		// replace the base's; keys it lacks keep the base's text.
		if _, err := b.ParseMessageFileBytes(f.data, f.part+"."+base+".json"); err != nil {
			return nil, fmt.Errorf("i18n: parse %s: %w", f.name, err)
		}
	}
	// German first, then its variants (Leichte Sprache), then by code, so
	// that the switcher is stable.
	rank := func(code string) int {
		switch {
		case code == Source:
			return 0
		case variantBase(code) == Source:
			return 1
		}
		return 2
	}
	slices.SortFunc(c.langs, func(a, b Language) int {
		if d := rank(a.Code) - rank(b.Code); d != 0 {
			return d
		}
		return strings.Compare(a.Code, b.Code)
	})
	return c, nil
}

// Languages returns the interface languages: German first, then
// Leichte Sprache, then the others by code.
func (c *Catalog) Languages() []Language { return c.langs }

// Has reports whether code is an interface language.
func (c *Catalog) Has(code string) bool {
	_, ok := c.keys[code]
	return ok
}

// Keys returns the message keys of a locale, sorted.
func (c *Catalog) Keys(code string) []string { return c.keys[code] }

// PartKeys returns the message keys of one part of a locale (the keys of
// locales/<part>.<code>.json), sorted.
func (c *Catalog) PartKeys(code, part string) []string { return c.parts[code][part] }

// PartsOf returns the parts a locale has files for, sorted.
func (c *Catalog) PartsOf(code string) []string {
	var out []string
	for p := range c.parts[code] {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Localizer returns the localizer for an interface language (German for
// an unknown code).
func (c *Catalog) Localizer(code string) *Localizer {
	if !c.Has(code) {
		code = Source
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if l, ok := c.locs[code]; ok {
		return l
	}
	bundle, tag := c.bundle, code
	if b, ok := c.variants[code]; ok {
		bundle, tag = b, variantBase(code)
	}
	l := &Localizer{Lang: Language{Code: code, Native: native[code], Dir: Dir(code)}, loc: goi18n.NewLocalizer(bundle, tag, Source),
		printer: message.NewPrinter(numberTag(code))}
	if l.Lang.Native == "" {
		l.Lang.Native = code
	}
	c.locs[code] = l
	return l
}

// latinDigits lists the languages whose numbers Lotse writes with Latin
// digits although CLDR's default for them is another script: addresses,
// phone numbers and times on the same page use Latin digits, and one
// page should not mix two kinds.
var latinDigits = []string{"ar", "fa"}

// numberTag returns the language tag numbers are formatted for.
func numberTag(code string) language.Tag {
	if base := variantBase(code); base != "" {
		code = base
	}
	tag, err := language.Parse(code)
	if err != nil {
		return language.German
	}
	if slices.Contains(latinDigits, code) {
		if t, err := tag.SetTypeForKey("nu", "latn"); err == nil {
			tag = t
		}
	}
	return tag
}

// Localizer translates message keys into one language.
type Localizer struct {
	Lang    Language
	loc     *goi18n.Localizer
	printer *message.Printer
}

// T returns the text of key. args are name/value pairs for the
// message's template ({{.Name}}); a pair named "Count" also selects the
// plural form. Whole numbers are written as Number writes them. A key
// that exists nowhere is returned as is, so a gap is visible on the page
// rather than an empty spot.
func (l *Localizer) T(key string, args ...any) string {
	s, err := l.localize(key, args...)
	if err != nil && s == "" {
		return key
	}
	return s
}

// localize is T with go-i18n's error: also when a plural form fails to
// render and go-i18n falls back to the "other" form, which T shows.
func (l *Localizer) localize(key string, args ...any) (string, error) {
	cfg := &goi18n.LocalizeConfig{MessageID: key}
	if len(args) > 0 {
		data := make(map[string]any, len(args)/2)
		for i := 0; i+1 < len(args); i += 2 {
			name, _ := args[i].(string)
			v := args[i+1]
			if name == "Count" {
				cfg.PluralCount = v
			}
			if n, ok := v.(int); ok {
				v = l.Number(n)
			}
			data[name] = v
		}
		cfg.TemplateData = data
	}
	return l.loc.Localize(cfg)
}

// Number formats a whole number the way the language writes it: 12.345
// in German, 12,345 in English, 12 345 in Russian; always in Latin
// digits.
func (l *Localizer) Number(n int) string {
	return l.printer.Sprint(number.Decimal(n))
}

// Decimal formats an amount with exactly two decimals, or none when it
// is whole: "20", "12,50" in German, "12.50" in English.
func (l *Localizer) Decimal(f float64) string {
	if f == float64(int64(f)) && f < 1e15 && f > -1e15 {
		return l.printer.Sprint(number.Decimal(f, number.MaxFractionDigits(0)))
	}
	return l.printer.Sprint(number.Decimal(f, number.MinFractionDigits(2), number.MaxFractionDigits(2)))
}

// Tenths formats a number with one decimal: "2,3" in German, "2.3" in
// English, for distances.
func (l *Localizer) Tenths(f float64) string {
	return l.printer.Sprint(number.Decimal(f, number.MinFractionDigits(1), number.MaxFractionDigits(1)))
}

// Date writes a day the way the language writes dates, by the layout
// of its "format.date" message (in time.Format's notation): 02.11.2026
// in German, 2 Nov 2026 in English, 02/11/2026 in Arabic. x/text has
// no date formatting; the layouts follow CLDR's short dates, with the
// Gregorian calendar and Latin digits everywhere, as on German letters
// and signs.
func (l *Localizer) Date(t time.Time) string {
	return t.Format(l.T("format.date"))
}

// arabicComma lists the languages that separate the items of a list
// with the Arabic comma "،" rather than ",".
var arabicComma = []string{"ar", "fa", "ur", "ps", "ckb", "sd", "ug"}

// Comma returns what separates the items of a list in the language,
// with the space after it: ", " or, in Arabic script, "، ".
func (l *Localizer) Comma() string {
	base, _, _ := strings.Cut(l.Lang.Code, "-")
	if slices.Contains(arabicComma, base) {
		return "، "
	}
	return ", "
}

// Negotiate picks the interface language for an Accept-Language header:
// the first language the browser lists (by q-value) whose base language
// is offered, by exact match only; otherwise German. Unlike x/text's
// matcher it never substitutes a related language (a Kurdish browser
// must not get Turkish).
func Negotiate(header string, offered []string) string {
	type pref struct {
		tag string
		q   float64
		pos int
	}
	var prefs []pref
	for i, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		tag = strings.ToLower(strings.TrimSpace(tag))
		if tag == "" || tag == "*" {
			continue
		}
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q = f
		}
		if q <= 0 {
			continue
		}
		prefs = append(prefs, pref{tag, q, i})
	}
	slices.SortStableFunc(prefs, func(a, b pref) int {
		switch {
		case a.q > b.q:
			return -1
		case a.q < b.q:
			return 1
		}
		return a.pos - b.pos
	})
	for _, p := range prefs {
		if slices.Contains(offered, p.tag) {
			return p.tag
		}
		base, _, _ := strings.Cut(p.tag, "-")
		if slices.Contains(offered, base) {
			return base
		}
	}
	return Source
}
