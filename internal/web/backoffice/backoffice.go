// Package backoffice serves the staff back office under /admin/.
package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/web/ui"
)

// Office is the back office.
type Office struct {
	env *ui.Env
}

// New prepares the back office.
func New(env *ui.Env) (*Office, error) {
	return &Office{env: env}, nil
}

// Register adds the back office's routes to mux.
func (o *Office) Register(mux *http.ServeMux) {
	mux.HandleFunc("/admin/", http.NotFound)
}
