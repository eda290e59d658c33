package site_test

import (
	"slices"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
)

// The site builds some message keys from codes (access methods,
// accessibility features, organisation types), which the locale test
// cannot see in the source. This test checks them instead.
func TestCodesHaveTexts(t *testing.T) {
	t.Parallel()
	c, err := i18n.Load()
	must(t, err)
	var keys []string
	for slug, prefix := range map[string]string{directory.TaxAccess: "site.access.", directory.TaxAccessible: "site.feature.",
		directory.TaxOrgTypes: "site.orgtype."} {
		b, ok := directory.Builtin(slug)
		if !ok || len(b.Terms) == 0 {
			t.Fatalf("no built-in taxonomy %s", slug)
		}
		for _, term := range b.Terms {
			keys = append(keys, prefix+term.Code)
		}
	}
	for _, code := range directory.OrgTypes {
		keys = append(keys, "site.orgtype."+code, "site.orggroup."+code)
	}
	for _, n := range []string{"1", "2", "3", "4", "5", "last"} {
		keys = append(keys, "site.hours.nth."+n)
	}
	for _, d := range directory.Weekdays {
		keys = append(keys, "weekday."+d, "weekday.short."+d)
	}
	for _, l := range c.Languages() {
		have := c.Keys(l.Code)
		for _, k := range keys {
			if !slices.Contains(have, k) {
				t.Errorf("%s: no text for %s", l.Code, k)
			}
		}
	}
}
