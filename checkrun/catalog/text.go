package catalog

import (
	"fmt"
	"sort"
	"strings"
)

// Text describes everything a catalogue holds except source positions, one
// object a line, in a fixed order (tables, enums, extensions, sequences and
// views by schema and name; columns in table order). Two catalogues of the
// same database read by the same reader have the same Text; the
// differential tests compare databases with it.
func Text(c *Catalog) string {
	var b strings.Builder
	fmt.Fprintf(&b, "dialect %s\n", c.Dialect)
	if len(c.Namespaces) > 0 {
		ns := append([]string(nil), c.Namespaces...)
		sort.Strings(ns)
		fmt.Fprintf(&b, "schemas %s\n", strings.Join(ns, ", "))
	}
	tables := append([]*Table(nil), c.Tables...)
	sort.SliceStable(tables, func(i, j int) bool {
		return qualifiedName(c, tables[i].Schema, tables[i].Name) < qualifiedName(c, tables[j].Schema, tables[j].Name)
	})
	for _, t := range tables {
		fmt.Fprintf(&b, "table %s\n", qualifiedName(c, t.Schema, t.Name))
		for _, col := range t.Columns {
			fmt.Fprintf(&b, "  column %s %s", col.Name, typeText(col.Type))
			if col.NotNull {
				b.WriteString(" NOT NULL")
			}
			if col.AutoIncrement {
				b.WriteString(" AUTOINCREMENT")
			}
			if d := col.Default; d != nil {
				fmt.Fprintf(&b, " DEFAULT[%s] %s", d.Kind, d.Value)
				if d.Name != "" {
					fmt.Fprintf(&b, " (%s)", d.Name)
				}
			}
			if col.Generated != "" {
				fmt.Fprintf(&b, " GENERATED %s", col.Generated)
			}
			b.WriteByte('\n')
		}
		if pk := t.PrimaryKey; pk != nil {
			fmt.Fprintf(&b, "  primary key %q %s\n", pk.Name, keyText(pk.Columns))
		}
		ixs := append([]*Index(nil), t.Indexes...)
		sort.SliceStable(ixs, func(i, j int) bool { return ixs[i].Name < ixs[j].Name })
		for _, ix := range ixs {
			kind := "index"
			if ix.Unique {
				kind = "unique index"
			}
			fmt.Fprintf(&b, "  %s %s %s", kind, ix.Name, keyText(ix.Columns))
			if ix.Method != "" && ix.Method != "BTREE" {
				fmt.Fprintf(&b, " USING %s", ix.Method)
			}
			if ix.Where != "" {
				fmt.Fprintf(&b, " WHERE %s", ix.Where)
			}
			if len(ix.Include) > 0 {
				fmt.Fprintf(&b, " INCLUDE (%s)", strings.Join(ix.Include, ", "))
			}
			b.WriteByte('\n')
		}
		fks := append([]*ForeignKey(nil), t.ForeignKeys...)
		sort.SliceStable(fks, func(i, j int) bool {
			if fks[i].Name != fks[j].Name {
				return fks[i].Name < fks[j].Name
			}
			return strings.Join(fks[i].Columns, ",") < strings.Join(fks[j].Columns, ",")
		})
		for _, fk := range fks {
			fmt.Fprintf(&b, "  foreign key %q (%s) -> %s(%s) ON DELETE %s ON UPDATE %s\n", fk.Name,
				strings.Join(fk.Columns, ", "), qualifiedName(c, fk.RefSchema, fk.RefTable), strings.Join(fk.RefColumns, ", "),
				actionText(fk.OnDelete), actionText(fk.OnUpdate))
		}
		for _, ck := range t.Checks {
			fmt.Fprintf(&b, "  check %q %s\n", ck.Name, ck.Expr)
		}
		for _, tr := range t.Triggers {
			fmt.Fprintf(&b, "  trigger %s\n", tr.Name)
		}
	}
	enums := append([]*Enum(nil), c.Enums...)
	sort.SliceStable(enums, func(i, j int) bool {
		return qualifiedName(c, enums[i].Schema, enums[i].Name) < qualifiedName(c, enums[j].Schema, enums[j].Name)
	})
	for _, e := range enums {
		fmt.Fprintf(&b, "enum %s (%s)\n", qualifiedName(c, e.Schema, e.Name), strings.Join(e.Values, ", "))
	}
	exts := append([]*Extension(nil), c.Extensions...)
	sort.SliceStable(exts, func(i, j int) bool { return exts[i].Name < exts[j].Name })
	for _, e := range exts {
		fmt.Fprintf(&b, "extension %s schema=%s version=%s\n", e.Name, e.Schema, e.Version)
	}
	var rest []string
	for _, s := range c.Sequences {
		rest = append(rest, "sequence "+qualifiedName(c, s.Schema, s.Name))
	}
	for _, v := range c.Views {
		rest = append(rest, "view "+qualifiedName(c, v.Schema, v.Name))
	}
	sort.Strings(rest)
	for _, r := range rest {
		b.WriteString(r + "\n")
	}
	return b.String()
}

func qualifiedName(c *Catalog, schema, name string) string {
	if s := c.schemaOf(schema); s != "" {
		return s + "." + name
	}
	return name
}

func typeText(t Type) string {
	s := t.String()
	if t.EnumSchema != "" {
		s = t.EnumSchema + "." + s
	}
	if t.Unsupported {
		s += " (unsupported)"
	}
	return s
}

func actionText(a string) string {
	if a == "" {
		return NoAction
	}
	return a
}

func keyText(cols []IndexColumn) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		s := c.Name
		if c.Expression {
			s = "(" + s + ")"
		}
		if c.Length > 0 {
			s += fmt.Sprintf("(%d)", c.Length)
		}
		if c.Sort != "" && c.Sort != "ASC" {
			s += " " + c.Sort
		}
		if c.Opclass != "" {
			s += " " + c.Opclass
		}
		parts[i] = s
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
