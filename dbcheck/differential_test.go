package dbcheck

import (
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/prisma"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/dbcheck/dbtest"
)

// The differential (testdata/generated/differential, written by
// scripts/gen-differential.sh): generated schemas with Prisma 7.10.1's
// answers, measured three ways —
//
//   - byte-identical: migsync's migration from an empty migrations folder
//     is Prisma's create.sql, byte for byte;
//   - same database: applied to fresh databases, migsync's SQL and Prisma's
//     build the same schema (read back by db-check's introspection);
//   - round trip: with Prisma's create.sql as the only migration, migsync
//     finds nothing.
//
// The counts are committed in agreement.json with every byte difference
// and its reason; -update rewrites the counts (keeping the reasons).

var updateAgreement = flag.Bool("update", false, "rewrite testdata/generated/differential/agreement.json")

const differentialDir = "../testdata/generated/differential"

type differentialCase struct {
	Provider, Name, Dir string
	Schema              string // schema.prisma
	Create              string // create.sql: Prisma's migration from an empty folder
	RoundTrip           string // roundtrip.sql: Prisma's answer on create.sql
}

func (c differentialCase) id() string { return c.Provider + "/" + c.Name }

func loadDifferential(t *testing.T, provider string) []differentialCase {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(differentialDir, provider, "[0-9]*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no %s cases under %s: %v", provider, differentialDir, err)
	}
	sort.Strings(dirs)
	var out []differentialCase
	for _, d := range dirs {
		c := differentialCase{Provider: provider, Name: filepath.Base(d), Dir: d}
		read := func(name string) string {
			b, err := os.ReadFile(filepath.Join(d, name))
			if err != nil && !(os.IsNotExist(err) && name != "schema.prisma" && provider == "mysql") {
				t.Fatal(err)
			}
			return string(b)
		}
		c.Schema, c.Create, c.RoundTrip = read("schema.prisma"), read("create.sql"), read("roundtrip.sql")
		out = append(out, c)
	}
	return out
}

// analyzeWith runs migsync on the case's schema with the given migrations
// (folder name → SQL) and returns its project.
func analyzeWith(t *testing.T, c differentialCase, migrations map[string]string) *checkrun.Project {
	t.Helper()
	m := tree.Map{
		"prisma/schema.prisma":                  c.Schema,
		"prisma/migrations/migration_lock.toml": "provider = \"" + c.Provider + "\"\n",
	}
	for name, sql := range migrations {
		m["prisma/migrations/"+name+"/migration.sql"] = sql
	}
	res, err := checkrun.Analyze(context.Background(), nil, m, checkrun.Options{})
	if err != nil {
		t.Fatalf("%s: Analyze: %v", c.id(), err)
	}
	if len(res.Projects) != 1 {
		t.Fatalf("%s: %d projects", c.id(), len(res.Projects))
	}
	return res.Projects[0]
}

// lowered parses and lowers the case's schema.
func (c differentialCase) lowered(t *testing.T) *prisma.Lowered {
	t.Helper()
	m := tree.Map{"schema.prisma": c.Schema}
	l, fs, err := lowerSchema(context.Background(), m, checkrun.Unit{Schema: "schema.prisma"})
	if err != nil || l == nil {
		t.Fatalf("%s: lowering: %v %v", c.id(), err, fs)
	}
	return l
}

// inSync reports what keeps migsync from saying "in sync": any finding but
// a schema warning.
func notInSync(p *checkrun.Project) []string {
	var out []string
	for _, f := range p.Findings {
		if strings.HasPrefix(f.Rule, "schema/") && f.Severity != finding.Error {
			continue
		}
		out = append(out, fmt.Sprintf("%s %s %s:%d %s", f.Severity, f.Rule, f.File, f.Line, f.Message))
	}
	if p.MissingSQL != "" {
		out = append(out, "MissingSQL:\n"+p.MissingSQL)
	}
	return out
}

// agreement is agreement.json.
type agreement struct {
	Comment   string                        `json:"comment"`
	Oracle    string                        `json:"oracle"`
	Providers map[string]*providerAgreement `json:"providers"`
	// ByteDifferences lists every case whose migration is not Prisma's byte
	// for byte (it still builds the same database), with the reason.
	ByteDifferences []byteDifference `json:"byteDifferences"`
}

type providerAgreement struct {
	Schemas       int `json:"schemas"`
	ByteIdentical int `json:"byteIdentical"`
	SameDatabase  int `json:"sameDatabase"`
	RoundTrip     int `json:"roundTripClean"`
	// DBCheckClean counts the databases built by migsync's SQL that
	// db-check, reading them back, finds in sync with the schema.
	DBCheckClean int    `json:"dbCheckClean"`
	Rates        string `json:"rates"`
	// PrismaRoundTrip counts the cases where Prisma itself finds nothing
	// on its own create.sql (roundtrip.sql empty); the others are Prisma
	// quirks migsync does not copy (see README.md).
	PrismaRoundTrip int `json:"prismaRoundTripClean"`
}

type byteDifference struct {
	Case   string `json:"case"`
	Reason string `json:"reason"`
}

const unexplained = "UNEXPLAINED: say why migsync's SQL differs from Prisma's, or fix it"

func readAgreement(t *testing.T) *agreement {
	t.Helper()
	a := &agreement{}
	b, err := os.ReadFile(filepath.Join(differentialDir, "agreement.json"))
	if err != nil {
		if os.IsNotExist(err) && *updateAgreement {
			return a
		}
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, a); err != nil {
		t.Fatal(err)
	}
	return a
}

func rate(n, of int) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f %%", 100*float64(n)/float64(of))
}

// TestDifferential measures migsync against Prisma's answers on the
// generated PostgreSQL and SQLite schemas. Without the databases the
// same-database count is not measured (and not compared).
func TestDifferential(t *testing.T) {
	pgURL := os.Getenv("MIGSYNC_TEST_POSTGRES_URL")
	old := readAgreement(t)
	reasons := map[string]string{}
	for _, d := range old.ByteDifferences {
		reasons[d.Case] = d.Reason
	}
	got := &agreement{
		Comment:         "Written by `go test ./dbcheck -run TestDifferential -update` from testdata/generated/differential; see its README.md.",
		Oracle:          "Prisma 7.10.1 migrate diff (../shared/oracle)",
		Providers:       map[string]*providerAgreement{},
		ByteDifferences: []byteDifference{},
	}
	measured := pgURL != ""
	for _, provider := range []string{"postgresql", "sqlite"} {
		start := time.Now()
		cases := loadDifferential(t, provider)
		pa := &providerAgreement{Schemas: len(cases)}
		got.Providers[provider] = pa
		var db scratchDB
		switch {
		case provider == "sqlite":
			db = &sqliteScratch{dir: t.TempDir()}
		case measured:
			db = newPGScratch(t)
		}
		for _, c := range cases {
			create := analyzeWith(t, c, nil)
			if create.MissingSQL == c.Create {
				pa.ByteIdentical++
			} else {
				r := reasons[c.id()]
				if r == "" {
					r = unexplained
				}
				got.ByteDifferences = append(got.ByteDifferences, byteDifference{Case: c.id(), Reason: r})
				if r == unexplained {
					t.Errorf("%s: migsync's SQL is not Prisma's (- Prisma, + migsync):\n%s", c.id(), lineDiff(c.Create, create.MissingSQL))
				}
			}
			if c.RoundTrip == "" {
				pa.PrismaRoundTrip++
			}
			round := analyzeWith(t, c, map[string]string{"20250101000000_init": c.Create})
			if bad := notInSync(round); len(bad) == 0 {
				pa.RoundTrip++
			} else {
				t.Errorf("%s: round trip: with Prisma's create.sql as the only migration migsync reports:\n%s", c.id(), strings.Join(bad, "\n"))
			}
			if db == nil {
				continue
			}
			same, clean := sameDatabase(t, db, c, c.lowered(t), create.MissingSQL)
			if same {
				pa.SameDatabase++
			}
			if clean {
				pa.DBCheckClean++
			}
		}
		pa.Rates = fmt.Sprintf("byte-identical %s, same database %s, round trip %s, db-check clean %s", rate(pa.ByteIdentical, pa.Schemas),
			rate(pa.SameDatabase, pa.Schemas), rate(pa.RoundTrip, pa.Schemas), rate(pa.DBCheckClean, pa.Schemas))
		if db == nil {
			pa.Rates = fmt.Sprintf("byte-identical %s, same database not measured, round trip %s", rate(pa.ByteIdentical, pa.Schemas), rate(pa.RoundTrip, pa.Schemas))
		}
		t.Logf("%s: %d schemas: %s (Prisma's own round trip clean on %d), %s", provider, pa.Schemas, pa.Rates, pa.PrismaRoundTrip, time.Since(start).Round(time.Millisecond))
	}
	if *updateAgreement {
		if !measured {
			t.Fatal("-update needs MIGSYNC_TEST_POSTGRES_URL: the same-database counts are part of the file")
		}
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(filepath.Join(differentialDir, "agreement.json"), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	// The committed file must say what this run measured.
	for p, g := range got.Providers {
		o := old.Providers[p]
		if o == nil {
			t.Errorf("agreement.json has no %s entry; run with -update", p)
			continue
		}
		if !measured && p == "postgresql" {
			g.SameDatabase, g.DBCheckClean, g.Rates = o.SameDatabase, o.DBCheckClean, o.Rates
		}
		if *o != *g {
			t.Errorf("agreement.json says %s %+v, this run measured %+v; run with -update", p, *o, *g)
		}
	}
	oldCases := map[string]bool{}
	for _, d := range old.ByteDifferences {
		oldCases[d.Case] = true
	}
	for _, d := range got.ByteDifferences {
		if !oldCases[d.Case] {
			t.Errorf("%s differs from Prisma's SQL but agreement.json does not list it", d.Case)
		}
		delete(oldCases, d.Case)
	}
	for c := range oldCases {
		t.Errorf("agreement.json lists %s as a byte difference, but migsync's SQL is Prisma's now: run with -update", c)
	}
}

// scratchDB applies a script to an empty database and reads it back with
// db-check's reader.
type scratchDB interface {
	read(t *testing.T, script string, l *prisma.Lowered) (*catalog.Catalog, error)
}

// pgScratch is a scratch PostgreSQL database. Each script runs in a
// transaction that is rolled back after db-check's reader has read the
// result inside it: nothing is committed, so nothing waits for the disk and
// the database stays empty.
type pgScratch struct{ db *dbtest.Postgres }

func newPGScratch(t *testing.T) *pgScratch { return &pgScratch{db: dbtest.NewPostgres(t)} }

func (p *pgScratch) read(t *testing.T, script string, l *prisma.Lowered) (*catalog.Catalog, error) {
	t.Helper()
	ctx := context.Background()
	tx, err := p.db.Conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Conn().PgConn().Exec(ctx, script).ReadAll(); err != nil {
		return nil, err
	}
	// db-check's reader, on this transaction (its own connection would not
	// see the uncommitted schema)
	s := &pgSession{conn: p.db.Conn, tx: tx, schema: "public"}
	cat, err := s.Catalog(ctx, extraSchemas(l, "public"))
	if err != nil {
		t.Fatal(err)
	}
	return cat, nil
}

// sqliteScratch makes a new SQLite file for every script.
type sqliteScratch struct {
	dir string
	n   int
}

func (s *sqliteScratch) read(t *testing.T, script string, _ *prisma.Lowered) (*catalog.Catalog, error) {
	t.Helper()
	s.n++
	file := filepath.Join(s.dir, fmt.Sprintf("%d.db", s.n))
	// a scratch file: no journal, no fsync
	db, err := sql.Open("sqlite", "file:"+file+"?_pragma=journal_mode(off)&_pragma=synchronous(off)")
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(script)
	db.Close()
	if err != nil {
		return nil, err
	}
	target, err := ParseURL("file:" + file)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := openSQLite(context.Background(), target, Limits{}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	cat, err := sess.Catalog(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(file)
	return cat, nil
}

// sameDatabase applies migsync's script (and Prisma's, when the two
// differ) to empty databases: same reports whether they build the same
// database as db-check reads it; clean, whether db-check finds the database
// built by migsync's script in sync with the schema.
func sameDatabase(t *testing.T, db scratchDB, c differentialCase, l *prisma.Lowered, migsyncSQL string) (same, clean bool) {
	t.Helper()
	got, err := db.read(t, migsyncSQL, l)
	if err != nil {
		t.Errorf("%s: migsync's SQL does not apply: %v\n%s", c.id(), err, migsyncSQL)
		return false, false
	}
	if d := drift.Compare(l.Catalog, got); len(d) == 0 {
		clean = true
	} else {
		var msgs []string
		for _, x := range d {
			msgs = append(msgs, x.Kind+" "+x.Object+": "+x.Message)
		}
		t.Errorf("%s: db-check finds the database built by migsync's SQL out of sync with the schema:\n%s", c.id(), strings.Join(msgs, "\n"))
	}
	if migsyncSQL == c.Create {
		return true, clean // one script: one database
	}
	want, err := db.read(t, c.Create, l)
	if err != nil {
		t.Errorf("%s: Prisma's create.sql does not apply: %v", c.id(), err)
		return false, clean
	}
	if w, g := catalog.Text(want), catalog.Text(got); w != g {
		t.Errorf("%s: migsync's SQL builds another database than Prisma's (- Prisma, + migsync):\n%s", c.id(), lineDiff(w, g))
		return false, clean
	}
	return true, clean
}

// lineDiff shows the lines of a and b that differ, in order (a minimal
// longest-common-subsequence diff for failure messages).
func lineDiff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	n, m := len(x), len(y)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			out = append(out, "  "+x[i])
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			out = append(out, "+ "+y[j])
			j++
		default:
			out = append(out, "- "+x[i])
			i++
		}
	}
	return strings.Join(out, "\n")
}
