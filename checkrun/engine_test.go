package checkrun

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
)

const engineSchema = `datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}
`

const engineInit = `-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
`

func project(schema string, migs ...string) tree.Map {
	m := tree.Map{
		"prisma/schema.prisma":                  schema,
		"prisma/migrations/migration_lock.toml": "provider = \"postgresql\"\n",
	}
	for i := 0; i+1 < len(migs); i += 2 {
		m["prisma/migrations/"+migs[i]+"/migration.sql"] = migs[i+1]
	}
	return m
}

func analyze(t *testing.T, base, head tree.Tree, cfg *config.Repo) *Result {
	t.Helper()
	res, err := Analyze(context.Background(), base, head, Options{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	if cfg == nil || len(cfg.Rules) == 0 {
		CheckDocumented(t, res.Findings)
	}
	return res
}

func rulesOf(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestAnalyzeInSync(t *testing.T) {
	res := analyze(t, nil, project(engineSchema, "20240101000000_init", engineInit), nil)
	if len(res.Findings) != 0 || res.Conclusion != Success {
		t.Fatalf("conclusion %s, findings %v", res.Conclusion, rulesOf(res.Findings))
	}
	if len(res.Projects) != 1 || res.Projects[0].MigrationCount != 1 || res.Projects[0].MissingSQL != "" {
		t.Errorf("project: %+v", res.Projects[0])
	}
}

func TestAnalyzeNoProjectIsNeutral(t *testing.T) {
	res := analyze(t, nil, tree.Map{"README.md": "hi"}, nil)
	if res.Conclusion != Neutral || len(res.Projects) != 0 {
		t.Errorf("conclusion %s, projects %d", res.Conclusion, len(res.Projects))
	}
}

func TestAnalyzeIntroducedVersusPreexisting(t *testing.T) {
	// Base already lacks an index; the change adds a model without a migration.
	baseSchema := engineSchema + "\nmodel Post {\n  id Int @id\n  title String\n\n  @@index([title])\n}\n"
	postSQL := "\n-- CreateTable\nCREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL, \"title\" TEXT NOT NULL, CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\"));\n"
	base := project(baseSchema, "20240101000000_init", engineInit+postSQL)
	headSchema := baseSchema + "\nmodel Tag {\n  id Int @id\n}\n"
	head := project(headSchema, "20240101000000_init", engineInit+postSQL)

	res := analyze(t, base, head, nil)
	if res.Conclusion != Failure {
		t.Fatalf("conclusion %s: %v", res.Conclusion, rulesOf(res.Findings))
	}
	// One problem, one finding: the missing table the change introduced is
	// folded into the change rule's finding, on the model's line, which
	// names the table and carries the project's one migration; the
	// pre-existing missing index stays apart.
	tagLine := strings.Count(headSchema[:strings.Index(headSchema, "model Tag")], "\n") + 1
	var sawIndex, sawRule bool
	for _, f := range res.Findings {
		switch f.Rule {
		case "drift/missing-index":
			sawIndex = true
			if f.Introduced {
				t.Errorf("the missing index existed on base, but is marked introduced")
			}
		case "drift/missing-table":
			t.Errorf("the introduced missing table is reported apart from the change rule: %+v", f)
		case "rules/schema-changed-without-migration":
			sawRule = true
			if !f.Introduced || f.Line != tagLine || !slices.Equal(f.Objects, []string{`table "Tag"`}) ||
				f.SQL != res.Projects[0].MissingSQL || f.SQL == "" {
				t.Errorf("change rule: introduced=%v line=%d (want %d) objects=%q sql=%q", f.Introduced, f.Line, tagLine, f.Objects, f.SQL)
			}
		}
		if f.Fingerprint == "" {
			t.Errorf("finding without fingerprint: %+v", f)
		}
	}
	if !sawIndex || !sawRule || len(res.Findings) != 2 {
		t.Errorf("findings %v, want the pre-existing index and the change rule", rulesOf(res.Findings))
	}

	// A pre-existing error alone does not fail the check, unless configured.
	res = analyze(t, head, head, nil)
	if res.Conclusion == Failure {
		t.Errorf("pre-existing drift failed the check: %v", rulesOf(res.Findings))
	}
	res = analyze(t, head, head, &config.Repo{FailOnPreexisting: true})
	if res.Conclusion != Failure {
		t.Errorf("fail_on_preexisting: conclusion %s", res.Conclusion)
	}
}

func TestAnalyzeConfigSeveritiesAndIgnores(t *testing.T) {
	schema := engineSchema + "\nmodel Post {\n  id Int @id\n  title String\n\n  @@index([title])\n}\n"
	postSQL := "\nCREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL, \"title\" TEXT NOT NULL, CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\"));\n"
	head := project(schema, "20240101000000_init", engineInit+postSQL)

	res := analyze(t, nil, head, &config.Repo{Rules: map[string]string{"drift/missing-index": "error"}})
	if res.Conclusion != Failure || res.Findings[0].Severity != finding.Error {
		t.Errorf("severity override: %s %+v", res.Conclusion, res.Findings)
	}
	res = analyze(t, nil, head, &config.Repo{Rules: map[string]string{"drift/": "off"}})
	if len(res.Findings) != 0 {
		t.Errorf("family off: %v", rulesOf(res.Findings))
	}
	res = analyze(t, nil, head, &config.Repo{Ignore: []config.Ignore{{Object: res0Object(t, head)}}})
	if len(res.Findings) != 0 {
		t.Errorf("ignore by object: %v", rulesOf(res.Findings))
	}
	res = analyze(t, nil, head, &config.Repo{Strict: true})
	if res.Conclusion != Failure {
		t.Errorf("strict: conclusion %s", res.Conclusion)
	}
}

// TestAnalyzeUnknownRuleIDs: a rule id in the configuration that names no
// rule (a typo) is a warning at its line, with the closest id; valid ids and
// families are silent; the typo does not fail the check.
func TestAnalyzeUnknownRuleIDs(t *testing.T) {
	cfg, err := config.ParseRepo([]byte("rules:\n  drift/: warning\n  drift/mising-index: off\nignore:\n  - rule: rules/destructive-sql\n  - rule: rule/\n  - rule: something/else\n"))
	if err != nil {
		t.Fatal(err)
	}
	res := analyze(t, nil, project(engineSchema, "20240101000000_init", engineInit), cfg)
	var got []string
	for _, f := range res.Findings {
		if f.Rule != RuleUnknownRule || f.File != config.RepoConfigPath || f.Severity != finding.Warning {
			t.Errorf("unexpected finding %+v", f)
			continue
		}
		got = append(got, fmt.Sprintf("%d %s", f.Line, f.Message))
	}
	want := []string{
		`3 rules: "drift/mising-index" is not a migsync rule, so this entry changes nothing; did you mean "drift/missing-index"?`,
		`6 ignore[1].rule: "rule/" is not a migsync rule, so this entry changes nothing; did you mean "rules/"?`,
		"7 ignore[2].rule: \"something/else\" is not a migsync rule, so this entry changes nothing; `migsync rules` lists the rule ids.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if res.Conclusion != Success {
		t.Errorf("conclusion %s: a configuration typo must not fail the check", res.Conclusion)
	}
}

// TestAnalyzeOtherProviders: SQL Server and MongoDB projects are skipped with
// a notice at the provider line (the check does not fail on what migsync
// cannot judge); a provider Prisma does not know stays an error.
func TestAnalyzeOtherProviders(t *testing.T) {
	for provider, want := range map[string]string{
		"sqlserver": "notice " + RuleUnsupportedProvider,
		"mongodb":   "notice " + RuleUnsupportedProvider,
		"postgress": "error " + RuleSchemaInvalid,
	} {
		schema := strings.Replace(engineSchema, `provider = "postgresql"`, `provider = "`+provider+`"`, 1)
		head := project(schema, "20240101000000_init", "CREATE TABLE x (id int);")
		head["prisma/migrations/migration_lock.toml"] = "provider = \"" + provider + "\"\n"
		res := analyze(t, nil, head, &config.Repo{Projects: []config.Project{{Schema: "prisma/schema.prisma", Migrations: "prisma/migrations"}}})
		var got []string
		for _, f := range res.Findings {
			got = append(got, fmt.Sprintf("%s %s", f.Severity, f.Rule))
			if f.File != "prisma/schema.prisma" || f.Line != 2 {
				t.Errorf("%s: finding at %s:%d, want the provider line", provider, f.File, f.Line)
			}
		}
		if strings.Join(got, ",") != want {
			t.Errorf("%s: findings %v, want %s", provider, got, want)
		}
		if (res.Conclusion == Failure) != strings.HasPrefix(want, "error") {
			t.Errorf("%s: conclusion %s", provider, res.Conclusion)
		}
	}
}

func res0Object(t *testing.T, head tree.Tree) string {
	res := analyze(t, nil, head, nil)
	if len(res.Findings) != 1 {
		t.Fatalf("want one finding, got %v", rulesOf(res.Findings))
	}
	return res.Findings[0].Object
}

func TestAnalyzeHugeInputsAreRefused(t *testing.T) {
	huge := strings.Repeat("-- padding line for a hostile migration\n", (10<<20)/40)
	res := analyze(t, nil, project(engineSchema, "20240101000000_init", engineInit, "20240102000000_huge", huge), nil)
	found := false
	for _, f := range res.Findings {
		if f.Severity == finding.Error && strings.Contains(f.Message, "limit") {
			found = true
		}
	}
	if !found {
		t.Errorf("a 10 MB migration gave no clear error: %v", res.Findings)
	}

	bigSchema := engineSchema + strings.Repeat("// a very long comment line in a schema file\n", (10<<20)/46)
	res = analyze(t, nil, project(bigSchema, "20240101000000_init", engineInit), nil)
	if len(res.Findings) == 0 || res.Findings[0].Severity != finding.Error {
		t.Fatalf("a 10 MB schema gave no error: %v", rulesOf(res.Findings))
	}
	// The file, its size and the limit once each, and what to do.
	if m := res.Findings[0].Message; m != "the schema was not checked: prisma/schema.prisma is 9.8 MiB, over the 8 MiB limit of a file migsync reads. Split it into a schema folder (prisma/schema/*.prisma) of smaller files." {
		t.Errorf("message: %q", m)
	}
}

func TestAnalyzeBrokenMigrationIsPositioned(t *testing.T) {
	res := analyze(t, nil, project(engineSchema, "20240101000000_init", engineInit, "20240102000000_bad", "\n\nALTER TABLE \"User\" ADD COLUMN;\n"), nil)
	for _, f := range res.Findings {
		if f.Rule == RuleMigrationError {
			if f.File != "prisma/migrations/20240102000000_bad/migration.sql" || f.Line != 3 {
				t.Errorf("sql error at %s:%d", f.File, f.Line)
			}
			return
		}
	}
	t.Errorf("no sql error finding: %v", rulesOf(res.Findings))
}

func TestSuggestNameAndCommand(t *testing.T) {
	if got := snake("RefreshToken"); got != "refresh_token" {
		t.Errorf("snake = %q", got)
	}
	u := Unit{Schema: "packages/db/schema.prisma"}
	if got := migrateCommand(u, "add_x"); got != "cd packages/db && npx prisma migrate dev --name add_x" {
		t.Errorf("command = %q", got)
	}
	// Every command runs from the repository root: it changes to the
	// project's folder (where its own Prisma is installed) and names the
	// schema only where Prisma would not find it.
	for _, c := range []struct {
		u    Unit
		want string
	}{
		{Unit{Schema: "prisma/schema.prisma"}, "npx prisma migrate dev --name add_x"},
		{Unit{Schema: "schema.prisma"}, "npx prisma migrate dev --name add_x"},
		{Unit{Schema: "packages/api/prisma/schema.prisma"}, "cd packages/api && npx prisma migrate dev --name add_x"},
		{Unit{Schema: "apps/web/prisma/schema/"}, "cd apps/web && npx prisma migrate dev --schema prisma/schema --name add_x"},
		{Unit{Schema: "prisma/postgresql-schema.prisma"}, "npx prisma migrate dev --schema prisma/postgresql-schema.prisma --name add_x"},
		{Unit{Schema: "api/db/main.prisma", Pointer: "api/package.json"}, "cd api && npx prisma migrate dev --name add_x"},
		{Unit{Schema: "db/schema.prisma", Pointer: "prisma.config.ts"}, "npx prisma migrate dev --name add_x"},
		{Unit{Schema: "my app/prisma/schema.prisma"}, "cd 'my app' && npx prisma migrate dev --name add_x"},
	} {
		if got := migrateCommand(c.u, "add_x"); got != c.want {
			t.Errorf("migrateCommand(%s) = %q, want %q", c.u.Schema, got, c.want)
		}
	}
}

// TestChangeRuleStaysWhenDriftIsOff: with the drift rules turned off in the
// configuration, a schema change without its migration is still the change
// rule's error (only a migsync-ignore comment on the change, or a schema
// that caught up with the migrations, removes it).
func TestChangeRuleStaysWhenDriftIsOff(t *testing.T) {
	base := project(engineSchema, "20240101000000_init", engineInit)
	head := project(engineSchema+"\nmodel Tag {\n  id Int @id\n}\n", "20240101000000_init", engineInit)
	res := analyze(t, base, head, &config.Repo{Rules: map[string]string{"drift/": "off"}})
	if got := rulesOf(res.Findings); !slices.Equal(got, []string{"rules/schema-changed-without-migration"}) || res.Conclusion != Failure {
		t.Errorf("findings %v, conclusion %s", got, res.Conclusion)
	}
	// A change that brings the schema in line with the migrations needs none.
	ahead := project(engineSchema, "20240101000000_init", engineInit+"\nCREATE TABLE \"Tag\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"Tag_pkey\" PRIMARY KEY (\"id\"));\n")
	behind := project(engineSchema+"\nmodel Tag {\n  id Int @id\n}\n", "20240101000000_init", engineInit+"\nCREATE TABLE \"Tag\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"Tag_pkey\" PRIMARY KEY (\"id\"));\n")
	res = analyze(t, ahead, behind, nil)
	if len(res.Findings) != 0 {
		t.Errorf("a schema catching up with its migrations: %v", rulesOf(res.Findings))
	}
}

// A B-tree index with a raw() operator class differs from itself to Prisma
// (it drops and re-creates it on every diff, prisma/prisma#17518), so it is
// pre-existing drift of every project that has one (trigger.dev's
// SecretStore_key_idx). It is not something a change made: a comment-only
// edit of such a schema needs no migration, and a model added to it is
// reported on the model's line, in the diff, not on the index's.
func TestChangeRuleIgnoresDriftTheSchemaHasWithItself(t *testing.T) {
	schema := engineSchema + "\nmodel Secret {\n  key String @id\n\n  @@index([key(ops: raw(\"text_pattern_ops\"))], type: BTree)\n}\n"
	init := engineInit + "\n-- CreateTable\nCREATE TABLE \"Secret\" (\"key\" TEXT NOT NULL, CONSTRAINT \"Secret_pkey\" PRIMARY KEY (\"key\"));\n" +
		"\n-- CreateIndex\nCREATE INDEX \"Secret_key_idx\" ON \"Secret\"(\"key\" text_pattern_ops);\n"
	base := project(schema, "20240101000000_init", init)
	res := analyze(t, base, base, nil)
	if got := rulesOf(res.Findings); !slices.Equal(got, []string{"drift/index-definition"}) {
		t.Fatalf("the index's own drift: findings %v, want drift/index-definition (Prisma re-creates it)", got)
	}

	commented := project("// the schema of the app\n"+schema, "20240101000000_init", init)
	res = analyze(t, base, commented, nil)
	for _, f := range res.Findings {
		if f.Rule == "rules/schema-changed-without-migration" {
			t.Errorf("a comment-only change is said to need a migration: %s:%d %s", f.File, f.Line, f.Message)
		}
	}
	if res.Conclusion == Failure {
		t.Errorf("a comment-only change fails the check: %v", rulesOf(res.Findings))
	}

	headSchema := schema + "\nmodel Tag {\n  id Int @id\n}\n"
	tagLine := strings.Count(headSchema[:strings.Index(headSchema, "model Tag")], "\n") + 1
	res = analyze(t, base, project(headSchema, "20240101000000_init", init), nil)
	var saw bool
	for _, f := range res.Findings {
		if f.Rule != "rules/schema-changed-without-migration" {
			continue
		}
		saw = true
		if f.Line != tagLine || !slices.Equal(f.Objects, []string{`table "Tag"`}) {
			t.Errorf("change rule at line %d (want %d, model Tag) covering %q: %s", f.Line, tagLine, f.Objects, f.Message)
		}
	}
	if !saw {
		t.Errorf("no change rule for the added model: %v", rulesOf(res.Findings))
	}
}
