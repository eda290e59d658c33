package ui

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed static
var staticFS embed.FS

// asset is a static file served under a name that contains its content
// hash, so that browsers may cache it for a year and still see changes.
type asset struct {
	body        []byte
	contentType string
}

var (
	assetURL  = map[string]string{} // "site.css" → "/static/site.3f2a1b9c.css"
	assetBody = map[string]asset{}  // "site.3f2a1b9c.css" → file
)

func init() {
	_ = fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "static/")
		sum := sha256.Sum256(b)
		ext := path.Ext(name)
		hashed := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
		ct := mime.TypeByExtension(ext)
		if ct == "" {
			ct = "application/octet-stream"
		}
		assetURL[name] = "/static/" + hashed
		assetBody[hashed] = asset{body: b, contentType: ct}
		return nil
	})
}

// Asset returns the URL of a static file, e.g. Asset("site.css").
// An unknown name returns a URL that answers 404, and is easy to spot.
func Asset(name string) string {
	if u, ok := assetURL[name]; ok {
		return u
	}
	return "/static/missing/" + name
}

// ServeStatic serves the static files at /static/{name}.
func ServeStatic(w http.ResponseWriter, r *http.Request) {
	a, ok := assetBody[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	http.ServeContent(w, r, "", time.Time{}, strings.NewReader(string(a.body)))
}
