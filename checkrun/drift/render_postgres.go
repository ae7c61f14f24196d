package drift

import (
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// pgRenderer renders steps as Prisma's PostgreSQL renderer does.
type pgRenderer struct{}

const indent = "    "

// pgIdent quotes an identifier for PostgreSQL and SQLite.
var pgIdent = catalog.QuoteIdent

// pgName is a possibly schema-qualified name: "schema"."name". Prisma does
// not qualify objects of the default schema (public), even in multi-schema
// projects.
func pgName(schema, name string) string {
	if schema != "" && schema != "public" {
		return pgQualified(schema, name)
	}
	return pgIdent(name)
}

// pgQualified always qualifies: "schema"."name".
func pgQualified(schema, name string) string { return pgIdent(schema) + "." + pgIdent(name) }

func pgTable(t *catalog.Table) string { return pgName(t.Schema, t.Name) }

func (r pgRenderer) render(s step) []string {
	o := s.ops[0]
	switch s.kind {
	case stepCreateSchema:
		return []string{"CREATE SCHEMA IF NOT EXISTS " + pgIdent(o.schema)}
	case stepCreateExtension:
		e := o.ext
		st := "CREATE EXTENSION IF NOT EXISTS " + pgIdent(e.Name)
		if e.Version != "" || e.Schema != "" {
			st += " WITH"
		}
		if e.Schema != "" {
			st += " SCHEMA " + pgIdent(e.Schema)
		}
		if e.Version != "" {
			st += " VERSION " + pgIdent(e.Version)
		}
		return []string{st}
	case stepCreateEnum:
		return []string{"CREATE TYPE " + pgName(o.wantEnum.Schema, o.wantEnum.Name) + " AS ENUM (" + pgValues(o.wantEnum.Values) + ")"}
	case stepAlterEnum:
		return r.alterEnum(o)
	case stepDropEnum:
		return []string{"DROP TYPE " + pgName(o.haveEnum.Schema, o.haveEnum.Name)}
	case stepDropForeignKey:
		return []string{"ALTER TABLE " + pgTable(o.haveTable) + " DROP CONSTRAINT " + pgIdent(o.haveFK.Name)}
	case stepDropIndex:
		return []string{"DROP INDEX " + pgName(o.haveTable.Schema, o.haveIndex.Name)}
	case stepAlterTable:
		return r.alterTable(s.ops)
	case stepDropTable:
		return []string{"DROP TABLE " + pgTable(o.haveTable)}
	case stepCreateTable:
		return []string{r.createTable(o.wantTable)}
	case stepCreateIndex:
		return []string{r.createIndex(o.wantTable, o.wantIndex)}
	case stepRenameForeignKey:
		return []string{"ALTER TABLE " + pgTable(o.haveTable) + " RENAME CONSTRAINT " + pgIdent(o.haveFK.Name) + " TO " + pgIdent(o.wantFK.Name)}
	case stepAddForeignKey:
		return []string{r.addForeignKey(o.wantTable, o.wantFK)}
	case stepRenameIndex:
		return []string{"ALTER INDEX " + pgName(o.haveTable.Schema, o.haveIndex.Name) + " RENAME TO " + pgIdent(o.wantIndex.Name)}
	case stepRedefineIndex:
		return []string{"DROP INDEX " + pgName(o.haveTable.Schema, o.haveIndex.Name), r.createIndex(o.wantTable, o.wantIndex)}
	}
	return nil
}

func pgValues(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = "'" + v + "'"
	}
	return strings.Join(q, ", ")
}

// pgType is the column type as Prisma renders it: enums quoted, SERIAL
// types for autoincrementing integers, [] for lists.
func pgType(c *catalog.Column) string {
	t := c.Type
	var s string
	switch {
	case t.Enum != "":
		s = pgName(t.EnumSchema, t.Enum)
	case c.Default != nil && c.Default.Kind == catalog.DefaultSequence && !t.Array:
		switch t.Name {
		case "INTEGER":
			s = "SERIAL"
		case "SMALLINT":
			s = "SMALLSERIAL"
		case "BIGINT":
			s = "BIGSERIAL"
		default:
			s = t.Spelling()
		}
	default:
		s = t.Spelling()
	}
	if t.Array {
		s += "[]"
	}
	return s
}

func (r pgRenderer) column(c *catalog.Column) string {
	s := indent + pgIdent(c.Name) + " " + pgType(c)
	if c.NotNull && !c.Type.Array {
		s += " NOT NULL"
	}
	if def := sqlDefault(c.Default); def != "" {
		s += " DEFAULT " + def
	}
	return s
}

func (r pgRenderer) createTable(t *catalog.Table) string {
	cols := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		cols[i] = r.column(c)
	}
	pk := ""
	if t.PrimaryKey != nil {
		pk = ",\n\n" + indent + "CONSTRAINT " + pgIdent(pkName(t)) + " PRIMARY KEY (" +
			joinQuoted(pgIdent, t.PrimaryKey.ColumnNames(), ",") + ")"
	}
	return "CREATE TABLE " + pgTable(t) + " (\n" + strings.Join(cols, ",\n") + pk + "\n)"
}

func (r pgRenderer) createIndex(t *catalog.Table, ix *catalog.Index) string {
	s := "CREATE "
	if ix.Unique {
		s += "UNIQUE "
	}
	s += "INDEX " + pgIdent(ix.Name) + " ON " + pgTable(t)
	if m := method(ix.Method); m != "BTREE" {
		s += " USING " + m + " "
	}
	parts := make([]string, len(ix.Columns))
	for i, c := range ix.Columns {
		p := pgIdent(c.Name)
		if c.Opclass != "" {
			p += " " + c.Opclass
		}
		if c.Sort != "" {
			p += " " + strings.ToUpper(c.Sort) // an explicit sort: Asc renders ASC
		}
		parts[i] = p
	}
	return s + "(" + strings.Join(parts, ", ") + ")"
}

func (r pgRenderer) addForeignKey(t *catalog.Table, fk *catalog.ForeignKey) string {
	return "ALTER TABLE " + pgTable(t) + " ADD CONSTRAINT " + pgIdent(fk.Name) +
		" FOREIGN KEY (" + joinQuoted(pgIdent, fk.Columns, ", ") + ") REFERENCES " +
		pgName(fk.RefSchema, fk.RefTable) + "(" + joinQuoted(pgIdent, fk.RefColumns, ", ") + ")" +
		" ON DELETE " + fkAction(fk.OnDelete) + " ON UPDATE " + fkAction(fk.OnUpdate)
}

// alterTable renders one ALTER TABLE with its clauses, plus the statements
// Prisma puts before (CREATE SEQUENCE) and after (DROP SEQUENCE, ALTER
// SEQUENCE … OWNED BY, RENAME CONSTRAINT).
func (r pgRenderer) alterTable(ops []op) []string {
	var lines, before, after, separate []string
	have, want := ops[0].haveTable, ops[0].wantTable
	for _, o := range ops {
		switch o.change {
		case changeDropPrimaryKey:
			lines = append(lines, "DROP CONSTRAINT "+pgIdent(pkName(have)))
		case changeRenamePrimaryKey:
			separate = append(separate, "RENAME CONSTRAINT "+pgIdent(pkName(have))+" TO "+pgIdent(pkName(want)))
		case changeAddPrimaryKey:
			lines = append(lines, "ADD CONSTRAINT "+pgIdent(pkName(want))+" PRIMARY KEY ("+
				joinQuoted(pgIdent, want.PrimaryKey.ColumnNames(), ", ")+")")
		case changeAddColumn:
			lines = append(lines, "ADD COLUMN "+r.column(o.wantCol))
		case changeDropColumn:
			lines = append(lines, "DROP COLUMN "+pgIdent(o.haveCol.Name))
		case changeAlterColumn:
			if o.notCastable && o.bits&colType != 0 {
				lines = append(lines, "DROP COLUMN "+pgIdent(o.haveCol.Name), "ADD COLUMN "+r.column(o.wantCol))
				continue
			}
			b, l, a := r.alterColumn(have, o)
			before, lines, after = append(before, b...), append(lines, l...), append(after, a...)
		}
	}
	if len(lines) == 0 {
		return nil
	}
	for _, s := range separate {
		after = append(after, "ALTER TABLE "+pgTable(have)+" "+s)
	}
	out := append(before, "ALTER TABLE "+pgTable(have)+" "+strings.Join(lines, ",\n"))
	return append(out, after...)
}

// alterColumn expands a column change as Prisma's expand_alter_column does:
// default, nullability, sequence changes, then one SET DATA TYPE.
func (r pgRenderer) alterColumn(t *catalog.Table, o op) (before, clauses, after []string) {
	prefix := "ALTER COLUMN " + pgIdent(o.haveCol.Name)
	h, w := o.haveCol, o.wantCol
	setType := false
	dropDefault := func() {
		clauses = append(clauses, prefix+" DROP DEFAULT")
		if h.Default != nil && h.Default.Kind == catalog.DefaultSequence {
			seq := h.Default.Value
			if seq == "" {
				seq = t.Name + "_" + h.Name + "_seq"
			}
			after = append(after, "DROP SEQUENCE "+pgIdent(seq))
		}
	}
	if o.bits&colArity != 0 {
		hl, wl := h.Type.Array, w.Type.Array
		switch {
		case hl && !wl:
			setType = true
			if w.NotNull {
				clauses = append(clauses, prefix+" SET NOT NULL")
			} else {
				clauses = append(clauses, prefix+" DROP NOT NULL")
			}
		case !hl && wl:
			setType = true
		case h.NotNull && !w.NotNull:
			clauses = append(clauses, prefix+" DROP NOT NULL")
		case !h.NotNull && w.NotNull:
			clauses = append(clauses, prefix+" SET NOT NULL")
		}
	}
	if o.bits&colDefault != 0 {
		if def := sqlDefault(w.Default); w.Default != nil && def != "" {
			clauses = append(clauses, prefix+" SET DEFAULT "+def)
		} else {
			dropDefault()
		}
	}
	if o.bits&colType != 0 {
		setType = true
	}
	if o.bits&colAutoincrement != 0 {
		if h.Default != nil && h.Default.Kind == catalog.DefaultSequence {
			dropDefault()
		} else {
			seq := strings.ToLower(t.Name + "_" + w.Name + "_seq")
			if t.Schema != "" {
				seq = pgIdent(t.Schema) + "." + seq
			}
			before = append(before, "CREATE SEQUENCE "+seq)
			clauses = append(clauses, prefix+" SET DEFAULT nextval('"+seq+"')")
			after = append(after, "ALTER SEQUENCE "+seq+" OWNED BY "+pgTable(t)+"."+pgIdent(w.Name))
		}
	}
	if setType {
		clauses = append(clauses, prefix+" SET DATA TYPE "+pgType(w))
	}
	return before, clauses, after
}

// alterEnum adds values with ALTER TYPE … ADD VALUE, or, when values are
// removed, recreates the type and casts every column that uses it.
func (r pgRenderer) alterEnum(o op) []string {
	h, w := o.haveEnum, o.wantEnum
	if len(o.dropped) == 0 {
		var out []string
		for _, v := range o.added {
			out = append(out, "ALTER TYPE "+pgName(h.Schema, h.Name)+" ADD VALUE '"+v+"'")
		}
		if len(out) > 1 {
			out[0] = "-- This migration adds more than one value to an enum.\n" +
				"-- With PostgreSQL versions 11 and earlier, this is not possible\n" +
				"-- in a single migration. This can be worked around by creating\n" +
				"-- multiple migrations, each migration adding only one value to\n" +
				"-- the enum.\n\n\n" + out[0]
		}
		return out
	}
	tmp := pgName(w.Schema, w.Name+"_new")
	old := h.Name + "_old"
	schema := orDefault(h.Schema)
	out := []string{"BEGIN", "CREATE TYPE " + tmp + " AS ENUM (" + pgValues(w.Values) + ")"}
	for _, u := range o.usages {
		if u.haveColumn != nil {
			// Prisma qualifies these tables with their schema (public).
			out = append(out, "ALTER TABLE "+pgQualified(orDefault(u.haveTable.Schema), u.haveTable.Name)+
				" ALTER COLUMN "+pgIdent(u.haveColumn.Name)+" DROP DEFAULT")
		}
	}
	for _, u := range o.usages {
		if u.haveColumn == nil && u.column != nil {
			arr := ""
			if u.column.Type.Array {
				arr = "[]"
			}
			c := pgIdent(u.column.Name)
			out = append(out, "ALTER TABLE "+pgTable(u.table)+" ALTER COLUMN "+c+" TYPE "+tmp+arr+" USING ("+c+"::text::"+tmp+arr+")")
		}
	}
	out = append(out,
		"ALTER TYPE "+pgName(h.Schema, h.Name)+" RENAME TO "+pgIdent(h.Name+"_old"),
		"ALTER TYPE "+tmp+" RENAME TO "+pgIdent(w.Name),
		"DROP TYPE "+pgQualified(schema, old))
	for _, u := range o.usages {
		if u.haveColumn != nil && u.keepDefault {
			out = append(out, "ALTER TABLE "+pgTable(u.haveTable)+" ALTER COLUMN "+pgIdent(u.haveColumn.Name)+
				" SET DEFAULT "+sqlDefault(u.column.Default))
		}
	}
	return append(out, "COMMIT")
}

// orDefault is a schema name, "public" when empty.
func orDefault(schema string) string {
	if schema == "" {
		return "public"
	}
	return schema
}
