package e2e

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBackOffice walks the staff's journeys on a server of its own,
// since they change the directory.
func TestBackOffice(t *testing.T) {
	needE2E(t)
	t.Parallel()
	srv := startServer(t)

	t.Run("WrongPasswordShowsError", func(t *testing.T) { wrongPassword(t, srv) })
	t.Run("StaffPublishesOffer", func(t *testing.T) { staffPublishesOffer(t, srv) })
	t.Run("Accessibility", func(t *testing.T) { backOfficeAccessibility(t, srv) })
}

// signIn fills in the sign-in form, which /admin/ leads to, and returns
// the status of the page the form leads to.
func signIn(t *testing.T, tb *tab, email, password string) int {
	t.Helper()
	tb.mustOpen("/admin/", 200)
	if got := tb.path(); !strings.HasPrefix(got, "/admin/login") {
		t.Fatalf("/admin/ without a session shows %s, want the sign-in form", got)
	}
	tb.typeInto("#f-email", email)
	tb.typeInto("#f-password", password)
	return tb.click(`form[action="/admin/login"] button[type="submit"]`)
}

// wrongPassword: a wrong password gets the error message, keeps the
// e-mail address, forgets the password and signs nobody in.
func wrongPassword(t *testing.T, srv *server) {
	tb := openTab(t, srv, tabOptions{})
	if st := signIn(t, tb, srv.AdminEmail, srv.AdminPassword+"x"); st != 401 {
		t.Errorf("wrong password: status %d, want 401", st)
	}
	if got := tb.path(); !strings.HasPrefix(got, "/admin/login") {
		t.Fatalf("a wrong password led to %s", got)
	}
	want := tr(t, "de", "admin.login.failed")
	if got := tb.text(`main [role="alert"]`); !strings.Contains(got, want) {
		t.Errorf("the error says %q, want it to say %q", got, want)
	}
	if got := tb.value("#f-email"); got != srv.AdminEmail {
		t.Errorf("the e-mail field holds %q after the error, want %q", got, srv.AdminEmail)
	}
	if got := tb.value("#f-password"); got != "" {
		t.Errorf("the password field is filled in again after the error")
	}
	tb.mustOpen("/admin/", 200)
	if got := tb.path(); !strings.HasPrefix(got, "/admin/login") {
		t.Errorf("after a wrong password /admin/ shows %s, want the sign-in form", got)
	}
}

var recordPath = regexp.MustCompile(`^/admin/(organizations|locations|offers)/([0-9a-f-]{36})$`)

// saveForm presses the form's save button and returns the status.
func saveForm(tb *tab) int {
	tb.t.Helper()
	return tb.click(`#record-form button[name="action"][value="save"]`)
}

// expectSaved checks that a save landed on the record's page with the
// flash message, and returns the record's id.
func expectSaved(t *testing.T, tb *tab, status int, kind, flashKey string) string {
	t.Helper()
	if status != 200 {
		t.Fatalf("saving the %s: status %d; errors: %v", kind, status, tb.texts(`main [role="alert"] li`))
	}
	m := recordPath.FindStringSubmatch(tb.path())
	if m == nil || m[1] != kind {
		t.Fatalf("saving the %s led to %s", kind, tb.path())
	}
	if got, want := tb.text(`main [role="status"]`), tr(t, "de", flashKey); got != want {
		t.Errorf("after saving the %s the message is %q, want %q", kind, got, want)
	}
	return m[2]
}

// check ticks the checkbox of a fieldset whose label starts with label.
func check(t *testing.T, tb *tab, fieldset, label string) {
	t.Helper()
	id := eval[string](tb, fmt.Sprintf(`(() => {
		const l = Array.from(document.querySelectorAll(%s + " label")).find(l => l.innerText.trim().startsWith(%s));
		return l ? l.htmlFor : "";
	})()`, jsString(fieldset), jsString(label)))
	if id == "" {
		t.Fatalf("no choice %q in %s", label, fieldset)
	}
	tb.do("tick "+label, chromedp.Click(chromedp.ID(id)))
	if !eval[bool](tb, fmt.Sprintf(`document.getElementById(%s).checked`, jsString(id))) {
		t.Fatalf("%q in %s is not ticked after a click", label, fieldset)
	}
}

// setField sets a field's value as a browser's own widget would (time
// inputs have no typing that works the same in every locale).
func setField(t *testing.T, tb *tab, sel, value string) {
	t.Helper()
	ok := eval[bool](tb, fmt.Sprintf(`(() => {
		const e = document.querySelector(%s);
		if (!e) return false;
		e.value = %s;
		e.dispatchEvent(new Event("input", {bubbles: true}));
		e.dispatchEvent(new Event("change", {bubbles: true}));
		return e.value === %s;
	})()`, jsString(sel), jsString(value), jsString(value)))
	if !ok {
		t.Fatalf("cannot set %s to %q", sel, value)
	}
}

// staffPublishesOffer: a staff member signs in with the printed login,
// creates an organisation, a location and an offer, meets a validation
// error that keeps what was typed, saves, archives and restores the
// offer, finds it all in the audit log, sees the offer on the public
// site, and signs out.
func staffPublishesOffer(t *testing.T, srv *server) {
	tb := openTab(t, srv, tabOptions{NoCache: true})
	const (
		orgName   = "Pflegelotsen Marl-Hüls e.V."
		locName   = "Beratungsstelle Hüls"
		offerName = "Pflegeberatung auf Türkisch in Hüls"
		street    = "Bergstraße 12"
		postcode  = "45772"
	)

	if st := signIn(t, tb, srv.AdminEmail, srv.AdminPassword); st != 200 {
		t.Fatalf("sign-in with the printed login: status %d: %s", st, tb.text("main"))
	}
	if got := tb.path(); got != "/admin/" {
		t.Fatalf("signing in led to %s, want the dashboard /admin/", got)
	}

	// The organisation.
	tb.click(`nav a[href="/admin/organizations"]`)
	tb.click(`main a[href="/admin/organizations/new"]`)
	tb.typeInto("#f-name", orgName)
	tb.do("choose a type", chromedp.Click(chromedp.CSS(`input[name="type"]`)))
	tb.typeInto("#f-description", "Ehrenamtliche begleiten Familien, die Angehörige pflegen.")
	orgID := expectSaved(t, tb, saveForm(tb), "organizations", "admin.flash.saved")

	// The location, in Marl, open on Monday mornings.
	tb.click(`nav a[href="/admin/locations"]`)
	tb.click(`main a[href="/admin/locations/new"]`)
	tb.do("choose a physical location", chromedp.Click(chromedp.CSS(`input[name="type"][value="physical"]`)))
	tb.typeInto("#f-name", locName)
	tb.selectOption("#f-organization_id", orgName)
	tb.typeInto("#f-address_1", street)
	tb.typeInto("#f-postal_code", postcode)
	tb.selectOption("#f-town_id", "Marl")
	setField(t, tb, "#f-hours_MO_1_opens", "09:00")
	setField(t, tb, "#f-hours_MO_1_closes", "12:30")
	expectSaved(t, tb, saveForm(tb), "locations", "admin.flash.saved")

	// The offer, first without its description.
	tb.click(`nav a[href="/admin/offers"]`)
	tb.click(`main a[href="/admin/offers/new"]`)
	tb.selectOption("#f-organization_id", orgName)
	tb.typeInto("#f-name", offerName)
	check(t, tb, "#f-needs", "Pflege")
	check(t, tb, "#f-languages", "Türkçe")
	check(t, tb, "#f-locations", locName)
	if st := saveForm(tb); st != 422 {
		t.Fatalf("an offer without a description: status %d, want 422", st)
	}
	if !tb.exists(`main [role="alert"] a[href="#f-description"]`) {
		t.Errorf("the error summary does not lead to the description: %q", tb.text(`main [role="alert"]`))
	}
	if got := eval[string](tb, `document.getElementById("f-description").getAttribute("aria-invalid") || ""`); got != "true" {
		t.Errorf("the description is not marked invalid (aria-invalid=%q)", got)
	}
	if got := tb.value("#f-name"); got != offerName {
		t.Errorf("the name field holds %q after the error, want what was typed: %q", got, offerName)
	}
	if got := tb.value("#f-organization_id"); got != orgID {
		t.Errorf("the organisation is %q after the error, want %q", got, orgID)
	}
	kept := eval[[]string](tb, `Array.from(document.querySelectorAll("#record-form input[type=checkbox]:checked"), c => c.labels[0].innerText.trim())`)
	for _, want := range []string{"Pflege", "Türkçe", locName} {
		if !slices.ContainsFunc(kept, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("the choice %q is lost after the error (ticked: %v)", want, kept)
		}
	}
	tb.typeInto("#f-description", "Wir beraten Sie auf Türkisch und Deutsch zu Pflegegrad, Pflegegeld und Entlastung.")
	offerID := expectSaved(t, tb, saveForm(tb), "offers", "admin.flash.saved")
	offerPath := "/admin/offers/" + offerID
	public := region + "/de/offers/" + offerID
	tb.mustOpen(public, 200)

	// Archive: gone from the public site; restore: back.
	tb.mustOpen(offerPath, 200)
	if st := tb.click(`main form[action="` + offerPath + `/archive"] button`); st != 200 {
		t.Fatalf("archive: status %d", st)
	}
	if got, want := tb.text(`main [role="status"]`), tr(t, "de", "admin.flash.archived"); got != want {
		t.Errorf("after archiving the message is %q, want %q", got, want)
	}
	tb.mustOpen(public, 404)
	tb.mustOpen(offerPath, 200)
	if st := tb.click(`main form[action="` + offerPath + `/restore"] button`); st != 200 {
		t.Fatalf("restore: status %d", st)
	}
	if got, want := tb.text(`main [role="status"]`), tr(t, "de", "admin.flash.restored"); got != want {
		t.Errorf("after restoring the message is %q, want %q", got, want)
	}

	// The audit log has every change, by this user.
	tb.click(`nav a[href="/admin/audit"]`)
	rows := eval[[][]string](tb, `Array.from(document.querySelectorAll("main table tbody tr"),
		r => Array.from(r.cells, c => c.innerText.replace(/\s+/g, " ").trim()))`)
	actions := map[string][]string{}
	for _, r := range rows {
		if len(r) < 4 {
			continue
		}
		for _, name := range []string{orgName, locName, offerName} {
			if strings.Contains(r[3], name) {
				actions[name] = append(actions[name], r[2])
				if r[1] != srv.AdminEmail {
					t.Errorf("the audit log names %q for a change to %s, want %s", r[1], name, srv.AdminEmail)
				}
			}
		}
	}
	for name, want := range map[string][]string{
		orgName:   {"create"},
		locName:   {"create"},
		offerName: {"create", "archive", "restore"},
	} {
		for _, a := range want {
			if label := tr(t, "de", "admin.action."+a); !slices.Contains(actions[name], label) {
				t.Errorf("the audit log lacks %q for %s (it has %v)", label, name, actions[name])
			}
		}
	}

	// The public site lists the offer among the care offers in Marl,
	// with its place, hours and provider.
	tb.mustOpen(region+"/de/offers?need=care&town=marl", 200)
	link := `main ol article h3 a[href="` + public + `"]`
	if !tb.exists(link) {
		t.Fatalf("the new offer is not among the care offers in Marl: %v", tb.texts(`main ol article h3`))
	}
	if st := tb.click(link); st != 200 {
		t.Fatalf("the new offer's page: status %d", st)
	}
	if got := tb.text("main h1"); got != offerName {
		t.Errorf("the offer's page is headed %q, want %q", got, offerName)
	}
	page := tb.text("main")
	for _, want := range []string{street, postcode + " Marl", orgName} {
		if !strings.Contains(page, want) {
			t.Errorf("the offer's page does not show %q", want)
		}
	}
	if !slices.Contains(tb.texts("main table caption"), tr(t, "de", "site.hours.caption")) {
		t.Errorf("the offer's page shows no opening hours")
	}
	if !tb.exists(`main li[lang="tr"]`) {
		t.Errorf("the offer's page does not say it is held in Turkish")
	}

	// Sign out: the session is gone.
	tb.mustOpen("/admin/", 200)
	if st := tb.click(`form[action="/admin/logout"] button`); st != 200 {
		t.Fatalf("sign out: status %d", st)
	}
	if got := tb.path(); !strings.HasPrefix(got, "/admin/login") {
		t.Errorf("signing out led to %s, want the sign-in form", got)
	}
	if got, want := tb.text(`main [role="status"]`), tr(t, "de", "admin.flash.signed_out"); got != want {
		t.Errorf("after signing out the message is %q, want %q", got, want)
	}
	tb.mustOpen(offerPath, 200)
	if got := tb.path(); !strings.HasPrefix(got, "/admin/login") {
		t.Errorf("after signing out %s shows %s, want the sign-in form", offerPath, got)
	}
}

// backOfficeAccessibility runs axe-core on the sign-in form, the
// dashboard, a form with errors, a list, the audit log and the
// translation work (dashboard, work list, side-by-side editor), in
// German, English, and the two right-to-left languages, Arabic and
// Farsi, which a browser speaking them gets without choosing.
func backOfficeAccessibility(t *testing.T, srv *server) {
	for _, lang := range []string{"de", "en", "ar", "fa"} {
		t.Run(lang, func(t *testing.T) {
			tb := openTab(t, srv, tabOptions{Lang: lang})
			wantDir := "ltr"
			if lang == "ar" || lang == "fa" {
				wantDir = "rtl"
			}
			a11y := func(name string) {
				t.Run(name, func(t *testing.T) {
					tb := tb.in(t)
					gotLang, gotDir := eval[string](tb, `document.documentElement.lang`), eval[string](tb, `document.documentElement.dir`)
					if gotLang != lang || gotDir != wantDir {
						t.Errorf("%s: <html lang=%q dir=%q>, want lang=%q dir=%q", tb.path(), gotLang, gotDir, lang, wantDir)
					}
					checkA11y(tb)
				})
			}
			tb.mustOpen("/admin/login", 200)
			a11y("login")
			if st := signIn(t, tb, srv.AdminEmail, srv.AdminPassword); st != 200 || tb.path() != "/admin/" {
				t.Fatalf("sign-in: status %d at %s", st, tb.path())
			}
			a11y("dashboard")
			tb.mustOpen("/admin/organizations/new", 200)
			if st := saveForm(tb); st != 422 {
				t.Fatalf("an empty organisation: status %d, want 422", st)
			}
			a11y("form_with_errors")
			tb.mustOpen("/admin/offers", 200)
			a11y("offer_list")
			tb.mustOpen("/admin/audit", 200)
			a11y("audit_log")
			tb.mustOpen("/admin/translations", 200)
			a11y("translation_dashboard")
			tb.mustOpen("/admin/translations/tr?type=service", 200)
			a11y("translation_work_list")
			if st := tb.click(`main table tbody tr a[href^="/admin/translations/tr/service/"]`); st != 200 {
				t.Fatalf("the translation editor: status %d", st)
			}
			a11y("translation_editor")
			// An outdated translation: the editor shows the German change.
			tb.mustOpen("/admin/translations/tr?status=outdated", 200)
			if st := tb.click(`main table tbody tr a[href^="/admin/translations/tr/"]`); st != 200 {
				t.Fatalf("the editor of an outdated translation: status %d", st)
			}
			tb.mustExist(`main .diff`)
			a11y("translation_editor_diff")
		})
	}
}
