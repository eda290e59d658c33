// Package app wires Lotse together: configuration from flags and
// LOTSE_* environment variables, the subcommands of the lotse binary,
// and Run, which serves until it is told to stop. End-to-end tests start
// the real program through it.
package app

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"path/filepath"
	"strings"

	"github.com/lotse/lotse/internal/web/ui"
)

// Config is the configuration of one Lotse instance.
type Config struct {
	Addr      string // listen address
	DB        string // SQLite file path or postgres:// URL
	BaseURL   string // public address, for absolute links and cookie security
	DataDir   string // where the default SQLite database lives
	LogLevel  string
	LogFormat string
	Demo      bool // load the demo region into an empty database
	// TrustedProxies lists the reverse proxies (IP addresses and CIDR
	// ranges, comma-separated) whose X-Forwarded-For names the client.
	TrustedProxies string

	proxies []netip.Prefix // TrustedProxies, parsed by resolve
}

// bindFlags registers the settings every subcommand shares, with their
// defaults taken from the environment.
func bindFlags(fs *flag.FlagSet, c *Config, getenv func(string) string) {
	env := func(name, def string) string {
		if v := getenv(name); v != "" {
			return v
		}
		return def
	}
	fs.StringVar(&c.Addr, "addr", env("LOTSE_ADDR", "localhost:8080"), "listen address (LOTSE_ADDR)")
	fs.StringVar(&c.DataDir, "data-dir", env("LOTSE_DATA_DIR", "lotse-data"), "directory for the SQLite database and backups (LOTSE_DATA_DIR)")
	fs.StringVar(&c.DB, "db", getenv("LOTSE_DB"), "database: an SQLite file path or a postgres:// URL (LOTSE_DB; default <data-dir>/lotse.db)")
	fs.StringVar(&c.BaseURL, "base-url", getenv("LOTSE_BASE_URL"), "public base URL, e.g. https://lotse.kreis-re.de (LOTSE_BASE_URL; default http://<addr>)")
	fs.StringVar(&c.LogLevel, "log-level", env("LOTSE_LOG_LEVEL", "info"), "log level: debug, info, warn or error (LOTSE_LOG_LEVEL)")
	fs.StringVar(&c.LogFormat, "log-format", env("LOTSE_LOG_FORMAT", "text"), "log format: text or json (LOTSE_LOG_FORMAT)")
	fs.StringVar(&c.TrustedProxies, "trusted-proxies", getenv("LOTSE_TRUSTED_PROXIES"), "reverse proxies whose X-Forwarded-For names the client: IPs or CIDR ranges, comma-separated (LOTSE_TRUSTED_PROXIES; default none)")
	fs.BoolVar(&c.Demo, "demo", env("LOTSE_DEMO", "true") != "false", "load the demo region when the database is empty (LOTSE_DEMO)")
}

// resolve fills in the derived defaults and checks the settings.
func (c *Config) resolve() error {
	if c.DB == "" {
		c.DB = filepath.Join(c.DataDir, "lotse.db")
	}
	host, port, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return fmt.Errorf("app: bad listen address %q (want host:port, e.g. localhost:8080): %w", c.Addr, err)
	}
	if c.BaseURL == "" {
		if host == "" || host == "0.0.0.0" || host == "::" {
			host = "localhost"
		}
		c.BaseURL = "http://" + net.JoinHostPort(host, port)
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	if !strings.HasPrefix(c.BaseURL, "http://") && !strings.HasPrefix(c.BaseURL, "https://") {
		return fmt.Errorf("app: LOTSE_BASE_URL must start with http:// or https://, got %q", c.BaseURL)
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		return fmt.Errorf("app: log format must be text or json, got %q", c.LogFormat)
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		return err
	}
	if c.proxies, err = ui.ParseTrustedProxies(c.TrustedProxies); err != nil {
		return fmt.Errorf("app: LOTSE_TRUSTED_PROXIES: %w", err)
	}
	return nil
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, fmt.Errorf("app: log level must be debug, info, warn or error, got %q", s)
	}
	return l, nil
}

// logger returns the structured logger the configuration asks for.
func (c *Config) logger(w io.Writer) *slog.Logger {
	level, _ := parseLevel(c.LogLevel)
	opts := &slog.HandlerOptions{Level: level}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
