package dbcheck

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
	"github.com/migsync/migsync/dbcheck/dbtest"
)

// umami is a corpus project whose migrations build a database that differs
// from its schema by one index (the corpus reference drift:
// session_replay_visit_id_idx is declared, no migration creates it).
const (
	umamiDir        = "../testdata/corpus/umami-software__umami"
	umamiMigrations = umamiDir + "/prisma/migrations"
	umamiLast       = "19_add_session_replay"
	incidentDir     = "../examples/incident"
	taxonomyDir     = "../testdata/corpus/shadcn-ui__taxonomy"
)

// deployedUmami is a fresh PostgreSQL database migrated like prisma
// migrate deploy does, with umami's migrations.
func deployedUmami(t *testing.T) *dbtest.Postgres {
	t.Helper()
	pg := dbtest.NewPostgres(t)
	pg.Deploy(t, dbtest.ReadMigrations(t, umamiMigrations))
	return pg
}

func run(t *testing.T, url, dir string) *checkrun.Result {
	t.Helper()
	return runWith(t, Options{DatabaseURL: url, Dir: dir})
}

func runWith(t *testing.T, opts Options) *checkrun.Result {
	t.Helper()
	res, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

// byRule lists the findings of a rule.
func byRule(res *checkrun.Result, rule string) []finding.Finding {
	var out []finding.Finding
	for _, f := range res.Findings {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func errorsOf(res *checkrun.Result) []finding.Finding {
	var out []finding.Finding
	for _, f := range res.Findings {
		if f.Severity == finding.Error {
			out = append(out, f)
		}
	}
	return out
}

// sameAsRepositoryCheck: a database deployed from the repository differs
// from the schema exactly as the replayed migrations do (migsync check).
func sameAsRepositoryCheck(t *testing.T, res *checkrun.Result, dir string, only ...config.Project) {
	t.Helper()
	sameAsRepositoryCheckBut(t, res, dir, nil, only...)
}

// sameAsRepositoryCheckBut is sameAsRepositoryCheck with differences that
// only the live database shows (where the replay is known to be short of
// Prisma).
func sameAsRepositoryCheckBut(t *testing.T, res *checkrun.Result, dir string, liveOnly []string, only ...config.Project) {
	t.Helper()
	repo, err := checkrun.Analyze(context.Background(), nil, tree.NewDir(dir), checkrun.Options{Only: only})
	if err != nil {
		t.Fatal(err)
	}
	// a set: the same difference may be reported once per schema line
	set := func(r *checkrun.Result, extra ...string) string {
		seen := map[string]bool{}
		for _, k := range extra {
			seen[k] = true
		}
		for _, f := range r.Findings {
			if strings.HasPrefix(f.Rule, "drift/") {
				seen[f.Rule+" "+f.Object] = true
			}
		}
		keys := make([]string, 0, len(seen))
		for k := range seen {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return strings.Join(keys, "\n")
	}
	if got, want := set(res), set(repo, liveOnly...); got != want {
		t.Errorf("live drift differs from the repository check's:\n--- live\n%s\n--- repository\n%s", got, want)
	}
}

func dump(res *checkrun.Result) string {
	var b strings.Builder
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "  %s:%d %s [%s] %s\n", f.File, f.Line, f.Severity, f.Rule, f.Message)
	}
	return b.String()
}

// TestPostgresCleanDeploy: a database deployed from the repository is
// healthy, and umami's reference drift (an index the schema declares and no
// migration creates) shows up against it, as a warning on its schema line.
func TestPostgresCleanDeploy(t *testing.T) {
	pg := deployedUmami(t)
	res := run(t, pg.URL, umamiDir)
	if errs := errorsOf(res); len(errs) > 0 {
		t.Fatalf("clean deploy has errors:\n%s", dump(res))
	}
	if res.Conclusion == checkrun.Failure {
		t.Errorf("conclusion %s", res.Conclusion)
	}
	sameAsRepositoryCheck(t, res, umamiDir)
	if len(res.Findings) != 1 {
		t.Fatalf("want exactly the reference drift, got:\n%s", dump(res))
	}
	f := res.Findings[0]
	if f.Rule != "drift/missing-index" || f.Severity != finding.Warning || f.File != "prisma/schema.prisma" || f.Line != 378 ||
		!strings.Contains(f.Message, "session_replay_visit_id_idx") {
		t.Errorf("reference drift: got %s:%d %s %s %s", f.File, f.Line, f.Severity, f.Rule, f.Message)
	}
	if !strings.Contains(f.SQL, `CREATE INDEX "session_replay_visit_id_idx" ON "session_replay"("visit_id");`) {
		t.Errorf("fix SQL: %q", f.SQL)
	}
}

func TestPostgresPendingMigration(t *testing.T) {
	pg := deployedUmami(t)
	pg.Exec(t, `DELETE FROM _prisma_migrations WHERE migration_name = '`+umamiLast+`'`)
	res := run(t, pg.URL, umamiDir)
	got := byRule(res, RulePending)
	if len(got) != 1 || got[0].File != "prisma/migrations/"+umamiLast+"/migration.sql" || got[0].Line != 1 || got[0].Severity != finding.Error {
		t.Fatalf("want one pending finding on %s, got:\n%s", umamiLast, dump(res))
	}
	if len(byRule(res, RuleOutOfOrder)) != 0 {
		t.Errorf("the last migration pending is not out of order:\n%s", dump(res))
	}
	if res.Conclusion != checkrun.Failure {
		t.Errorf("conclusion %s", res.Conclusion)
	}

	// a migration in the middle of the history: pending, and older than
	// what the database has
	pg.Exec(t, `DELETE FROM _prisma_migrations WHERE migration_name = '05_add_visit_id'`)
	res = run(t, pg.URL, umamiDir)
	if len(byRule(res, RulePending)) != 2 {
		t.Errorf("want two pending migrations:\n%s", dump(res))
	}
	ooo := byRule(res, RuleOutOfOrder)
	if len(ooo) != 1 || ooo[0].Severity != finding.Warning || !strings.Contains(ooo[0].File, "05_add_visit_id") {
		t.Errorf("want 05_add_visit_id out of order:\n%s", dump(res))
	}
}

func TestPostgresEditedMigration(t *testing.T) {
	pg := deployedUmami(t)
	dir := dbtest.CopyDir(t, umamiDir)
	file := filepath.Join(dir, "prisma/migrations/07_add_tag/migration.sql")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, append(b, []byte("\n-- edited after deploy\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	res := run(t, pg.URL, dir)
	got := byRule(res, RuleEdited)
	if len(got) != 1 || got[0].File != "prisma/migrations/07_add_tag/migration.sql" || got[0].Line != 1 || got[0].Severity != finding.Error {
		t.Fatalf("want one edited finding on 07_add_tag, got:\n%s", dump(res))
	}
	if len(errorsOf(res)) != 1 {
		t.Errorf("only the edit is an error:\n%s", dump(res))
	}

	// CRLF line endings (git on Windows) are not an edit, as for Prisma
	crlf := strings.ReplaceAll(string(b), "\n", "\r\n")
	if err := os.WriteFile(file, []byte(crlf), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := byRule(run(t, pg.URL, dir), RuleEdited); len(got) != 0 {
		t.Errorf("CRLF copy reported as edited: %v", got)
	}
}

func TestPostgresFailedMigration(t *testing.T) {
	pg := deployedUmami(t)
	pg.Exec(t, `UPDATE _prisma_migrations SET finished_at = NULL, logs = 'ERROR: relation "x" already exists' WHERE migration_name = '`+umamiLast+`'`)
	res := run(t, pg.URL, umamiDir)
	got := byRule(res, RuleFailed)
	if len(got) != 1 || got[0].File != "prisma/migrations/"+umamiLast+"/migration.sql" || got[0].Severity != finding.Error ||
		!strings.Contains(got[0].Detail, `relation "x" already exists`) {
		t.Fatalf("want one failed finding, got:\n%s", dump(res))
	}
	if len(byRule(res, RulePending)) != 0 {
		t.Errorf("a failed migration is not also pending:\n%s", dump(res))
	}

	// rolled back and never applied again: still a failure to act on
	pg.Exec(t, `UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '`+umamiLast+`'`)
	if got := byRule(run(t, pg.URL, umamiDir), RuleFailed); len(got) != 1 || !strings.Contains(got[0].Message, "rolled back") {
		t.Errorf("rolled back: %v", got)
	}
}

func TestPostgresMissingFromRepository(t *testing.T) {
	pg := deployedUmami(t)
	pg.Exec(t, `INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count)
		VALUES ('`+dbtest.UUID()+`', '`+dbtest.Checksum([]byte("x"))+`', '20_from_another_branch', now(), 1)`)
	res := run(t, pg.URL, umamiDir)
	got := byRule(res, RuleMissing)
	if len(got) != 1 || got[0].Severity != finding.Warning || got[0].File != "prisma/migrations" || !strings.Contains(got[0].Message, "20_from_another_branch") {
		t.Fatalf("want one missing-migration warning, got:\n%s", dump(res))
	}
	if len(errorsOf(res)) != 0 {
		t.Errorf("an unknown applied migration is a warning:\n%s", dump(res))
	}
}

// TestPostgresDroppedColumn: a column dropped by hand is breaking drift
// named after the schema field, on its line.
func TestPostgresDroppedColumn(t *testing.T) {
	pg := deployedUmami(t)
	pg.Exec(t, `ALTER TABLE website DROP COLUMN domain`)
	res := run(t, pg.URL, umamiDir)
	got := byRule(res, "drift/missing-column")
	if len(got) != 1 {
		t.Fatalf("want one missing column, got:\n%s", dump(res))
	}
	f := got[0]
	if f.Severity != finding.Error || f.Class != finding.Breaking || f.File != "prisma/schema.prisma" || f.Line != 69 ||
		!strings.HasPrefix(f.Message, "field Website.domain: ") || !strings.Contains(f.Message, "changed by hand") {
		t.Errorf("got %s:%d %s %s %s", f.File, f.Line, f.Severity, f.Class, f.Message)
	}
	if !strings.Contains(f.SQL, `ALTER TABLE "website" ADD COLUMN     "domain" VARCHAR(500);`) {
		t.Errorf("fix SQL: %q", f.SQL)
	}
	if res.Conclusion != checkrun.Failure {
		t.Errorf("conclusion %s", res.Conclusion)
	}
}

// TestPostgresHandMadeIndex: an index created by hand is an extra: a
// notice, nothing fails.
func TestPostgresHandMadeIndex(t *testing.T) {
	pg := deployedUmami(t)
	pg.Exec(t, `CREATE INDEX website_name_by_hand ON website (name)`)
	res := run(t, pg.URL, umamiDir)
	got := byRule(res, "drift/extra-index")
	if len(got) != 1 || got[0].Severity != finding.Notice || !strings.Contains(got[0].Message, "website_name_by_hand") ||
		got[0].File != "prisma/schema.prisma" || got[0].Line != 66 {
		t.Fatalf("want one extra-index notice on model Website, got:\n%s", dump(res))
	}
	if len(errorsOf(res)) != 0 || res.Conclusion == checkrun.Failure {
		t.Errorf("a hand-made index fails nothing:\n%s", dump(res))
	}
}

// TestPostgresIncident is the outage: the schema (the code) expects
// RefreshToken, the database never got it.
func TestPostgresIncident(t *testing.T) {
	pg := dbtest.NewPostgres(t)
	pg.Deploy(t, dbtest.ReadMigrations(t, incidentDir+"/prisma/migrations"))
	res := run(t, pg.URL, incidentDir)
	var found bool
	for _, f := range errorsOf(res) {
		if f.Rule == "drift/missing-table" && f.File == "prisma/schema.prisma" && f.Line == 28 && strings.HasPrefix(f.Message, "model RefreshToken: ") &&
			strings.Contains(f.Message, "no migration in the repository creates it either") {
			found = true
		}
	}
	if !found || res.Conclusion != checkrun.Failure {
		t.Fatalf("want the missing RefreshToken table at prisma/schema.prisma:28, got:\n%s", dump(res))
	}
}

func TestPostgresNoMigrationsTable(t *testing.T) {
	pg := dbtest.NewPostgres(t)
	_, err := Run(context.Background(), Options{DatabaseURL: pg.URL, Dir: umamiDir})
	var ce *ConnError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "no _prisma_migrations table") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("want a one-line 'no _prisma_migrations table' error, got %v", err)
	}
	if !strings.Contains(err.Error(), "127.0.0.1:5432/"+pg.Name) {
		t.Errorf("the error names the database: %v", err)
	}
}

func TestUnreachableHost(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	for url, dir := range map[string]string{
		fmt.Sprintf("postgresql://app:s3cret-pw@127.0.0.1:%d/prod?schema=public", port): umamiDir,
		fmt.Sprintf("mysql://app:s3cret-pw@127.0.0.1:%d/prod", port):                    taxonomyDir,
	} {
		_, err := Run(context.Background(), Options{DatabaseURL: url, Dir: dir})
		if err == nil {
			t.Fatalf("%s: no error", url)
		}
		msg := err.Error()
		if strings.Contains(msg, "s3cret") || strings.Contains(msg, "\n") || !strings.Contains(msg, fmt.Sprintf("app@127.0.0.1:%d/prod", port)) {
			t.Errorf("want one line naming app@127.0.0.1:%d/prod without the password, got %q", port, msg)
		}
	}
}

// TestPostgresMultiSchema: a schema with schemas = ["public", "audit"] is
// read in both schemas; a change in the second one is found and named.
func TestPostgresMultiSchema(t *testing.T) {
	const dir = "testdata/multischema"
	pg := dbtest.NewPostgres(t)
	pg.Deploy(t, dbtest.ReadMigrations(t, dir+"/prisma/migrations"))
	res := run(t, pg.URL, dir)
	if len(res.Findings) != 0 {
		t.Fatalf("clean multi-schema deploy:\n%s", dump(res))
	}
	pg.Exec(t, `ALTER TABLE audit."Log" DROP COLUMN message; ALTER TYPE audit."Level" ADD VALUE 'DEBUG'; CREATE TABLE audit.scratch (id int)`)
	res = run(t, pg.URL, dir)
	want := map[string]string{
		"drift/missing-column":   "prisma/schema.prisma:17 field Log.message",
		"drift/extra-enum-value": "",
		"drift/extra-table":      "",
	}
	for rule, pos := range want {
		got := byRule(res, rule)
		if len(got) != 1 {
			t.Errorf("want one %s:\n%s", rule, dump(res))
			continue
		}
		if pos != "" && fmt.Sprintf("%s:%d %s", got[0].File, got[0].Line, strings.SplitN(got[0].Message, ":", 2)[0]) != pos {
			t.Errorf("%s: got %s:%d %s", rule, got[0].File, got[0].Line, got[0].Message)
		}
	}
}

// TestPostgresTriggerDev: trigger.dev's two projects (820 and 3
// migrations, hand-written indexes, m2m tables, partial indexes) deployed to
// real databases differ from their schemas exactly as their replayed
// migrations do.
func TestPostgresTriggerDev(t *testing.T) {
	if testing.Short() {
		t.Skip("820 migrations")
	}
	const dir = "../testdata/corpus/triggerdotdev__trigger.dev"
	for _, p := range []string{"internal-packages/database/prisma", "internal-packages/run-ops-database/prisma"} {
		t.Run(p, func(t *testing.T) {
			pg := dbtest.NewPostgres(t)
			pg.Deploy(t, dbtest.ReadMigrations(t, dir+"/"+p+"/migrations"))
			res, err := Run(context.Background(), Options{DatabaseURL: pg.URL, Dir: dir, Schema: p + "/schema.prisma"})
			if err != nil {
				t.Fatal(err)
			}
			if len(byRule(res, RulePending))+len(byRule(res, RuleEdited))+len(byRule(res, RuleFailed)) > 0 {
				t.Errorf("history findings on a clean deploy:\n%s", dump(res))
			}
			var liveOnly []string
			if p == "internal-packages/database/prisma" {
				// The index has INCLUDE ("id"): the database says so and
				// Prisma reports the index as differing
				// (reference-drift-database.sql drops and re-creates it),
				// whether or not the replay records INCLUDE.
				liveOnly = []string{`drift/index-definition index "TaskRun_runtimeEnvironmentId_createdAt_idx"`}
			}
			sameAsRepositoryCheckBut(t, res, dir, liveOnly, config.Project{Schema: p + "/schema.prisma", Migrations: p + "/migrations"})
		})
	}
}

// TestPostgresCorpus: each PostgreSQL corpus project deployed to a real
// database differs from its schema exactly as its replayed migrations do —
// the live introspection and the replay agree on every object.
func TestPostgresCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("hundreds of migrations")
	}
	projects := map[string]string{ // corpus folder → schema
		"documenso__documenso":   "packages/prisma/schema.prisma",
		"hoppscotch__hoppscotch": "packages/hoppscotch-backend/prisma/schema.prisma",
		"mfts__papermark":        "prisma/schema",
		"teableio__teable":       "packages/db-main-prisma/prisma/postgres/schema.prisma",
	}
	for folder, schema := range projects {
		t.Run(folder, func(t *testing.T) {
			dir := "../testdata/corpus/" + folder
			migrations := defaultMigrations(schema)
			pg := dbtest.NewPostgres(t)
			pg.Deploy(t, dbtest.ReadMigrations(t, dir+"/"+migrations))
			res, err := Run(context.Background(), Options{DatabaseURL: pg.URL, Dir: dir, Schema: schema})
			if err != nil {
				t.Fatal(err)
			}
			if errs := errorsOf(res); len(errs) > 0 {
				t.Errorf("errors on a clean deploy:\n%s", dump(res))
			}
			sameAsRepositoryCheck(t, res, dir, config.Project{Schema: schema, Migrations: migrations})
		})
	}
}
