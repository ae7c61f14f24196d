package drift

import (
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
)

const pg = catalog.Postgres

// pgCases are hand-made catalogues of the golden cases in testdata/cases: what
// lowering the case's schema.prisma (want) and replaying its migrations (have)
// should produce. The expected SQL is Prisma's own answer (regen.sh).
var pgCases = []struct {
	name       string
	want, have func() *catalog.Catalog
	kinds      []string // the difference kinds, in Compare's order
}{
	{
		name: "pg-missing-table",
		have: func() *catalog.Catalog {
			return cat(pg, T("User").C("id", "INTEGER", nn, seq).C("email", "TEXT", nn).PK("User_pkey", "id").
				Idx("User_email_key", true, ic("email")))
		},
		want: func() *catalog.Catalog {
			c := cat(pg,
				T("User").C("id", "INTEGER", nn, seq).C("email", "TEXT", nn).PK("User_pkey", "id").
					Idx("User_email_key", true, ic("email")),
				T("Post").C("id", "TEXT", nn).C("slug", "TEXT", nn).C("status", "", nn, enumOf("Status"), dv("'DRAFT'")).
					C("tags", "TEXT", arr).C("score", "DOUBLE PRECISION", nn, dv("1.5")).C("meta", "JSONB", nn, dv("'{}'")).
					C("createdAt", "TIMESTAMP(3)", nn, now).C("authorId", "INTEGER", nn).PK("Post_pkey", "id").
					Idx("Post_slug_key", true, ic("slug")).
					Idx("Post_authorId_createdAt_idx", false, ic("authorId"), icDesc("createdAt")).
					Idx("Post_authorId_slug_key", true, ic("authorId"), ic("slug")).
					FK("Post_authorId_fkey", []string{"authorId"}, "User", []string{"id"}, catalog.Cascade, catalog.Cascade))
			return withEnums(fieldUnique(c, "Post", "slug", "Post_slug_key", 13), enum("Status", "DRAFT", "PUBLISHED"))
		},
		kinds: []string{KindMissingEnum, KindMissingTable},
	},
	{
		name: "pg-add-columns",
		have: func() *catalog.Catalog {
			return cat(pg, T("User").C("id", "INTEGER", nn, seq).C("email", "TEXT", nn).PK("User_pkey", "id"))
		},
		want: func() *catalog.Catalog {
			return withEnums(cat(pg, T("User").C("id", "INTEGER", nn, seq).C("email", "TEXT", nn).
				C("age", "INTEGER", nn, dv("0")).C("nick", "TEXT").C("bio", "VARCHAR(200)", nn).
				C("role", "", nn, enumOf("Role"), dv("'USER'")).C("balance", "DECIMAL(10,2)", nn, dv("0")).
				C("tags", "TEXT", arr, dv("ARRAY['a', 'b']::TEXT[]")).C("seen", "TIMESTAMPTZ(6)", nn, now).
				PK("User_pkey", "id")), enum("Role", "USER", "ADMIN"))
		},
		kinds: []string{KindMissingEnum, KindMissingColumn, KindMissingColumn, KindMissingColumn, KindMissingColumn,
			KindMissingColumn, KindMissingColumn, KindMissingColumn},
	},
	{
		name: "pg-enum-value",
		have: func() *catalog.Catalog {
			return withEnums(cat(pg, T("User").C("id", "INTEGER", nn, seq).C("role", "", nn, enumOf("Role"), dv("'USER'")).
				C("color", "", nn, enumOf("Color")).PK("User_pkey", "id")),
				enum("Role", "USER", "ADMIN"), enum("Color", "RED", "GREEN"))
		},
		want: func() *catalog.Catalog {
			return withEnums(cat(pg, T("User").C("id", "INTEGER", nn, seq).C("role", "", nn, enumOf("Role"), dv("'USER'")).
				C("color", "", nn, enumOf("Color")).PK("User_pkey", "id")),
				enum("Role", "USER", "ADMIN", "MODERATOR", "OWNER"), enum("Color", "RED", "BLUE"))
		},
		kinds: []string{KindExtraEnumValue, KindMissingEnumValue, KindMissingEnumValue},
	},
	{
		name: "pg-fk-action",
		have: func() *catalog.Catalog {
			return cat(pg,
				T("User").C("id", "INTEGER", nn, seq).PK("User_pkey", "id"),
				T("Post").C("id", "INTEGER", nn, seq).C("authorId", "INTEGER", nn).PK("Post_pkey", "id").
					FK("Post_authorId_fkey", []string{"authorId"}, "User", []string{"id"}, catalog.Restrict, catalog.Cascade),
				T("Note").C("id", "INTEGER", nn, seq).C("userId", "INTEGER", nn).PK("Note_pkey", "id").
					FK("Note_userId_fkey", []string{"userId"}, "User", []string{"id"}, catalog.Restrict, catalog.Cascade))
		},
		want: func() *catalog.Catalog {
			return cat(pg,
				T("User").C("id", "INTEGER", nn, seq).PK("User_pkey", "id"),
				T("Post").C("id", "INTEGER", nn, seq).C("authorId", "INTEGER", nn).PK("Post_pkey", "id").
					FK("Post_authorId_fkey", []string{"authorId"}, "User", []string{"id"}, catalog.Cascade, catalog.Cascade),
				T("Note").C("id", "INTEGER", nn, seq).C("userId", "INTEGER", nn).PK("Note_pkey", "id").
					FK("Note_owner_fkey", []string{"userId"}, "User", []string{"id"}, catalog.Restrict, catalog.Cascade),
				T("Tag").C("id", "INTEGER", nn, seq).C("userId", "INTEGER").PK("Tag_pkey", "id").
					FK("Tag_userId_fkey", []string{"userId"}, "User", []string{"id"}, catalog.SetNull, catalog.NoAction))
		},
		kinds: []string{KindForeignKeyAction, KindMissingTable, KindForeignKeyName},
	},
	{
		name: "pg-column-changes",
		have: func() *catalog.Catalog {
			return cat(pg, T("Item").C("id", "INTEGER", nn, seq).C("count", "INTEGER", nn).C("flag", "INTEGER", nn).
				C("title", "VARCHAR(100)", nn).C("note", "TEXT", nn).C("opt", "TEXT").C("at", "TIMESTAMP(6)", nn).
				C("price", "DOUBLE PRECISION", nn, dv("0")).C("label", "TEXT", nn, dv("'x'")).
				C("made", "TIMESTAMP(3)", nn, now).C("code", "TEXT", nn).PK("Item_pkey", "id").
				Idx("Item_code_key", true, ic("code")))
		},
		want: func() *catalog.Catalog {
			return cat(pg, T("Item").C("id", "INTEGER", nn, seq).C("count", "TEXT", nn).C("flag", "BOOLEAN", nn).
				C("title", "VARCHAR(200)", nn).C("note", "TEXT").C("opt", "TEXT", nn).C("at", "TIMESTAMP(3)", nn).
				C("price", "DOUBLE PRECISION", nn).C("label", "TEXT", nn, dv("'y'")).
				C("made", "TIMESTAMP(3)", nn).C("code", "BIGINT", nn).PK("Item_pkey", "id").
				Idx("Item_code_key", true, ic("code")))
		},
		kinds: []string{KindColumnType, KindColumnType, KindColumnType, KindColumnNullability, KindColumnNullability,
			KindColumnType, KindExtraDefault, KindColumnDefault, KindExtraDefault, KindColumnType},
	},
	{
		name: "pg-indexes",
		have: func() *catalog.Catalog {
			return cat(pg, T("Doc").C("id", "INTEGER", nn, seq).C("title", "TEXT", nn).C("body", "TEXT", nn).
				C("data", "JSONB", nn).C("slug", "TEXT", nn).C("email", "TEXT", nn).PK("Doc_pkey", "id").
				Idx("Doc_old_title_idx", false, ic("title")).Idx("Doc_body_idx", false, ic("body")).
				Idx("Doc_slug_idx", false, ic("slug")))
		},
		want: func() *catalog.Catalog {
			return cat(pg, T("Doc").C("id", "INTEGER", nn, seq).C("title", "TEXT", nn).C("body", "TEXT", nn).
				C("data", "JSONB", nn).C("slug", "TEXT", nn).C("email", "TEXT", nn).PK("Doc_pkey", "id").
				Idx("Doc_title_idx", false, ic("title")).Idx("Doc_body_idx", false, icDesc("body")).
				IdxUsing("Doc_data_idx", "GIN", icOps("data", "jsonb_path_ops")).
				IdxUsing("Doc_email_idx", "HASH", ic("email")).
				Idx("Doc_slug_idx", false, icOps("slug", "text_pattern_ops")))
		},
		kinds: []string{KindIndexDefinition, KindIndexDefinition, KindMissingIndex, KindMissingIndex, KindIndexName},
	},
	{
		name: "pg-m2m",
		have: func() *catalog.Catalog {
			return cat(pg,
				T("Post").C("id", "INTEGER", nn, seq).PK("Post_pkey", "id"),
				T("Tag").C("id", "INTEGER", nn, seq).PK("Tag_pkey", "id"),
				T("_PostToTag").C("A", "INTEGER", nn).C("B", "INTEGER", nn).
					Idx("_PostToTag_AB_unique", true, ic("A"), ic("B")).Idx("_PostToTag_B_index", false, ic("B")).
					FK("_PostToTag_A_fkey", []string{"A"}, "Post", []string{"id"}, catalog.Cascade, catalog.Cascade))
		},
		want: func() *catalog.Catalog {
			return cat(pg,
				T("Post").C("id", "INTEGER", nn, seq).PK("Post_pkey", "id"),
				T("Tag").C("id", "INTEGER", nn, seq).PK("Tag_pkey", "id"),
				T("_PostToTag").C("A", "INTEGER", nn).C("B", "INTEGER", nn).PK("_PostToTag_AB_pkey", "A", "B").
					Idx("_PostToTag_B_index", false, ic("B")).
					FK("_PostToTag_A_fkey", []string{"A"}, "Post", []string{"id"}, catalog.Cascade, catalog.Cascade).
					FK("_PostToTag_B_fkey", []string{"B"}, "Tag", []string{"id"}, catalog.Cascade, catalog.Cascade))
		},
		kinds: []string{KindImplicitM2MUnique, KindMissingForeignKey},
	},
	{
		name: "pg-primary-key",
		have: func() *catalog.Catalog {
			return cat(pg,
				T("Member").C("orgId", "INTEGER", nn).C("userId", "INTEGER", nn).C("role", "TEXT", nn).PK("Member_pkey", "orgId", "userId"),
				T("Log").C("id", "INTEGER", nn, seqNamed("Log_id_seq")).C("line", "TEXT", nn).PK("Log_pkey", "id"),
				T("Plain").C("id", "BIGINT", nn).C("name", "TEXT", nn).PK("Plain_pkey", "id"))
		},
		want: func() *catalog.Catalog {
			return cat(pg,
				T("Member").C("orgId", "INTEGER", nn).C("userId", "INTEGER", nn).C("role", "TEXT", nn).PK("Member_pkey", "userId", "orgId"),
				T("Log").C("id", "INTEGER", nn).C("line", "TEXT", nn).PK("Log_pkey", "id"),
				T("Plain").C("id", "BIGINT", nn, seq).C("name", "TEXT", nn).PK("Plain_pkey", "id"))
		},
		kinds: []string{KindExtraDefault, KindPrimaryKey, KindColumnAutoincrement},
	},
	{
		name: "pg-extras",
		have: func() *catalog.Catalog {
			c := cat(pg,
				T("Team").C("id", "TEXT", nn).C("title", "TEXT", nn, dv("'untitled'")).C("slug", "TEXT", nn).
					C("legacy", "TEXT").C("required_legacy", "INTEGER", nn, dv("0")).PK("Team_pkey", "id").
					Idx("Team_slug_key", true, ic("slug")).
					IdxUsing("Team_title_trgm_idx", "GIN", icOps("title", "gin_trgm_ops")),
				T("Audit").C("id", "INTEGER", nn, seq).C("teamId", "TEXT").PK("Audit_pkey", "id").
					FK("Audit_teamId_fkey", []string{"teamId"}, "Team", []string{"id"}, "", ""))
			team := c.Tables[0]
			team.Indexes = append(team.Indexes,
				&catalog.Index{Name: "Team_lower_title_idx", Columns: []catalog.IndexColumn{{Name: `lower("title")`, Expression: true}}},
				&catalog.Index{Name: "Team_partial_idx", Columns: icols("slug"), Where: `"title" <> ''`})
			team.Triggers = []*catalog.Trigger{{Name: "Team_touch"}}
			team.Checks = []*catalog.Check{{Name: "Team_title_check", Expr: `"title" <> ''`}}
			c.Views = []*catalog.View{{Name: "TeamView"}}
			c.Extensions = []*catalog.Extension{{Name: "pg_trgm"}}
			return c
		},
		want: func() *catalog.Catalog {
			return cat(pg, T("Team").C("id", "TEXT", nn).C("title", "TEXT", nn).C("slug", "TEXT", nn).PK("Team_pkey", "id").
				Idx("Team_slug_key", true, ic("slug")))
		},
		kinds: []string{KindExtraTable, KindExtraIndex, KindExtraColumn, KindExtraColumn, KindExtraDefault,
			KindExtraCheck, KindExtraIndex, KindExtraIndex, KindExtraTrigger, KindExtraView},
	},
	{
		name: "pg-in-sync",
		have: func() *catalog.Catalog { return demoHave() },
		want: func() *catalog.Catalog { return demoHave() },
	},
}

// demoHave is the oracle demo's migration (User and Post).
func demoHave() *catalog.Catalog {
	return cat(pg,
		T("User").C("id", "INTEGER", nn, seq).C("email", "TEXT", nn).C("name", "TEXT").
			C("createdAt", "TIMESTAMP(3)", nn, now).PK("User_pkey", "id").Idx("User_email_key", true, ic("email")),
		T("Post").C("id", "INTEGER", nn, seq).C("title", "TEXT", nn).C("content", "TEXT").
			C("published", "BOOLEAN", nn, dv("false")).C("authorId", "INTEGER", nn).PK("Post_pkey", "id").
			FK("Post_authorId_fkey", []string{"authorId"}, "User", []string{"id"}, catalog.Restrict, catalog.Cascade))
}

func TestPostgresGoldenCatalogues(t *testing.T) {
	for _, tc := range pgCases {
		t.Run(tc.name, func(t *testing.T) {
			diffs := Compare(tc.want(), tc.have())
			got := RenderSQL(pg, diffs)
			if want := golden(t, tc.name); got != want {
				t.Errorf("RenderSQL mismatch\n--- got\n%s\n--- want (Prisma)\n%s", got, want)
			}
			var kinds []string
			for _, d := range diffs {
				kinds = append(kinds, d.Kind)
			}
			if strings.Join(kinds, " ") != strings.Join(tc.kinds, " ") {
				t.Errorf("kinds\n got %v\nwant %v", kinds, tc.kinds)
			}
		})
	}
}

// The oracle demo: drift/ adds model RefreshToken without a migration.
func TestDemoRefreshToken(t *testing.T) {
	want := demoHave()
	want.Tables = append(want.Tables, T("RefreshToken").C("id", "TEXT", nn).C("token", "TEXT", nn).
		C("userId", "INTEGER", nn).C("expiresAt", "TIMESTAMP(3)", nn).PK("RefreshToken_pkey", "id").
		Idx("RefreshToken_token_key", true, ic("token")).t)
	want.Tables[2].Pos = catalog.Pos{File: "prisma/schema.prisma", Line: 29}
	diffs := Compare(want, demoHave())
	if len(diffs) != 1 {
		t.Fatalf("got %d differences, want 1: %+v", len(diffs), diffs)
	}
	d := diffs[0]
	if d.Kind != KindMissingTable || d.Class != finding.Breaking || d.Severity != finding.Error {
		t.Errorf("classified %s/%s/%s", d.Kind, d.Class, d.Severity)
	}
	const sql = `-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RefreshToken_token_key" ON "RefreshToken"("token");
`
	if d.SQL != sql {
		t.Errorf("SQL\n%s", d.SQL)
	}
	f := d.Finding("prisma/schema.prisma")
	if f.File != "prisma/schema.prisma" || f.Line != 29 || f.Rule != KindMissingTable || f.Fingerprint == "" {
		t.Errorf("finding %+v", f)
	}
	if !strings.Contains(f.Message, `table "RefreshToken"`) || !strings.Contains(f.Message, "prisma migrate dev") {
		t.Errorf("message %q", f.Message)
	}
}
