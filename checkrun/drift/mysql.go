package drift

import (
	"strconv"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// mysqlRenderer renders steps as Prisma's MySQL renderer does: backticks,
// indexes inside CREATE TABLE, MODIFY for column changes. There is no
// offline oracle for MySQL; the format follows prisma-engines' MySQL
// renderer and Prisma-generated MySQL migrations.
type mysqlRenderer struct{}

// myIdent quotes an identifier for MySQL.
var myIdent = catalog.QuoteMySQLIdent

func (r mysqlRenderer) render(s step) []string {
	o := s.ops[0]
	switch s.kind {
	case stepDropForeignKey:
		return []string{"ALTER TABLE " + myIdent(o.haveTable.Name) + " DROP FOREIGN KEY " + myIdent(o.haveFK.Name)}
	case stepDropIndex:
		return []string{"DROP INDEX " + myIdent(o.haveIndex.Name) + " ON " + myIdent(o.haveTable.Name)}
	case stepAlterTable:
		return r.alterTable(s.ops)
	case stepDropTable:
		return []string{"DROP TABLE " + myIdent(o.haveTable.Name)}
	case stepCreateTable:
		return []string{r.createTable(o.wantTable)}
	case stepCreateIndex:
		return []string{r.createIndex(o.wantTable, o.wantIndex)}
	case stepAddForeignKey:
		fk := o.wantFK
		return []string{"ALTER TABLE " + myIdent(o.wantTable.Name) + " ADD CONSTRAINT " + myIdent(fk.Name) +
			" FOREIGN KEY (" + joinQuoted(myIdent, fk.Columns, ", ") + ") REFERENCES " + myIdent(fk.RefTable) +
			"(" + joinQuoted(myIdent, fk.RefColumns, ", ") + ") ON DELETE " + fkAction(fk.OnDelete) +
			" ON UPDATE " + fkAction(fk.OnUpdate)}
	case stepRenameIndex:
		return []string{"ALTER TABLE " + myIdent(o.haveTable.Name) + " RENAME INDEX " + myIdent(o.haveIndex.Name) +
			" TO " + myIdent(o.wantIndex.Name)}
	case stepRedefineIndex:
		// Create first: a foreign key may rely on the old index.
		return []string{r.createIndex(o.wantTable, o.wantIndex),
			"DROP INDEX " + myIdent(o.haveIndex.Name) + " ON " + myIdent(o.haveTable.Name)}
	}
	return nil
}

// myType is the column type as Prisma's MySQL renderer spells it.
func myType(c *catalog.Column) string {
	if c.Type.Text != "" {
		return c.Type.Text
	}
	name := c.Type.Name
	unsigned := ""
	if strings.HasSuffix(name, " UNSIGNED") {
		unsigned, name = " UNSIGNED", strings.TrimSuffix(name, " UNSIGNED")
	}
	base, mods := splitType(name)
	switch {
	case strings.HasPrefix(strings.ToUpper(name), "ENUM("):
		return "ENUM(" + strings.Join(enumValues(name), ", ") + ")"
	case base == "INT" || base == "INTEGER":
		return "INTEGER" + unsigned
	case name == "TINYINT(1)" && unsigned == "":
		return "BOOLEAN"
	case base == "DECIMAL" && len(mods) == 2:
		return "DECIMAL(" + strconv.Itoa(mods[0]) + ", " + strconv.Itoa(mods[1]) + ")" + unsigned
	}
	return name + unsigned
}

func myDefault(c *catalog.Column) string {
	d := c.Default
	if d == nil || d.Kind == catalog.DefaultSequence || (d.Kind == catalog.DefaultExpr && d.Value == "") {
		return ""
	}
	if isJSON(c.Type) {
		return "" // MySQL has no JSON defaults; Prisma does not render them
	}
	if d.Kind == catalog.DefaultNow {
		// Prisma's renderer: the native type's precision, 3 when the
		// type has none (also @db.DateTime without an argument, whose
		// database precision is 0).
		p := 3
		if _, mods := splitType(c.Type.Name); len(mods) == 1 && !(c.Type.Text != "" && !strings.Contains(c.Type.Text, "(")) {
			p = mods[0]
		}
		return "CURRENT_TIMESTAMP(" + strconv.Itoa(p) + ")"
	}
	if d.Kind == catalog.DefaultValue && strings.HasPrefix(d.Value, "'") {
		// The canonical literal doubles quotes only; MySQL also reads a
		// backslash as an escape, so the value needs it doubled.
		return strings.ReplaceAll(d.Value, `\`, `\\`)
	}
	return d.Value
}

func (r mysqlRenderer) column(c *catalog.Column) string {
	s := myIdent(c.Name) + " " + myType(c)
	if c.NotNull {
		s += " NOT NULL"
	} else {
		s += " NULL"
	}
	if c.AutoIncrement {
		s += " AUTO_INCREMENT"
	}
	if d := myDefault(c); d != "" {
		s += " DEFAULT " + d
	}
	return s
}

func myKeyParts(cols []catalog.IndexColumn) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = myIdent(c.Name)
		if c.Length > 0 {
			parts[i] += "(" + strconv.Itoa(c.Length) + ")"
		}
		if c.Sort != "" {
			parts[i] += " " + strings.ToUpper(c.Sort)
		}
	}
	return strings.Join(parts, ", ")
}

func myIndexKind(ix *catalog.Index) string {
	switch {
	case strings.EqualFold(ix.Method, "FULLTEXT"):
		return "FULLTEXT "
	case ix.Unique:
		return "UNIQUE "
	}
	return ""
}

func (r mysqlRenderer) createTable(t *catalog.Table) string {
	lines := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		lines[i] = indent + r.column(c)
	}
	s := "CREATE TABLE " + myIdent(t.Name) + " (\n" + strings.Join(lines, ",\n")
	var extra []string
	for _, ix := range wantIndexes(t) {
		extra = append(extra, indent+myIndexKind(ix)+"INDEX "+myIdent(ix.Name)+"("+myKeyParts(ix.Columns)+")")
	}
	if t.PrimaryKey != nil {
		extra = append(extra, indent+"PRIMARY KEY ("+myKeyParts(t.PrimaryKey.Columns)+")")
	}
	if len(extra) > 0 {
		s += ",\n\n" + strings.Join(extra, ",\n")
	}
	return s + "\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

func (r mysqlRenderer) createIndex(t *catalog.Table, ix *catalog.Index) string {
	return "CREATE " + myIndexKind(ix) + "INDEX " + myIdent(ix.Name) + " ON " + myIdent(t.Name) + "(" + myKeyParts(ix.Columns) + ")"
}

func (r mysqlRenderer) alterTable(ops []op) []string {
	var lines []string
	have, want := ops[0].haveTable, ops[0].wantTable
	for _, o := range ops {
		switch o.change {
		case changeDropPrimaryKey:
			lines = append(lines, "DROP PRIMARY KEY")
		case changeAddPrimaryKey:
			lines = append(lines, "ADD PRIMARY KEY ("+myKeyParts(want.PrimaryKey.Columns)+")")
		case changeAddColumn:
			lines = append(lines, "ADD COLUMN "+r.column(o.wantCol))
		case changeDropColumn:
			lines = append(lines, "DROP COLUMN "+myIdent(o.haveCol.Name))
		case changeAlterColumn:
			if o.bits == colDefault && o.wantCol.Default == nil {
				lines = append(lines, "ALTER COLUMN "+myIdent(o.haveCol.Name)+" DROP DEFAULT")
				continue
			}
			w := o.wantCol
			def := myDefault(w)
			if w.Default != nil && w.Default.Kind == catalog.DefaultExpr && w.Default.Value == "" &&
				o.haveCol.Default != nil && o.haveCol.Default.Kind == catalog.DefaultExpr {
				def = o.haveCol.Default.Value // dbgenerated() keeps the database's expression
			}
			l := "MODIFY " + myIdent(w.Name) + " " + myType(w)
			if w.NotNull {
				l += " NOT NULL"
			} else {
				l += " NULL"
			}
			if def != "" {
				l += " DEFAULT " + def
			}
			if w.AutoIncrement {
				l += " AUTO_INCREMENT"
			}
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return []string{"ALTER TABLE " + myIdent(have.Name) + " " + strings.Join(lines, ",\n    ")}
}

// enumValues splits "ENUM('a','b')" into its quoted values.
func enumValues(name string) []string {
	body := name[strings.IndexByte(name, '(')+1 : strings.LastIndexByte(name, ')')]
	var out []string
	var cur strings.Builder
	quoted := false
	for i := 0; i < len(body); i++ {
		ch := body[i]
		switch {
		case ch == '\'' && quoted && i+1 < len(body) && body[i+1] == '\'':
			cur.WriteString("''")
			i++
		case ch == '\'':
			quoted = !quoted
			cur.WriteByte(ch)
		case ch == ',' && !quoted:
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(ch)
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}
