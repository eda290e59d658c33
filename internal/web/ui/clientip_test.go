package ui_test

import (
	"net/http/httptest"
	"net/netip"
	"slices"
	"testing"

	"github.com/lotse/lotse/internal/web/ui"
)

func TestClientIP(t *testing.T) {
	proxies, err := ui.ParseTrustedProxies("10.0.0.0/8, 192.0.2.1, 2001:db8::/64")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		remote  string
		xff     []string // one entry per header line
		trusted []netip.Prefix
		want    string
	}{
		{"no proxy", "203.0.113.7:5000", nil, proxies, "203.0.113.7"},
		{"no proxy trusted, header ignored", "192.0.2.1:5000", []string{"198.51.100.1"}, nil, "192.0.2.1"},
		{"spoofed header from an untrusted client", "203.0.113.7:5000", []string{"198.51.100.1"}, proxies, "203.0.113.7"},
		{"trusted proxy", "192.0.2.1:5000", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"trusted proxy without header", "192.0.2.1:5000", nil, proxies, "192.0.2.1"},
		{"trusted proxy, empty header", "192.0.2.1:5000", []string{""}, proxies, "192.0.2.1"},
		{"chain of trusted proxies", "192.0.2.1:5000", []string{"198.51.100.1, 10.1.2.3, 10.0.0.9"}, proxies, "198.51.100.1"},
		{"client's own entry left of the real one is ignored", "192.0.2.1:5000", []string{"1.1.1.1, 198.51.100.1"}, proxies, "198.51.100.1"},
		{"spoofed trusted address left of the client", "192.0.2.1:5000", []string{"10.9.9.9, 198.51.100.1, 10.0.0.9"}, proxies, "198.51.100.1"},
		{"several header lines read as one list", "192.0.2.1:5000", []string{"1.1.1.1, 198.51.100.1", "10.0.0.9"}, proxies, "198.51.100.1"},
		{"every hop trusted: the furthest", "192.0.2.1:5000", []string{"10.0.0.5, 10.0.0.9"}, proxies, "10.0.0.5"},
		{"entry with port", "192.0.2.1:5000", []string{"198.51.100.1:4711"}, proxies, "198.51.100.1"},
		{"IPv6 client", "192.0.2.1:5000", []string{"2001:db8:1::7"}, proxies, "2001:db8:1::7"},
		{"IPv6 client with port", "192.0.2.1:5000", []string{"[2001:db8:1::7]:4711"}, proxies, "2001:db8:1::7"},
		{"IPv6 proxy", "[2001:db8::2]:5000", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"IPv6 untrusted", "[2001:db8:1::2]:5000", []string{"198.51.100.1"}, proxies, "2001:db8:1::2"},
		{"IPv4-mapped remote address is IPv4", "[::ffff:192.0.2.1]:5000", []string{"::ffff:198.51.100.1"}, proxies, "198.51.100.1"},
		{"zone dropped", "[fe80::1%eth0]:5000", nil, proxies, "fe80::1"},
		{"garbage header", "192.0.2.1:5000", []string{"nonsense"}, proxies, "192.0.2.1"},
		{"garbage right of the client", "192.0.2.1:5000", []string{"198.51.100.1, unknown"}, proxies, "192.0.2.1"},
		{"garbage left of the client", "192.0.2.1:5000", []string{"<script>, 198.51.100.1"}, proxies, "198.51.100.1"},
		{"garbage behind a trusted hop", "192.0.2.1:5000", []string{"x, 10.0.0.5"}, proxies, "10.0.0.5"},
		{"empty entry", "192.0.2.1:5000", []string{"198.51.100.1,,10.0.0.9"}, proxies, "10.0.0.9"},
		{"bracketed address without port", "192.0.2.1:5000", []string{"[2001:db8:1::7]"}, proxies, "192.0.2.1"},
		{"CIDR in the header", "192.0.2.1:5000", []string{"198.51.100.0/24"}, proxies, "192.0.2.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tt.remote
			for _, v := range tt.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := ui.ClientIP(r, tt.trusted); got.String() != tt.want {
				t.Errorf("ClientIP(%s, %q) = %s, want %s", tt.remote, tt.xff, got, tt.want)
			}
		})
	}
}

func TestClientIPWithoutAddress(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	r.RemoteAddr = "@"
	r.Header.Set("X-Forwarded-For", "198.51.100.1")
	if got := ui.ClientIP(r, []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0")}); got.IsValid() {
		t.Errorf("ClientIP from a Unix socket = %s, want an invalid address", got)
	}
}

func TestParseTrustedProxies(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"", nil, false},
		{" , ", nil, false},
		{"127.0.0.1", []string{"127.0.0.1/32"}, false},
		{"10.1.2.3/8, ::1", []string{"10.0.0.0/8", "::1/128"}, false},
		{"2001:db8::/32,192.0.2.0/24", []string{"2001:db8::/32", "192.0.2.0/24"}, false},
		{"::ffff:10.0.0.1", []string{"10.0.0.1/32"}, false},
		{"::ffff:10.0.0.0/104", []string{"10.0.0.0/8"}, false},
		{"proxy.example.org", nil, true},
		{"10.0.0.0/33", nil, true},
		{"10.0.0.1:80", nil, true},
		{"fe80::1%eth0", nil, true},
		{"127.0.0.1 10.0.0.1", nil, true},
	}
	for _, tt := range tests {
		got, err := ui.ParseTrustedProxies(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseTrustedProxies(%q): error %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		var gotS []string
		for _, p := range got {
			gotS = append(gotS, p.String())
		}
		if !slices.Equal(gotS, tt.want) {
			t.Errorf("ParseTrustedProxies(%q) = %q, want %q", tt.in, gotS, tt.want)
		}
	}
}
