package checkrun

import (
	"slices"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/rules"
	"github.com/migsync/migsync/checkrun/tree"
)

func silencedRules(res *Result) []string {
	var out []string
	for _, f := range res.Suppressed {
		out = append(out, f.Rule)
	}
	slices.Sort(out)
	return out
}

// TestSuppressionsInTheSchema: a migsync-ignore comment above a model
// silences the findings of the whole block, above a field or a block
// attribute that line only; a reason is kept; other findings stay.
func TestSuppressionsInTheSchema(t *testing.T) {
	schema := engineSchema + `
// migsync-ignore drift/: created by the auth service
model Token {
  id   Int    @id
  name String
}

model Post {
  id    Int    @id
  /// The title.
  // migsync-ignore drift/missing-column
  title String
  body  String

  // migsync-ignore drift/missing-index: added by hand in production
  @@index([body])
}
`
	postSQL := "\nCREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\"));\n"
	res := analyze(t, nil, project(schema, "20240101000000_init", engineInit+postSQL), nil)
	var kept []string
	for _, f := range res.Findings {
		kept = append(kept, f.Rule+" "+f.Object)
	}
	if want := []string{`drift/missing-column column "Post"."body"`}; !slices.Equal(kept, want) {
		t.Errorf("kept %q, want %q", kept, want)
	}
	if got := silencedRules(res); !slices.Equal(got, []string{"drift/missing-column", "drift/missing-index", "drift/missing-table"}) {
		t.Errorf("suppressed %q", got)
	}
	for _, f := range res.Suppressed {
		if f.Rule == "drift/missing-index" && !strings.Contains(f.Detail, "silenced by migsync-ignore at prisma/schema.prisma:24: added by hand in production") {
			t.Errorf("suppressed finding does not say by which comment: %q", f.Detail)
		}
	}
}

// TestSuppressionsInASchemaFolder: the comments work in every file of a
// multi-file schema.
func TestSuppressionsInASchemaFolder(t *testing.T) {
	head := tree.Map{
		"prisma/schema/schema.prisma":            "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n",
		"prisma/schema/user.prisma":              "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n",
		"prisma/schema/token.prisma":             "// migsync-ignore drift/missing-table\nmodel Token {\n  id Int @id\n}\n\nmodel Other {\n  id Int @id\n}\n",
		"prisma/migrations/migration_lock.toml":  "provider = \"postgresql\"\n",
		"prisma/migrations/1_init/migration.sql": engineInit,
	}
	res := analyze(t, nil, head, nil)
	if len(res.Projects) != 1 || len(res.Findings) != 1 || res.Findings[0].Object != `table "Other"` ||
		!slices.Equal(silencedRules(res), []string{"drift/missing-table"}) || res.Suppressed[0].File != "prisma/schema/token.prisma" {
		t.Errorf("findings %v, suppressed %+v", rulesOf(res.Findings), res.Suppressed)
	}
}

// TestSuppressionsInMigrations: a -- migsync-ignore comment above a
// statement silences what that statement causes (a hand-written index, a
// destructive change), up to its semicolon.
func TestSuppressionsInMigrations(t *testing.T) {
	base := project(engineSchema, "20240101000000_init", engineInit)
	extra := "-- migsync-ignore drift/extra-index: trigram search\nCREATE INDEX \"User_email_trgm\"\n    ON \"User\" (\"email\");\nCREATE INDEX \"User_email_other\" ON \"User\" (\"email\");\n"
	head := project(engineSchema, "20240101000000_init", engineInit, "20240102000000_idx", extra)
	res := analyze(t, base, head, nil)
	var kept []string
	for _, f := range res.Findings {
		kept = append(kept, f.Object)
	}
	if !slices.Contains(kept, `index "User_email_other"`) || slices.Contains(kept, `index "User_email_trgm"`) ||
		!slices.Equal(silencedRules(res), []string{"drift/extra-index"}) {
		t.Errorf("kept %q, suppressed %+v", kept, res.Suppressed)
	}
}

// TestSuppressionUnknownRule: a comment naming no rule warns at its line,
// with the closest id, like the configuration's config/unknown-rule.
func TestSuppressionUnknownRule(t *testing.T) {
	schema := strings.Replace(engineSchema, "model User {", "// migsync-ignore drift/mising-table\nmodel User {", 1)
	res := analyze(t, nil, project(schema, "20240101000000_init", engineInit+"-- migsync-ignore\nSELECT 1;\n"), nil)
	var got []string
	for _, f := range res.Findings {
		got = append(got, where(f)+" "+f.Rule+" "+f.Message)
	}
	want := []string{
		`prisma/migrations/20240101000000_init/migration.sql:11 config/unknown-rule migsync-ignore names no rule, so it silences nothing; write ` + "`migsync-ignore <rule>[: reason]` (`migsync rules` lists the rule ids).",
		`prisma/schema.prisma:6 config/unknown-rule migsync-ignore: "drift/mising-table" is not a migsync rule, so this comment silences nothing; did you mean "drift/missing-table"?`,
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// FuzzSuppressions: any migration text yields suppressions whose comment
// line and covered lines lie inside it, the covered lines after the comment.
func FuzzSuppressions(f *testing.F) {
	f.Add("-- migsync-ignore drift/extra-index: trigram\nCREATE INDEX a\n  ON t (x); -- done\n")
	f.Add("-- migsync-ignore\n")
	f.Add("--migsync-ignore a, b/ :\r\n\r\n-- x\nDROP TABLE 't;';\n")
	f.Fuzz(func(t *testing.T, sql string) {
		set := &rules.Set{Migrations: []rules.Migration{{Name: "1_x", SQLPath: "m/1_x/migration.sql", SQL: []byte(sql)}}}
		n := len(strings.Split(strings.ReplaceAll(sql, "\r\n", "\n"), "\n"))
		for _, s := range migrationSuppressions(set) {
			if s.from > s.to {
				continue // covers nothing: nothing follows the comment
			}
			if s.line < 1 || s.line > n || s.from <= s.line || s.to > n {
				t.Fatalf("suppression at %d covering %d-%d in %d lines", s.line, s.from, s.to, n)
			}
		}
		for _, line := range strings.Split(sql, "\n") {
			if ids, _, ok := parseSuppression(line); ok && !strings.Contains(line, "migsync-ignore") {
				t.Fatalf("%q parsed as a suppression of %q", line, ids)
			}
		}
	})
}
