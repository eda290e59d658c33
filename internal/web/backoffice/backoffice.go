// Package backoffice serves the staff back office under /admin/: sign-in,
// the dashboard, the forms through which KI staff keep the directory
// (organisations, offers, locations, contacts, taxonomy terms, towns,
// pages), users and the audit log.
//
// Every page works without JavaScript. The region always comes from the
// signed-in user, never from a URL or a form, so an id of another
// region's record is simply not found. Forms keep everything typed when
// something is wrong, including after a version conflict or an expired
// session. A "new" form creates its record once, however often it is
// sent (see creating).
package backoffice

import (
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"time"

	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/web/ui"
)

//go:embed templates
var templateFS embed.FS

// Sign-in limits: a person who mistypes gets several tries; guessing a
// password, or trying many accounts from one address, does not get far.
const (
	loginWindow   = 15 * time.Minute
	loginPerEmail = 5  // failures per e-mail address within the window
	loginPerIP    = 30 // attempts per client address within the window
)

// Office is the back office.
type Office struct {
	env     *ui.Env
	tmpl    *ui.Renderer
	mux     *http.ServeMux
	byEmail *auth.Limiter
	byIP    *auth.Limiter
	// langs are the interface languages staff can choose.
	langs []i18n.Language
}

// New prepares the back office.
func New(env *ui.Env) (*Office, error) {
	sub, err := fs.Sub(templateFS, "templates")
	if err != nil {
		return nil, fmt.Errorf("backoffice: templates: %w", err)
	}
	tmpl, err := ui.NewRenderer(sub, nil, env.Log)
	if err != nil {
		return nil, fmt.Errorf("backoffice: %w", err)
	}
	return &Office{
		env:     env,
		tmpl:    tmpl,
		byEmail: auth.NewLimiter(loginPerEmail, loginWindow),
		byIP:    auth.NewLimiter(loginPerIP, loginWindow),
		langs:   officeLanguages(env.Catalog),
	}, nil
}

// Register adds the back office's routes to mux, which must serve
// nothing but /admin/.
func (o *Office) Register(mux *http.ServeMux) {
	o.mux = mux
	staff, admin := o.requireUser(false), o.requireUser(true)

	mux.HandleFunc("GET /admin/login", o.loginShow)
	mux.HandleFunc("POST /admin/login", o.loginSubmit)
	mux.HandleFunc("POST /admin/logout", o.logout)
	mux.Handle("GET /admin/{$}", staff(o.dashboard))

	mux.Handle("GET /admin/organizations", staff(o.orgList))
	mux.Handle("GET /admin/organizations/new", staff(o.orgEdit))
	mux.Handle("POST /admin/organizations/new", staff(o.orgSave))
	mux.Handle("GET /admin/organizations/{id}", staff(o.orgEdit))
	mux.Handle("POST /admin/organizations/{id}", staff(o.orgSave))
	mux.Handle("POST /admin/organizations/{id}/archive", staff(o.orgArchive))
	mux.Handle("POST /admin/organizations/{id}/restore", staff(o.orgRestore))

	mux.Handle("GET /admin/offers", staff(o.offerList))
	mux.Handle("GET /admin/offers/new", staff(o.offerEdit))
	mux.Handle("POST /admin/offers/new", staff(o.offerSave))
	mux.Handle("GET /admin/offers/{id}", staff(o.offerEdit))
	mux.Handle("POST /admin/offers/{id}", staff(o.offerSave))
	mux.Handle("POST /admin/offers/{id}/archive", staff(o.offerArchive))
	mux.Handle("POST /admin/offers/{id}/restore", staff(o.offerRestore))

	mux.Handle("GET /admin/locations", staff(o.locationList))
	mux.Handle("GET /admin/locations/new", staff(o.locationEdit))
	mux.Handle("POST /admin/locations/new", staff(o.locationSave))
	mux.Handle("GET /admin/locations/{id}", staff(o.locationEdit))
	mux.Handle("POST /admin/locations/{id}", staff(o.locationSave))
	mux.Handle("POST /admin/locations/{id}/archive", staff(o.locationArchive))
	mux.Handle("POST /admin/locations/{id}/restore", staff(o.locationRestore))

	mux.Handle("GET /admin/contacts", staff(o.contactList))
	mux.Handle("GET /admin/contacts/new", staff(o.contactEdit))
	mux.Handle("POST /admin/contacts/new", staff(o.contactSave))
	mux.Handle("GET /admin/contacts/{id}", staff(o.contactEdit))
	mux.Handle("POST /admin/contacts/{id}", staff(o.contactSave))
	mux.Handle("POST /admin/contacts/{id}/archive", staff(o.contactArchive))
	mux.Handle("POST /admin/contacts/{id}/restore", staff(o.contactRestore))

	mux.Handle("GET /admin/taxonomies", staff(o.taxonomyList))
	mux.Handle("GET /admin/taxonomies/{tax}", staff(o.termList))
	mux.Handle("GET /admin/taxonomies/{tax}/new", staff(o.termEdit))
	mux.Handle("POST /admin/taxonomies/{tax}/new", staff(o.termSave))
	mux.Handle("GET /admin/terms/{id}", staff(o.termEdit))
	mux.Handle("POST /admin/terms/{id}", staff(o.termSave))
	mux.Handle("POST /admin/terms/{id}/archive", staff(o.termArchive))
	mux.Handle("POST /admin/terms/{id}/restore", staff(o.termRestore))

	mux.Handle("GET /admin/pages", staff(o.pageList))
	mux.Handle("GET /admin/pages/new", staff(o.pageEdit))
	mux.Handle("POST /admin/pages/new", staff(o.pageSave))
	mux.Handle("GET /admin/pages/{id}", staff(o.pageEdit))
	mux.Handle("POST /admin/pages/{id}", staff(o.pageSave))
	mux.Handle("POST /admin/pages/{id}/archive", staff(o.pageArchive))
	mux.Handle("POST /admin/pages/{id}/restore", staff(o.pageRestore))

	mux.Handle("GET /admin/towns", admin(o.townList))
	mux.Handle("GET /admin/towns/new", admin(o.townEdit))
	mux.Handle("POST /admin/towns/new", admin(o.townSave))
	mux.Handle("GET /admin/towns/{id}", admin(o.townEdit))
	mux.Handle("POST /admin/towns/{id}", admin(o.townSave))
	mux.Handle("POST /admin/towns/{id}/archive", admin(o.townArchive))
	mux.Handle("POST /admin/towns/{id}/restore", admin(o.townRestore))

	mux.Handle("GET /admin/users", admin(o.userList))
	mux.Handle("GET /admin/users/new", admin(o.userNew))
	mux.Handle("POST /admin/users/new", admin(o.userCreate))
	mux.Handle("GET /admin/users/{id}", admin(o.userShow))
	mux.Handle("POST /admin/users/{id}/password", admin(o.userPassword))
	mux.Handle("POST /admin/users/{id}/disable", admin(o.userDisable))
	mux.Handle("POST /admin/users/{id}/enable", admin(o.userEnable))

	mux.Handle("GET /admin/translations", staff(o.translationOverview))
	mux.Handle("GET /admin/translations/export", staff(o.translationExport))
	mux.Handle("GET /admin/translations/import", staff(o.translationImportForm))
	mux.Handle("POST /admin/translations/import", staff(o.translationImport))
	mux.Handle("GET /admin/translations/{lang}", staff(o.translationList))
	mux.Handle("GET /admin/translations/{lang}/{type}/{id}", staff(o.translationEdit))
	mux.Handle("POST /admin/translations/{lang}/{type}/{id}", staff(o.translationSave))

	mux.HandleFunc("POST /admin/language", o.languageSet)

	mux.Handle("GET /admin/search-stats", staff(o.searchStats))
	mux.Handle("GET /admin/search-explain", staff(o.searchExplain))

	mux.Handle("GET /admin/audit", staff(o.auditList))
	mux.Handle("GET /admin/audit/{id}", staff(o.auditEntry))

	// Everything else: a localised 404, or 405 with Allow when the path
	// exists for another method. (With this catch-all in place the mux
	// never answers 405 itself.)
	mux.HandleFunc("/admin/", o.fallback)
}
