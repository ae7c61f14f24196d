package dbcheck

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/migsync/migsync/dbcheck/dbtest"
)

// pgState is a dump of everything a run could change in a PostgreSQL
// database: each table's rows (md5 of the whole table), the write counters
// of pg_stat_user_tables, every relation's relfilenode (a rewrite changes
// it), and information_schema's columns and constraints plus the index
// definitions.
func pgState(t *testing.T, pg *dbtest.Postgres) string {
	t.Helper()
	ctx := context.Background()
	// make this connection's pending statistics visible before reading them
	if _, err := pg.Conn.Exec(ctx, `SELECT pg_stat_force_next_flush()`); err != nil {
		t.Fatal(err)
	}
	if _, err := pg.Conn.Exec(ctx, `SELECT 1`); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	add := func(q string) {
		rows, err := pg.Conn.Query(ctx, q)
		if err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
		defer rows.Close()
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				b.WriteString(strings.TrimSpace(strings.ReplaceAll(anyString(v), "\n", " ")))
				b.WriteByte('|')
			}
			b.WriteByte('\n')
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	var tables []string
	rows, err := pg.Conn.Query(ctx, `SELECT quote_ident(schemaname) || '.' || quote_ident(relname) FROM pg_stat_user_tables ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	if len(tables) < 10 {
		t.Fatalf("only %d tables: the database was not migrated", len(tables))
	}
	for _, tb := range tables {
		add(`SELECT '` + tb + `', count(*), md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM ` + tb + ` x`)
	}
	add(`SELECT relname, n_tup_ins, n_tup_upd, n_tup_del, n_tup_hot_upd FROM pg_stat_user_tables ORDER BY relname`)
	add(`SELECT c.relname, c.relkind::text, c.relfilenode FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' ORDER BY 1`)
	add(`SELECT md5(string_agg(concat_ws(',', table_name, column_name, ordinal_position, column_default, is_nullable, data_type,
		character_maximum_length, udt_name), ';' ORDER BY table_name, ordinal_position)) FROM information_schema.columns WHERE table_schema = 'public'`)
	add(`SELECT md5(string_agg(concat_ws(',', table_name, constraint_name, constraint_type), ';' ORDER BY table_name, constraint_name))
		FROM information_schema.table_constraints WHERE table_schema = 'public'`)
	add(`SELECT md5(string_agg(indexdef, ';' ORDER BY indexname)) FROM pg_indexes WHERE schemaname = 'public'`)
	return b.String()
}

const pingvinDir = "../testdata/corpus/stonith404__pingvin-share"

func anyString(v any) string {
	if v == nil {
		return "NULL"
	}
	return fmt.Sprint(v)
}

// TestPostgresReadOnly runs db-check (on a database with findings of every
// kind of history problem) and proves the database is unchanged; a write
// afterwards changes the dump, so the comparison can fail.
func TestPostgresReadOnly(t *testing.T) {
	pg := deployedUmami(t)
	pg.Exec(t, `DELETE FROM _prisma_migrations WHERE migration_name = '`+umamiLast+`';
		UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '10_add_distinct_id';
		ALTER TABLE website DROP COLUMN domain;
		CREATE INDEX website_name_by_hand ON website (name);
		INSERT INTO "user" (user_id, username, password, role) VALUES ('6d2f6a39-16f5-4b3a-9b2b-7a0f2a4e5b6c', 'dbcheck', 'x', 'admin');`)
	before := pgState(t, pg)
	res := run(t, pg.URL, umamiDir)
	if len(errorsOf(res)) < 3 {
		t.Fatalf("expected findings, got:\n%s", dump(res))
	}
	after := pgState(t, pg)
	if before != after {
		t.Fatalf("db-check changed the database:\n--- before\n%s\n--- after\n%s", before, after)
	}

	pg.Exec(t, `UPDATE "user" SET password = 'y' WHERE username = 'dbcheck'`)
	if pgState(t, pg) == before {
		t.Fatal("the state dump does not see a write: this test could not fail")
	}
}

// TestSQLiteReadOnly checks a SQLite database (pingvin-share's migrations)
// and proves the file is byte-for-byte unchanged.
func TestSQLiteReadOnly(t *testing.T) {
	dir := dbtest.CopyDir(t, pingvinDir)
	file := filepath.Join(dir, "backend/prisma/data.db")
	lite := dbtest.NewSQLite(t, file)
	lite.Deploy(t, dbtest.ReadMigrations(t, filepath.Join(dir, "backend/prisma/migrations")))
	lite.Close(t)
	sum := func() string {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		s := sha256.Sum256(b)
		return hex.EncodeToString(s[:])
	}
	before := sum()
	// relative to the schema's folder, as Prisma resolves file: URLs
	res := run(t, "file:./data.db", dir)
	if errs := errorsOf(res); len(errs) > 0 {
		t.Fatalf("clean SQLite deploy has errors:\n%s", dump(res))
	}
	sameAsRepositoryCheck(t, res, dir)
	if after := sum(); after != before {
		t.Fatalf("db-check changed the SQLite file: %s → %s", before, after)
	}
	entries, _ := os.ReadDir(filepath.Dir(file))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "data.db-") {
			t.Errorf("db-check left %s behind", e.Name())
		}
	}

	// the file was really read: a history change and a dropped column show
	lite = dbtest.NewSQLite(t, file)
	lite.Exec(t, `DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations);
		ALTER TABLE "User" DROP COLUMN "totpSecret";`)
	lite.Close(t)
	res = run(t, "file:./data.db", dir)
	if len(byRule(res, RulePending)) != 1 {
		t.Errorf("want one pending migration:\n%s", dump(res))
	}
	cols := byRule(res, "drift/missing-column")
	if len(cols) != 1 || !strings.HasPrefix(cols[0].Message, "field User.totpSecret: ") || cols[0].File != "backend/prisma/schema.prisma" {
		t.Errorf("want the dropped User.totpSecret:\n%s", dump(res))
	}
}
