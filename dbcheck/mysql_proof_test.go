package dbcheck

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/dbcheck/dbtest"
)

// MySQL has no offline Prisma oracle, so the MySQL side of the engine is
// proved on the real server (MIGSYNC_TEST_MYSQL_URL; .ci/run starts MariaDB):
//
//   - replay: a project's migrations applied to a fresh database, read back
//     by db-check's reader, must be the catalogue the replay builds
//     statically;
//   - lowering: migsync's CREATE script for the schema (the migration it
//     renders from an empty folder) applied to a fresh database, read back,
//     must be the catalogue lowering builds from the schema.
//
// Both run on every MySQL project of the corpus and every generated MySQL
// schema (testdata/generated/differential/mysql); any difference fails.

func corpusMySQLCases(t *testing.T) []mysqlProofCase {
	t.Helper()
	var exp struct {
		Units []struct {
			Name, Project, Schema, Migrations, Provider string
		} `json:"units"`
	}
	b, err := os.ReadFile("../testdata/corpus/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	var out []mysqlProofCase
	for _, u := range exp.Units {
		if u.Provider != "mysql" {
			continue
		}
		root := filepath.Join("../testdata/corpus", u.Project)
		c := mysqlProofCase{name: "corpus/" + u.Name, schemaPath: u.Schema, schema: map[string]string{}}
		err := filepath.WalkDir(filepath.Join(root, u.Schema), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".prisma") {
				return err
			}
			data, err := os.ReadFile(p)
			rel, _ := filepath.Rel(root, p)
			c.schema[filepath.ToSlash(rel)] = string(data)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range dbtest.ReadMigrations(t, filepath.Join(root, u.Migrations)) {
			c.migrations = append(c.migrations, sqlddl.Migration{Name: m.Name, Path: u.Migrations + "/" + m.Name + "/migration.sql", SQL: m.SQL})
		}
		out = append(out, c)
	}
	if len(out) < 3 {
		t.Fatalf("the corpus has %d MySQL units, want at least 3", len(out))
	}
	return out
}

// createScript is the migration migsync renders for the schema from an
// empty migrations folder.
func createScript(t *testing.T, c mysqlProofCase) string {
	t.Helper()
	schema := "_proof/" + c.schemaPath
	// an empty migrations folder next to the schema
	m := tree.Map{path.Join(path.Dir(schema), "migrations/migration_lock.toml"): "provider = \"mysql\"\n"}
	for p, s := range c.schema {
		m["_proof/"+p] = s
	}
	res, err := checkrun.Analyze(context.Background(), nil, m, checkrun.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Projects {
		if strings.TrimSuffix(p.Schema, "/") == schema {
			return p.MissingSQL
		}
	}
	t.Fatalf("%s: no project %s", c.name, schema)
	return ""
}

// differences lists what drift finds between the lowered schema and the
// server's database: exactly what db-check would report on it.
func differences(want, have *catalog.Catalog) []string {
	var out []string
	for _, d := range drift.Compare(want, have) {
		out = append(out, fmt.Sprintf("%s %s: %s", d.Kind, d.Object, d.Message))
	}
	return out
}

func TestMySQLProof(t *testing.T) {
	if os.Getenv("MIGSYNC_TEST_MYSQL_URL") == "" {
		t.Skip("MIGSYNC_TEST_MYSQL_URL is not set")
	}
	start := time.Now()
	cases := corpusMySQLCases(t)
	for _, g := range loadDifferential(t, "mysql") {
		cases = append(cases, mysqlProofCase{name: g.id(), schemaPath: "schema.prisma", schema: map[string]string{"schema.prisma": g.Schema}})
	}
	scratch := newMySQLScratch(t)
	var replayed, lowered int
	for _, c := range cases {
		low := lowerFiles(t, c)
		script := createScript(t, c)
		if script == "" {
			t.Errorf("%s: migsync renders no CREATE script", c.name)
			continue
		}
		// lowering: migsync's CREATE script builds the lowered catalogue
		live, err := scratch.apply(script)
		if err != nil {
			t.Errorf("%s: migsync's CREATE script fails on the server: %v\n%s", c.name, err, script)
			continue
		}
		if d := differences(low.Catalog, live); len(d) > 0 {
			t.Errorf("%s: the server built from migsync's CREATE script differs from the lowered schema:\n%s\n%s", c.name, strings.Join(d, "\n"), script)
		} else {
			lowered++
		}
		// replay: the migrations (a generated case's are migsync's script)
		ms := c.migrations
		if ms == nil {
			ms = []sqlddl.Migration{{Name: "20250101000000_init", Path: "20250101000000_init/migration.sql", SQL: []byte(script)}}
		} else if live, err = scratch.apply(schemaStatementsOf(ms)...); err != nil {
			t.Errorf("%s: the migrations fail on the server: %v", c.name, err)
			continue
		}
		cat, notices := sqlddl.Replay(catalog.MySQL, ms)
		for _, n := range notices {
			if n.Error {
				t.Errorf("%s: replay: %s", c.name, n)
			}
		}
		if want, got := foldExpressions(catalog.Text(cat)), foldExpressions(catalog.Text(live)); want != got {
			t.Errorf("%s: the server built from the migrations differs from their replay (- replay, + server):\n%s", c.name, lineDiff(want, got))
		} else {
			replayed++
		}
	}
	t.Logf("MySQL proof on the server: %d cases (%d corpus units): lowering agrees on %d, replay on %d, in %s",
		len(cases), len(corpusMySQLCases(t)), lowered, replayed, time.Since(start).Round(time.Millisecond))
}

// schemaStatementsOf is the migrations' SQL with their data statements
// (UPDATE, DELETE, INSERT, REPLACE) replaced by SELECT 1: the databases are
// empty, rows never change the schema, and some use functions MariaDB lacks
// (umami's BIN_TO_UUID, MySQL 8 only). Statements end with ";" at a line
// end (trailing blanks allowed).
func schemaStatementsOf(ms []sqlddl.Migration) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		var b strings.Builder
		src := string(m.SQL)
		for len(src) > 0 {
			end := len(src)
			if loc := statementEnd.FindStringIndex(src); loc != nil {
				end = loc[1]
			}
			st := src[:end]
			if isDataStatement(st) {
				st = "SELECT 1;\n"
			}
			b.WriteString(st)
			src = src[end:]
		}
		out[i] = b.String()
	}
	return out
}

var statementEnd = regexp.MustCompile(`;[ \t]*(\r?\n|$)`)

func isDataStatement(st string) bool {
	for _, line := range strings.Split(st, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "--") {
			continue
		}
		w, _, _ := strings.Cut(strings.ToUpper(line), " ")
		return w == "UPDATE" || w == "DELETE" || w == "INSERT" || w == "REPLACE"
	}
	return false
}

// foldExpressions lower-cases expression defaults in a catalog.Text: the
// server echoes function names in its own case (uuid()), the replay in the
// parser's (UUID()); drift compares them ignoring case, as Prisma does.
func foldExpressions(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if j := strings.Index(l, " DEFAULT[expr] "); j >= 0 {
			lines[i] = l[:j] + strings.ToLower(l[j:])
		}
	}
	return strings.Join(lines, "\n")
}
