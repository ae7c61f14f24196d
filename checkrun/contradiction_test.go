package checkrun_test

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/tree"
)

// sidesRE finds the two sides of a difference a message states: "<object>
// is|has <migrations side> in the migrations but <schema side> in the
// schema".
var sidesRE = regexp.MustCompile(`(?:\bis|\bhas) (.+?) in the migrations but (.+?) in the schema\b`)

// selfContradicting returns the message's two sides when they read the
// same: a message that says "(id) in the migrations but (id) in the schema"
// tells the reader nothing they can act on.
func selfContradicting(f finding.Finding) (string, bool) {
	for _, m := range sidesRE.FindAllStringSubmatch(f.Message, -1) {
		if strings.TrimSpace(m[1]) == strings.TrimSpace(m[2]) {
			return m[0], true
		}
	}
	return "", false
}

// TestNoSelfContradictingMessages runs every corpus project and every
// generated case (on its own, and as a change from the corpus project it
// edits) and fails on any finding whose "in the migrations" and "in the
// schema" sides render identically.
func TestNoSelfContradictingMessages(t *testing.T) {
	units := map[string]corpusUnit{}
	checked := 0
	check := func(name string, base, head tree.Map) {
		t.Helper()
		var bt tree.Tree
		if base != nil {
			bt = base
		}
		res, err := checkrun.Analyze(context.Background(), bt, head, checkrun.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, f := range res.Findings {
			if strings.Contains(f.Message, " in the migrations but ") {
				checked++
			}
			if s, bad := selfContradicting(f); bad {
				t.Errorf("%s: %s contradicts itself (%q): %s", name, f.Rule, s, f.Message)
			}
		}
	}
	for _, u := range loadUnits(t) {
		units[u.Name] = u
		check("corpus "+u.Name, nil, unitTree(t, filepath.Join(testdataDir, "corpus", u.Project), u.Schema, u.Migrations))
	}
	cases, err := filepath.Glob(filepath.Join(testdataDir, "generated", "*", "*", "case.json"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no generated case: %v", err)
	}
	for _, file := range cases {
		dir := filepath.Dir(file)
		var c generatedCase
		readJSON(t, file, &c)
		u := units[c.Unit]
		name := "generated " + filepath.Base(filepath.Dir(dir)) + "/" + filepath.Base(dir)
		head := caseTree(t, dir, c)
		check(name, nil, head)
		check(name+" (as a change)", unitTree(t, filepath.Join(testdataDir, filepath.FromSlash(c.Base)), u.Schema, u.Migrations), head)
	}
	for _, c := range contradictionCases {
		check(c.name, nil, c.tree())
	}
	if checked == 0 {
		t.Fatal("no message stated two sides: the test checked nothing")
	}
	t.Logf("%d messages with two sides checked", checked)
}

// contradictionCase is a project whose difference once read the same on
// both sides.
type contradictionCase struct {
	name, provider, schema, sql string
}

func (c contradictionCase) tree() tree.Map {
	return tree.Map{
		"prisma/schema.prisma":                                "datasource db {\n  provider = \"" + c.provider + "\"\n  url      = env(\"DATABASE_URL\")\n}\n" + c.schema,
		"prisma/migrations/migration_lock.toml":               "provider = \"" + c.provider + "\"\n",
		"prisma/migrations/20240101000000_init/migration.sql": c.sql,
	}
}

var contradictionCases = []contradictionCase{
	{
		// The primary key and the foreign key are re-created because a
		// column changes type; both used to read "(id) … but (id)".
		name: "key columns change type", provider: "postgresql",
		schema: `
model User {
  id    String @id
  posts Post[]
}

model Post {
  id       Int    @id
  authorId String
  author   User   @relation(fields: [authorId], references: [id])
}
`,
		sql: `CREATE TABLE "User" ("id" INTEGER NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" INTEGER NOT NULL, "authorId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
`,
	},
	{
		// MySQL: a CURRENT_TIMESTAMP default is named with the column's
		// precision, as MySQL stores it (it read CURRENT_TIMESTAMP, which
		// against dbgenerated("CURRENT_TIMESTAMP") made both sides equal
		// before the engine compared the two as the same default).
		name: "MySQL CURRENT_TIMESTAMP precision", provider: "mysql",
		schema: `
model User {
  id        Int      @id
  createdAt DateTime @default(dbgenerated("(CURRENT_TIMESTAMP(3) + INTERVAL 1 DAY)"))
}
`,
		sql: "CREATE TABLE `User` (`id` INTEGER NOT NULL, `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n",
	},
}

// TestContradictionCasesStateTheDifference: the cases above report what
// differs (the column's type, the default's precision or kind), so the
// test above is not passing for want of findings.
func TestContradictionCasesStateTheDifference(t *testing.T) {
	want := map[string][]string{
		"key columns change type": {
			`the primary key of "User" on (id) is re-created because its column "User"."id" is INTEGER in the migrations but TEXT in the schema`,
			`foreign key "Post_authorId_fkey" ("Post"("authorId") → "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE) is re-created because its column "Post"."authorId" is INTEGER in the migrations but TEXT in the schema`,
		},
		"MySQL CURRENT_TIMESTAMP precision": {"has DEFAULT CURRENT_TIMESTAMP(3) in the migrations but DEFAULT (CURRENT_TIMESTAMP(3) + INTERVAL 1 DAY) in the schema"},
	}
	for _, c := range contradictionCases {
		p := analyze(t, c.tree(), "prisma/schema.prisma")
		for _, w := range want[c.name] {
			found := false
			for _, f := range p.Findings {
				found = found || strings.Contains(f.Message, w)
			}
			if !found {
				t.Errorf("%s: no finding says %q:\n%s", c.name, w, listFindings(p.Findings))
			}
		}
	}
}

// TestInvalidRelationIsASchemaError: a relation whose field and referenced
// field differ in type is rejected by prisma validate (P1012, "The type of
// the field `userId` in the model `Post` is not matching the type of the
// referenced field `id` in model `User`", checked with the oracle): a
// schema/invalid error on the @relation line, and no drift finding.
func TestInvalidRelationIsASchemaError(t *testing.T) {
	c := contradictionCase{provider: "postgresql", schema: `
model User {
  id    String @id
  posts Post[]
}

model Post {
  id     Int  @id
  userId Int
  user   User @relation(fields: [userId], references: [id])
}
`, sql: `CREATE TABLE "User" ("id" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" INTEGER NOT NULL, "userId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
`}
	head := c.tree()
	p := analyze(t, head, "prisma/schema.prisma")
	line := lineOf(t, head["prisma/schema.prisma"], "user   User @relation")
	if len(p.Findings) != 1 || p.Findings[0].Rule != checkrun.RuleSchemaInvalid || p.Findings[0].Severity != finding.Error ||
		p.Findings[0].Line != line || !strings.Contains(p.Findings[0].Message, "User.id (String)") {
		t.Errorf("want one schema/invalid error at line %d:\n%s", line, listFindings(p.Findings))
	}
}
