package backoffice_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/web/webtest"
)

// officeLangs are the back office's interface languages with their
// names in their own script and their direction.
var officeLangs = []struct{ code, native, dir string }{
	{"de", "Deutsch", "ltr"}, {"en", "English", "ltr"}, {"tr", "Türkçe", "ltr"}, {"ar", "العربية", "rtl"},
	{"ru", "Русский", "ltr"}, {"uk", "Українська", "ltr"}, {"pl", "Polski", "ltr"}, {"ro", "Română", "ltr"},
	{"bg", "Български", "ltr"}, {"fa", "فارسی", "rtl"},
}

// switchLang posts the language switcher's form.
func switchLang(t *testing.T, h *webtest.Harness, c *http.Client, lang, next string) *http.Response {
	t.Helper()
	res, _ := h.PostForm(c, "/admin/language", url.Values{"lang": {lang}, "next": {next}})
	return res
}

func TestLanguageSwitcherOnEveryPage(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	for name, c := range map[string]*http.Client{"signed out": h.Client(), "signed in": staffA(t, h)} {
		path := "/admin/translations/tr"
		if name == "signed out" {
			path = "/admin/login?next=%2Fadmin%2Foffers"
		}
		body := get(t, h, c, path, http.StatusOK)
		if !strings.Contains(body, `<form method="post" action="/admin/language"`) ||
			!strings.Contains(body, `<input type="hidden" name="next" value="`+strings.ReplaceAll(path, "&", "&amp;")+`">`) {
			t.Errorf("%s: %s has no language switcher that returns to it", name, path)
		}
		for _, l := range officeLangs {
			want := `value="` + l.code + `" lang="` + l.code + `" dir="` + l.dir + `" class="button-link"`
			if !strings.Contains(body, want) || !strings.Contains(body, ">"+l.native+"</button>") {
				t.Errorf("%s: switcher lacks %s (%s)", name, l.code, l.native)
			}
		}
		if strings.Contains(body, `value="de-x-ls"`) || strings.Contains(body, "Leichte Sprache") {
			t.Errorf("%s: Leichte Sprache offered for the back office", name)
		}
	}
}

func TestLanguageFromBrowser(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := h.Client()
	tests := []struct{ header, lang, dir string }{
		{"", "de", "ltr"},
		{"ar-SY,ar;q=0.9", "ar", "rtl"},
		{"fa", "fa", "rtl"},
		{"tr-TR", "tr", "ltr"},
		{"ku,tr;q=0.1", "tr", "ltr"},
		{"ku", "de", "ltr"}, // Kurdish is not offered: German, never Turkish
		{"ckb-IQ", "de", "ltr"},
		{"de-x-ls", "de", "ltr"},
		{"fr, en;q=0.3", "en", "ltr"},
	}
	for _, tt := range tests {
		body := getLang(t, h, c, "/admin/login", tt.header, http.StatusOK)
		if want := `<html lang="` + tt.lang + `" dir="` + tt.dir + `">`; !strings.Contains(body, want) {
			t.Errorf("Accept-Language %q: page is not %s", tt.header, want)
		}
	}
}

func TestLanguageChoiceIsKept(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ctx := context.Background()

	// Before signing in: the choice is this browser's.
	c := h.Client()
	res := switchLang(t, h, c, "ar", "/admin/login?next=%2Fadmin%2Foffers")
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/admin/login?next=%2Fadmin%2Foffers" {
		t.Fatalf("switch on the sign-in page: %d to %q", res.StatusCode, res.Header.Get("Location"))
	}
	if body := getLang(t, h, c, "/admin/login", "de", http.StatusOK); !strings.Contains(body, `<html lang="ar" dir="rtl">`) {
		t.Error("the sign-in page is not in the chosen Arabic")
	}

	// Signed in: the choice is the user's, wherever they sign in next.
	c, u := signIn(t, h, h.A.Region, "sprache@a.example.org", auth.RoleStaff)
	if body := getLang(t, h, c, "/admin/", "de", http.StatusOK); !strings.Contains(body, `<html lang="de" dir="ltr">`) {
		t.Error("a user without a choice does not get the browser's language")
	}
	res = switchLang(t, h, c, "en", "/admin/offers?q=Pflege&page=2")
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/admin/offers?q=Pflege&page=2" {
		t.Errorf("switch: %d to %q, want the same page", res.StatusCode, res.Header.Get("Location"))
	}
	if got, _ := h.Store.User(ctx, h.A.Region.ID, u.ID); got.Lang != "en" {
		t.Errorf("stored language %q, want en", got.Lang)
	}
	if body := getLang(t, h, c, "/admin/offers", "tr", http.StatusOK); !strings.Contains(body, `<html lang="en" dir="ltr">`) {
		t.Error("the user's choice does not win over the browser's")
	}
	other := h.Client()
	res, _ = h.PostForm(other, "/admin/login", url.Values{"email": {u.Email}, "password": {"correct horse battery staple"}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("second sign-in: %d", res.StatusCode)
	}
	if body := getLang(t, h, other, "/admin/", "tr", http.StatusOK); !strings.Contains(body, `<html lang="en" dir="ltr">`) {
		t.Error("the choice does not follow the user to another browser")
	}
	res = switchLang(t, h, c, "fa", "/admin/translations")
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("switch to Farsi: %d", res.StatusCode)
	}
	if body := get(t, h, c, "/admin/translations", http.StatusOK); !strings.Contains(body, `<html lang="fa" dir="rtl">`) {
		t.Error("a Farsi page is not right-to-left")
	}

	// Never a redirect to another site, never a language that is not
	// offered, never a change from another site.
	for _, next := range []string{"https://evil.example/admin/", "//evil.example/admin/", "/\\evil.example", "/admin/../evil",
		"javascript:alert(1)", "/admin/language", "/", "", "/admin/\r\nSet-Cookie: x=1", "/admin/logout"} {
		res := switchLang(t, h, c, "fa", next)
		if loc := res.Header.Get("Location"); res.StatusCode != http.StatusSeeOther || loc != "/admin/" {
			t.Errorf("next %q: %d to %q, want /admin/", next, res.StatusCode, loc)
		}
	}
	for _, lang := range []string{"de-x-ls", "ku", "", "FA", "fa<script>", "\xff"} {
		res := switchLang(t, h, c, lang, "/admin/")
		if res.StatusCode != http.StatusBadRequest {
			t.Errorf("language %q: status %d, want 400", lang, res.StatusCode)
		}
	}
	req, _ := http.NewRequest(http.MethodPost, h.URL+"/admin/language", strings.NewReader("lang=tr&next=%2Fadmin%2F"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if res, _ := h.Do(c, req); res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site switch: status %d, want 403", res.StatusCode)
	}
	if got, _ := h.Store.User(ctx, h.A.Region.ID, u.ID); got.Lang != "fa" {
		t.Errorf("refused switches changed the language to %q", got.Lang)
	}
}
