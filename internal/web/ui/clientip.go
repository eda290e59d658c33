package ui

import (
	"fmt"
	"net/http"
	"net/netip"
	"slices"
	"strings"
)

// ClientIP returns the address of the client that sent r. Behind a
// reverse proxy the connection comes from the proxy, which names the
// client in X-Forwarded-For; but anyone can send that header, so it is
// read only when the connection comes from a trusted proxy, and only as
// far as trusted proxies vouch for it: walking the header from the right
// (the entry the nearest proxy appended), trusted hops are skipped and
// the first untrusted one is the client. Everything to its left was
// written by the client or by proxies nobody vouches for.
//
// Should the walk meet an entry that is not an address, or run out of
// entries with every hop trusted, the last address a trusted hop vouched
// for is the answer (RemoteAddr when that is the first): it is never a
// value the client chose. Addresses come without zone, IPv4-mapped IPv6
// addresses as IPv4. The result is invalid only when RemoteAddr is not
// an address (a Unix socket).
func ClientIP(r *http.Request, trusted []netip.Prefix) netip.Addr {
	addr, ok := parseHop(r.RemoteAddr)
	if !ok || !isTrusted(addr, trusted) {
		return addr
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop, ok := parseHop(hops[i])
		if !ok {
			break
		}
		addr = hop
		if !isTrusted(hop, trusted) {
			break
		}
	}
	return addr
}

// parseHop reads an address as RemoteAddr or an X-Forwarded-For entry
// gives it: "192.0.2.1", "2001:db8::1", or either with a port
// ("192.0.2.1:4711", "[2001:db8::1]:4711"), as some proxies write it.
func parseHop(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	a, err := netip.ParseAddr(s)
	if err != nil {
		ap, err := netip.ParseAddrPort(s)
		if err != nil {
			return netip.Addr{}, false
		}
		a = ap.Addr()
	}
	return a.WithZone("").Unmap(), true
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	return slices.ContainsFunc(trusted, func(p netip.Prefix) bool { return p.Contains(a) })
}

// ParseTrustedProxies reads a comma-separated list of IP addresses and
// CIDR ranges ("10.0.0.0/8, 2001:db8::1"), as the trusted-proxies
// setting takes it; an address stands for itself alone. An empty list
// trusts no proxy.
func ParseTrustedProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if strings.Contains(item, "/") {
			p, err := netip.ParsePrefix(item)
			if err != nil {
				return nil, fmt.Errorf("ui: trusted proxy %q is not a CIDR range: %w", item, err)
			}
			// An IPv4-mapped range would never contain the unmapped
			// addresses ClientIP compares with it.
			if p.Addr().Is4In6() && p.Bits() >= 96 {
				p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(item)
		if err != nil {
			return nil, fmt.Errorf("ui: trusted proxy %q is not an IP address: %w", item, err)
		}
		a = a.Unmap()
		if a.Zone() != "" {
			return nil, fmt.Errorf("ui: trusted proxy %q: an address with a zone cannot be matched", item)
		}
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
