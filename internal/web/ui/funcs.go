package ui

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/textfmt"
)

// Funcs returns the template functions both the site and the back office use.
func Funcs() template.FuncMap {
	return template.FuncMap{
		"asset": Asset,
		// dict builds a map for passing several values to a partial:
		// {{template "card" dict "Page" $ "Offer" .}}.
		"dict": func(kv ...any) (map[string]any, error) {
			if len(kv)%2 != 0 {
				return nil, fmt.Errorf("dict: odd number of arguments")
			}
			m := make(map[string]any, len(kv)/2)
			for i := 0; i < len(kv); i += 2 {
				k, ok := kv[i].(string)
				if !ok {
					return nil, fmt.Errorf("dict: key %v is not a string", kv[i])
				}
				m[k] = kv[i+1]
			}
			return m, nil
		},
		"list": func(v ...any) []any { return v },
		"tel":  func(n string) template.URL { return template.URL(directory.TelURI(n)) }, //nolint:gosec // digits and + only
		"mailto": func(addr string) template.URL {
			return template.URL("mailto:" + url.PathEscape(addr)) //nolint:gosec // escaped
		},
		// osm links to the place on openstreetmap.org; it is a link the
		// reader may follow, nothing is loaded from there.
		"osm": func(lat, lon *float64) string {
			if lat == nil || lon == nil {
				return ""
			}
			return fmt.Sprintf("https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/%.5f/%.5f", *lat, *lon, *lat, *lon)
		},
		"textfmt":  func(s string) template.HTML { return textfmt.HTML(s, 2) },
		"textfmt3": func(s string) template.HTML { return textfmt.HTML(s, 3) },
		"plain":    textfmt.Plain,
		"jsonld": func(v any) (template.JS, error) {
			// json.Marshal escapes <, > and &, so the result cannot end
			// the script element it is placed in.
			b, err := json.Marshal(v)
			return template.JS(b), err //nolint:gosec // see above
		},
		"dir":        i18n.Dir,
		"langNative": directory.LanguageNative,
		"langName":   directory.LanguageName,
		"add":        func(a, b int) int { return a + b },
		"sub":        func(a, b int) int { return a - b },
		"contains": func(list []string, s string) bool {
			for _, v := range list {
				if v == s {
					return true
				}
			}
			return false
		},
		"join":     strings.Join,
		"truncate": truncate,
		"deref": func(p *float64) float64 {
			if p == nil {
				return 0
			}
			return *p
		},
		"isoDate":  func(t time.Time) string { return t.Format(time.DateOnly) },
		"timeAttr": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	}
}

// truncate shortens s to at most n characters at a word boundary.
func truncate(n int, s string) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}
