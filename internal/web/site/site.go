// Package site serves the public pages: /{region}/{lang}/…
package site

import (
	"net/http"

	"github.com/lotse/lotse/internal/web/ui"
)

// Site is the public website.
type Site struct {
	env *ui.Env
}

// New prepares the public website.
func New(env *ui.Env) (*Site, error) {
	return &Site{env: env}, nil
}

// Register adds the site's routes to mux.
func (s *Site) Register(mux *http.ServeMux) {
	mux.HandleFunc("/", http.NotFound)
}
