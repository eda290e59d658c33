package backoffice_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/web/webtest"
)

func sessionCookie(res *http.Response) *http.Cookie {
	for _, c := range res.Cookies() {
		if c.Name == "lotse_session" {
			return c
		}
	}
	return nil
}

func TestSignInSetsSafeSessionCookie(t *testing.T) {
	t.Parallel()
	for _, secure := range []bool{false, true} {
		t.Run("secure="+strconv.FormatBool(secure), func(t *testing.T) {
			h := webtest.New(t)
			h.Env.SecureCookies = secure
			u, pw := h.CreateUser(h.A.Region, "ayse@a.example.org", auth.RoleStaff)
			res, _ := h.PostForm(h.Client(), "/admin/login", url.Values{"email": {"Ayse@A.example.org "}, "password": {pw}})
			if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/admin/" {
				t.Fatalf("sign-in: %d to %q", res.StatusCode, res.Header.Get("Location"))
			}
			c := sessionCookie(res)
			if c == nil {
				t.Fatal("no session cookie")
			}
			if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/admin/" || c.Secure != secure {
				t.Errorf("cookie flags: HttpOnly=%v SameSite=%v Path=%q Secure=%v", c.HttpOnly, c.SameSite, c.Path, c.Secure)
			}
			if c.MaxAge > int(auth.MaxAge.Seconds()) || (!c.Expires.IsZero() && c.Expires.After(time.Now().Add(auth.MaxAge))) {
				t.Errorf("cookie lives longer than a session: MaxAge=%d Expires=%v", c.MaxAge, c.Expires)
			}
			if len(c.Value) < 40 {
				t.Errorf("token %q is short", c.Value)
			}
			es, err := h.Store.AuditEntries(context.Background(), h.A.Region.ID, audit.Filter{UserID: u.ID})
			if err != nil || len(es) == 0 || es[0].Action != audit.ActionLogin {
				t.Errorf("sign-in not in the audit log: %v %+v", err, es)
			}
		})
	}
}

func TestSignInFailuresLookTheSame(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	_, pw := h.CreateUser(h.A.Region, "known@a.example.org", auth.RoleStaff)
	disabled, dpw := h.CreateUser(h.A.Region, "gone@a.example.org", auth.RoleStaff)
	if err := h.Store.SetUserDisabled(context.Background(), audit.System, h.A.Region.ID, disabled.ID, true); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, email, password, want string
	}{
		{"wrong password", "known@a.example.org", pw + "x", "E-Mail-Adresse oder Passwort stimmen nicht"},
		{"unknown e-mail", "nobody@a.example.org", pw, "E-Mail-Adresse oder Passwort stimmen nicht"},
		{"not an e-mail", "x\x00y", pw, "E-Mail-Adresse oder Passwort stimmen nicht"},
		{"disabled", "gone@a.example.org", dpw, "Ihr Konto ist gesperrt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := h.PostForm(h.Client(), "/admin/login", url.Values{"email": {tt.email}, "password": {tt.password}})
			if res.StatusCode != http.StatusUnauthorized {
				t.Errorf("status %d, want 401", res.StatusCode)
			}
			if sessionCookie(res) != nil {
				t.Error("a failed sign-in set a session cookie")
			}
			if !strings.Contains(body, tt.want) {
				t.Errorf("body lacks %q:\n%s", tt.want, snippet(body))
			}
			if strings.Contains(body, tt.password) && tt.password != "" {
				t.Error("the password is echoed")
			}
		})
	}
}

func TestSignInRateLimit(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	_, pw := h.CreateUser(h.A.Region, "target@a.example.org", auth.RoleStaff)
	c := h.Client()
	for i := range 5 {
		res, _ := h.PostForm(c, "/admin/login", url.Values{"email": {"target@a.example.org"}, "password": {"guess " + strconv.Itoa(i)}})
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("attempt %d: status %d", i+1, res.StatusCode)
		}
	}
	// Even the right password is refused now: guessing stops here.
	req, _ := http.NewRequest(http.MethodPost, h.URL+"/admin/login", strings.NewReader(url.Values{"email": {"target@a.example.org"}, "password": {pw}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept-Language", "en")
	res, body := h.Do(c, req)
	if res.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("after 5 failures: status %d, want 429", res.StatusCode)
	}
	if n, err := strconv.Atoi(res.Header.Get("Retry-After")); err != nil || n < 1 || n > 15*60 {
		t.Errorf("Retry-After = %q", res.Header.Get("Retry-After"))
	}
	if !strings.Contains(body, "Too many attempts") || sessionCookie(res) != nil {
		t.Errorf("429 page not in English or signed in:\n%s", snippet(body))
	}
	// Another address from the same client is still allowed.
	_, pw2 := h.CreateUser(h.A.Region, "other@a.example.org", auth.RoleStaff)
	res, _ = h.PostForm(c, "/admin/login", url.Values{"email": {"other@a.example.org"}, "password": {pw2}})
	if res.StatusCode != http.StatusSeeOther {
		t.Errorf("other account: status %d", res.StatusCode)
	}
}

func TestSignInRateLimitPerClient(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := h.Client()
	got := 0
	for i := range 31 {
		res, _ := h.PostForm(c, "/admin/login", url.Values{"email": {"user" + strconv.Itoa(i) + "@a.example.org"}, "password": {"x"}})
		got = res.StatusCode
	}
	if got != http.StatusTooManyRequests {
		t.Errorf("31st attempt from one client with different addresses: status %d, want 429", got)
	}
}

func TestNewTokenAtEverySignIn(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	_, pw := h.CreateUser(h.A.Region, "staff@a.example.org", auth.RoleStaff)
	c := h.Client()
	form := url.Values{"email": {"staff@a.example.org"}, "password": {pw}}
	res1, _ := h.PostForm(c, "/admin/login", form)
	res2, _ := h.PostForm(c, "/admin/login", form)
	c1, c2 := sessionCookie(res1), sessionCookie(res2)
	if c1 == nil || c2 == nil || c1.Value == c2.Value {
		t.Fatal("the second sign-in kept the token")
	}
	// The first token no longer works.
	old := h.Client()
	u, _ := url.Parse(h.URL + "/admin/")
	old.Jar.SetCookies(u, []*http.Cookie{{Name: "lotse_session", Value: c1.Value, Path: "/admin/"}})
	if res, _ := h.Get(old, "/admin/"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("old token: status %d, want a redirect to sign in", res.StatusCode)
	}
	if res, _ := h.Get(c, "/admin/"); res.StatusCode != http.StatusOK {
		t.Errorf("new token: status %d", res.StatusCode)
	}
}

func TestLogoutEndsSession(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c, u := signIn(t, h, h.A.Region, "staff@a.example.org", auth.RoleStaff)
	jarURL, _ := url.Parse(h.URL + "/admin/")
	token := c.Jar.Cookies(jarURL)[0].Value
	res, _ := h.PostForm(c, "/admin/logout", nil)
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/admin/login" {
		t.Fatalf("logout: %d to %q", res.StatusCode, res.Header.Get("Location"))
	}
	if ck := sessionCookie(res); ck == nil || ck.MaxAge >= 0 {
		t.Error("logout did not clear the cookie")
	}
	body := get(t, h, c, "/admin/login", http.StatusOK)
	if !strings.Contains(body, "Sie sind abgemeldet") {
		t.Error("no sign-out message")
	}
	// The token is dead on the server too, not just gone from the browser.
	if _, _, err := h.Store.SessionUser(context.Background(), auth.HashToken(token), h.Now); err == nil {
		t.Error("session still in the database")
	}
	es := auditEntries(t, h, h.A.Region, audit.EntityUser, u.ID)
	if len(es) == 0 || es[0].Action != audit.ActionLogout {
		t.Errorf("sign-out not logged: %+v", es)
	}
}

func TestIdleAndExpiredSessions(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	start := h.Now

	c := staffA(t, h)
	h.Now = start.Add(auth.IdleTimeout + time.Minute)
	if res, _ := h.Get(c, "/admin/offers"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("idle session: status %d, want redirect", res.StatusCode)
	}

	h.Now = start
	c, _ = signIn(t, h, h.A.Region, "busy@a.example.org", auth.RoleStaff)
	// Active every hour: never idle, but it still ends after MaxAge.
	for d := time.Hour; d < auth.MaxAge; d += time.Hour {
		h.Now = start.Add(d)
		get(t, h, c, "/admin/", http.StatusOK)
	}
	h.Now = start.Add(auth.MaxAge + time.Minute)
	if res, _ := h.Get(c, "/admin/"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("session past MaxAge: status %d, want redirect", res.StatusCode)
	}
}

func TestEveryPageNeedsSession(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	id := h.A.Services[0].ID
	gets := []string{"/admin/", "/admin/offers", "/admin/offers/new", "/admin/offers/" + id, "/admin/organizations",
		"/admin/locations", "/admin/contacts", "/admin/taxonomies", "/admin/taxonomies/needs", "/admin/terms/" + h.A.Terms["care"].ID,
		"/admin/pages", "/admin/towns", "/admin/users", "/admin/audit", "/admin/audit/1", "/admin/no-such-page"}
	for _, p := range gets {
		res, _ := h.Get(nil, p)
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/admin/login?next=") {
			t.Errorf("GET %s: %d to %q, want redirect to sign in", p, res.StatusCode, res.Header.Get("Location"))
		}
	}
	posts := []string{"/admin/offers/" + id, "/admin/offers/new", "/admin/offers/" + id + "/archive", "/admin/organizations/new",
		"/admin/towns/new", "/admin/users/new", "/admin/terms/" + h.A.Terms["care"].ID}
	for _, p := range posts {
		res, _ := h.PostForm(nil, p, url.Values{"name": {"Hijacked"}, "ver": {"1"}})
		if res.StatusCode != http.StatusUnauthorized {
			t.Errorf("POST %s: status %d, want 401", p, res.StatusCode)
		}
	}
	sv, err := h.Store.Service(context.Background(), h.A.Region.ID, id)
	if err != nil || sv.Name != h.A.Services[0].Name || sv.ArchivedAt != nil {
		t.Errorf("a POST without session changed the offer: %v %q", err, sv.Name)
	}
}

func TestNextParameter(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	_, pw := h.CreateUser(h.A.Region, "staff@a.example.org", auth.RoleStaff)
	res, _ := h.Get(nil, "/admin/offers?q=pflege")
	if loc := res.Header.Get("Location"); loc != "/admin/login?next=%2Fadmin%2Foffers%3Fq%3Dpflege" {
		t.Fatalf("redirect to %q", loc)
	}
	tests := []struct{ next, want string }{
		{"/admin/offers?q=pflege", "/admin/offers?q=pflege"},
		{"https://evil.example/admin/", "/admin/"},
		{"//evil.example/admin/", "/admin/"},
		{"/admin/../evil", "/admin/"},
		{"/admin/%2e%2e/evil", "/admin/"},
		{"/\\evil.example", "/admin/"},
		{"/elsewhere", "/admin/"},
		{"/admin/login", "/admin/"},
		{"javascript:alert(1)", "/admin/"},
	}
	for _, tt := range tests {
		res, _ := h.PostForm(h.Client(), "/admin/login", url.Values{"email": {"staff@a.example.org"}, "password": {pw}, "next": {tt.next}})
		if got := res.Header.Get("Location"); res.StatusCode != http.StatusSeeOther || got != tt.want {
			t.Errorf("next=%q: %d to %q, want %q", tt.next, res.StatusCode, got, tt.want)
		}
	}
}

func TestStaffCannotReachAdminPages(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	town := h.A.Towns[0]
	for _, p := range []string{"/admin/users", "/admin/users/new", "/admin/towns", "/admin/towns/new", "/admin/towns/" + town.ID} {
		get(t, h, c, p, http.StatusForbidden)
	}
	post(t, h, c, "/admin/towns/"+town.ID, url.Values{"name": {"Umbenannt"}, "ver": {"1"}, "postal_codes": {"45768"}, "latitude": {"51"}, "longitude": {"7"}}, http.StatusForbidden)
	post(t, h, c, "/admin/towns/"+town.ID+"/archive", nil, http.StatusForbidden)
	post(t, h, c, "/admin/users/new", url.Values{"email": {"new@a.example.org"}, "role": {"admin"}, "password": {"a long enough password"}}, http.StatusForbidden)
	if _, err := h.Store.UserByEmail(context.Background(), "new@a.example.org"); err == nil {
		t.Error("staff created a user")
	}
	got, err := h.Store.Town(context.Background(), h.A.Region.ID, town.ID)
	if err != nil || got.Name != town.Name || got.ArchivedAt != nil {
		t.Errorf("staff changed a town: %+v %v", got, err)
	}
	body := get(t, h, c, "/admin/", http.StatusOK)
	if strings.Contains(body, `href="/admin/users"`) || strings.Contains(body, `href="/admin/towns"`) {
		t.Error("staff see admin navigation")
	}
}

func TestCrossOriginPostIsRefused(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	sv := h.A.Services[0]
	for _, hdr := range []map[string]string{
		{"Origin": "https://evil.example"},
		{"Sec-Fetch-Site": "cross-site"},
	} {
		req, _ := http.NewRequest(http.MethodPost, h.URL+"/admin/offers/"+sv.ID+"/archive", strings.NewReader(""))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		if res, _ := h.Do(c, req); res.StatusCode != http.StatusForbidden {
			t.Errorf("%v: status %d, want 403", hdr, res.StatusCode)
		}
	}
	got, err := h.Store.Service(context.Background(), h.A.Region.ID, sv.ID)
	if err != nil || got.ArchivedAt != nil {
		t.Error("a cross-origin POST archived the offer")
	}
}

// An editor whose session ends while typing signs in again and sends
// the form: nothing typed is lost.
func TestExpiredSessionKeepsInput(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	_, pw := h.CreateUser(h.A.Region, "slow@a.example.org", auth.RoleStaff)
	c := h.Client()
	h.PostForm(c, "/admin/login", url.Values{"email": {"slow@a.example.org"}, "password": {pw}})
	org := h.A.Orgs[1]
	form := formValues(t, get(t, h, c, "/admin/organizations/"+org.ID, http.StatusOK))
	form.Set("description", "Neue Beschreibung,\nlange getippt – mit „Umlauten“ & <Zeichen>.")

	h.Now = h.Now.Add(auth.IdleTimeout + time.Hour)
	_, body := post(t, h, c, "/admin/organizations/"+org.ID, form, http.StatusUnauthorized)
	if !strings.Contains(body, "Ihre Sitzung ist abgelaufen") {
		t.Errorf("no explanation:\n%s", snippet(body))
	}
	login := url.Values{"email": {"slow@a.example.org"}, "password": {pw}}
	for _, m := range regexpAll(`<input type="hidden" name="([^"]*)" value="([^"]*)">`, body) {
		login.Add(unescape(m[1]), unescape(m[2]))
	}
	if login.Get("kept:description") != form.Get("description") {
		t.Fatalf("the sign-in form does not carry the input: %q", login.Get("kept:description"))
	}
	_, body = post(t, h, c, "/admin/login", login, http.StatusOK)
	resend := url.Values{}
	for _, m := range regexpAll(`<input type="hidden" name="([^"]*)" value="([^"]*)">`, body) {
		resend.Add(unescape(m[1]), unescape(m[2]))
	}
	action := regexpAll(`<form method="post" action="([^"]*)" class="form">`, body)
	if len(action) != 1 || unescape(action[0][1]) != "/admin/organizations/"+org.ID {
		t.Fatalf("resubmit form posts to %v", action)
	}
	res, _ := post(t, h, c, "/admin/organizations/"+org.ID, resend, http.StatusSeeOther)
	if res.Header.Get("Location") != "/admin/organizations/"+org.ID {
		t.Errorf("saved, then to %q", res.Header.Get("Location"))
	}
	got, _ := h.Store.Organization(context.Background(), h.A.Region.ID, org.ID)
	if got.Description != form.Get("description") {
		t.Errorf("description = %q", got.Description)
	}
}

func TestInterfaceLanguage(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	tests := []struct{ header, lang, text string }{
		{"", "de", "Anmelden"},
		{"en-GB,en;q=0.9", "en", "Sign in"},
		{"ku", "de", "Anmelden"}, // not offered: German, never a neighbour language
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(http.MethodGet, h.URL+"/admin/login", nil)
		req.Header.Set("Accept-Language", tt.header)
		res, body := h.Do(nil, req)
		checkHTML(t, "/admin/login", res, body)
		if !strings.Contains(body, `<html lang="`+tt.lang+`" dir="ltr">`) || !strings.Contains(body, tt.text) {
			t.Errorf("Accept-Language %q: want lang %s with %q:\n%s", tt.header, tt.lang, tt.text, body[:min(len(body), 300)])
		}
	}
}
