package ui

import (
	"log/slog"
	"net/netip"
	"time"

	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/store"
)

// Env is what the site's and the back office's handlers need from the
// running server. It is built once in package web and passed explicitly.
type Env struct {
	Store   *store.Store
	Catalog *i18n.Catalog
	Index   *offerindex.Index
	Log     *slog.Logger
	// BaseURL is the public address, e.g. "https://lotse.kreis-re.de",
	// for absolute links (JSON-LD, feeds, canonical URLs).
	BaseURL string
	// DefaultRegion is the slug of the region "/" leads to; empty means
	// the first region by slug.
	DefaultRegion string
	// SecureCookies sets the Secure flag on cookies; true whenever
	// BaseURL is https.
	SecureCookies bool
	// TrustedProxies are the reverse proxies whose X-Forwarded-For
	// ClientIP believes; empty: none, the connection's address is the
	// client's.
	TrustedProxies []netip.Prefix
	// Now returns the current time; tests replace it.
	Now func() time.Time
	// SearchLog, when set, is told of every search of the public site
	// (HOOK for the anonymous search statistics): the region, the
	// interface language, the query as typed and how many offers it
	// found. Nil records nothing.
	SearchLog interface {
		Record(regionID, lang, query string, hits int)
	}
}
