package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// actionTimeout bounds one browser action (a navigation, a query, a
// script), so that a hang fails the test with a message instead of
// running into go test's global timeout.
const actionTimeout = 30 * time.Second

// startBrowser starts Chromium (LOTSE_CHROMIUM, default /usr/bin/chromium)
// with exactly the flags the project allows, plus the pipe and the first
// blank page chromedp adds itself. Nothing in the list lets the browser
// talk to Google's services; the tabs watch that no page does either.
func startBrowser(profile string) (context.Context, func(), error) {
	path := os.Getenv("LOTSE_CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := os.Stat(path); err != nil {
		return nil, nil, fmt.Errorf("e2e: Chromium not found (set LOTSE_CHROMIUM): %w", err)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
	)
	ctx, cancel := chromedp.NewContext(allocCtx)
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		cancelAlloc()
		return nil, nil, fmt.Errorf("e2e: start Chromium %s: %w", path, err)
	}
	stop := func() {
		_ = chromedp.Cancel(ctx) // closes the browser gracefully
		cancel()
		cancelAlloc()
	}
	return ctx, stop, nil
}

// tabOptions describe the device a tab emulates.
type tabOptions struct {
	Lang    string // the browser's language (Accept-Language); default "de"
	Width   int64  // viewport in CSS pixels; default 1280×900
	Height  int64
	Mobile  bool // a phone: meta viewport applies, touch events
	NoCache bool // always ask the server (to see a change at once)
}

// tab is one browser tab in a browser context of its own (own cookies,
// own cache), watched for console errors, failed requests and requests
// to any host but the server under test. A tab belongs to a test (t):
// its helpers fail that test; in reports to a subtest.
type tab struct {
	t   *testing.T
	srv *server
	ctx context.Context
	w   *watch
}

// watch collects what goes wrong in a tab's pages.
type watch struct {
	host     string // the server under test, host:port
	mu       sync.Mutex
	urls     map[network.RequestID]string
	problems []string
	reported int
}

// openTab opens a tab for the test. When the test ends it reports what
// the watch saw and, if the test failed, saves a screenshot.
func openTab(t *testing.T, srv *server, o tabOptions) *tab {
	t.Helper()
	if o.Lang == "" {
		o.Lang = "de"
	}
	if o.Width == 0 {
		o.Width, o.Height = 1280, 900
	}
	tb := &tab{t: t, srv: srv, w: &watch{host: srv.Host, urls: map[network.RequestID]string{}}}
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext(), chromedp.WithListener(tb.w.listen))
	tb.ctx = ctx
	t.Cleanup(cancel)
	// The first Do binds the tab's life to ctx, so it gets no timeout.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("e2e: open tab: %v", err)
	}
	tb.watchOver(t)

	ver, err := chromedp.CallBrowser(ctx, browser.GetVersion, cdp.Empty{})
	if err != nil {
		t.Fatalf("e2e: browser version: %v", err)
	}
	// The browser's language, per tab: what --lang does for a whole
	// browser, for navigator.language and the Accept-Language header.
	if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
		UserAgent: ver.UserAgent, AcceptLanguage: o.Lang}); err != nil {
		t.Fatalf("e2e: set language: %v", err)
	}
	// Tabs of parallel tests live in windows side by side; each must
	// behave as the focused one for keyboard tests.
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatalf("e2e: focus emulation: %v", err)
	}
	var vp []chromedp.EmulateViewportOption
	if o.Mobile {
		vp = append(vp, chromedp.EmulateMobile)
	}
	tb.do("set viewport", chromedp.EmulateViewport(o.Width, o.Height, vp...))
	if o.NoCache {
		if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
			t.Fatalf("e2e: disable cache: %v", err)
		}
	}
	return tb
}

// in returns the tab for a subtest of its test: the subtest goes on in
// the same tab (same page, same session), and what goes wrong from now
// on is the subtest's failure.
func (tb *tab) in(t *testing.T) *tab {
	t.Helper()
	tb.report()
	sub := &tab{t: t, srv: tb.srv, ctx: tb.ctx, w: tb.w}
	sub.watchOver(t)
	return sub
}

// watchOver reports the watch's findings to t when t ends and saves a
// screenshot if t failed.
func (tb *tab) watchOver(t *testing.T) {
	t.Cleanup(func() {
		tb.report()
		if t.Failed() {
			tb.screenshotOnFailure()
		}
	})
}

// listen sees every event of the tab, in order, on the tab's reading
// goroutine: it must be quick and must not call the browser.
func (w *watch) listen(ev any) {
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		u := ev.Request.URL
		w.mu.Lock()
		w.urls[ev.RequestID] = u
		w.mu.Unlock()
		if !w.local(u) {
			w.problem("request to another host: %s %s", ev.Request.Method, u)
		}
	case *network.EventLoadingFailed:
		w.problem("request failed: %s: %s%s", w.urlOf(ev.RequestID), ev.ErrorText, orEmpty(" blocked: ", string(ev.BlockedReason)))
	case *network.EventResponseReceived:
		// A page may answer 4xx on purpose (404 page, a form with
		// errors, a wrong password); the tests check those statuses
		// themselves. Anything else failing is a broken page.
		st := ev.Response.Status
		if st >= 500 || (st >= 400 && ev.Type != network.ResourceTypeDocument) {
			w.problem("%d for %s (%s)", st, ev.Response.URL, ev.Type)
		}
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				var s string
				if json.Unmarshal(a.Value, &s) != nil {
					s = string(a.Value) + a.Description
				}
				parts = append(parts, s)
			}
			w.problem("console.%s: %s", ev.Type, strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		w.problem("uncaught exception at %s:%d: %s", d.URL, d.LineNumber+1, msg)
	case *log.EventEntryAdded:
		// Network errors come from the network events above, which
		// know the expected statuses; the rest (CSP violations,
		// deprecations that break, …) are the page's errors.
		if e := ev.Entry; e.Level == log.EntryLevelError && e.Source != log.EntrySourceNetwork {
			w.problem("browser log (%s): %s %s", e.Source, e.Text, e.URL)
		}
	}
}

// local reports whether a request stays on the server under test (or
// needs no network at all).
func (w *watch) local(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data", "about", "blob":
		return true
	case "http":
		return u.Host == w.host
	}
	return false
}

func (w *watch) urlOf(id network.RequestID) string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.urls[id]
}

func (w *watch) problem(format string, args ...any) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.problems = append(w.problems, fmt.Sprintf(format, args...))
}

// report fails the test for each problem the watch saw since the last
// report; every action calls it, so a failure shows up next to its cause.
func (tb *tab) report() {
	tb.t.Helper()
	w := tb.w
	w.mu.Lock()
	fresh := w.problems[w.reported:]
	w.reported = len(w.problems)
	w.mu.Unlock()
	for _, p := range fresh {
		tb.t.Errorf("page problem: %s", p)
	}
}

// screenshotOnFailure saves what the tab shows as testdata/out/<test>.png.
func (tb *tab) screenshotOnFailure() {
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		tb.t.Logf("no screenshot: %v", err)
		return
	}
	path := filepath.Join(outDir, fileName(tb.t.Name())+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		tb.t.Logf("no screenshot: %v", err)
		return
	}
	tb.t.Logf("screenshot of the failure: %s (at %s)", path, tb.location())
}

// saveScreenshot writes a full-page PNG of what the tab shows to
// testdata/out/name.png and returns the path.
func (tb *tab) saveScreenshot(name string) string {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		tb.t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(outDir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		tb.t.Fatalf("screenshot %s: %v", name, err)
	}
	return path
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

func fileName(testName string) string { return unsafeName.ReplaceAllString(testName, "_") }

func orEmpty(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

// do runs actions that return nothing and fails the test on an error.
func (tb *tab) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.t.Fatalf("%s: %v (at %s)", what, err, tb.location())
	}
	tb.report()
}

// load runs actions that navigate (a click on a link, Enter on a
// button) and returns the HTTP status of the page they lead to.
func (tb *tab) load(what string, steps ...chromedp.Action[chromedp.Void]) int {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	resp, err := chromedp.RunResponse(ctx, steps...)
	if err != nil {
		tb.t.Fatalf("%s: %v (at %s)", what, err, tb.location())
	}
	tb.report()
	if resp == nil {
		tb.t.Fatalf("%s: no response (at %s)", what, tb.location())
	}
	return int(resp.Status)
}

// open goes to a path of the server and returns the status.
func (tb *tab) open(path string) int {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(tb.srv.URL+path))
	if err != nil {
		tb.t.Fatalf("open %s: %v", path, err)
	}
	tb.report()
	return int(resp.Status)
}

// mustOpen goes to a path and fails the test unless it answers want.
func (tb *tab) mustOpen(path string, want int) {
	tb.t.Helper()
	if got := tb.open(path); got != want {
		tb.t.Fatalf("GET %s: status %d, want %d", path, got, want)
	}
}

// click clicks the first element matching a CSS selector and waits for
// the page it leads to; it returns that page's status.
func (tb *tab) click(sel string) int {
	tb.t.Helper()
	tb.mustExist(sel)
	return tb.load("click "+sel, chromedp.Click(chromedp.CSS(sel)))
}

// location is the URL the tab shows, "" when it cannot tell.
func (tb *tab) location() string {
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	u, _ := chromedp.Run(ctx, chromedp.Location())
	return u
}

// path is the path and query of the page the tab shows.
func (tb *tab) path() string {
	tb.t.Helper()
	u, err := url.Parse(tb.location())
	if err != nil {
		tb.t.Fatalf("location: %v", err)
	}
	return u.RequestURI()
}

// query is the query of the page the tab shows.
func (tb *tab) query() url.Values {
	tb.t.Helper()
	u, err := url.Parse(tb.location())
	if err != nil {
		tb.t.Fatalf("location: %v", err)
	}
	return u.Query()
}

// eval evaluates a JavaScript expression in the page and decodes its
// JSON value into T.
func eval[T any](tb *tab, js string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluate %q: %v (at %s)", abbrev(js), err, tb.location())
	}
	tb.report()
	return v
}

func abbrev(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		return s[:117] + "..."
	}
	return s
}

// exists reports whether a CSS selector matches an element.
func (tb *tab) exists(sel string) bool {
	tb.t.Helper()
	return eval[bool](tb, fmt.Sprintf(`document.querySelector(%s) !== null`, jsString(sel)))
}

func (tb *tab) mustExist(sel string) {
	tb.t.Helper()
	if !tb.exists(sel) {
		tb.t.Fatalf("no element %s on %s", sel, tb.location())
	}
}

// text is the rendered text of the first element matching sel, with
// white space collapsed; it fails the test when there is none.
func (tb *tab) text(sel string) string {
	tb.t.Helper()
	tb.mustExist(sel)
	return eval[string](tb, fmt.Sprintf(`document.querySelector(%s).innerText.replace(/\s+/g, " ").trim()`, jsString(sel)))
}

// texts are the rendered texts of all elements matching sel.
func (tb *tab) texts(sel string) []string {
	tb.t.Helper()
	return eval[[]string](tb, fmt.Sprintf(`Array.from(document.querySelectorAll(%s), e => e.innerText.replace(/\s+/g, " ").trim())`, jsString(sel)))
}

// attrs are an attribute of all elements matching sel.
func (tb *tab) attrs(sel, name string) []string {
	tb.t.Helper()
	return eval[[]string](tb, fmt.Sprintf(`Array.from(document.querySelectorAll(%s), e => e.getAttribute(%s) || "")`, jsString(sel), jsString(name)))
}

// value is the current value of a form field.
func (tb *tab) value(sel string) string {
	tb.t.Helper()
	tb.mustExist(sel)
	return eval[string](tb, fmt.Sprintf(`document.querySelector(%s).value`, jsString(sel)))
}

// typeInto focuses a field and types text into it, key by key.
func (tb *tab) typeInto(sel, text string) {
	tb.t.Helper()
	tb.mustExist(sel)
	tb.do("type into "+sel, chromedp.SendKeys(chromedp.CSS(sel), text))
}

// selectOption picks the option of a <select> whose visible label
// starts with label, as a user choosing it would (change event included).
func (tb *tab) selectOption(sel, label string) {
	tb.t.Helper()
	ok := eval[bool](tb, fmt.Sprintf(`(() => {
		const s = document.querySelector(%s);
		if (!s) return false;
		const o = Array.from(s.options).find(o => o.text.trim().startsWith(%s));
		if (!o) return false;
		s.value = o.value;
		s.dispatchEvent(new Event("input", {bubbles: true}));
		s.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`, jsString(sel), jsString(label)))
	if !ok {
		tb.t.Fatalf("no option %q in %s on %s", label, sel, tb.location())
	}
}

// press sends keys to the focused element.
func (tb *tab) press(keys string) {
	tb.t.Helper()
	tb.do(fmt.Sprintf("press %q", keys), chromedp.KeyEvent(keys))
}

// pressLoad sends keys that navigate and returns the new page's status.
func (tb *tab) pressLoad(keys string) int {
	tb.t.Helper()
	return tb.load(fmt.Sprintf("press %q", keys), chromedp.KeyEvent(keys))
}

// tabTo presses Tab until the focused element satisfies the JavaScript
// predicate over `el`, and fails after max presses: what a keyboard user
// cannot reach by Tab is not there for them.
func (tb *tab) tabTo(what, predicate string, max int) {
	tb.t.Helper()
	check := fmt.Sprintf(`(el => !!el && el !== document.body && (%s))(document.activeElement)`, predicate)
	for range max {
		tb.press(kb.Tab)
		if eval[bool](tb, check) {
			return
		}
	}
	tb.t.Fatalf("%s not reached with %d presses of Tab on %s", what, max, tb.location())
}

// focusVisible checks that the focused element shows that it has the
// focus (WCAG 2.4.7), as an outline or a box shadow.
func (tb *tab) focusVisible(what string) {
	tb.t.Helper()
	ok := eval[bool](tb, `(el => {
		const s = getComputedStyle(el);
		return el.matches(":focus-visible") && ((s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none");
	})(document.activeElement)`)
	if !ok {
		tb.t.Errorf("%s has the keyboard focus but shows no focus indicator", what)
	}
}

// noHorizontalScroll checks that the page fits the viewport's width.
func (tb *tab) noHorizontalScroll(width int) {
	tb.t.Helper()
	got := eval[int](tb, `document.scrollingElement.scrollWidth`)
	if got > width {
		wide := eval[[]string](tb, fmt.Sprintf(`Array.from(document.querySelectorAll("body *"))
			.filter(e => e.getBoundingClientRect().right > %d + 0.5)
			.filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > %d + 0.5))
			.slice(0, 5)
			.map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className ? "." + String(e.className).trim().replace(/\s+/g, ".") : "") + " (right edge " + Math.round(e.getBoundingClientRect().right) + "px)")`, width, width))
		tb.t.Errorf("%s scrolls sideways at %d px: scrollWidth %d; widest elements: %s", tb.path(), width, got, strings.Join(wide, ", "))
	}
}

// jsString quotes s as a JavaScript string literal (JSON is one).
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
