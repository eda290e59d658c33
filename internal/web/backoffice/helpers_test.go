package backoffice_test

import (
	"context"
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/web/webtest"
)

// signIn signs a new user of the region in and returns a client with
// the session cookie.
func signIn(t *testing.T, h *webtest.Harness, region directory.Region, email, role string) (*http.Client, auth.User) {
	t.Helper()
	u, pw := h.CreateUser(region, email, role)
	c := h.Client()
	res, body := h.PostForm(c, "/admin/login", url.Values{"email": {email}, "password": {pw}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-in as %s: status %d\n%s", email, res.StatusCode, body)
	}
	return c, u
}

// staffA signs in a staff member of region A.
func staffA(t *testing.T, h *webtest.Harness) *http.Client {
	t.Helper()
	c, _ := signIn(t, h, h.A.Region, "staff@a.example.org", auth.RoleStaff)
	return c
}

// adminA signs in an admin of region A.
func adminA(t *testing.T, h *webtest.Harness) *http.Client {
	t.Helper()
	c, _ := signIn(t, h, h.A.Region, "admin@a.example.org", auth.RoleAdmin)
	return c
}

// get fetches a page and fails unless it has the wanted status; every
// HTML page is checked for untranslated keys.
func get(t *testing.T, h *webtest.Harness, c *http.Client, path string, want int) string {
	t.Helper()
	res, body := h.Get(c, path)
	if res.StatusCode != want {
		t.Fatalf("GET %s: status %d, want %d\n%s", path, res.StatusCode, want, snippet(body))
	}
	checkHTML(t, path, res, body)
	return body
}

// post posts a form and fails unless it has the wanted status.
func post(t *testing.T, h *webtest.Harness, c *http.Client, path string, form url.Values, want int) (*http.Response, string) {
	t.Helper()
	res, body := h.PostForm(c, path, form)
	if res.StatusCode != want {
		t.Fatalf("POST %s: status %d, want %d\n%s", path, res.StatusCode, want, snippet(body))
	}
	checkHTML(t, path, res, body)
	return res, body
}

// rawKey finds message keys that were not translated.
var rawKey = regexp.MustCompile(`(?:^|[\s>"(])((?:admin|error|weekday|format)\.[a-z_]+(?:\.[a-z_A-Z0-9-]+)*)`)

// checkHTML fails when an HTML page shows a message key instead of a
// text, or writes a style attribute the CSP would block.
func checkHTML(t *testing.T, path string, res *http.Response, body string) {
	t.Helper()
	if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		return
	}
	if m := rawKey.FindStringSubmatch(body); m != nil {
		t.Errorf("%s shows the untranslated key %q", path, m[1])
	}
	if strings.Contains(body, " style=") || strings.Contains(body, "<script") {
		t.Errorf("%s has inline style or script", path)
	}
	if dir := os.Getenv("LOTSE_ADMIN_HTML"); dir != "" {
		name := strings.NewReplacer("/", "_", "?", "_", "&", "_", "=", "_").Replace(strings.TrimPrefix(path, "/admin/"))
		_ = os.WriteFile(filepath.Join(dir, orDefault(name, "dashboard")+".html"), []byte(body), 0o644)
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func snippet(body string) string {
	if i := strings.Index(body, "<main"); i >= 0 {
		body = body[i:]
	}
	if len(body) > 3000 {
		body = body[:3000] + "…"
	}
	return body
}

var (
	formRE     = regexp.MustCompile(`(?s)<form[^>]*id="record-form"[^>]*>(.*?)</form>`)
	inputRE    = regexp.MustCompile(`<input\b[^>]*>`)
	textareaRE = regexp.MustCompile(`(?s)<textarea\b([^>]*)>(.*?)</textarea>`)
	selectRE   = regexp.MustCompile(`(?s)<select\b([^>]*)>(.*?)</select>`)
	optionRE   = regexp.MustCompile(`<option\b[^>]*>`)
	attrRE     = regexp.MustCompile(`([a-z-]+)(?:="([^"]*)")?`)
)

func attrs(tag string) map[string]string {
	m := map[string]string{}
	tag = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(tag, "<input"), "<option"), "<")
	for _, a := range attrRE.FindAllStringSubmatch(tag, -1) {
		m[a[1]] = html.UnescapeString(a[2])
	}
	return m
}

// formValues reads the record form of a page as a browser would submit
// it (without a button): text fields, checked boxes, selected options.
func formValues(t *testing.T, body string) url.Values {
	t.Helper()
	m := formRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no record form in page:\n%s", snippet(body))
	}
	form := m[1]
	v := url.Values{}
	for _, tag := range inputRE.FindAllString(form, -1) {
		a := attrs(tag)
		name := a["name"]
		if name == "" {
			continue
		}
		switch a["type"] {
		case "checkbox", "radio":
			if _, ok := a["checked"]; ok {
				v.Add(name, a["value"])
			}
		case "submit":
		default:
			v.Add(name, a["value"])
		}
	}
	for _, ta := range textareaRE.FindAllStringSubmatch(form, -1) {
		v.Add(attrs(ta[1])["name"], html.UnescapeString(ta[2]))
	}
	for _, sel := range selectRE.FindAllStringSubmatch(form, -1) {
		name := attrs(sel[1])["name"]
		for _, opt := range optionRE.FindAllString(sel[2], -1) {
			if a := attrs(opt); hasAttr(a, "selected") {
				v.Add(name, a["value"])
			}
		}
	}
	return v
}

func hasAttr(a map[string]string, name string) bool {
	_, ok := a[name]
	return ok
}

// auditEntries returns the audit entries of a record, newest first.
func auditEntries(t *testing.T, h *webtest.Harness, region directory.Region, entity, id string) []audit.Entry {
	t.Helper()
	es, err := h.Store.AuditEntries(context.Background(), region.ID, audit.Filter{EntityType: entity, EntityID: id})
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// idFromLocation returns the last path segment of a redirect.
func idFromLocation(t *testing.T, res *http.Response) string {
	t.Helper()
	loc := res.Header.Get("Location")
	id := loc[strings.LastIndexByte(loc, '/')+1:]
	if !directory.ValidID(id) {
		t.Fatalf("redirect to %q does not name a record", loc)
	}
	return id
}

// regexpAll returns the submatches of every match of pattern in s.
func regexpAll(pattern, s string) [][]string {
	return regexp.MustCompile(pattern).FindAllStringSubmatch(s, -1)
}

func unescape(s string) string { return html.UnescapeString(s) }

func storeContactFilter() store.ContactFilter { return store.ContactFilter{} }
