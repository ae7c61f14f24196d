package sqlddl

import (
	"fmt"
	"sort"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// pgDump renders a catalogue as stable text (positions included when
// withPos is true).
func pgDump(c *catalog.Catalog, withPos bool) string {
	c.Sort()
	var b strings.Builder
	at := func(p catalog.Pos) string {
		if !withPos {
			return ""
		}
		return " @" + p.String()
	}
	for _, e := range c.Enums {
		fmt.Fprintf(&b, "enum %s %s%s\n", pgQualified(e.Schema, e.Name), strings.Join(e.Values, ","), at(e.Pos))
	}
	for _, x := range c.Extensions {
		fmt.Fprintf(&b, "extension %s schema=%s version=%s%s\n", x.Name, x.Schema, x.Version, at(x.Pos))
	}
	seqs := append([]*catalog.Sequence(nil), c.Sequences...)
	sort.Slice(seqs, func(i, j int) bool { return seqs[i].Name < seqs[j].Name })
	for _, s := range seqs {
		fmt.Fprintf(&b, "sequence %s%s\n", pgQualified(s.Schema, s.Name), at(s.Pos))
	}
	views := append([]*catalog.View(nil), c.Views...)
	sort.Slice(views, func(i, j int) bool { return views[i].Name < views[j].Name })
	for _, v := range views {
		fmt.Fprintf(&b, "view %s%s\n", pgQualified(v.Schema, v.Name), at(v.Pos))
	}
	for _, t := range c.Tables {
		fmt.Fprintf(&b, "table %s%s\n", pgQualified(t.Schema, t.Name), at(t.Pos))
		for _, col := range t.Columns {
			fmt.Fprintf(&b, "  column %s %s", col.Name, col.Type)
			if col.Type.Enum != "" {
				fmt.Fprintf(&b, " enum=%s", pgQualified(col.Type.EnumSchema, col.Type.Enum))
			}
			if col.Type.Unsupported {
				b.WriteString(" unsupported")
			}
			if col.NotNull {
				b.WriteString(" NOT NULL")
			}
			if col.Default != nil {
				fmt.Fprintf(&b, " DEFAULT[%s] %s", col.Default.Kind, col.Default.Value)
			}
			if col.Generated != "" {
				fmt.Fprintf(&b, " GENERATED %s", col.Generated)
			}
			b.WriteString(at(col.Pos) + "\n")
		}
		if pk := t.PrimaryKey; pk != nil {
			fmt.Fprintf(&b, "  primary key %s %s%s\n", pk.Name, pgIndexCols(pk.Columns), at(pk.Pos))
		}
		for _, ix := range t.Indexes {
			kind := "index"
			if ix.Unique {
				kind = "unique index"
			}
			if ix.Constraint {
				kind = "unique constraint"
			}
			fmt.Fprintf(&b, "  %s %s %s", kind, ix.Name, pgIndexCols(ix.Columns))
			if len(ix.Include) > 0 {
				fmt.Fprintf(&b, " INCLUDE (%s)", strings.Join(ix.Include, ", "))
			}
			if ix.Method != "" {
				fmt.Fprintf(&b, " USING %s", ix.Method)
			}
			if ix.Where != "" {
				fmt.Fprintf(&b, " WHERE %s", ix.Where)
			}
			b.WriteString(at(ix.Pos) + "\n")
		}
		for _, fk := range t.ForeignKeys {
			fmt.Fprintf(&b, "  foreign key %s (%s) -> %s (%s) delete=%s update=%s%s\n", fk.Name,
				strings.Join(fk.Columns, ","), pgQualified(fk.RefSchema, fk.RefTable), strings.Join(fk.RefColumns, ","),
				fk.OnDelete, fk.OnUpdate, at(fk.Pos))
		}
		for _, ck := range t.Checks {
			fmt.Fprintf(&b, "  check %s %s%s\n", ck.Name, ck.Expr, at(ck.Pos))
		}
		for _, tr := range t.Triggers {
			fmt.Fprintf(&b, "  trigger %s%s\n", tr.Name, at(tr.Pos))
		}
	}
	return b.String()
}

// pgQualified joins a schema (if any) and a name.
func pgQualified(schema, name string) string {
	if schema == "" {
		return name
	}
	return schema + "." + name
}

// pgIndexCols renders key parts: name or (expression), opclass, DESC.
func pgIndexCols(cols []catalog.IndexColumn) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		p := c.Name
		if c.Expression {
			p = "(" + p + ")"
		}
		if c.Opclass != "" {
			p += " " + c.Opclass
		}
		if c.Sort != "" {
			p += " " + c.Sort
		}
		parts[i] = p
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// pgNoticeLines renders notices one a line.
func pgNoticeLines(ns []Notice) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		prefix := ""
		if n.Error {
			prefix = "ERROR "
		}
		out[i] = prefix + n.String()
	}
	return out
}
