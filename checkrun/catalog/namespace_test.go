package catalog

import (
	"slices"
	"strings"
	"testing"
)

func TestNamespaces(t *testing.T) {
	c := New(Postgres)
	c.DefaultSchema = "public"
	if !c.HasNamespace("") || !c.HasNamespace("public") {
		t.Error("the default schema always exists")
	}
	if c.HasNamespace("audit") {
		t.Error("audit exists in an empty catalogue")
	}
	c.AddNamespace("audit")
	c.AddNamespace("audit")
	c.AddNamespace("public") // the default one is never listed
	c.AddNamespace("")
	if !slices.Equal(c.Namespaces, []string{"audit"}) {
		t.Errorf("Namespaces = %v, want [audit] (once, without the default schema)", c.Namespaces)
	}
	if !c.HasNamespace("audit") {
		t.Error("a listed namespace does not exist")
	}
	c.DropNamespace("audit")
	if len(c.Namespaces) != 0 || c.HasNamespace("audit") {
		t.Errorf("after DropNamespace: %v", c.Namespaces)
	}
	// A schema that holds an object exists without being listed.
	for what, add := range map[string]func(){
		"table":    func() { c.Tables = append(c.Tables, &Table{Schema: "t", Name: "x"}) },
		"enum":     func() { c.Enums = append(c.Enums, &Enum{Schema: "e", Name: "x"}) },
		"sequence": func() { c.Sequences = append(c.Sequences, &Sequence{Schema: "s", Name: "x"}) },
		"view":     func() { c.Views = append(c.Views, &View{Schema: "v", Name: "x"}) },
	} {
		schema := what[:1]
		if c.HasNamespace(schema) {
			t.Errorf("%s: schema %q exists before the object", what, schema)
		}
		add()
		if !c.HasNamespace(schema) {
			t.Errorf("%s: schema %q of an object does not exist", what, schema)
		}
	}
}

func TestTypeSpellingAndComparable(t *testing.T) {
	if got := (Type{Name: "TIMESTAMP(6)", Text: "TIMESTAMP"}).Spelling(); got != "TIMESTAMP" {
		t.Errorf("Spelling with Text = %q, want TIMESTAMP", got)
	}
	if got := (Type{Name: "INTEGER", Array: true}).Spelling(); got != "INTEGER" {
		t.Errorf("Spelling without Text = %q, want INTEGER (no brackets)", got)
	}
	var none *Default
	if none.Comparable() != nil {
		t.Error("nil.Comparable() is not nil")
	}
	plain := &Default{Kind: DefaultValue, Value: "1"}
	if plain.Comparable() != plain {
		t.Error("a canonical default does not compare as itself")
	}
	eq := &Default{Kind: DefaultNow}
	if (&Default{Kind: DefaultExpr, Value: "CURRENT_TIMESTAMP", Equivalent: eq}).Comparable() != eq {
		t.Error("a dbgenerated default does not compare as its Equivalent")
	}
}

// TestTextNamesEveryPart: each part of a catalogue has its line in Text.
func TestTextNamesEveryPart(t *testing.T) {
	c := New(Postgres)
	c.Tables = []*Table{{
		Name: "t",
		Columns: []*Column{
			{Name: "id", Type: Type{Name: "INTEGER"}, NotNull: true, AutoIncrement: true},
			{Name: "kind", Type: Type{Name: "Kind", Enum: "Kind", EnumSchema: "audit"}, Default: &Default{Kind: DefaultValue, Value: "'A'", Name: "t_kind_df"}},
			{Name: "geo", Type: Type{Name: "geometry", Unsupported: true}, Generated: "(1 + 1)"},
		},
		Indexes: []*Index{{Name: "t_geo", Method: "GIST", Where: "geo IS NOT NULL", Include: []string{"id"},
			Columns: []IndexColumn{{Name: "lower(kind)", Expression: true}, {Name: "kind", Length: 4, Opclass: "text_pattern_ops"}}}},
		ForeignKeys: []*ForeignKey{
			{Name: "t_b", Columns: []string{"id"}, RefSchema: "audit", RefTable: "u", RefColumns: []string{"id"}, OnDelete: Cascade},
			{Name: "t_a", Columns: []string{"kind"}, RefTable: "v", RefColumns: []string{"k"}},
		},
		Checks:   []*Check{{Name: "t_ck", Expr: "id > 0"}},
		Triggers: []*Trigger{{Name: "t_trg"}},
	}}
	c.Enums = []*Enum{{Schema: "audit", Name: "Kind", Values: []string{"A", "B"}}}
	c.Extensions = []*Extension{{Name: "postgis", Schema: "public", Version: "3.4"}}
	c.Sequences = []*Sequence{{Name: "t_id_seq"}}
	c.Views = []*View{{Schema: "audit", Name: "w"}}
	text := Text(c)
	for _, want := range []string{
		"column id INTEGER NOT NULL AUTOINCREMENT\n",
		"column kind audit.Kind DEFAULT[value] 'A' (t_kind_df)\n",
		"column geo geometry (unsupported) GENERATED (1 + 1)\n",
		"index t_geo ((lower(kind)), kind(4) text_pattern_ops) USING GIST WHERE geo IS NOT NULL INCLUDE (id)\n",
		`foreign key "t_a" (kind) -> public.v(k) ON DELETE NO ACTION ON UPDATE NO ACTION` + "\n",
		`foreign key "t_b" (id) -> audit.u(id) ON DELETE CASCADE ON UPDATE NO ACTION` + "\n",
		`check "t_ck" id > 0` + "\n",
		"trigger t_trg\n",
		"enum audit.Kind (A, B)\n",
		"extension postgis schema=public version=3.4\n",
		"sequence public.t_id_seq\nview audit.w\n", // the default schema is named too
	} {
		if !strings.Contains(text, want) {
			t.Errorf("Text lacks %q:\n%s", want, text)
		}
	}
	if strings.Index(text, `"t_a"`) > strings.Index(text, `"t_b"`) {
		t.Errorf("foreign keys are not in name order:\n%s", text)
	}
}
