package drift

import (
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
)

const sl = catalog.SQLite

func slUser() *tb {
	return T("User").C("id", "INTEGER", nn, auto).C("name", "TEXT", nn).PK("", "id")
}

// slCases are hand-made catalogues of the SQLite golden cases (see pgCases).
var slCases = []struct {
	name       string
	want, have func() *catalog.Catalog
	kinds      []string
}{
	{
		name: "sl-column-changes",
		have: func() *catalog.Catalog {
			return cat(sl, slUser(),
				T("Post").C("id", "INTEGER", nn, auto).C("count", "INTEGER", nn).C("note", "TEXT").
					C("label", "TEXT", nn, dv("'x'")).C("legacy", "TEXT").C("authorId", "INTEGER", nn).PK("", "id").
					Idx("Post_authorId_idx", false, ic("authorId")).
					FK("Post_authorId_fkey", []string{"authorId"}, "User", []string{"id"}, catalog.Restrict, catalog.Cascade))
		},
		want: func() *catalog.Catalog {
			return cat(sl, slUser(),
				T("Post").C("id", "INTEGER", nn, auto).C("count", "TEXT", nn).C("note", "TEXT", nn, dv("'n'")).
					C("label", "TEXT", nn, dv("'y'")).C("extra", "INTEGER", nn).C("authorId", "INTEGER", nn).PK("", "id").
					Idx("Post_authorId_idx", false, ic("authorId")).
					FK("Post_authorId_fkey", []string{"authorId"}, "User", []string{"id"}, catalog.Restrict, catalog.Cascade))
		},
		kinds: []string{KindColumnDefault, KindColumnDefault, KindColumnNullability, KindColumnType, KindExtraColumn,
			KindMissingColumn},
	},
	{
		name: "sl-add-columns",
		have: func() *catalog.Catalog {
			return cat(sl, T("User").C("id", "INTEGER", nn, auto).C("email", "TEXT", nn).PK("", "id"))
		},
		want: func() *catalog.Catalog {
			return cat(sl, T("User").C("id", "INTEGER", nn, auto).C("email", "TEXT", nn).C("nick", "TEXT").
				C("age", "INTEGER", dv("3")).PK("", "id"))
		},
		kinds: []string{KindMissingColumn, KindMissingColumn},
	},
	{
		name: "sl-indexes",
		have: func() *catalog.Catalog {
			return cat(sl, T("Doc").C("id", "INTEGER", nn, auto).C("title", "TEXT", nn).C("body", "TEXT", nn).
				C("slug", "TEXT", nn).PK("", "id").
				Idx("Doc_old_title_idx", false, ic("title")).Idx("Doc_body_idx", false, ic("body")).
				Idx("Doc_slug_idx", false, ic("slug")))
		},
		want: func() *catalog.Catalog {
			return cat(sl, T("Doc").C("id", "INTEGER", nn, auto).C("title", "TEXT", nn).C("body", "TEXT", nn).
				C("slug", "TEXT", nn).PK("", "id").
				Idx("Doc_title_idx", false, ic("title")).Idx("Doc_body_idx", false, icDesc("body")).
				Idx("Doc_slug_title_key", true, ic("slug"), ic("title")))
		},
		kinds: []string{KindExtraIndex, KindIndexDefinition, KindMissingUnique, KindIndexName},
	},
	{
		name: "sl-extras",
		have: func() *catalog.Catalog {
			c := cat(sl, T("Team").C("id", "TEXT", nn).C("title", "TEXT", nn).PK("", "id").
				Idx("Team_title_idx", false, ic("title")),
				T("Audit").C("id", "INTEGER", nn, auto).C("teamId", "TEXT").PK("", "id").
					Idx("Audit_teamId_idx", false, ic("teamId")).
					FK("Audit_teamId_fkey", []string{"teamId"}, "Team", []string{"id"}, catalog.SetNull, catalog.Cascade))
			c.Tables[0].Triggers = []*catalog.Trigger{{Name: "Team_touch"}}
			c.Views = []*catalog.View{{Name: "TeamView"}}
			return c
		},
		want: func() *catalog.Catalog {
			return cat(sl, T("Team").C("id", "TEXT", nn).C("title", "TEXT", nn).PK("", "id"))
		},
		kinds: []string{KindExtraIndex, KindExtraTable, KindExtraTrigger, KindExtraView},
	},
}

func TestSQLiteGoldenCatalogues(t *testing.T) {
	for _, tc := range slCases {
		t.Run(tc.name, func(t *testing.T) {
			diffs := Compare(tc.want(), tc.have())
			if got, want := RenderSQL(sl, diffs), golden(t, tc.name); got != want {
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

// Every difference of a rebuilt SQLite table carries the whole rebuild.
func TestSQLiteRedefineIsSharedByTheTablesDifferences(t *testing.T) {
	diffs := Compare(slCases[0].want(), slCases[0].have())
	for _, d := range diffs {
		if !strings.HasPrefix(d.SQL, "-- RedefineTables\nPRAGMA defer_foreign_keys=ON;") {
			t.Errorf("%s: SQL %q", d.Kind, d.SQL)
		}
		if d.Kind == KindColumnType && d.Class != finding.Breaking {
			t.Errorf("type change classified %s", d.Class)
		}
	}
}
