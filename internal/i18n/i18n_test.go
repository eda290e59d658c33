package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestEveryLocaleHasExactlyTheGermanKeys(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	want := c.Keys(Source)
	if len(want) == 0 {
		t.Fatal("no German keys")
	}
	for _, l := range c.Languages() {
		got := c.Keys(l.Code)
		for _, k := range want {
			if !slices.Contains(got, k) {
				t.Errorf("%s misses key %q", l.Code, k)
			}
		}
		for _, k := range got {
			if !slices.Contains(want, k) {
				t.Errorf("%s has key %q that German does not have", l.Code, k)
			}
		}
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
	}
	for _, tt := range tests {
		if got := Negotiate(tt.header, offered); got != tt.want {
			t.Errorf("Negotiate(%q) = %q, want %q", tt.header, got, tt.want)
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
	if got := c.Localizer("de").Number(12345); got != "12.345" {
		t.Errorf("Number = %q", got)
	}
	if got := c.Localizer("en").Number(1234567); got != "1,234,567" {
		t.Errorf("Number = %q", got)
	}
}
