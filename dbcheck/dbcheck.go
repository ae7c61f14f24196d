// Package dbcheck is migsync db-check: it checks a live database against the
// repository — Prisma's _prisma_migrations table against the committed
// migrations (pending, failed, edited, unknown, out of order), and the live
// schema against the Prisma schema (drift, classified breaking / missing /
// extra by checkrun/drift, the same comparison the repository check uses).
//
// It is strictly read-only: one read-only transaction with statement and
// lock timeouts (PostgreSQL BEGIN READ ONLY; MySQL START TRANSACTION READ
// ONLY; SQLite opened with mode=ro and query_only), catalogue queries only.
// Credentials never appear in its output or errors.
package dbcheck

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/prisma"
	"github.com/migsync/migsync/checkrun/rules"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
)

// Options say what to check.
type Options struct {
	// DatabaseURL is Prisma's DATABASE_URL: postgresql://…, mysql://… or
	// file:… (SQLite; a relative path is relative to the schema's folder).
	DatabaseURL string
	// Dir is the repository folder (default ".").
	Dir string
	// Schema and Migrations name the project relative to Dir; empty:
	// discovered (the one project whose provider matches the URL).
	Schema, Migrations string
	// Config is the repository configuration (severity overrides, ignores).
	Config *config.Repo
	// Limits bound the connection and every statement (zero: defaults).
	Limits Limits
}

// Limits are the time bounds of a run.
type Limits struct {
	Connect   time.Duration // connecting (default 10 s)
	Statement time.Duration // any one statement (default 30 s)
	Lock      time.Duration // waiting for a lock (default 5 s)
}

func (l Limits) withDefaults() Limits {
	if l.Connect <= 0 {
		l.Connect = 10 * time.Second
	}
	if l.Statement <= 0 {
		l.Statement = 30 * time.Second
	}
	if l.Lock <= 0 {
		l.Lock = 5 * time.Second
	}
	return l
}

// ConnError is a failure to reach or read the database: the run could not
// check anything (exit status 2). Its text is one line naming the database
// (user@host:port/db), never the password.
type ConnError struct {
	Target string
	Reason string
}

func (e *ConnError) Error() string { return "cannot check " + e.Target + ": " + e.Reason }

// connectError turns a driver error into a ConnError with the short reason
// a person acts on, scrubbed of the password.
func connectError(t *Target, err error) error {
	return &ConnError{Target: t.String(), Reason: t.Redact(reason(err))}
}

// connectFailed is connectError for the connection itself: a timeout says
// how long it waited, and what sets that.
func connectFailed(t *Target, err error) error {
	ce := connectError(t, err).(*ConnError)
	if strings.Contains(ce.Reason, "timed out") && t.connectLimit > 0 {
		ce.Reason = strings.Replace(ce.Reason, "timed out", fmt.Sprintf("timed out after %s (connect_timeout= in --database-url; default 10s)", t.connectLimit), 1)
	}
	return ce
}

// reason finds the cause a person acts on in a driver error.
func reason(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "28P01", "28000":
			return pgErr.Message + " (wrong user or password)"
		case "3D000":
			return pgErr.Message
		}
		return pgErr.Message + " (SQLSTATE " + pgErr.Code + ")"
	}
	var myErr *mysql.MySQLError
	if errors.As(err, &myErr) {
		switch myErr.Number {
		case 1045:
			return myErr.Message + " (wrong user or password)"
		}
		return myErr.Message
	}
	if errors.Is(err, mysql.ErrInvalidConn) || errors.Is(err, driver.ErrBadConn) {
		return "the server closed the connection or does not speak the MySQL protocol (is this the right port? does it require TLS?)"
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return "unknown host " + dnsErr.Name
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) {
		if opErr.Timeout() {
			return "connection timed out (is the host reachable from here?)"
		}
		msg := opErr.Err.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 {
			msg = msg[i+2:]
		}
		return msg + " (is the database running and reachable from here?)"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timed out (is the host reachable from here?)"
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "connection timed out (is the host reachable from here?)"
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, "): "); i >= 0 {
		msg = msg[i+3:]
	}
	return strings.ReplaceAll(msg, "\n", " ")
}

// session is what each provider's connection offers.
type session interface {
	History(ctx context.Context) ([]MigrationRow, bool, error)
	Close()
}

// Run checks the database against the repository. It returns the findings
// as a checkrun.Result (one project); an error means nothing could be
// checked (a usage problem, an unreachable database, no _prisma_migrations
// table) and is one line without credentials.
func Run(ctx context.Context, opts Options) (*checkrun.Result, error) {
	target, err := ParseURL(opts.DatabaseURL)
	if err != nil {
		return nil, err
	}
	limits := opts.Limits
	if limits.Connect == 0 && target.hasConnectTimeout {
		// The URL's connect_timeout; 0 (Prisma: no timeout of its own)
		// waits as long as a statement may.
		limits.Connect = target.connectTimeout
		if limits.Connect == 0 {
			limits.Connect = limits.withDefaults().Statement
		}
	}
	limits = limits.withDefaults()
	target.connectLimit = limits.Connect
	dir := opts.Dir
	if dir == "" {
		dir = "."
	}
	t := tree.NewDir(dir)
	unit, err := pickUnit(ctx, t, opts, target.Dialect)
	if err != nil {
		return nil, err
	}
	project := &checkrun.Project{Schema: unit.Schema, Migrations: unit.Migrations, Provider: unit.Provider}
	res := &checkrun.Result{Projects: []*checkrun.Project{project}}
	add := func(fs ...finding.Finding) {
		for _, f := range fs {
			f.Project = unit.Schema
			f.Introduced = true
			if f.Fingerprint == "" {
				f.SetFingerprint()
			}
			project.Findings = append(project.Findings, f)
		}
	}

	lowered, schemaFindings, err := lowerSchema(ctx, t, unit)
	if err != nil {
		return nil, err
	}
	add(schemaFindings...)
	set, err := rules.LoadSet(ctx, t, unit.Migrations)
	if err != nil {
		return nil, fmt.Errorf("reading the migrations folder %s: %v", unit.Migrations, err)
	}
	project.MigrationCount = len(set.Migrations)
	target.schemaDir = filepath.Join(dir, filepath.FromSlash(path.Dir(schemaFile(unit))))
	if target.Dialect == catalog.SQLite && !filepath.IsAbs(target.file) {
		target.file = filepath.Join(dir, filepath.FromSlash(path.Dir(schemaFile(unit))), target.file)
	}

	live, rows, err := readDatabase(ctx, target, limits, lowered)
	if err != nil {
		return nil, err
	}
	history := CompareHistory(unit.Schema, set, rows, target.String())
	add(history...)
	project.Compared = lowered != nil
	if lowered != nil {
		pending := false
		for _, f := range history {
			pending = pending || f.Rule == RulePending || f.Rule == RuleFailed
		}
		diffs := drift.Compare(lowered.Catalog, live)
		add(liveDrift(unit, lowered, diffs, target.String(), repositoryDiffs(lowered, set), pending)...)
	}
	project.Findings = opts.Config.Apply(project.Findings)
	res.Findings = append(res.Findings, checkrun.ConfigFindings(opts.Config)...)
	res.Findings = append(res.Findings, project.Findings...)
	finding.Sort(res.Findings)
	res.Conclusion = checkrun.Success
	switch finding.Max(res.Findings) {
	case finding.Error:
		res.Conclusion = checkrun.Failure
	case finding.Notice:
		res.Conclusion = checkrun.Neutral
	}
	return res, nil
}

// readDatabase opens the read-only session, reads the migration history and
// the live schema, and closes it.
func readDatabase(ctx context.Context, target *Target, limits Limits, lowered *prisma.Lowered) (*catalog.Catalog, []MigrationRow, error) {
	ctx, cancel := context.WithTimeout(ctx, limits.Connect+4*limits.Statement)
	defer cancel()
	var (
		s       session
		readCat func(context.Context) (*catalog.Catalog, error)
	)
	switch target.Dialect {
	case catalog.Postgres:
		pg, err := openPostgres(ctx, target, limits)
		if err != nil {
			return nil, nil, err
		}
		s = pg
		readCat = func(ctx context.Context) (*catalog.Catalog, error) {
			return pg.Catalog(ctx, extraSchemas(lowered, target.Schema))
		}
	case catalog.MySQL:
		my, err := openMySQL(ctx, target, limits)
		if err != nil {
			return nil, nil, err
		}
		s, readCat = my, my.Catalog
	case catalog.SQLite:
		lite, err := openSQLite(ctx, target, limits)
		if err != nil {
			return nil, nil, err
		}
		s, readCat = lite, lite.Catalog
	default:
		return nil, nil, fmt.Errorf("unsupported database %s", target.Dialect)
	}
	defer s.Close()
	rows, ok, err := s.History(ctx)
	if err != nil {
		return nil, nil, connectError(target, err)
	}
	if !ok {
		where := ""
		if target.Dialect == catalog.Postgres {
			where = " in schema " + target.Schema
		}
		return nil, nil, &ConnError{Target: target.String(), Reason: "no _prisma_migrations table" + where +
			": prisma migrate deploy never ran on this database (or --database-url names the wrong database or schema)"}
	}
	cat, err := readCat(ctx)
	if err != nil {
		return nil, nil, connectError(target, err)
	}
	return cat, rows, nil
}

// extraSchemas lists the PostgreSQL schemas besides the search schema that
// the Prisma schema puts objects in (multiSchema).
func extraSchemas(l *prisma.Lowered, search string) []string {
	if l == nil {
		return nil
	}
	seen := map[string]bool{search: true, "": true}
	var out []string
	addSchema := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, t := range l.Catalog.Tables {
		addSchema(t.Schema)
	}
	for _, e := range l.Catalog.Enums {
		addSchema(e.Schema)
	}
	sort.Strings(out)
	return out
}

// pickUnit finds the project to check: the one named by the options, or the
// one discovered project whose provider matches the database.
func pickUnit(ctx context.Context, t tree.Tree, opts Options, d catalog.Dialect) (checkrun.Unit, error) {
	cfg := opts.Config
	if opts.Schema != "" {
		mig := opts.Migrations
		if mig == "" {
			mig = defaultMigrations(opts.Schema)
		}
		c := config.Repo{}
		if cfg != nil {
			c = *cfg
		}
		c.Projects = []config.Project{{Schema: filepath.ToSlash(opts.Schema), Migrations: filepath.ToSlash(mig)}}
		cfg = &c
	}
	units, err := checkrun.Discover(ctx, t, cfg)
	if err != nil && len(units) == 0 {
		return checkrun.Unit{}, fmt.Errorf("reading %s: %v", dirName(opts.Dir), err)
	}
	var match []checkrun.Unit
	for _, u := range units {
		if ud, ok := catalog.DialectForProvider(u.Provider); ok && ud == d || u.Provider == "" && opts.Schema != "" {
			match = append(match, u)
		}
	}
	switch {
	case len(units) == 0:
		return checkrun.Unit{}, fmt.Errorf("no Prisma schema with a migrations folder under %s (use --dir, or --schema and --migrations)", dirName(opts.Dir))
	case len(match) == 0 && opts.Schema != "":
		return checkrun.Unit{}, fmt.Errorf("%s declares provider %q but --database-url is a %s database", units[0].Schema, units[0].Provider, d)
	case len(match) == 0:
		return checkrun.Unit{}, fmt.Errorf("no Prisma project under %s uses %s (found %s); name one with --schema", dirName(opts.Dir), d, unitList(units))
	case len(match) > 1:
		return checkrun.Unit{}, fmt.Errorf("several Prisma projects use %s (%s); name the one this database belongs to with --schema", d, unitList(match))
	}
	return match[0], nil
}

func dirName(d string) string {
	if d == "" {
		return "."
	}
	return d
}

func unitList(us []checkrun.Unit) string {
	names := make([]string, len(us))
	for i, u := range us {
		names[i] = u.Schema
	}
	return strings.Join(names, ", ")
}

func defaultMigrations(schema string) string {
	schema = filepath.ToSlash(schema)
	if strings.HasSuffix(schema, ".prisma") {
		return path.Join(path.Dir(schema), "migrations")
	}
	return path.Join(schema, "..", "migrations")
}

// schemaFile is the file whose folder relative SQLite paths start from: the
// datasource file, or the schema itself.
func schemaFile(u checkrun.Unit) string {
	if u.DatasourceFile != "" {
		return u.DatasourceFile
	}
	if strings.HasSuffix(u.Schema, ".prisma") {
		return u.Schema
	}
	return path.Join(u.Schema, "schema.prisma")
}

// lowerSchema parses and lowers the project's schema. Schema errors become
// findings (and a nil Lowered: no drift check); an unreadable schema is an
// error.
func lowerSchema(ctx context.Context, t tree.Tree, u checkrun.Unit) (*prisma.Lowered, []finding.Finding, error) {
	schema, diags, err := prisma.LoadSchema(ctx, t, strings.TrimSuffix(u.Schema, "/"))
	if err != nil {
		return nil, nil, fmt.Errorf("reading the schema %s: %v", u.Schema, err)
	}
	var out []finding.Finding
	failed := false
	for _, d := range diags {
		sev := finding.Warning
		if d.Severity == "error" {
			sev, failed = finding.Error, true
		}
		out = append(out, finding.Finding{Rule: checkrun.RuleSchemaSyntax, Severity: sev, File: d.Pos.File, Line: d.Pos.Line,
			Message: d.Message + "; fix the schema (prisma validate shows the same problem)"})
	}
	if failed {
		return nil, out, nil
	}
	lowered, ldiags := prisma.Lower(schema)
	for _, d := range ldiags {
		sev := finding.Warning
		if d.Severity == "error" {
			sev, failed = finding.Error, true
		}
		out = append(out, finding.Finding{Rule: checkrun.RuleSchemaInvalid, Severity: sev, File: d.Pos.File, Line: d.Pos.Line, Message: d.Message})
	}
	if failed || lowered == nil || lowered.Catalog == nil {
		return nil, out, nil
	}
	sqlddl.NormalizeDefaults(lowered.Catalog)
	return lowered, out, nil
}
