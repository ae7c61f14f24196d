package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgproto3"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/dbcheck/dbtest"
)

// dbCheck runs `migsync db-check args…` and returns its exit status and
// output.
func dbCheck(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"db-check"}, args...), &out, &errOut)
	return code, out.String(), errOut.String()
}

// oneLineError checks the exit-2 contract: status 2, one line on stderr
// that names the database and not the password.
func oneLineError(t *testing.T, code int, stdout, stderr, names, password, says string) {
	t.Helper()
	line := strings.TrimSuffix(stderr, "\n")
	if code != exitUsage || strings.Contains(line, "\n") || line == "" || stdout != "" {
		t.Fatalf("want exit 2 and one line, got %d:\nstdout: %q\nstderr: %q", code, stdout, stderr)
	}
	if !strings.Contains(line, names) || !strings.Contains(line, says) {
		t.Errorf("want the line to name %q and say %q: %q", names, says, line)
	}
	if password != "" && strings.Contains(line, password) {
		t.Errorf("the password is shown: %q", line)
	}
}

// pingvinSQLite copies the pingvin-share corpus project (SQLite) to a
// temporary folder with a database deployed from its migrations at
// backend/prisma/data.db.
func pingvinSQLite(t *testing.T) (dir string, db *dbtest.SQLite) {
	t.Helper()
	dir = dbtest.CopyDir(t, "../../testdata/corpus/stonith404__pingvin-share")
	db = dbtest.NewSQLite(t, filepath.Join(dir, "backend/prisma/data.db"))
	db.Deploy(t, dbtest.ReadMigrations(t, filepath.Join(dir, "backend/prisma/migrations")))
	db.Close(t)
	return dir, db
}

func TestDBCheckSQLite(t *testing.T) {
	dir, _ := pingvinSQLite(t)

	code, out, errOut := dbCheck(t, "--database-url", "file:./data.db", "--dir", dir)
	if code != exitOK || errOut != "" {
		t.Fatalf("clean database: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "backend/prisma/schema.prisma ↔ backend/prisma/migrations (sqlite, ") {
		t.Errorf("text output:\n%s", out)
	}

	// DATABASE_URL is the default, an absolute path works
	t.Setenv("DATABASE_URL", "file:"+filepath.Join(dir, "backend/prisma/data.db"))
	code, out, _ = dbCheck(t, "--dir", dir, "--format", "json")
	var fs []finding.Finding
	if code != exitOK || json.Unmarshal([]byte(out), &fs) != nil {
		t.Fatalf("json: exit %d\n%s", code, out)
	}
	for _, f := range fs {
		if f.Severity == finding.Error {
			t.Errorf("error finding on a clean database: %+v", f)
		}
	}

	db := dbtest.NewSQLite(t, filepath.Join(dir, "backend/prisma/data.db"))
	db.Exec(t, `ALTER TABLE "User" DROP COLUMN "totpSecret"`)
	db.Close(t)
	code, out, _ = dbCheck(t, "--dir", dir, "--format", "github")
	if code != exitFindings || !strings.Contains(out, "::error file=backend/prisma/schema.prisma,line=28,title=migsync drift/missing-column::field User.totpSecret: ") {
		t.Fatalf("dropped column: exit %d\n%s", code, out)
	}
}

// TestDBCheckBrokenSchema: a schema that does not parse is exit 2, as for
// migsync check, with the positioned syntax error printed.
func TestDBCheckBrokenSchema(t *testing.T) {
	dir, _ := pingvinSQLite(t)
	schema := filepath.Join(dir, "backend/prisma/schema.prisma")
	b, err := os.ReadFile(schema)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(schema, append(b, []byte("\nmodel Broken {\n  id Int @id\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := dbCheck(t, "--database-url", "file:./data.db", "--dir", dir)
	if code != exitUsage || !strings.Contains(out, "[schema/syntax]") {
		t.Fatalf("exit %d\n%s", code, out)
	}
}

func TestDBCheckUsageAndConnectionErrors(t *testing.T) {
	dir, _ := pingvinSQLite(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	t.Setenv("DATABASE_URL", "")

	code, out, errOut := dbCheck(t, "--dir", dir)
	oneLineError(t, code, out, errOut, "DATABASE_URL", "", "no database")

	code, out, errOut = dbCheck(t, "--dir", "../../examples/incident", "--database-url",
		fmt.Sprintf("postgresql://app:Hunter2-secret@127.0.0.1:%d/prod?schema=public", port))
	oneLineError(t, code, out, errOut, fmt.Sprintf("app@127.0.0.1:%d/prod", port), "Hunter2", "connection refused")

	code, out, errOut = dbCheck(t, "--dir", dir, "--database-url", "file:./missing.db")
	oneLineError(t, code, out, errOut, "missing.db", "", "does not exist")

	empty := dbtest.NewSQLite(t, filepath.Join(dir, "backend/prisma/empty.db"))
	empty.Exec(t, `CREATE TABLE t (id INTEGER PRIMARY KEY)`)
	empty.Close(t)
	code, out, errOut = dbCheck(t, "--dir", dir, "--database-url", "file:./empty.db")
	oneLineError(t, code, out, errOut, "empty.db", "", "no _prisma_migrations table")

	code, out, errOut = dbCheck(t, "--dir", dir, "--database-url", "file:./data.db", "--format", "sarif")
	oneLineError(t, code, out, errOut, "--format", "", "not one of text, json, github")

	code, out, errOut = dbCheck(t, "--dir", dir, "--database-url", "postgresql://u:Hunter2-secret@db/x")
	oneLineError(t, code, out, errOut, "postgresql", "Hunter2", "no Prisma project")
}

// TestDBCheckIncident: the schema expects RefreshToken, the database never
// got it: exit 1, naming model RefreshToken at its line.
func TestDBCheckIncident(t *testing.T) {
	pg := dbtest.NewPostgres(t)
	pg.Deploy(t, dbtest.ReadMigrations(t, "../../examples/incident/prisma/migrations"))
	code, out, errOut := dbCheck(t, "--dir", "../../examples/incident", "--database-url", pg.URL)
	if code != exitFindings || errOut != "" {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "prisma/schema.prisma:28: error [drift/missing-table] model RefreshToken: ") {
		t.Errorf("want the missing table at prisma/schema.prisma:28:\n%s", out)
	}

	// no _prisma_migrations: exit 2, one line
	fresh := dbtest.NewPostgres(t)
	code, out, errOut = dbCheck(t, "--dir", "../../examples/incident", "--database-url", fresh.URL)
	oneLineError(t, code, out, errOut, "127.0.0.1:5432/"+fresh.Name, "", "no _prisma_migrations table")
}

// TestDBCheckWrongPassword uses MariaDB/MySQL (the PostgreSQL test server
// trusts local connections, so a wrong password would be accepted there;
// TestDBCheckPostgresWrongPassword covers PostgreSQL over its wire protocol).
func TestDBCheckWrongPassword(t *testing.T) {
	my := dbtest.NewMySQL(t)
	my.Deploy(t, dbtest.ReadMigrations(t, "../../testdata/corpus/shadcn-ui__taxonomy/prisma/migrations"))
	user := "dbcheck_cli_" + my.Name[len(my.Name)-6:]
	my.Exec(t, fmt.Sprintf("CREATE USER '%s'@'%%' IDENTIFIED BY 'Right-pw-1'; GRANT SELECT ON %s.* TO '%s'@'%%'", user, my.Name, user))
	t.Cleanup(func() { my.DB.Exec(fmt.Sprintf("DROP USER '%s'@'%%'", user)) })
	u, err := url.Parse(my.URL)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(user, "Wrong-pw-2")
	code, out, errOut := dbCheck(t, "--dir", "../../testdata/corpus/shadcn-ui__taxonomy", "--database-url", u.String())
	oneLineError(t, code, out, errOut, user+"@"+u.Host+"/"+my.Name, "pw-", "wrong user or password")

	u.User = url.UserPassword(user, "Right-pw-1")
	for _, format := range []string{"text", "json", "github"} {
		code, out, errOut := dbCheck(t, "--dir", "../../testdata/corpus/shadcn-ui__taxonomy", "--database-url", u.String(), "--format", format)
		if code != exitOK {
			t.Errorf("right password, %s: exit %d\n%s%s", format, code, out, errOut)
		}
		if strings.Contains(out+errOut, "Right-pw") {
			t.Errorf("%s output shows the password:\n%s%s", format, out, errOut)
		}
	}
}

// TestDBCheckPostgresWrongPassword: the PostgreSQL servers here trust local
// connections, so this one speaks PostgreSQL's wire protocol itself
// (pgproto3, from pgx) and answers a password as a server with password
// authentication does when it is wrong: FATAL 28P01. The CLI gives one line
// naming user, host and database, exit 2, and never the password.
func TestDBCheckPostgresWrongPassword(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	got := make(chan string, 4)
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go fakeWrongPassword(conn, got)
		}
	}()
	port := l.Addr().(*net.TCPAddr).Port
	code, out, errOut := dbCheck(t, "--dir", "../../examples/incident", "--database-url",
		fmt.Sprintf("postgresql://app:Wrong-pw-2@127.0.0.1:%d/prod?schema=public", port))
	oneLineError(t, code, out, errOut, fmt.Sprintf("app@127.0.0.1:%d/prod", port), "Wrong-pw", "wrong user or password")
	t.Logf("stderr: %s", errOut)
	select {
	case pw := <-got:
		if pw != "Wrong-pw-2" {
			t.Errorf("the server received the password %q", pw)
		}
	default:
		t.Error("the client never sent a password")
	}
}

// fakeWrongPassword serves one connection: no TLS, a cleartext password
// request, then PostgreSQL's answer to a wrong password.
func fakeWrongPassword(conn net.Conn, got chan<- string) {
	defer conn.Close()
	be := pgproto3.NewBackend(conn, conn)
	for {
		msg, err := be.ReceiveStartupMessage()
		if err != nil {
			return
		}
		switch msg.(type) {
		case *pgproto3.SSLRequest, *pgproto3.GSSEncRequest:
			if _, err := conn.Write([]byte("N")); err != nil {
				return
			}
			continue
		case *pgproto3.StartupMessage:
		default:
			return
		}
		break
	}
	be.Send(&pgproto3.AuthenticationCleartextPassword{})
	if err := be.Flush(); err != nil {
		return
	}
	if err := be.SetAuthType(pgproto3.AuthTypeCleartextPassword); err != nil {
		return
	}
	msg, err := be.Receive()
	if err != nil {
		return
	}
	if pw, ok := msg.(*pgproto3.PasswordMessage); ok {
		got <- pw.Password
	}
	be.Send(&pgproto3.ErrorResponse{Severity: "FATAL", SeverityUnlocalized: "FATAL", Code: "28P01",
		Message: `password authentication failed for user "app"`})
	_ = be.Flush()
}
