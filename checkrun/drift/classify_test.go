package drift

import (
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
)

// classOf is the product rule: what each kind of difference means for the
// application.
var classOf = map[string]finding.Class{
	KindMissingTable:        finding.Breaking,
	KindMissingColumn:       finding.Breaking,
	KindColumnType:          finding.Breaking,
	KindColumnNullability:   finding.Breaking,
	KindColumnAutoincrement: finding.Breaking,
	KindMissingEnum:         finding.Breaking,
	KindMissingEnumValue:    finding.Breaking,
	KindMissingPrimaryKey:   finding.Breaking,
	KindPrimaryKey:          finding.Breaking,
	KindMissingUnique:       finding.Breaking,
	KindForeignKeyAction:    finding.Breaking,
	KindForeignKey:          finding.Breaking,
	KindMissingExtension:    finding.Breaking,
	KindExtraPrimaryKey:     finding.Extra,
	KindExtraRequiredColumn: finding.Breaking,
	KindColumnDefault:       finding.Missing,
	KindMissingIndex:        finding.Missing,
	KindIndexName:           finding.Missing,
	KindMissingForeignKey:   finding.Missing,
	KindForeignKeyName:      finding.Missing,
	KindIndexDefinition:     finding.Extra,
	KindExtraTable:          finding.Extra,
	KindExtraColumn:         finding.Extra,
	KindExtraIndex:          finding.Extra,
	KindExtraDefault:        finding.Extra,
	KindExtraForeignKey:     finding.Extra,
	KindExtraEnum:           finding.Extra,
	KindExtraEnumValue:      finding.Extra,
	KindImplicitM2MUnique:   finding.Extra,
	KindExtraTrigger:        finding.Extra,
	KindExtraCheck:          finding.Extra,
	KindExtraView:           finding.Extra,
}

// noSQL are the kinds Prisma Migrate never acts on.
var noSQL = map[string]bool{KindExtraTrigger: true, KindExtraCheck: true, KindExtraView: true}

func allCaseDiffs() map[string][]Difference {
	out := map[string][]Difference{}
	for _, tc := range pgCases {
		out[tc.name] = Compare(tc.want(), tc.have())
	}
	for _, tc := range slCases {
		out[tc.name] = Compare(tc.want(), tc.have())
	}
	return out
}

// TestClassification checks every difference of the hand-made cases against
// the product rule, and that each is actionable: an object, a position, a
// message naming it, and its own SQL.
func TestClassification(t *testing.T) {
	for name, diffs := range allCaseDiffs() {
		for _, d := range diffs {
			want, ok := classOf[d.Kind]
			if !ok {
				t.Errorf("%s: unknown kind %s", name, d.Kind)
				continue
			}
			if d.Class != want {
				t.Errorf("%s: %s %s is %s, want %s", name, d.Kind, d.Object, d.Class, want)
			}
			if d.Severity != SeverityOf(d.Class) {
				t.Errorf("%s: %s severity %s for class %s", name, d.Kind, d.Severity, d.Class)
			}
			if d.Object == "" || d.Table == "" && !strings.HasPrefix(d.Object, "enum ") {
				t.Errorf("%s: %s has object %q table %q", name, d.Kind, d.Object, d.Table)
			}
			if d.Message == "" || strings.HasSuffix(d.Message, ".") {
				t.Errorf("%s: %s message %q", name, d.Kind, d.Message)
			}
			if noSQL[d.Kind] != (d.SQL == "") && d.Kind != KindExtraIndex {
				t.Errorf("%s: %s SQL %q", name, d.Kind, d.SQL)
			}
		}
	}
}

func TestSeverityOf(t *testing.T) {
	for class, sev := range map[finding.Class]finding.Severity{
		finding.Breaking: finding.Error, finding.Missing: finding.Warning, finding.Extra: finding.Notice,
	} {
		if got := SeverityOf(class); got != sev {
			t.Errorf("SeverityOf(%s) = %s, want %s", class, got, sev)
		}
	}
}

// Each difference's SQL is the rendering of that difference alone, and the
// whole script is the rendering of all of them: filtering differences
// filters the script.
func TestRenderSubset(t *testing.T) {
	tc := pgCases[0] // pg-missing-table
	diffs := Compare(tc.want(), tc.have())
	if len(diffs) != 2 {
		t.Fatalf("got %d differences", len(diffs))
	}
	if got := RenderSQL(pg, diffs[:1]); got != diffs[0].SQL || !strings.HasPrefix(got, "-- CreateEnum\n") {
		t.Errorf("subset SQL %q", got)
	}
	if got := RenderSQL(pg, nil); got != "" {
		t.Errorf("no differences rendered %q", got)
	}
	if RenderSQL(pg, diffs) != diffs[0].SQL+"\n"+diffs[1].SQL {
		t.Errorf("whole script is not the two steps joined")
	}
}

// Compare is deterministic and does not modify its inputs.
func TestCompareDeterministicAndPure(t *testing.T) {
	for _, tc := range pgCases {
		want, have := tc.want(), tc.have()
		before := dump(want) + dump(have)
		a := RenderSQL(pg, Compare(want, have))
		b := RenderSQL(pg, Compare(want, have))
		if a != b {
			t.Errorf("%s: two runs differ", tc.name)
		}
		if dump(want)+dump(have) != before {
			t.Errorf("%s: Compare modified a catalogue", tc.name)
		}
	}
}

func dump(c *catalog.Catalog) string {
	var b strings.Builder
	for _, t := range c.Tables {
		b.WriteString(t.Name + "(")
		for _, col := range t.Columns {
			b.WriteString(col.Name + " ")
		}
		for _, ix := range t.Indexes {
			b.WriteString(ix.Name + " ")
		}
		b.WriteString(")")
	}
	for _, e := range c.Enums {
		b.WriteString(e.Name + strings.Join(e.Values, ","))
	}
	return b.String()
}

func TestMissingAutoincrementAndExtraRequiredColumn(t *testing.T) {
	want := cat(pg, T("A").C("id", "INTEGER", nn, seq).PK("A_pkey", "id"))
	have := cat(pg, T("A").C("id", "INTEGER", nn).C("legacy", "TEXT", nn).PK("A_pkey", "id"))
	diffs := Compare(want, have)
	kinds := map[string]finding.Class{}
	for _, d := range diffs {
		kinds[d.Kind] = d.Class
	}
	if kinds[KindColumnAutoincrement] != finding.Breaking || kinds[KindExtraRequiredColumn] != finding.Breaking {
		t.Errorf("got %v", kinds)
	}
	const sql = "-- AlterTable\nCREATE SEQUENCE a_id_seq;\nALTER TABLE \"A\" DROP COLUMN \"legacy\",\n" +
		"ALTER COLUMN \"id\" SET DEFAULT nextval('a_id_seq');\nALTER SEQUENCE a_id_seq OWNED BY \"A\".\"id\";\n"
	if got := RenderSQL(pg, diffs); got != sql {
		t.Errorf("got\n%s", got)
	}
}

func TestPrismaMigrationsTableIgnored(t *testing.T) {
	want := cat(pg, T("A").C("id", "INTEGER", nn).PK("A_pkey", "id"))
	have := cat(pg, T("A").C("id", "INTEGER", nn).PK("A_pkey", "id"), T("_prisma_migrations").C("id", "VARCHAR(36)", nn))
	other := T("B").C("id", "INTEGER", nn)
	other.t.Schema = "audit"
	have.Tables = append(have.Tables, other.t)
	if diffs := Compare(want, have); len(diffs) != 0 {
		t.Errorf("got %s", describe(diffs))
	}
}

func TestEnumValuePositions(t *testing.T) {
	at := func(line int) catalog.Pos { return catalog.Pos{File: "schema.prisma", Line: line} }
	w := &catalog.Enum{Name: "Role", Values: []string{"USER", "ADMIN", "SUPPORT"}, Pos: at(10),
		ValuePos: []catalog.Pos{at(11), at(12), at(13)}}
	h := &catalog.Enum{Name: "Role", Values: []string{"USER", "ADMIN", "GONE"}, Pos: catalog.Pos{File: "m.sql", Line: 1}}
	diffs := Compare(withEnums(catalog.New(pg), w), withEnums(catalog.New(pg), h))
	if len(diffs) != 2 {
		t.Fatalf("got %s", describe(diffs))
	}
	for _, d := range diffs {
		switch d.Kind {
		case KindMissingEnumValue:
			if d.Want != at(13) || d.Pos() != at(13) {
				t.Errorf("missing value at %v", d.Want)
			}
		case KindExtraEnumValue:
			if d.Have != h.Pos {
				t.Errorf("extra value at %v", d.Have)
			}
		default:
			t.Errorf("unexpected %s", d.Kind)
		}
	}
}

func TestUnsupportedTypeChangeReportedWithoutSQL(t *testing.T) {
	unsupported := func(name string) colOpt {
		return func(c *catalog.Column) { c.Type = catalog.Type{Name: name, Unsupported: true} }
	}
	want := cat(pg, T("M").C("id", "INTEGER", nn).C("loc", "", unsupported("CIRCLE")).PK("M_pkey", "id"))
	have := cat(pg, T("M").C("id", "INTEGER", nn).C("loc", "", unsupported("POINT")).PK("M_pkey", "id"))
	diffs := Compare(want, have)
	if len(diffs) != 1 || diffs[0].Kind != KindColumnType || diffs[0].Class != finding.Breaking || diffs[0].SQL != "" {
		t.Fatalf("got %s", describe(diffs))
	}
	if RenderSQL(pg, diffs) != "" {
		t.Errorf("Prisma generates nothing for it")
	}
}

// TestRulesMatchClasses: the documented default severity of every kind is the
// one its class gives, and every kind is documented once.
func TestRulesMatchClasses(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules {
		c, ok := classOf[r.ID]
		if !ok {
			t.Errorf("%s is documented but not a kind of difference", r.ID)
			continue
		}
		if seen[r.ID] {
			t.Errorf("%s documented twice", r.ID)
		}
		seen[r.ID] = true
		if want := SeverityOf(c); r.Severity != want && r.Also != want {
			t.Errorf("%s documented as %s, its class %s gives %s", r.ID, r.Severity, c, want)
		}
		if r.Summary == "" {
			t.Errorf("%s has no summary", r.ID)
		}
	}
	for kind := range classOf {
		if !seen[kind] {
			t.Errorf("%s is not documented in Rules", kind)
		}
	}
}
