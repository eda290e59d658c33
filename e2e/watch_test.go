package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestWatchCatchesProblems shows that a tab's watch notices what it must
// fail the journeys for: a request to another host, a failed request and
// a console error. It needs no server: the page is about:blank, and the
// "other host" is a second loopback address on a port Chromium refuses
// to connect to, so nothing leaves the browser.
func TestWatchCatchesProblems(t *testing.T) {
	needE2E(t)
	tb := openTab(t, &server{Host: "127.0.0.1:1", URL: "http://127.0.0.1:1"}, tabOptions{})
	// Straight through chromedp: the tab's own helpers would report the
	// problems as failures of this test.
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate("about:blank"),
		chromedp.Evaluate[chromedp.Void](`fetch("http://127.0.0.2:9/tracker.js").catch(() => {})`, chromedp.EvalAwaitPromise),
		chromedp.Evaluate[chromedp.Void](`console.error("something broke")`),
	); err != nil {
		t.Fatal(err)
	}

	w := tb.w
	w.mu.Lock()
	got := strings.Join(w.problems, "\n")
	w.problems, w.reported = nil, 0 // seen here; the tab must not fail the test
	w.mu.Unlock()
	for _, want := range []string{
		"request to another host: GET http://127.0.0.2:9/tracker.js",
		"request failed: http://127.0.0.2:9/tracker.js",
		"console.error: something broke",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the watch missed %q; it saw:\n%s", want, got)
		}
	}
}
