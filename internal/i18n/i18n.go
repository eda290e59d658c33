// Package i18n holds Lotse's interface texts, picks the reader's language
// and knows each language's script direction.
//
// German is the source language. Messages live in locales/<part>.<lang>.json
// (common, site, admin, …), so that each part of the interface keeps its
// own file; every German key must exist in every other locale, which
// the locale test checks. A missing key falls back to German. Plural
// rules come from CLDR through go-i18n.
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

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
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

// Catalog holds the messages of every locale.
type Catalog struct {
	bundle *goi18n.Bundle
	langs  []Language
	keys   map[string][]string // locale → its message keys
	mu     sync.Mutex
	locs   map[string]*Localizer
}

// Load reads the embedded locale files.
func Load() (*Catalog, error) {
	return LoadFS(localeFS, "locales")
}

// LoadFS reads locale files named <part>.<code>.json from dir of fsys.
func LoadFS(fsys fs.FS, dir string) (*Catalog, error) {
	c := &Catalog{
		bundle: goi18n.NewBundle(language.German),
		keys:   map[string][]string{},
		locs:   map[string]*Localizer{},
	}
	c.bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("i18n: read locales: %w", err)
	}
	for _, e := range entries {
		stem, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok {
			continue
		}
		code := stem[strings.IndexByte(stem, '.')+1:]
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("i18n: read %s: %w", e.Name(), err)
		}
		if _, err := c.bundle.ParseMessageFileBytes(b, e.Name()); err != nil {
			return nil, fmt.Errorf("i18n: parse %s: %w", e.Name(), err)
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
		}
		for k := range m {
			c.keys[code] = append(c.keys[code], k)
		}
		sort.Strings(c.keys[code])
	}
	if _, ok := c.keys[Source]; !ok {
		return nil, fmt.Errorf("i18n: no locale files for %s", Source)
	}
	// German first, then by code, so that the switcher is stable.
	slices.SortFunc(c.langs, func(a, b Language) int {
		switch {
		case a.Code == Source:
			return -1
		case b.Code == Source:
			return 1
		}
		return strings.Compare(a.Code, b.Code)
	})
	return c, nil
}

// Languages returns the interface languages, German first.
func (c *Catalog) Languages() []Language { return c.langs }

// Has reports whether code is an interface language.
func (c *Catalog) Has(code string) bool {
	_, ok := c.keys[code]
	return ok
}

// Keys returns the message keys of a locale, sorted.
func (c *Catalog) Keys(code string) []string { return c.keys[code] }

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
	l := &Localizer{Lang: Language{Code: code, Native: native[code], Dir: Dir(code)}, loc: goi18n.NewLocalizer(c.bundle, code, Source)}
	c.locs[code] = l
	return l
}

// Localizer translates message keys into one language.
type Localizer struct {
	Lang Language
	loc  *goi18n.Localizer
}

// T returns the text of key. args are name/value pairs for the
// message's template ({{.Name}}); a pair named "Count" also selects the
// plural form. A key that exists nowhere is returned as is, so a gap is
// visible on the page rather than an empty spot.
func (l *Localizer) T(key string, args ...any) string {
	cfg := &goi18n.LocalizeConfig{MessageID: key}
	if len(args) > 0 {
		data := make(map[string]any, len(args)/2)
		for i := 0; i+1 < len(args); i += 2 {
			name, _ := args[i].(string)
			data[name] = args[i+1]
			if name == "Count" {
				cfg.PluralCount = args[i+1]
			}
		}
		cfg.TemplateData = data
	}
	s, err := l.loc.Localize(cfg)
	if err != nil && s == "" {
		return key
	}
	return s
}

// Number formats an integer with the language's grouping, e.g. 10.000 in
// German and 10,000 in English.
func (l *Localizer) Number(n int) string {
	s := strconv.Itoa(n)
	sep := l.T("format.thousands")
	if len(s) <= 4 || sep == "format.thousands" {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
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
