package app

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/hsds"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/metrics"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/searchlog"
	"github.com/lotse/lotse/internal/seed"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/web"
	"github.com/lotse/lotse/internal/web/ui"
)

// Instance is a running Lotse server.
type Instance struct {
	// URL is the address the server listens on, e.g. http://127.0.0.1:41234.
	URL   string
	Store *store.Store
	// AdminPassword is set when this start created the first admin
	// account (first start with the demo region); it is shown once.
	AdminEmail, AdminPassword string

	srv    *http.Server
	ln     net.Listener
	cancel context.CancelFunc
	wg     sync.WaitGroup
	log    *slog.Logger
	// searches counts the public site's searches; Close writes what it
	// still holds.
	searches *searchlog.Recorder
}

// deferSearchAbove is the number of offers above which a region's
// search index is built after the server has started (in about a
// second per 20,000 offers) rather than before.
const deferSearchAbove = 20_000

// DemoAdminEmail is the e-mail address of the admin created on first start.
const DemoAdminEmail = "admin@example.org"

// Start opens and migrates the database, loads the demo region into an
// empty database (if cfg.Demo), builds the offer index and starts
// serving on cfg.Addr (port 0 picks a free port). Stop it with Close.
func Start(ctx context.Context, cfg Config, log *slog.Logger) (*Instance, error) {
	if err := cfg.resolve(); err != nil {
		return nil, err
	}
	began := time.Now()
	s, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return nil, err
	}
	inst := &Instance{Store: s, log: log}
	fail := func(err error) (*Instance, error) {
		s.Close()
		return nil, err
	}
	n, err := s.Migrate(ctx)
	if err != nil {
		return fail(err)
	}
	if n > 0 {
		log.Info("database migrated", "applied", n, "dialect", s.Dialect())
	}
	regions, err := s.Regions(ctx)
	if err != nil {
		return fail(err)
	}
	if len(regions) == 0 && cfg.Demo {
		r, created, err := seed.Demo(ctx, s)
		if err != nil {
			return fail(fmt.Errorf("app: load demo region: %w", err))
		}
		if created {
			pw := newPassword()
			u := auth.User{RegionID: r.ID, Email: DemoAdminEmail, Name: "Demo-Admin", Role: auth.RoleAdmin}
			if err := s.CreateUser(ctx, audit.System, &u, pw); err != nil {
				return fail(fmt.Errorf("app: create first admin: %w", err))
			}
			inst.AdminEmail, inst.AdminPassword = u.Email, pw
			log.Info("demo region loaded", "region", r.Slug)
		}
		regions = append(regions, r)
	}
	catalog, err := i18n.Load()
	if err != nil {
		return fail(err)
	}
	index := offerindex.New(s)
	// The search index of a large region takes seconds to build; the
	// poller builds it right after the start, so pages are served at once.
	index.DeferSearchAbove(deferSearchAbove)
	for _, r := range regions {
		if err := index.Refresh(ctx, r.ID); err != nil {
			return fail(err)
		}
	}
	// Building the index reads every offer once; hand the memory that
	// took back to the system rather than keeping it as headroom.
	debug.FreeOSMemory()
	inst.searches = searchlog.New(s, log)
	env := &ui.Env{
		Store: s, Catalog: catalog, Index: index, Log: log, BaseURL: cfg.BaseURL,
		SecureCookies: strings.HasPrefix(cfg.BaseURL, "https://"), TrustedProxies: cfg.proxies, Now: time.Now,
		SearchLog: inst.searches,
	}
	handler, err := web.New(env, metrics.NewRegistry(), hsds.NewAPI(s, cfg.BaseURL).WithSearch(index).WithLocator(index))
	if err != nil {
		return fail(err)
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fail(fmt.Errorf("app: listen on %s: %w", cfg.Addr, err))
	}
	inst.ln = ln
	inst.URL = "http://" + ln.Addr().String()
	inst.srv = &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	bg, cancel := context.WithCancel(context.Background())
	inst.cancel = cancel
	inst.wg.Add(4)
	go func() {
		defer inst.wg.Done()
		if err := inst.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("serve", "err", err)
		}
	}()
	go func() {
		defer inst.wg.Done()
		index.Run(bg, func() []string { return regionIDs(bg, s) }, time.Second, log)
	}()
	go func() {
		defer inst.wg.Done()
		housekeeping(bg, s, log)
	}()
	go func() {
		defer inst.wg.Done()
		inst.searches.Run(bg, searchlog.FlushInterval)
	}()
	log.Info("lotse started", "url", inst.URL, "base_url", cfg.BaseURL, "db", s.Dialect(), "regions", len(regions),
		"startup_ms", time.Since(began).Milliseconds())
	return inst, nil
}

// regionIDs lists the regions to keep indexed; regions created while the
// server runs are picked up at the next poll.
func regionIDs(ctx context.Context, s *store.Store) []string {
	rs, err := s.Regions(ctx)
	if err != nil {
		return nil
	}
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return ids
}

// housekeeping deletes expired sessions and search statistics older
// than searchlog.KeepMonths, and refreshes the query planner's
// statistics, every quarter of an hour.
func housekeeping(ctx context.Context, s *store.Store, log *slog.Logger) {
	t := time.NewTicker(15 * time.Minute)
	defer t.Stop()
	for {
		if n, err := s.DeleteExpiredSessions(ctx, time.Now()); err != nil && ctx.Err() == nil {
			log.Warn("delete expired sessions", "err", err)
		} else if n > 0 {
			log.Info("expired sessions deleted", "count", n)
		}
		if n, err := s.DeleteSearchStatsBefore(ctx, searchlog.OldestKept(time.Now())); err != nil && ctx.Err() == nil {
			log.Warn("delete old search statistics", "err", err)
		} else if n > 0 {
			log.Info("old search statistics deleted", "rows", n)
		}
		if err := s.Optimize(ctx); err != nil && ctx.Err() == nil {
			log.Warn("optimize database", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Close stops accepting requests, lets running ones finish (up to the
// context's deadline), stops the background work, writes the search
// counts still in memory and closes the database.
func (inst *Instance) Close(ctx context.Context) error {
	err := inst.srv.Shutdown(ctx)
	inst.cancel()
	inst.wg.Wait()
	if ferr := inst.searches.Close(ctx); ferr != nil {
		inst.log.Warn("write search statistics", "err", ferr)
		err = errors.Join(err, ferr)
	}
	return errors.Join(err, inst.Store.Close())
}

// serve runs the server until SIGINT or SIGTERM.
func serve(cfg Config, stdout io.Writer, log *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	inst, err := Start(ctx, cfg, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nLotse is running: %s/\nBack office:      %s/admin/\n", cfg.baseOr(inst.URL), cfg.baseOr(inst.URL))
	if inst.AdminPassword != "" {
		fmt.Fprintf(stdout, "\nFirst start: the demo region \"Kreis Recklinghausen\" was created with invented data.\n"+
			"Sign in to the back office with\n  e-mail:   %s\n  password: %s\n"+
			"The password is shown only this once. Change it with: lotse user password --email %s\n\n",
			inst.AdminEmail, inst.AdminPassword, inst.AdminEmail)
	}
	<-ctx.Done()
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	return inst.Close(shutdown)
}

func (c Config) baseOr(url string) string {
	if c.BaseURL != "" {
		return c.BaseURL
	}
	return url
}

// newPassword returns a random password of 20 letters and digits in
// groups of five, without look-alike characters.
func newPassword() string {
	const alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
	b := make([]byte, 20)
	_, _ = rand.Read(b)
	out := make([]byte, 0, 23)
	for i, c := range b {
		if i > 0 && i%5 == 0 {
			out = append(out, '-')
		}
		out = append(out, alphabet[int(c)%len(alphabet)])
	}
	return string(out)
}
