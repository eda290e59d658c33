package backoffice_test

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/metrics"
	"github.com/lotse/lotse/internal/web"
	"github.com/lotse/lotse/internal/web/webtest"
)

// attempt posts a failing sign-in to base with the given X-Forwarded-For
// ("" for none) and returns the status.
func attempt(t *testing.T, h *webtest.Harness, base, xff string, n int) int {
	t.Helper()
	form := url.Values{"email": {"user" + strconv.Itoa(n) + "@a.example.org"}, "password": {"x"}}
	req, err := http.NewRequest(http.MethodPost, base+"/admin/login", strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", base)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	if xff != "" {
		req.Header.Set("X-Forwarded-For", xff)
	}
	res, _ := h.Do(h.Client(), req)
	return res.StatusCode
}

// Without trusted proxies, X-Forwarded-For changes nothing: a client
// cannot escape the limit per client by inventing addresses.
func TestSignInLimitIgnoresForwardedForByDefault(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	got := 0
	for i := range 31 {
		got = attempt(t, h, h.URL, "198.51.100."+strconv.Itoa(i+1), i)
	}
	if got != http.StatusTooManyRequests {
		t.Errorf("31st attempt with a new X-Forwarded-For each time: status %d, want 429", got)
	}
}

// Behind a trusted proxy, each client the proxy names has its own limit.
func TestSignInLimitPerClientBehindTrustedProxy(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	env := *h.Env
	env.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	handler, err := web.New(&env, metrics.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)

	got := 0
	for i := range 31 {
		got = attempt(t, h, srv.URL, "198.51.100.1", i)
	}
	if got != http.StatusTooManyRequests {
		t.Errorf("31st attempt of one client behind the proxy: status %d, want 429", got)
	}
	if got := attempt(t, h, srv.URL, "198.51.100.2", 99); got != http.StatusUnauthorized {
		t.Errorf("another client behind the proxy: status %d, want 401", got)
	}
	// An address the client puts in front of the proxy's entry is not believed.
	if got := attempt(t, h, srv.URL, "198.51.100.3, 198.51.100.1", 98); got != http.StatusTooManyRequests {
		t.Errorf("limited client claiming another address: status %d, want 429", got)
	}
}
