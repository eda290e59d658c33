package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/chromedp/chromedp"
)

// axeTags are the rule sets the pages must pass: WCAG 2.1 A and AA (what
// BITV 2.0 requires) and axe's best practices.
const axeTags = `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]`

// loadAxe reads axe-core as npm installed it into e2e/node_modules.
var loadAxe = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		return "", fmt.Errorf("e2e: axe-core missing, run `npm ci` in e2e/: %w", err)
	}
	return string(b), nil
})

// axeViolation is one rule a page breaks, with the elements that break it.
type axeViolation struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target  json.RawMessage `json:"target"`
		Summary string          `json:"summary"`
	} `json:"nodes"`
}

// checkA11y runs axe-core on the page the tab shows. Serious and critical
// violations fail the test; moderate and minor ones are logged.
//
// The script goes in through DevTools (Runtime.evaluate), which the
// page's Content-Security-Policy does not govern, so the page is tested
// exactly as it is served.
func checkA11y(tb *tab) {
	tb.t.Helper()
	src, err := loadAxe()
	if err != nil {
		tb.t.Fatal(err)
	}
	if !eval[bool](tb, `typeof window.axe === "object"`) {
		// "void 0": the script's own value (the axe object) must not be
		// serialised back, which takes seconds.
		tb.do("inject axe-core", chromedp.Evaluate[chromedp.Void](src+"\n;void 0"))
	}
	raw := eval[string](tb, `axe.run(document, {runOnly: `+axeTags+`, resultTypes: ["violations"]}).then(r => JSON.stringify(
		r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
			nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))}))))`)
	var vs []axeViolation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		tb.t.Fatalf("axe result: %v", err)
	}
	where := tb.path()
	for _, v := range vs {
		var targets []string
		for _, n := range v.Nodes {
			targets = append(targets, string(n.Target))
		}
		msg := fmt.Sprintf("axe %s on %s: %s (%s) [%s]\n  elements: %s", v.Impact, where, v.ID, v.Help, v.HelpURL, strings.Join(targets, ", "))
		switch v.Impact {
		case "serious", "critical":
			if len(v.Nodes) > 0 && v.Nodes[0].Summary != "" {
				msg += "\n  " + strings.ReplaceAll(v.Nodes[0].Summary, "\n", "\n  ")
			}
			tb.t.Error(msg)
		default:
			tb.t.Log(msg)
		}
	}
}
