package dbcheck

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5"

	"github.com/migsync/migsync/checkrun/catalog"
)

// Target is a parsed --database-url. It never prints its password: String
// is user@host:port/database (or the SQLite file's path).
type Target struct {
	Dialect catalog.Dialect
	// User, Host, Port and Database name the server and database; for SQLite
	// only Database is set (the file path as written).
	User     string
	Host     string
	Port     int
	Database string
	// Schema is the PostgreSQL schema Prisma's ?schema= selects ("public"
	// when absent); empty for MySQL and SQLite.
	Schema string

	secrets []string // the password, raw and escaped, to scrub from errors
	pg      *pgx.ConnConfig
	my      *mysql.Config
	// SQLite: the file path (relative paths are resolved by Run).
	file string

	// connectTimeout is the URL's connect_timeout (seconds, as Prisma
	// reads it; the Go DSN's timeout=), when it has one; Run makes it the
	// connect limit unless its caller set one (connectLimit).
	connectTimeout    time.Duration
	hasConnectTimeout bool
	connectLimit      time.Duration
	// rootCert is the TLS root certificate the URL names (tls.go), as
	// written, and the parameter that names it.
	rootCert, rootCertParam string
	// schemaDir is the folder of the schema file (set by Run): Prisma
	// resolves sslcert= relative to it.
	schemaDir string
	// pgURL is the PostgreSQL URL for the driver, without the root
	// certificate, and pgbouncer its ?pgbouncer=true (pgConfig).
	pgURL     *url.URL
	pgbouncer bool
}

// String names the database without credentials.
func (t *Target) String() string {
	if t == nil {
		return "the database"
	}
	if t.Dialect == catalog.SQLite {
		return t.Database
	}
	s := t.Host
	if t.Port != 0 {
		s = net.JoinHostPort(t.Host, strconv.Itoa(t.Port))
	}
	if t.User != "" {
		s = t.User + "@" + s
	}
	return s + "/" + t.Database
}

// Redact removes the target's password from a text (an error from a
// driver), whatever the spelling it has there.
func (t *Target) Redact(s string) string {
	if t == nil {
		return s
	}
	for _, p := range t.secrets {
		if p != "" {
			s = strings.ReplaceAll(s, p, "*****")
		}
	}
	return s
}

// prismaOnlyParams are connection-string parameters Prisma understands and
// the Go drivers do not (a driver would send them to the server as settings
// or reject them).
var prismaOnlyParams = []string{
	"schema", "connection_limit", "pool_timeout", "pgbouncer", "socket_timeout", "statement_cache_size",
	"sslaccept", "sslidentity", "sslpassword", "max_connection_lifetime", "max_idle_connection_lifetime",
	"single_use_connections", "options",
}

// ParseURL reads a database URL in the forms Prisma's DATABASE_URL uses:
// postgresql://, postgres://, mysql://, file: (SQLite). A Go MySQL DSN
// (user:pass@tcp(host:3306)/db) is accepted too. Errors never contain the
// password.
func ParseURL(raw string) (*Target, error) {
	raw = strings.TrimSpace(raw)
	switch {
	case raw == "":
		return nil, errors.New("--database-url is empty (set it or DATABASE_URL)")
	case strings.HasPrefix(raw, "file:"):
		return parseSQLite(raw)
	case hasScheme(raw, "postgres", "postgresql"):
		return parsePostgres(raw)
	case hasScheme(raw, "mysql"), hasScheme(raw, "mariadb"):
		return parseMySQLURL(raw)
	case !strings.Contains(raw, "://") && (strings.Contains(raw, "@tcp(") || strings.Contains(raw, "@unix(")):
		return parseMySQLDSN(raw)
	}
	scheme, _, ok := strings.Cut(raw, "://")
	if ok && reScheme.MatchString(scheme) {
		return nil, fmt.Errorf("--database-url: %q databases are not supported (use postgresql://, mysql:// or file:)", scheme)
	}
	return nil, errors.New("--database-url is not a postgresql://, mysql:// or file: URL")
}

var reScheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]{0,30}$`)

func hasScheme(raw string, schemes ...string) bool {
	for _, s := range schemes {
		if len(raw) > len(s)+3 && strings.EqualFold(raw[:len(s)+3], s+"://") {
			return true
		}
	}
	return false
}

// parseURLQuietly parses a URL without echoing it in the error (net/url
// errors quote the whole URL, password included).
func parseURLQuietly(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("--database-url is not a valid URL: %v", err)
	}
	return u, nil
}

func secretsOf(u *url.URL) []string {
	p, ok := u.User.Password()
	if !ok || p == "" {
		return nil
	}
	return []string{p, url.QueryEscape(p), url.PathEscape(p), url.UserPassword("", p).String()[1:]}
}

func parsePostgres(raw string) (*Target, error) {
	u, err := parseURLQuietly(raw)
	if err != nil {
		return nil, err
	}
	t := &Target{Dialect: catalog.Postgres, secrets: secretsOf(u), Schema: "public"}
	q := u.Query()
	if s := q.Get("schema"); s != "" {
		t.Schema = s
	}
	t.pgbouncer = q.Get("pgbouncer") == "true"
	if err := t.readConnectTimeout(q.Get("connect_timeout")); err != nil {
		return nil, err
	}
	// The root certificate is read when connecting (tls.go): Prisma's
	// sslcert= (without sslkey=: Prisma's is the server's certificate, not
	// libpq's client one), or libpq's sslrootcert=.
	switch {
	case q.Get("sslcert") != "" && q.Get("sslkey") == "":
		t.rootCert, t.rootCertParam = q.Get("sslcert"), "sslcert"
		q.Del("sslcert")
	case q.Get("sslrootcert") != "" && q.Get("sslrootcert") != "system":
		t.rootCert, t.rootCertParam = q.Get("sslrootcert"), "sslrootcert"
		q.Del("sslrootcert")
	}
	for _, p := range prismaOnlyParams {
		q.Del(p)
	}
	u.RawQuery = q.Encode()
	t.pgURL = u
	cfg, err := t.pgConfig("")
	if err != nil {
		return nil, err
	}
	t.pg = cfg
	t.User, t.Host, t.Port, t.Database = cfg.User, cfg.Host, int(cfg.Port), cfg.Database
	return t, nil
}

// pgConfig parses the PostgreSQL URL for the driver, with sslrootcert= set
// to rootCert when it is not empty.
func (t *Target) pgConfig(rootCert string) (*pgx.ConnConfig, error) {
	u := *t.pgURL
	if rootCert != "" {
		q := u.Query()
		q.Set("sslrootcert", rootCert)
		u.RawQuery = q.Encode()
	}
	cfg, err := pgx.ParseConfig(u.String())
	if err != nil {
		return nil, fmt.Errorf("--database-url is not a valid PostgreSQL URL: %s", t.Redact(pgParseMessage(err)))
	}
	if t.pgbouncer {
		// PgBouncer in transaction mode does not keep prepared statements.
		cfg.DefaultQueryExecMode = pgx.QueryExecModeExec
	}
	return cfg, nil
}

// readConnectTimeout reads Prisma's connect_timeout (whole seconds; 0: no
// timeout of its own).
func (t *Target) readConnectTimeout(v string) error {
	if v == "" {
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return fmt.Errorf("--database-url: connect_timeout=%q is not a whole number of seconds", v)
	}
	t.connectTimeout, t.hasConnectTimeout = time.Duration(n)*time.Second, true
	return nil
}

// pgParseMessage keeps the reason of a pgx parse error, not the string it
// quotes.
func pgParseMessage(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return msg
}

func parseMySQLURL(raw string) (*Target, error) {
	u, err := parseURLQuietly(raw)
	if err != nil {
		return nil, err
	}
	t := &Target{Dialect: catalog.MySQL, secrets: secretsOf(u)}
	cfg := mysql.NewConfig()
	cfg.User = u.User.Username()
	cfg.Passwd, _ = u.User.Password()
	host, port := u.Hostname(), u.Port()
	if host == "" {
		host = "localhost"
	}
	if port == "" {
		port = "3306"
	}
	if sock := u.Query().Get("socket"); sock != "" {
		cfg.Net, cfg.Addr = "unix", sock
	} else {
		cfg.Net, cfg.Addr = "tcp", net.JoinHostPort(host, port)
	}
	cfg.DBName = strings.TrimPrefix(u.Path, "/")
	if cfg.DBName == "" {
		return nil, errors.New("--database-url names no database (mysql://user:password@host:3306/DATABASE)")
	}
	if strings.Contains(cfg.DBName, "/") {
		return nil, errors.New("--database-url: the database name cannot contain '/'")
	}
	if err := t.readConnectTimeout(u.Query().Get("connect_timeout")); err != nil {
		return nil, err
	}
	switch u.Query().Get("sslaccept") {
	case "accept_invalid_certs":
		cfg.TLSConfig = "skip-verify"
	case "strict":
		cfg.TLSConfig = "true"
	}
	if c := u.Query().Get("sslcert"); c != "" {
		t.rootCert, t.rootCertParam = c, "sslcert" // read when connecting (tls.go)
	}
	if u.Query().Get("sslmode") == "disable" {
		cfg.TLSConfig = "false"
		t.rootCert, t.rootCertParam = "", ""
	}
	t.my = cfg
	t.User, t.Host, t.Database = cfg.User, host, cfg.DBName
	t.Port, _ = strconv.Atoi(port)
	return t, nil
}

func parseMySQLDSN(raw string) (*Target, error) {
	cfg, err := mysql.ParseDSN(raw)
	if err != nil {
		return nil, errors.New("--database-url is not a valid MySQL DSN (user:password@tcp(host:3306)/database)")
	}
	t := &Target{Dialect: catalog.MySQL, my: cfg}
	if cfg.Passwd != "" {
		t.secrets = []string{cfg.Passwd}
	}
	if cfg.Timeout > 0 {
		t.connectTimeout, t.hasConnectTimeout = cfg.Timeout, true // the DSN's timeout= (a Go duration)
	}
	t.User, t.Database = cfg.User, cfg.DBName
	if cfg.DBName == "" {
		return nil, errors.New("--database-url names no database (user:password@tcp(host:3306)/DATABASE)")
	}
	if cfg.Net == "unix" {
		t.Host = cfg.Addr
	} else if h, p, err := net.SplitHostPort(cfg.Addr); err == nil {
		t.Host = h
		t.Port, _ = strconv.Atoi(p)
	} else {
		t.Host = cfg.Addr
	}
	return t, nil
}

// parseSQLite reads file:PATH[?params]; the path is kept as written
// (relative paths are resolved against the schema's folder, as Prisma does).
func parseSQLite(raw string) (*Target, error) {
	p := strings.TrimPrefix(raw, "file:")
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	p = strings.TrimPrefix(p, "//")
	if p == "" {
		return nil, errors.New("--database-url names no SQLite file (file:./dev.db)")
	}
	if un, err := url.PathUnescape(p); err == nil {
		p = un
	}
	return &Target{Dialect: catalog.SQLite, Database: p, file: filepath.FromSlash(p)}, nil
}
