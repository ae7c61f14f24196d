package dbcheck

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/dbcheck/dbtest"
)

const taxonomyMigrations = taxonomyDir + "/prisma/migrations"

func deployedTaxonomy(t *testing.T) *dbtest.MySQL {
	t.Helper()
	my := dbtest.NewMySQL(t)
	my.Deploy(t, dbtest.ReadMigrations(t, taxonomyMigrations))
	return my
}

// TestMySQL runs the history and drift cases against MariaDB/MySQL with the
// taxonomy corpus project.
func TestMySQL(t *testing.T) {
	t.Run("clean", func(t *testing.T) {
		my := deployedTaxonomy(t)
		res := run(t, my.URL, taxonomyDir)
		if len(errorsOf(res)) != 0 || res.Conclusion == checkrun.Failure {
			t.Fatalf("a clean deploy is healthy, got %s:\n%s", res.Conclusion, dump(res))
		}
		// taxonomy's second migration drops its foreign keys: the live
		// database differs from the schema exactly as the migrations do
		sameAsRepositoryCheck(t, res, taxonomyDir)
		// the Go driver's DSN form works too
		dsn := run(t, strings.TrimSuffix(my.DSN, "?multiStatements=true&parseTime=true"), taxonomyDir)
		if dump(dsn) != dump(res) {
			t.Errorf("DSN form:\n%s", dump(dsn))
		}
	})
	t.Run("pending", func(t *testing.T) {
		my := deployedTaxonomy(t)
		my.Exec(t, `DELETE FROM _prisma_migrations WHERE migration_name = '20221118173244_add_stripe_columns'`)
		got := byRule(run(t, my.URL, taxonomyDir), RulePending)
		if len(got) != 1 || got[0].File != "prisma/migrations/20221118173244_add_stripe_columns/migration.sql" || got[0].Severity != finding.Error {
			t.Fatalf("pending: %v", got)
		}
	})
	t.Run("failed", func(t *testing.T) {
		my := deployedTaxonomy(t)
		my.Exec(t, `UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '20221118173244_add_stripe_columns'`)
		if got := byRule(run(t, my.URL, taxonomyDir), RuleFailed); len(got) != 1 {
			t.Fatalf("failed: %v", got)
		}
	})
	t.Run("edited", func(t *testing.T) {
		my := deployedTaxonomy(t)
		my.Exec(t, `UPDATE _prisma_migrations SET checksum = '`+dbtest.Checksum([]byte("older"))+`' WHERE migration_name = '20221021182747_init'`)
		got := byRule(run(t, my.URL, taxonomyDir), RuleEdited)
		if len(got) != 1 || got[0].File != "prisma/migrations/20221021182747_init/migration.sql" {
			t.Fatalf("edited: %v", got)
		}
	})
	t.Run("dropped column and hand-made index", func(t *testing.T) {
		my := deployedTaxonomy(t)
		my.Exec(t, "ALTER TABLE users DROP COLUMN image; CREATE INDEX users_name_by_hand ON users (name)")
		res := run(t, my.URL, taxonomyDir)
		cols := byRule(res, "drift/missing-column")
		if len(cols) != 1 || cols[0].Severity != finding.Error || cols[0].Line != 50 || !strings.HasPrefix(cols[0].Message, "field User.image: ") {
			t.Errorf("dropped column:\n%s", dump(res))
		}
		var ix []finding.Finding
		for _, f := range byRule(res, "drift/extra-index") {
			if strings.Contains(f.Message, "users_name_by_hand") {
				ix = append(ix, f)
			}
		}
		if len(ix) != 1 || ix[0].Severity != finding.Notice || ix[0].Line != 45 {
			t.Errorf("hand-made index:\n%s", dump(res))
		}
		if len(res.Findings) != 2+6 {
			t.Errorf("want those two findings and taxonomy's six:\n%s", dump(res))
		}
	})
	t.Run("no migrations table", func(t *testing.T) {
		my := dbtest.NewMySQL(t)
		_, err := Run(context.Background(), Options{DatabaseURL: my.URL, Dir: taxonomyDir})
		var ce *ConnError
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), "no _prisma_migrations table") || strings.Contains(err.Error(), "\n") {
			t.Fatalf("got %v", err)
		}
	})
}

// TestMySQLWrongPassword creates a user with a password and connects with
// another one: one line naming the user and host, never either password.
func TestMySQLWrongPassword(t *testing.T) {
	my := deployedTaxonomy(t)
	user := "dbcheck_" + my.Name[len(my.Name)-8:]
	my.Exec(t, fmt.Sprintf("CREATE USER '%s'@'%%' IDENTIFIED BY 'Right-pw-1'; GRANT SELECT ON %s.* TO '%s'@'%%'", user, my.Name, user))
	t.Cleanup(func() { my.DB.Exec(fmt.Sprintf("DROP USER '%s'@'%%'", user)) })
	u, err := url.Parse(my.URL)
	if err != nil {
		t.Fatal(err)
	}

	u.User = url.UserPassword(user, "Right-pw-1")
	res := run(t, u.String(), taxonomyDir) // a read-only user is enough
	sameAsRepositoryCheck(t, res, taxonomyDir)

	u.User = url.UserPassword(user, "Wrong-pw-2")
	_, err = Run(context.Background(), Options{DatabaseURL: u.String(), Dir: taxonomyDir})
	var ce *ConnError
	if !errors.As(err, &ce) {
		t.Fatalf("want a connection error, got %v", err)
	}
	msg := err.Error()
	if strings.Contains(msg, "pw-") || strings.Contains(msg, "\n") || !strings.Contains(msg, user+"@"+u.Host+"/"+my.Name) ||
		!strings.Contains(msg, "Access denied") {
		t.Errorf("want one line naming %s@%s/%s, denied, without a password: %q", user, u.Host, my.Name, msg)
	}
}

// myState is CHECKSUM TABLE of every table plus information_schema's
// columns, indexes and constraints, and the tables' row counts and
// auto-increment counters.
func myState(t *testing.T, my *dbtest.MySQL) string {
	t.Helper()
	var b strings.Builder
	add := func(q string) {
		rows, err := my.DB.Query(q)
		if err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]sql.NullString, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				b.WriteString(v.String + "|")
			}
			b.WriteByte('\n')
		}
	}
	var tables []string
	rows, err := my.DB.Query(`SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, "`"+n+"`")
	}
	rows.Close()
	if len(tables) < 4 {
		t.Fatalf("only %d tables", len(tables))
	}
	add("CHECKSUM TABLE " + strings.Join(tables, ", ") + " EXTENDED")
	add(`SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS
		WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 3`)
	add(`SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE FROM information_schema.STATISTICS
		WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2, 3`)
	add(`SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS
		WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2`)
	add(`SELECT TABLE_NAME, AUTO_INCREMENT, CREATE_TIME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1`)
	return b.String()
}

func TestMySQLReadOnly(t *testing.T) {
	my := deployedTaxonomy(t)
	my.Exec(t, "DELETE FROM _prisma_migrations WHERE migration_name = '20221118173244_add_stripe_columns';"+
		"ALTER TABLE users DROP COLUMN image; INSERT INTO users (id, name) VALUES ('u1', 'Ada')")
	before := myState(t, my)
	res := run(t, my.URL, taxonomyDir)
	if len(errorsOf(res)) < 2 {
		t.Fatalf("expected findings:\n%s", dump(res))
	}
	if after := myState(t, my); after != before {
		t.Fatalf("db-check changed the database:\n--- before\n%s\n--- after\n%s", before, after)
	}
	my.Exec(t, "UPDATE users SET name = 'Grace' WHERE id = 'u1'")
	if myState(t, my) == before {
		t.Fatal("the state dump does not see a write: this test could not fail")
	}
}

// TestMySQLTransactionIsReadOnly proves the session db-check reads in
// refuses writes.
func TestMySQLTransactionIsReadOnly(t *testing.T) {
	my := deployedTaxonomy(t)
	target, err := ParseURL(my.URL)
	if err != nil {
		t.Fatal(err)
	}
	s, err := openMySQL(context.Background(), target, Limits{}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.tx.Exec("INSERT INTO users (id) VALUES ('x')")
	var me *mysql.MySQLError
	if !errors.As(err, &me) || me.Number != 1792 { // ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION
		t.Fatalf("a write in db-check's transaction: want error 1792, got %v", err)
	}
}

// TestPostgresTransactionIsReadOnly proves the same for PostgreSQL, and
// that the statement timeout is set.
func TestPostgresTransactionIsReadOnly(t *testing.T) {
	if os.Getenv("MIGSYNC_TEST_POSTGRES_URL") == "" {
		t.Skip("MIGSYNC_TEST_POSTGRES_URL is not set")
	}
	pg := deployedUmami(t)
	target, err := ParseURL(pg.URL)
	if err != nil {
		t.Fatal(err)
	}
	s, err := openPostgres(context.Background(), target, Limits{}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var timeout, lock, ro string
	if err := s.tx.QueryRow(context.Background(), "SELECT current_setting('statement_timeout'), current_setting('lock_timeout'), current_setting('transaction_read_only')").Scan(&timeout, &lock, &ro); err != nil {
		t.Fatal(err)
	}
	if timeout != "30s" || lock != "5s" || ro != "on" {
		t.Errorf("statement_timeout=%s lock_timeout=%s transaction_read_only=%s", timeout, lock, ro)
	}
	_, err = s.tx.Exec(context.Background(), `CREATE TABLE x (id int)`)
	if err == nil || !strings.Contains(err.Error(), "read-only transaction") {
		t.Fatalf("DDL in db-check's transaction: want a read-only error, got %v", err)
	}
}
