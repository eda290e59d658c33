// Package ui holds what the public site and the back office share to
// render HTML: the template renderer, template functions, static assets
// with content-hashed names, the page base data, error-to-status mapping
// and form helpers. It is a leaf package: the site, the back office and
// the server that mounts them all import it.
package ui

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"strings"

	"github.com/lotse/lotse/internal/directory"
)

// Renderer renders page templates into a layout.
type Renderer struct {
	pages map[string]*template.Template
	log   *slog.Logger
}

// NewRenderer parses the templates of fsys: layout.html and partials/*.html
// form the base, and every pages/<name>.html is a page rendered by
// executing "layout" (which includes the page's "content" block).
func NewRenderer(fsys fs.FS, funcs template.FuncMap, log *slog.Logger) (*Renderer, error) {
	all := template.FuncMap{}
	for k, v := range Funcs() {
		all[k] = v
	}
	for k, v := range funcs {
		all[k] = v
	}
	base, err := template.New("").Funcs(all).ParseFS(fsys, "layout.html")
	if err != nil {
		return nil, fmt.Errorf("ui: parse layout: %w", err)
	}
	if partials, _ := fs.Glob(fsys, "partials/*.html"); len(partials) > 0 {
		if base, err = base.ParseFS(fsys, "partials/*.html"); err != nil {
			return nil, fmt.Errorf("ui: parse partials: %w", err)
		}
	}
	files, err := fs.Glob(fsys, "pages/*.html")
	if err != nil {
		return nil, err
	}
	r := &Renderer{pages: map[string]*template.Template{}, log: log}
	for _, f := range files {
		t, err := template.Must(base.Clone()).ParseFS(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("ui: parse %s: %w", f, err)
		}
		r.pages[strings.TrimSuffix(path.Base(f), ".html")] = t
	}
	return r, nil
}

// Has reports whether a page template exists.
func (r *Renderer) Has(name string) bool { _, ok := r.pages[name]; return ok }

// Render writes the page with the given status. It renders into a buffer
// first, so that a template error becomes a clean 500 rather than half a
// page.
func (r *Renderer) Render(w http.ResponseWriter, status int, name string, data any) {
	t, ok := r.pages[name]
	if !ok {
		r.log.Error("ui: no such page template", "name", name)
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		r.log.Error("ui: render", "page", name, "err", err)
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", fmt.Sprint(buf.Len()))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// Status maps an error to its HTTP status, after the error codes of
// package directory.
func Status(err error) int {
	switch directory.ErrorCode(err) {
	case "":
		return http.StatusOK
	case directory.ENOTFOUND:
		return http.StatusNotFound
	case directory.EINVALID:
		return http.StatusUnprocessableEntity
	case directory.ECONFLICT:
		return http.StatusConflict
	case directory.EFORBIDDEN:
		return http.StatusForbidden
	case directory.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case directory.ETOOMANY:
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}

// MessageKey returns the message key to show a user for err.
func MessageKey(err error) string {
	var e *directory.Error
	if errors.As(err, &e) && e.Key != "" {
		return e.Key
	}
	switch Status(err) {
	case http.StatusNotFound:
		return "error.not_found"
	case http.StatusConflict:
		return "error.conflict"
	case http.StatusForbidden:
		return "error.forbidden"
	case http.StatusTooManyRequests:
		return "error.too_many"
	case http.StatusUnprocessableEntity:
		return "error.invalid"
	}
	return "error.internal"
}
