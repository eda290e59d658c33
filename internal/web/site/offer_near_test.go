package site_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/web/webtest"
)

// byID returns the element with the id, or nil.
func byID(root *node, tag, id string) *node {
	for _, n := range root.find(tag) {
		if n.attrs["id"] == id {
			return n
		}
	}
	return nil
}

// The fixture: Pflegeberatung and Wohnberatung at BIP Marl (a point,
// postal code 45772, step-free, open Mon/Tue 9–14 and Wed 9–14:30);
// Hausaufgabenhilfe in Dorsten at a place without a point or hours.
// The harness's clock stands at Monday, 23 November 2026, 10:30.
func TestOfferListAccessOpeningAndNear(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	const (
		haus   = "Hausaufgabenhilfe"
		pflege = "Pflegeberatung auf Türkisch"
		wohn   = "Wohnberatung"
	)
	tests := []struct {
		query string
		want  []string
		// options: select name → value → text (with the count)
		options map[string]map[string]string
	}{
		{"", []string{haus, pflege, wohn}, map[string]map[string]string{
			"open": {"": "Egal wann", "now": "Jetzt (2)", "2026-11-23": "Heute (2)", "2026-11-24": "Morgen (2)",
				"2026-11-26": "Donnerstag, 26.11.2026 (0)", "2026-11-29": "Sonntag, 29.11.2026 (0)"},
			"km": {"10": "bis 10 km"},
		}},
		{"?stepfree=1", []string{pflege, wohn}, nil},
		{"?open=now", []string{pflege, wohn}, map[string]map[string]string{"open": {"now": "Jetzt (2)"}}},
		{"?open=2026-11-25", []string{pflege, wohn}, nil},
		{"?open=2026-11-26", nil, map[string]map[string]string{"open": {"2026-11-25": "Mittwoch, 25.11.2026 (2)"}}},
		// A day beyond the week from a shared link is kept and shown.
		{"?open=2026-12-07", []string{pflege, wohn}, map[string]map[string]string{"open": {"2026-12-07": "Montag, 07.12.2026"}}},
		// Near: the place without a point is never near.
		{"?near=45772", []string{pflege, wohn}, map[string]map[string]string{"km": {"2": "bis 2 km (2)", "10": "bis 10 km (2)"}}},
		{"?near=marl", []string{pflege, wohn}, nil},
		{"?near=%D9%A4%D9%A5%D9%A7%D9%A7%D9%A2", []string{pflege, wohn}, nil}, // ٤٥٧٧٢, as Arabic keyboards type it
		{"?near=%DB%B4%DB%B5%DB%B7%DB%B7%DB%B2", []string{pflege, wohn}, nil}, // ۴۵۷۷۲, Persian digits
		{"?near=45768+Marl&km=2", []string{pflege, wohn}, nil},
		// Dorsten's centre is some 9 km from BIP Marl.
		{"?near=Dorsten&km=5", nil, map[string]map[string]string{"km": {"5": "bis 5 km (0)", "10": "bis 10 km (2)"}}},
		{"?near=Dorsten&km=25", []string{pflege, wohn}, nil},
		// Unknown: not applied, said so, input kept.
		{"?near=99999", []string{haus, pflege, wohn}, nil},
		{"?near=Berlin", []string{haus, pflege, wohn}, nil},
		{"?open=yesterday&km=7", []string{haus, pflege, wohn}, nil},
		{"?near=marl&stepfree=1&open=now&free=1", []string{pflege}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			body := page(t, h, "/kreis-re/de/offers"+tt.query, http.StatusOK)
			checkCardsAndOptions(t, parse(t, body), tt.want, tt.options)
		})
	}
}

func TestOfferListNearShowsDistanceAndErrors(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	root := parse(t, page(t, h, "/kreis-re/de/offers?near=Dorsten&km=25", http.StatusOK))
	body := root.textOf()
	for _, want := range []string{"Sortiert nach Entfernung", "In der Nähe von: Dorsten, bis 25 km"} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if !regexp.MustCompile(`Entfernung ?8,8 km`).MatchString(body) {
		t.Errorf("no distance of 8,8 km on the cards: %s", body)
	}
	// An unknown place: the message is tied to the field, which keeps
	// what was typed; no "sorted by distance".
	root = parse(t, page(t, h, "/kreis-re/de/offers?near=Atlantis", http.StatusOK))
	in := byID(root, "input", "f-near")
	if in == nil || in.attrs["value"] != "Atlantis" || in.attrs["aria-invalid"] != "true" || !strings.Contains(in.attrs["aria-describedby"], "f-near-error") {
		t.Fatalf("near field: %+v", in)
	}
	if e := byID(root, "p", "f-near-error"); e == nil || !strings.Contains(e.textOf(), "kennen wir hier nicht") {
		t.Error("no message for an unknown place")
	}
	if strings.Contains(root.textOf(), "Sortiert nach Entfernung") {
		t.Error("an unknown place sorts by distance")
	}
	// Arabic: the message and the options are translated, the typed
	// text is kept.
	root = parse(t, page(t, h, "/kreis-re/ar/offers?near=Atlantis&open=now", http.StatusOK))
	if e := byID(root, "p", "f-near-error"); e == nil || strings.Contains(e.textOf(), "kennen") {
		t.Error("the message for an unknown place is not in Arabic")
	}
}

func TestOfferListNothingOpenOffersWayOut(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	// Thursday: nothing is open; dropping the day finds three offers,
	// dropping "step-free" still nothing.
	root := parse(t, page(t, h, "/kreis-re/de/offers?open=2026-11-26&stepfree=1", http.StatusOK))
	var ways []string
	for _, a := range root.find("a") {
		if strings.Contains(a.attrs["href"], "/offers") && strings.HasPrefix(a.textOf(), "Ohne") {
			ways = append(ways, a.textOf())
		}
	}
	if len(ways) != 1 || !strings.Contains(ways[0], "Geöffnet") {
		t.Errorf("ways out = %q, want one without the opening day", ways)
	}
}
