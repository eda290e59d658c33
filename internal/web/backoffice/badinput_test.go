package backoffice_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/web/webtest"
)

// request sends a request with a method, a raw body and the English
// interface language.
func request(t *testing.T, h *webtest.Harness, c *http.Client, method, path, body string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, h.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", h.URL)
	req.Header.Set("Accept-Language", "en")
	res, b := h.Do(c, req)
	checkHTML(t, path, res, b)
	return res, b
}

func TestMalformedIDsAreNotFound(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	upper := strings.ToUpper(h.A.Services[0].ID)
	for _, p := range []string{
		"/admin/offers/not-a-uuid", "/admin/offers/" + upper, "/admin/offers/%00", "/admin/offers/" + h.A.Services[0].ID + "x",
		"/admin/organizations/1", "/admin/locations/abc", "/admin/contacts/..%2f..", "/admin/terms/123", "/admin/towns/x",
		"/admin/pages/x", "/admin/users/x", "/admin/audit/abc", "/admin/audit/-1", "/admin/audit/0",
		"/admin/audit/99999999999999999999999", "/admin/taxonomies/NO_SUCH", "/admin/taxonomies/unknown",
		"/admin/nothing/here",
	} {
		res, body := request(t, h, c, http.MethodGet, p, "")
		if res.StatusCode != http.StatusNotFound || !strings.Contains(body, "This page does not exist") {
			t.Errorf("GET %s: status %d, want an English 404 page", p, res.StatusCode)
		}
	}
	for _, p := range []string{"/admin/offers/x", "/admin/offers/x/archive", "/admin/terms/x/restore", "/admin/users/x/disable", "/admin/contacts/" + upper} {
		if res, _ := request(t, h, c, http.MethodPost, p, "ver=1&name=x"); res.StatusCode != http.StatusNotFound {
			t.Errorf("POST %s: status %d, want 404", p, res.StatusCode)
		}
	}
}

func TestHugeFormIsRefused(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	huge := "description=" + strings.Repeat("a", 1<<20+10)
	for _, p := range []string{"/admin/offers/new", "/admin/offers/" + h.A.Services[0].ID, "/admin/login"} {
		res, body := request(t, h, c, http.MethodPost, p, huge)
		if res.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(body, "The data sent is too large") {
			t.Errorf("POST %s with 1 MiB: status %d, want an English 413 page", p, res.StatusCode)
		}
	}
}

func TestInvalidUTF8IsRefused(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	for _, p := range []string{"/admin/organizations/new", "/admin/login"} {
		res, body := request(t, h, c, http.MethodPost, p, "name=%FF%FE&description=x&email=%C3")
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "We cannot process this request") {
			t.Errorf("POST %s: status %d, want an English 400 page", p, res.StatusCode)
		}
	}
	if res, _ := request(t, h, c, http.MethodPost, "/admin/organizations/new", "name=%zz"); res.StatusCode != http.StatusBadRequest {
		t.Errorf("broken encoding: status %d, want 400", res.StatusCode)
	}
}

func TestControlCharactersAreFieldErrors(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	for _, tt := range []struct{ path, body, field string }{
		{"/admin/organizations/new", "name=A%00B&type=other&description=x", "name"},
		{"/admin/organizations/new", "name=Ok&type=other&description=Zeile%1Bzwei", "description"},
		{"/admin/pages/new", "title=x&slug=x&body=a%07b", "body"},
		{"/admin/users/new", "email=u%40a.example.org&name=N%00&role=staff&password=long+enough+password", "name"},
		{"/admin/offers/new", "name=x&description=x&hours_MO_1_opens=09%00", "hours_MO_1_opens"},
	} {
		res, body := request(t, h, c, http.MethodPost, tt.path, tt.body)
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, `href="#f-`+tt.field+`"`) ||
			!strings.Contains(body, "characters that are not allowed") {
			t.Errorf("POST %s %s: status %d, want a field error on %s:\n%s", tt.path, tt.body, res.StatusCode, tt.field, snippet(body))
		}
	}
	if _, err := h.Store.UserByEmail(context.Background(), "u@a.example.org"); err == nil {
		t.Error("user with a control character created")
	}
}

func TestOddQueryStringsDoNotFail(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	for _, p := range []string{
		"/admin/offers?q=%00%FF", "/admin/offers?q=%25_%5C", "/admin/offers?page=-5", "/admin/offers?page=999999999999",
		"/admin/offers?org=x", "/admin/offers?state=nonsense", "/admin/organizations?q=" + strings.Repeat("x", 3000),
		"/admin/contacts?q=%00", "/admin/locations?q=%FF", "/admin/taxonomies/needs?page=abc", "/admin/pages?q=%00",
		"/admin/towns?q=%00", "/admin/audit?type=nonsense&user=x&before=abc&id=%00", "/admin/audit?before=-1",
		"/admin/contacts/new?owner=bogus", "/admin/login?next=%00",
	} {
		res, _ := request(t, h, c, http.MethodGet, p, "")
		if res.StatusCode != http.StatusOK && res.StatusCode != http.StatusSeeOther {
			t.Errorf("GET %s: status %d", p, res.StatusCode)
		}
	}
}

func TestWrongMethods(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	id := h.A.Services[0].ID
	tests := []struct{ method, path, allow string }{
		{http.MethodDelete, "/admin/offers/" + id, "GET, HEAD, POST"},
		{http.MethodPut, "/admin/offers/new", "GET, HEAD, POST"},
		{http.MethodGet, "/admin/offers/" + id + "/archive", "POST"},
		{http.MethodGet, "/admin/logout", "POST"},
		{http.MethodPatch, "/admin/login", "GET, HEAD, POST"},
		{http.MethodPost, "/admin/offers", "GET, HEAD"},
		{http.MethodPost, "/admin/audit", "GET, HEAD"},
	}
	for _, tt := range tests {
		res, body := request(t, h, c, tt.method, tt.path, "")
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != tt.allow || !strings.Contains(body, "This action is not possible here") {
			t.Errorf("%s %s: status %d, Allow %q; want 405 with Allow %q", tt.method, tt.path, res.StatusCode, res.Header.Get("Allow"), tt.allow)
		}
	}
	if sv, _ := h.Store.Service(context.Background(), h.A.Region.ID, id); sv.ArchivedAt != nil {
		t.Error("a GET archived an offer")
	}
}

func TestErrorPagesInGerman(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	body := get(t, h, c, "/admin/offers/x", http.StatusNotFound)
	if !strings.Contains(body, "Diese Seite gibt es nicht (mehr).") || !strings.Contains(body, `<html lang="de" dir="ltr">`) {
		t.Errorf("German 404:\n%s", snippet(body))
	}
	res, _ := h.PostForm(c, "/admin/organizations/new", url.Values{"name": {strings.Repeat("x", 1<<20)}})
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d", res.StatusCode)
	}
}
