package dbcheck

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

func TestParseURL(t *testing.T) {
	cases := []struct {
		url     string
		dialect catalog.Dialect
		display string
		schema  string
	}{
		{"postgresql://app:pw@db.internal:5433/prod?schema=billing&connection_limit=5&sslmode=disable", catalog.Postgres, "app@db.internal:5433/prod", "billing"},
		{"postgres://app:p%40ss@db/prod", catalog.Postgres, "app@db:5432/prod", "public"},
		{"postgresql://app@127.0.0.1/prod?pgbouncer=true&sslmode=disable", catalog.Postgres, "app@127.0.0.1:5432/prod", "public"},
		{"mysql://root:pw@127.0.0.1:3307/shop", catalog.MySQL, "root@127.0.0.1:3307/shop", ""},
		{"mysql://root@db/shop?sslaccept=strict", catalog.MySQL, "root@db:3306/shop", ""},
		{"root:pw@tcp(127.0.0.1:3306)/shop", catalog.MySQL, "root@127.0.0.1:3306/shop", ""},
		{"file:./dev.db", catalog.SQLite, "./dev.db", ""},
		{"file:/var/data/app.db?connection_limit=1", catalog.SQLite, "/var/data/app.db", ""},
	}
	for _, c := range cases {
		t.Run(c.url, func(t *testing.T) {
			tg, err := ParseURL(c.url)
			if err != nil {
				t.Fatal(err)
			}
			if tg.Dialect != c.dialect || tg.String() != c.display || tg.Schema != c.schema {
				t.Errorf("got %s %q schema %q", tg.Dialect, tg.String(), tg.Schema)
			}
		})
	}
}

func TestParseURLErrors(t *testing.T) {
	cases := map[string]string{
		"":                                   "empty",
		"sqlserver://sa:Secret-1@db:1433/x":  `"sqlserver" databases are not supported`,
		"mongodb+srv://u:Secret-1@cluster/x": `"mongodb+srv" databases are not supported`,
		"postgresql://u:Secret-1@db:port/x":  "not a valid URL",
		"postgresql://u:Secret-1@db:5432/x?sslmode=bogus": "not a valid PostgreSQL URL",
		"mysql://u:Secret-1@db:3306/":                     "names no database",
		"u:Secret-1@tcp(db:3306)/":                        "names no database",
		"just some text with Secret-1":                    "not a postgresql://, mysql:// or file: URL",
		"file:":                                           "names no SQLite file",
	}
	for in, want := range cases {
		_, err := ParseURL(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseURL(%q) = %v, want an error containing %q", in, err, want)
			continue
		}
		if strings.Contains(err.Error(), "Secret-1") {
			t.Errorf("ParseURL(%q): the error shows the password: %v", in, err)
		}
	}
}

func TestRedact(t *testing.T) {
	tg, err := ParseURL("postgresql://app:p%40ss+w%2Frd@db/prod")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"p@ss+w/rd", "p%40ss+w%2Frd", url.QueryEscape("p@ss+w/rd")} {
		if got := tg.Redact("failed for " + s); strings.Contains(got, "ss+w") || strings.Contains(got, "ss%2Bw") {
			t.Errorf("Redact left the password: %q", got)
		}
	}
	ce := connectError(tg, errors.New("server said: password p@ss+w/rd is wrong"))
	if strings.Contains(ce.Error(), "p@ss") || !strings.Contains(ce.Error(), "app@db:5432/prod") {
		t.Errorf("connectError: %q", ce)
	}
}

// FuzzParseURL: ParseURL never panics, and neither its errors nor the
// target's name show the password.
func FuzzParseURL(f *testing.F) {
	for _, s := range []string{
		"postgresql://app:pw@db:5432/prod?schema=x", "postgres://a:b@[::1]:5432/d", "mysql://root:pw@127.0.0.1:3306/shop",
		"root:pw@tcp(127.0.0.1:3306)/shop", "file:./dev.db", "postgresql://u:%zz@h/d", "mysql://:@/", "file:%",
		"postgresql://u:pw@h:99999/d", "root:pw@unix(/tmp/s)/db",
	} {
		f.Add(s, "Zq9-secret")
	}
	f.Fuzz(func(t *testing.T, prefix, password string) {
		if len(password) < 6 || strings.ContainsAny(password, "@/:?#[]%\\\x00") {
			return
		}
		// put a recognisable password into the URL's userinfo
		raw := prefix
		if i := strings.Index(prefix, "://"); i >= 0 {
			if at := strings.Index(prefix[i+3:], "@"); at >= 0 {
				user := prefix[i+3 : i+3+at]
				if strings.ContainsAny(user, "/?#") {
					return // not userinfo: the '@' is in the path or query
				}
				if c := strings.IndexByte(user, ':'); c >= 0 {
					user = user[:c]
				}
				raw = prefix[:i+3] + user + ":" + url.PathEscape(password) + prefix[i+3+at:]
			}
		}
		if raw == prefix || strings.Count(raw, password) != 1 {
			return // no password slot, or the text also appears elsewhere
		}
		tg, err := ParseURL(raw)
		if err != nil {
			if strings.Contains(err.Error(), password) {
				t.Fatalf("error shows the password: %v", err)
			}
			return
		}
		if strings.Contains(tg.String(), password) {
			t.Fatalf("String() shows the password: %q", tg.String())
		}
	})
}
