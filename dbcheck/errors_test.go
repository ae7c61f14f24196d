package dbcheck

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/dbcheck/myquery"
)

func TestReason(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("failed to connect: %w", &pgconn.PgError{Code: "28P01", Message: `password authentication failed for user "app"`}),
			`password authentication failed for user "app" (wrong user or password)`},
		{&pgconn.PgError{Code: "3D000", Message: `database "prod" does not exist`}, `database "prod" does not exist`},
		{&pgconn.PgError{Code: "57014", Message: "canceling statement due to statement timeout"}, "canceling statement due to statement timeout (SQLSTATE 57014)"},
		{&mysql.MySQLError{Number: 1045, Message: "Access denied for user 'app'@'10.0.0.1' (using password: YES)"},
			"Access denied for user 'app'@'10.0.0.1' (using password: YES) (wrong user or password)"},
		{&net.OpError{Op: "dial", Net: "tcp", Err: &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}},
			"connection refused (is the database running and reachable from here?)"},
		{fmt.Errorf("dial: %w", &net.DNSError{Name: "db.internal", Err: "no such host"}), "unknown host db.internal"},
		{context.DeadlineExceeded, "timed out (is the host reachable from here?)"},
		{fmt.Errorf("x: %w", mysql.ErrInvalidConn), "the server closed the connection or does not speak the MySQL protocol (is this the right port? does it require TLS?)"},
		{errors.New("failed to connect to `user=app database=prod`: server error (line one\nline two)"), "failed to connect to `user=app database=prod`: server error (line one line two)"},
	}
	for _, c := range cases {
		if got := reason(c.err); got != c.want {
			t.Errorf("reason(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}

func TestPostgresUnknownDatabase(t *testing.T) {
	base := os.Getenv("MIGSYNC_TEST_POSTGRES_URL")
	if base == "" {
		t.Skip("MIGSYNC_TEST_POSTGRES_URL is not set")
	}
	tg, err := ParseURL(base)
	if err != nil {
		t.Fatal(err)
	}
	u := strings.Replace(base, "/"+tg.Database, "/migsync_no_such_db", 1)
	_, err = Run(context.Background(), Options{DatabaseURL: u, Dir: umamiDir})
	var ce *ConnError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), `database "migsync_no_such_db" does not exist`) {
		t.Fatalf("got %v", err)
	}
}

func TestMySQLTypesAndDefaults(t *testing.T) {
	types := map[string]string{
		"int(11)": "INT", "int(10) unsigned": "INT UNSIGNED", "tinyint(1)": "TINYINT(1)", "bigint(20)": "BIGINT",
		"varchar(191)": "VARCHAR(191)", "datetime(3)": "DATETIME(3)", "decimal(65,30)": "DECIMAL(65,30)",
		"longtext": "LONGTEXT", "enum('USER','ADMIN')": "ENUM('USER','ADMIN')", "double": "DOUBLE",
	}
	for in, want := range types {
		if got := myquery.Type(in); got.Name != want {
			t.Errorf("myquery.Type(%q) = %q, want %q", in, got.Name, want)
		}
	}
	bool1 := catalog.Type{Name: "TINYINT(1)"}
	str := catalog.Type{Name: "VARCHAR(191)"}
	dec := catalog.Type{Name: "DECIMAL(65,30)"}
	cases := []struct {
		mariadb         bool
		v, extra, dtype string
		typ             catalog.Type
		want            string // kind:value, or "nil"
	}{
		{true, "NULL", "", "varchar", str, "nil"},
		{true, "'USER'", "", "enum", str, "value:'USER'"},
		{true, "'it''s'", "", "varchar", str, "value:'it''s'"},
		{true, "current_timestamp(3)", "", "datetime", catalog.Type{Name: "DATETIME(3)"}, "now:"},
		{true, "1", "", "tinyint", bool1, "value:true"},
		{true, "0", "", "tinyint", bool1, "value:false"},
		{true, "1.500000000000000000000000000000", "", "decimal", dec, "value:1.5"},
		{true, "uuid()", "", "varchar", str, "expr:(uuid())"},
		{true, `'a\\b''c\nd'`, "", "varchar", str, "value:'a\\b''c\nd'"},
		{false, "USER", "", "enum", str, "value:'USER'"},
		{false, "it's", "", "varchar", str, "value:'it''s'"},
		{false, "CURRENT_TIMESTAMP(3)", "DEFAULT_GENERATED", "datetime", catalog.Type{Name: "DATETIME(3)"}, "now:"},
		{false, "(uuid())", "default_generated", "varchar", str, "expr:(uuid())"},
		{false, "42", "", "int", catalog.Type{Name: "INT"}, "value:42"},
	}
	for _, c := range cases {
		s := &mySession{mariadb: c.mariadb}
		d := s.columnDefault(c.v, strings.ToLower(c.extra), c.dtype, c.typ)
		got := "nil"
		if d != nil {
			got = string(d.Kind) + ":" + d.Value
			if d.Kind == catalog.DefaultNow {
				got = "now:"
			}
		}
		if got != c.want {
			t.Errorf("columnDefault(mariadb=%v, %q) = %s, want %s", c.mariadb, c.v, got, c.want)
		}
	}
}

// TestSilentServer: a server that accepts the connection and never
// answers is an exit-2 error after the connect timeout, for both
// drivers, not a hang.
func TestSilentServer(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var (
		mu   sync.Mutex
		held []net.Conn
	)
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, c := range held {
			c.Close()
		}
	}()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			held = append(held, c) // read nothing, answer nothing
			mu.Unlock()
		}
	}()
	port := l.Addr().(*net.TCPAddr).Port
	for url, dir := range map[string]string{
		fmt.Sprintf("postgresql://app:Pw-123456@127.0.0.1:%d/prod?sslmode=disable", port): umamiDir,
		fmt.Sprintf("mysql://app:Pw-123456@127.0.0.1:%d/prod", port):                      taxonomyDir,
	} {
		_, err := Run(context.Background(), Options{DatabaseURL: url, Dir: dir, Limits: Limits{Connect: 300 * time.Millisecond}})
		var ce *ConnError
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), "timed out") || strings.Contains(err.Error(), "Pw-") {
			t.Errorf("%s: want a timeout without the password, got %v", url[:5], err)
		}
	}
}
