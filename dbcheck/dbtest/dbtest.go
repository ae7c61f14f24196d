// Package dbtest builds real databases for db-check's tests: a fresh,
// randomly named PostgreSQL or MariaDB/MySQL database per test (dropped at
// the end), migrated the way `prisma migrate deploy` records it —
// Prisma's own _prisma_migrations DDL, one row per migration with its
// SHA-256 checksum.
//
// The servers come from MIGSYNC_TEST_POSTGRES_URL and MIGSYNC_TEST_MYSQL_URL;
// tests are skipped when those are unset.
package dbtest

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5"
	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// Prisma's migrations tables, as its schema engine creates them
// (create_migrations_table of each SQL flavour).
const (
	PostgresMigrationsTable = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`
	MySQLMigrationsTable = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             DATETIME(3),
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          DATETIME(3),
    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`
	SQLiteMigrationsTable = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`
)

// Migration is one migration folder read from disk.
type Migration struct {
	Name string
	SQL  []byte
}

// ReadMigrations reads dir/*/migration.sql in Prisma's order.
func ReadMigrations(t testing.TB, dir string) []Migration {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []Migration
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name(), "migration.sql"))
		if err != nil {
			continue
		}
		out = append(out, Migration{Name: e.Name(), SQL: b})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// UUID returns a random version 4 UUID, like the ids Prisma writes.
func UUID() string {
	b := make([]byte, 16)
	rand.Read(b)
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b)
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// Checksum is the checksum Prisma records: SHA-256 of migration.sql, hex.
func Checksum(sql []byte) string {
	s := sha256.Sum256(sql)
	return hex.EncodeToString(s[:])
}

func randomName(prefix string) string {
	b := make([]byte, 6)
	rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

// Postgres is a fresh PostgreSQL database.
type Postgres struct {
	URL  string // postgres://…/<name>?sslmode=…
	Name string
	Conn *pgx.Conn // an administrative connection to the database itself
}

// NewPostgres creates a fresh database on MIGSYNC_TEST_POSTGRES_URL's server
// (skipping the test when it is unset) and drops it when the test ends.
func NewPostgres(t testing.TB) *Postgres {
	t.Helper()
	base := os.Getenv("MIGSYNC_TEST_POSTGRES_URL")
	if base == "" {
		t.Skip("MIGSYNC_TEST_POSTGRES_URL is not set")
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connecting to the test server: %v", err)
	}
	t.Cleanup(func() { admin.Close(context.Background()) })
	name := randomName("migsync_dbcheck_")
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	p := &Postgres{URL: u.String(), Name: name}
	p.Conn, err = pgx.Connect(ctx, p.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		p.Conn.Close(context.Background())
		admin.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	return p
}

// Exec runs a script (simple protocol, several statements allowed).
func (p *Postgres) Exec(t testing.TB, script string) {
	t.Helper()
	if _, err := p.Conn.PgConn().Exec(context.Background(), script).ReadAll(); err != nil {
		t.Fatalf("%v\n%s", err, script)
	}
}

// Deploy applies the migrations and records them as prisma migrate deploy
// does.
func (p *Postgres) Deploy(t testing.TB, ms []Migration) {
	t.Helper()
	p.Exec(t, PostgresMigrationsTable)
	ctx := context.Background()
	for _, m := range ms {
		id := UUID()
		start := time.Now()
		if _, err := p.Conn.Exec(ctx, `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, 0)`,
			id, Checksum(m.SQL), m.Name, start); err != nil {
			t.Fatal(err)
		}
		if _, err := p.Conn.PgConn().Exec(ctx, string(m.SQL)).ReadAll(); err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		if _, err := p.Conn.Exec(ctx, `UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = 1, logs = NULL WHERE id = $1`, id); err != nil {
			t.Fatal(err)
		}
	}
}

// MySQL is a fresh MariaDB/MySQL database.
type MySQL struct {
	URL  string // mysql://user[:password]@host:port/<name>, Prisma's form
	DSN  string // the Go driver's form, multi-statements enabled
	Name string
	DB   *sql.DB
}

// NewMySQL creates a fresh database on MIGSYNC_TEST_MYSQL_URL's server
// (skipping the test when it is unset) and drops it when the test ends.
func NewMySQL(t testing.TB) *MySQL {
	t.Helper()
	base := os.Getenv("MIGSYNC_TEST_MYSQL_URL")
	if base == "" {
		t.Skip("MIGSYNC_TEST_MYSQL_URL is not set")
	}
	cfg, err := mysql.ParseDSN(base)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	name := randomName("migsync_dbcheck_")
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() { admin.Exec("DROP DATABASE IF EXISTS " + name) })
	cfg.DBName = name
	cfg.MultiStatements = true
	cfg.ParseTime = true
	m := &MySQL{DSN: cfg.FormatDSN(), Name: name}
	m.DB, err = sql.Open("mysql", m.DSN)
	if err != nil {
		t.Fatal(err)
	}
	m.DB.SetMaxOpenConns(1)
	t.Cleanup(func() { m.DB.Close() })
	u := url.URL{Scheme: "mysql", Path: "/" + name}
	if cfg.Passwd != "" {
		u.User = url.UserPassword(cfg.User, cfg.Passwd)
	} else {
		u.User = url.User(cfg.User)
	}
	u.Host = cfg.Addr
	if _, _, err := net.SplitHostPort(cfg.Addr); err != nil {
		u.Host = net.JoinHostPort(cfg.Addr, strconv.Itoa(3306))
	}
	m.URL = u.String()
	return m
}

// Exec runs a script (several statements allowed).
func (m *MySQL) Exec(t testing.TB, script string) {
	t.Helper()
	if _, err := m.DB.Exec(script); err != nil {
		t.Fatalf("%v\n%s", err, script)
	}
}

// Deploy applies the migrations and records them as prisma migrate deploy
// does.
func (m *MySQL) Deploy(t testing.TB, ms []Migration) {
	t.Helper()
	m.Exec(t, MySQLMigrationsTable)
	for _, mg := range ms {
		id := UUID()
		if _, err := m.DB.Exec(`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, CURRENT_TIMESTAMP(3), 0)`,
			id, Checksum(mg.SQL), mg.Name); err != nil {
			t.Fatal(err)
		}
		if _, err := m.DB.Exec(string(mg.SQL)); err != nil {
			t.Fatalf("%s: %v", mg.Name, err)
		}
		if _, err := m.DB.Exec(`UPDATE _prisma_migrations SET finished_at = CURRENT_TIMESTAMP(3), applied_steps_count = 1 WHERE id = ?`, id); err != nil {
			t.Fatal(err)
		}
	}
}

// SQLite is a SQLite file being built (read-write).
type SQLite struct {
	File string
	DB   *sql.DB
}

// NewSQLite creates (or opens) a SQLite file for writing.
func NewSQLite(t testing.TB, file string) *SQLite {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+file)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	s := &SQLite{File: file, DB: db}
	t.Cleanup(func() { db.Close() })
	return s
}

// Exec runs a script.
func (s *SQLite) Exec(t testing.TB, script string) {
	t.Helper()
	if _, err := s.DB.Exec(script); err != nil {
		t.Fatalf("%v\n%s", err, script)
	}
}

// Deploy applies the migrations and records them as prisma migrate deploy
// does (Prisma stores SQLite DATETIMEs as Unix milliseconds).
func (s *SQLite) Deploy(t testing.TB, ms []Migration) {
	t.Helper()
	s.Exec(t, SQLiteMigrationsTable)
	for _, m := range ms {
		id := UUID()
		if _, err := s.DB.Exec(`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)`,
			id, Checksum(m.SQL), m.Name, time.Now().UnixMilli()); err != nil {
			t.Fatal(err)
		}
		if _, err := s.DB.Exec(string(m.SQL)); err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		if _, err := s.DB.Exec(`UPDATE _prisma_migrations SET finished_at = ?, applied_steps_count = 1 WHERE id = ?`, time.Now().UnixMilli(), id); err != nil {
			t.Fatal(err)
		}
	}
}

// Close closes the file (a checkpointed, plain rollback-journal database).
func (s *SQLite) Close(t testing.TB) {
	t.Helper()
	if err := s.DB.Close(); err != nil {
		t.Fatal(err)
	}
}

// CopyDir copies a folder (a corpus project) into a temporary folder, so a
// test can edit it.
func CopyDir(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(fmt.Errorf("copy %s: %w", src, err))
	}
	return dst
}
