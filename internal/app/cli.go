package app

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/term"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/hsds"
	"github.com/lotse/lotse/internal/seed"
	"github.com/lotse/lotse/internal/store"
)

const usage = `Lotse: the directory of help offers of a Kommunales Integrationszentrum.

Usage:
  lotse [serve] [flags]                   serve the site, the back office and the API (default)
  lotse migrate                           apply database migrations and exit
  lotse region create --slug S --name N   create a region (a Kreis or a city)
  lotse region list                       list the regions
  lotse region languages --slug S --set de,en,…
                                          set the languages a region offers, German first
  lotse user create --region S --email E --role admin|staff [--name N]
                                          create a back-office user; the password is
                                          asked for, or read from standard input
  lotse user password --email E           set a new password (ends the user's sessions)
  lotse user list --region S              list a region's users
  lotse seed demo                         load the demo region (if it is missing)
  lotse seed synthetic --offers N [--region S]
                                          add N generated offers (for benchmarks)
  lotse export hsds DIR [--region S]      write the region as Open Referral HSDS JSON
  lotse import hsds PATH [--region S]     check, then import an HSDS dataset (all or nothing)
  lotse backup FILE                       write a consistent copy of the SQLite database
  lotse version                           print the version

Settings (flags or environment, flags win):
  --addr       LOTSE_ADDR       listen address (default localhost:8080)
  --db         LOTSE_DB         SQLite file or postgres:// URL (default <data-dir>/lotse.db)
  --base-url   LOTSE_BASE_URL   public URL, e.g. https://lotse.kreis-re.de
  --data-dir   LOTSE_DATA_DIR   data directory (default ./lotse-data)
  --log-level  LOTSE_LOG_LEVEL  debug, info, warn, error (default info)
  --log-format LOTSE_LOG_FORMAT text or json (default text)
  --demo       LOTSE_DEMO       load the demo region into an empty database (default true)
  --trusted-proxies LOTSE_TRUSTED_PROXIES
                                reverse proxies whose X-Forwarded-For names the client
                                (for the sign-in limit per client): IPs or CIDR ranges,
                                comma-separated, e.g. 127.0.0.1,10.0.0.0/8 (default none)
`

// Main runs the lotse command with the given arguments and returns its
// exit code: 0 on success, 1 on failure, 2 on a usage error.
func Main(args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	c := &cli{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	var err error
	switch cmd {
	case "serve":
		err = c.serve(args)
	case "migrate":
		err = c.migrate(args)
	case "region":
		err = c.sub(args, map[string]func([]string) error{"create": c.regionCreate, "list": c.regionList, "languages": c.regionLanguages})
	case "user":
		err = c.sub(args, map[string]func([]string) error{"create": c.userCreate, "password": c.userPassword, "list": c.userList})
	case "seed":
		err = c.sub(args, map[string]func([]string) error{"demo": c.seedDemo, "synthetic": c.seedSynthetic})
	case "export":
		err = c.sub(args, map[string]func([]string) error{"hsds": c.exportHSDS})
	case "import":
		err = c.sub(args, map[string]func([]string) error{"hsds": c.importHSDS})
	case "backup":
		err = c.backup(args)
	case "version":
		fmt.Fprintln(stdout, "lotse", version())
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
	default:
		err = usageError("unknown command %q", cmd)
	}
	var ue errUsage
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue), errors.Is(err, flag.ErrHelp):
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "lotse:", err)
		}
		fmt.Fprint(stderr, "\n"+usage)
		return 2
	default:
		fmt.Fprintln(stderr, "lotse:", describe(err))
		return 1
	}
}

type errUsage string

func (e errUsage) Error() string { return string(e) }

func usageError(format string, args ...any) error { return errUsage(fmt.Sprintf(format, args...)) }

// describe makes an error readable for an operator: validation errors
// name their fields.
func describe(err error) string {
	var e *directory.Error
	if errors.As(err, &e) && len(e.Fields) > 0 {
		var parts []string
		for f, k := range e.Fields {
			parts = append(parts, f+": "+k)
		}
		return e.Message + " (" + strings.Join(parts, ", ") + ")"
	}
	return err.Error()
}

type cli struct {
	getenv         func(string) string
	stdin          io.Reader
	stdout, stderr io.Writer
	cfg            Config
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func (c *cli) sub(args []string, cmds map[string]func([]string) error) error {
	if len(args) == 0 {
		return usageError("missing subcommand")
	}
	fn, ok := cmds[args[0]]
	if !ok {
		return usageError("unknown subcommand %q", args[0])
	}
	return fn(args[1:])
}

// flags returns a flag set with the shared settings bound to c.cfg.
func (c *cli) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	bindFlags(fs, &c.cfg, c.getenv)
	return fs
}

// parse parses flags; positional arguments may come before or after them.
func (c *cli) parse(fs *flag.FlagSet, args []string, positional int) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if len(pos) != positional {
		return nil, usageError("%s takes %d argument(s), got %d", fs.Name(), positional, len(pos))
	}
	if err := c.cfg.resolve(); err != nil {
		return nil, err
	}
	return pos, nil
}

// withStore parses the flags (with the given number of positional
// arguments), opens and migrates the database, runs fn and closes it.
func (c *cli) withStore(fs *flag.FlagSet, args []string, positional int, fn func(ctx context.Context, s *store.Store, pos []string) error) error {
	pos, err := c.parse(fs, args, positional)
	if err != nil {
		return err
	}
	ctx := context.Background()
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(ctx, s, pos)
}

// open opens and migrates the database for a maintenance command.
func (c *cli) open(ctx context.Context) (*store.Store, error) {
	s, err := store.Open(ctx, c.cfg.DB)
	if err != nil {
		return nil, err
	}
	if _, err := s.Migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (c *cli) serve(args []string) error {
	fs := c.flags("serve")
	if _, err := c.parse(fs, args, 0); err != nil {
		return err
	}
	return serve(c.cfg, c.stdout, c.cfg.logger(c.stderr))
}

func (c *cli) migrate(args []string) error {
	fs := c.flags("migrate")
	if _, err := c.parse(fs, args, 0); err != nil {
		return err
	}
	ctx := context.Background()
	s, err := store.Open(ctx, c.cfg.DB)
	if err != nil {
		return err
	}
	defer s.Close()
	n, err := s.Migrate(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%d migration(s) applied to the %s database\n", n, s.Dialect())
	return nil
}

func (c *cli) regionCreate(args []string) error {
	fs := c.flags("region create")
	slug := fs.String("slug", "", "URL name of the region, e.g. kreis-re")
	name := fs.String("name", "", "name of the region, e.g. Kreis Recklinghausen")
	langs := fs.String("languages", "de,en,tr,ar,ru,uk,pl,ro,bg,fa", "languages offered, German first")
	return c.withStore(fs, args, 0, func(ctx context.Context, s *store.Store, _ []string) error {
		r := directory.Region{Slug: *slug, Name: *name, Languages: strings.Split(*langs, ",")}
		if err := s.CreateRegion(ctx, audit.System, &r); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "region %s (%s) created\n", r.Slug, r.Name)
		return nil
	})
}

func (c *cli) regionLanguages(args []string) error {
	fs := c.flags("region languages")
	slug := fs.String("slug", "", "URL name of the region, e.g. kreis-re")
	set := fs.String("set", "", "languages offered, German first, e.g. de,en,tr,ar")
	return c.withStore(fs, args, 0, func(ctx context.Context, s *store.Store, _ []string) error {
		r, err := c.region(ctx, s, *slug)
		if err != nil {
			return err
		}
		langs := strings.Split(*set, ",")
		if err := s.UpdateRegionLanguages(ctx, audit.System, r.ID, langs); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "region %s offers %s\n", r.Slug, strings.Join(langs, ","))
		return nil
	})
}

func (c *cli) regionList(args []string) error {
	fs := c.flags("region list")
	return c.withStore(fs, args, 0, func(ctx context.Context, s *store.Store, _ []string) error {
		rs, err := s.Regions(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "SLUG\tNAME\tLANGUAGES\tDEMO")
		for _, r := range rs {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%v\n", r.Slug, r.Name, strings.Join(r.Languages, ","), r.Demo)
		}
		return tw.Flush()
	})
}

func (c *cli) region(ctx context.Context, s *store.Store, slug string) (directory.Region, error) {
	r, err := s.RegionBySlug(ctx, slug)
	if directory.ErrorCode(err) == directory.ENOTFOUND {
		return r, fmt.Errorf("no region %q (see: lotse region list)", slug)
	}
	return r, err
}

func (c *cli) userCreate(args []string) error {
	fs := c.flags("user create")
	region := fs.String("region", "kreis-re", "region the user works in")
	email := fs.String("email", "", "e-mail address (the sign-in name)")
	name := fs.String("name", "", "display name")
	role := fs.String("role", auth.RoleStaff, "admin or staff")
	if _, err := c.parse(fs, args, 0); err != nil {
		return err
	}
	if *email == "" {
		return usageError("user create needs --email")
	}
	ctx := context.Background()
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := c.region(ctx, s, *region)
	if err != nil {
		return err
	}
	pw, err := c.readPassword()
	if err != nil {
		return err
	}
	u := auth.User{RegionID: r.ID, Email: *email, Name: *name, Role: *role}
	if err := s.CreateUser(ctx, audit.System, &u, pw); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "user %s (%s) created in region %s\n", u.Email, u.Role, r.Slug)
	return nil
}

func (c *cli) userPassword(args []string) error {
	fs := c.flags("user password")
	email := fs.String("email", "", "e-mail address of the user")
	if _, err := c.parse(fs, args, 0); err != nil {
		return err
	}
	if *email == "" {
		return usageError("user password needs --email")
	}
	ctx := context.Background()
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	u, err := s.UserByEmail(ctx, *email)
	if err != nil {
		return fmt.Errorf("no user %q", *email)
	}
	pw, err := c.readPassword()
	if err != nil {
		return err
	}
	if err := s.SetPassword(ctx, audit.System, u.RegionID, u.ID, pw); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "password of %s changed; their sessions have ended\n", u.Email)
	return nil
}

func (c *cli) userList(args []string) error {
	fs := c.flags("user list")
	region := fs.String("region", "kreis-re", "region")
	return c.withStore(fs, args, 0, func(ctx context.Context, s *store.Store, _ []string) error {
		r, err := c.region(ctx, s, *region)
		if err != nil {
			return err
		}
		us, err := s.Users(ctx, r.ID)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "E-MAIL\tNAME\tROLE\tDISABLED\tLAST SIGN-IN")
		for _, u := range us {
			last := "-"
			if u.LastLoginAt != nil {
				last = u.LastLoginAt.Local().Format("2006-01-02 15:04")
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%v\t%s\n", u.Email, u.Name, u.Role, u.DisabledAt != nil, last)
		}
		return tw.Flush()
	})
}

// readPassword asks twice on a terminal, or reads one line from a pipe
// (for scripts: printf '%s\n' "$PW" | lotse user create …).
func (c *cli) readPassword() (string, error) {
	if f, ok := c.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(c.stderr, "Password (at least 12 characters): ")
		a, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(c.stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(c.stderr, "Repeat password: ")
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(c.stderr)
		if err != nil {
			return "", err
		}
		if string(a) != string(b) {
			return "", errors.New("the passwords differ")
		}
		return string(a), nil
	}
	line, err := bufio.NewReader(c.stdin).ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return "", errors.New("no password on standard input")
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func (c *cli) seedDemo(args []string) error {
	fs := c.flags("seed demo")
	return c.withStore(fs, args, 0, func(ctx context.Context, s *store.Store, _ []string) error {
		r, created, err := seed.Demo(ctx, s)
		if err != nil {
			return err
		}
		if !created {
			fmt.Fprintf(c.stdout, "demo region %s exists already; nothing changed\n", r.Slug)
			return nil
		}
		fmt.Fprintf(c.stdout, "demo region %s (%s) loaded\n", r.Slug, r.Name)
		return nil
	})
}

func (c *cli) seedSynthetic(args []string) error {
	fs := c.flags("seed synthetic")
	n := fs.Int("offers", 10000, "number of offers to add")
	region := fs.String("region", "kreis-re", "region to add them to (created if missing)")
	if _, err := c.parse(fs, args, 0); err != nil {
		return err
	}
	if *n <= 0 {
		return usageError("--offers must be positive")
	}
	ctx := context.Background()
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	began := time.Now()
	last := time.Now()
	err = seed.Synthetic(ctx, s, *region, *n, func(done int) {
		if time.Since(last) > 2*time.Second || done == *n {
			fmt.Fprintf(c.stderr, "  %d of %d offers\n", done, *n)
			last = time.Now()
		}
	})
	if err != nil {
		return err
	}
	if err := s.Optimize(ctx); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%d synthetic offers added to %s in %s\n", *n, *region, time.Since(began).Round(time.Millisecond))
	return nil
}

func (c *cli) exportHSDS(args []string) error {
	fs := c.flags("export hsds")
	region := fs.String("region", "kreis-re", "region to export")
	return c.withStore(fs, args, 1, func(ctx context.Context, s *store.Store, pos []string) error {
		if _, err := c.region(ctx, s, *region); err != nil {
			return err
		}
		if err := hsds.ExportDir(ctx, s, *region, pos[0]); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "region %s exported to %s\n", *region, pos[0])
		return nil
	})
}

func (c *cli) importHSDS(args []string) error {
	fs := c.flags("import hsds")
	region := fs.String("region", "kreis-re", "region to import into")
	return c.withStore(fs, args, 1, func(ctx context.Context, s *store.Store, pos []string) error {
		created, err := hsds.EnsureRegion(ctx, s, audit.System, *region, pos[0])
		if err != nil {
			return err
		}
		if created {
			fmt.Fprintf(c.stdout, "region %s created from %s\n", *region, pos[0])
		}
		report, err := hsds.ImportPath(ctx, s, audit.System, *region, pos[0])
		fmt.Fprint(c.stdout, report.String())
		return err
	})
}

func (c *cli) backup(args []string) error {
	fs := c.flags("backup")
	return c.withStore(fs, args, 1, func(ctx context.Context, s *store.Store, pos []string) error {
		if err := s.Backup(ctx, pos[0]); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "backup written to %s\n", pos[0])
		return nil
	})
}
