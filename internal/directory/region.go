package directory

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// Region is a Kreis or a city whose directory Lotse hosts. Every record
// belongs to exactly one region; nothing is shared between regions.
type Region struct {
	ID          string
	Slug        string // URL segment, e.g. "kreis-re"
	Name        string
	DefaultLang string
	// Languages are the interface and content languages offered on the
	// public site, the default first.
	Languages []string
	// Revision grows with every change to the region's directory; other
	// instances poll it to refresh their in-memory index.
	Revision int64
	// Demo marks a region filled with invented demo data; the site
	// says so on every page.
	Demo      bool
	CreatedAt time.Time
	UpdatedAt time.Time
}

var slugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// reservedSlugs are first path segments the server uses for itself.
var reservedSlugs = []string{"admin", "api", "static", "healthz", "readyz", "metrics", "favicon.ico", "robots.txt"}

// Validate checks a region before it is stored.
func (r *Region) Validate() error {
	var v Validation
	if !ValidSlug(r.Slug) || slices.Contains(reservedSlugs, r.Slug) {
		v.Add("slug", "error.slug")
	}
	if strings.TrimSpace(r.Name) == "" {
		v.Add("name", "error.required")
	}
	if len(r.Languages) == 0 {
		v.Add("languages", "error.required")
	}
	for i, code := range r.Languages {
		if !ValidLanguageCode(code) || slices.Contains(r.Languages[:i], code) {
			v.Add("languages", "error.language")
		}
	}
	// The region's own language is the source of every translation, so
	// the region must offer it.
	if r.DefaultLang != "" && len(r.Languages) > 0 && !slices.Contains(r.Languages, r.DefaultLang) {
		v.Add("languages", "error.language")
	}
	return v.Err()
}

// ValidSlug reports whether s is a lower-case URL segment of letters,
// digits and single hyphens, at most 64 characters long.
func ValidSlug(s string) bool {
	return len(s) <= 64 && slugRE.MatchString(s)
}

// Town is a municipality (or a city district) of a region.
type Town struct {
	ID          string
	RegionID    string
	Name        string
	Slug        string // URL filter value, e.g. "marl"
	PostalCodes []string
	Latitude    float64
	Longitude   float64
	Ver         int
	ArchivedAt  *time.Time
	UpdatedAt   time.Time
}

var postalCodeRE = regexp.MustCompile(`^[0-9]{5}$`)

// ValidPostalCode reports whether s is a German five-digit postal code.
func ValidPostalCode(s string) bool { return postalCodeRE.MatchString(s) }

// Normalize trims the town's text fields and sorts its postal codes.
func (t *Town) Normalize() {
	t.Name = strings.TrimSpace(t.Name)
	t.Slug = strings.TrimSpace(t.Slug)
	if t.Slug == "" {
		t.Slug = Slugify(t.Name)
	}
	codes := t.PostalCodes[:0]
	for _, c := range t.PostalCodes {
		if c = strings.TrimSpace(c); c != "" && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	slices.Sort(codes)
	t.PostalCodes = codes
}

// Validate checks a town before it is stored.
func (t *Town) Validate() error {
	var v Validation
	requireText(&v, "name", t.Name, 120)
	if !ValidSlug(t.Slug) {
		v.Add("slug", "error.slug")
	}
	if len(t.PostalCodes) == 0 {
		v.Add("postal_codes", "error.required")
	}
	for _, c := range t.PostalCodes {
		if !ValidPostalCode(c) {
			v.Add("postal_codes", "error.postal_code")
		}
	}
	if !validLatLon(t.Latitude, t.Longitude) {
		v.Add("latitude", "error.coordinates")
	}
	return v.Err()
}

// Slugify turns a German name into a URL segment: "Haltern am See" →
// "haltern-am-see", "Oer-Erkenschwick" → "oer-erkenschwick".
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		var rep string
		switch r {
		case 'ä':
			rep = "ae"
		case 'ö':
			rep = "oe"
		case 'ü':
			rep = "ue"
		case 'ß':
			rep = "ss"
		default:
			if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
				rep = string(r)
			}
		}
		if rep == "" {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(rep)
	}
	out := b.String()
	if len(out) > 64 {
		out = strings.TrimRight(out[:64], "-")
	}
	return out
}

func validLatLon(lat, lon float64) bool {
	return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
}
