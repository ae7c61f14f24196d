package drift

import (
	"slices"
	"sort"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// redefine is a SQLite table Prisma rebuilds (a RedefineTables step): SQLite
// cannot alter columns, keys or foreign keys, so Prisma creates the new table
// under a temporary name, copies the kept columns, drops the old table and
// renames the new one.
type redefine struct {
	want, have *catalog.Table
	// pairs are the columns present on both sides, by name (Prisma's order).
	pairs []colPair
}

type colPair struct {
	want, have *catalog.Column
	bits       colChange
}

func (df *differ) redefinedTable(t *catalog.Table) bool { return df.redefined[t] != nil }

// needsRedefine is Prisma's SQLite rule: a table is rebuilt when its primary
// key changes, a column is dropped, a required column is added, a column
// changes, or a foreign key is added or removed.
func (td *tableDiff) needsRedefine() bool {
	df := td.df
	w, h := td.want, td.have
	if (w.PrimaryKey == nil) != (h.PrimaryKey == nil) {
		return true
	}
	if w.PrimaryKey != nil && !slices.Equal(w.PrimaryKey.ColumnNames(), h.PrimaryKey.ColumnNames()) {
		return true
	}
	for _, c := range h.Columns {
		wc := w.Column(df.d, c.Name)
		if wc == nil || df.columnChanges(wc, c).bits != 0 {
			return true
		}
	}
	for _, c := range w.Columns {
		if h.Column(df.d, c.Name) == nil && c.NotNull {
			return true
		}
	}
	for _, fw := range w.ForeignKeys {
		if !td.fkMatched(fw, h.ForeignKeys, true) {
			return true
		}
	}
	for _, fh := range h.ForeignKeys {
		if !td.fkMatched(fh, w.ForeignKeys, false) {
			return true
		}
	}
	return false
}

// fkMatched reports whether fk (a want key when isWant) matches one of list.
func (td *tableDiff) fkMatched(fk *catalog.ForeignKey, list []*catalog.ForeignKey, isWant bool) bool {
	for _, o := range list {
		h, w := o, fk
		if !isWant {
			h, w = fk, o
		}
		if td.df.foreignKeysMatch(h, w, td) {
			return true
		}
	}
	return false
}

// newRedefine describes the rebuild of a table pair.
func (td *tableDiff) newRedefine() *redefine {
	r := &redefine{want: td.want, have: td.have}
	for _, hc := range td.have.Columns {
		if wc := td.want.Column(td.df.d, hc.Name); wc != nil {
			r.pairs = append(r.pairs, colPair{want: wc, have: hc, bits: td.df.columnChanges(wc, hc).bits})
		}
	}
	sort.SliceStable(r.pairs, func(i, j int) bool {
		return catalog.KeyFor(td.df.d, r.pairs[i].want.Name) < catalog.KeyFor(td.df.d, r.pairs[j].want.Name)
	})
	return r
}

// redefineOps turns every step a rebuilt table's differences contribute
// (column, key, index and foreign key changes) into the rebuild.
func (df *differ) redefineOps(from int, r *redefine) {
	o := op{step: stepRedefineTables, key: []int{0}, wantTable: r.want, haveTable: r.have, redefine: r,
		subKey: []int{df.tableID[r.have]}}
	for i := from; i < len(df.diffs); i++ {
		if len(df.diffs[i].ops) > 0 {
			df.diffs[i].ops = []op{o}
		}
	}
}

// sqliteRedefines adds, when some table is rebuilt, the DROP INDEX of the
// indexes of dropped tables (Prisma's SQLite flavour does so).
func (df *differ) sqliteRedefines() {
	if len(df.redefined) == 0 {
		return
	}
	for i := range df.diffs {
		d := &df.diffs[i]
		if d.Kind != KindExtraTable || len(d.ops) == 0 {
			continue
		}
		t := d.ops[0].haveTable
		for _, ix := range df.visibleIndexes(t) {
			d.ops = append(d.ops, op{step: stepDropIndex, key: []int{df.indexID[ix]}, haveTable: t, haveIndex: ix})
		}
	}
}

// sqliteRenderer renders steps as Prisma's SQLite renderer does.
type sqliteRenderer struct{}

func (r sqliteRenderer) render(s step) []string {
	o := s.ops[0]
	switch s.kind {
	case stepDropIndex:
		return []string{"DROP INDEX " + pgIdent(o.haveIndex.Name)}
	case stepAlterTable:
		var out []string
		for _, c := range s.ops {
			if c.change == changeAddColumn {
				out = append(out, "ALTER TABLE "+pgIdent(c.haveTable.Name)+" ADD COLUMN "+sqliteColumn(c.wantTable, c.wantCol))
			}
		}
		return out
	case stepDropTable:
		return []string{"PRAGMA foreign_keys=off", "DROP TABLE " + pgIdent(o.haveTable.Name), "PRAGMA foreign_keys=on"}
	case stepCreateTable:
		return []string{sqliteCreateTable(o.wantTable, o.wantTable.Name)}
	case stepRedefineTables:
		return sqliteRedefine(s.ops)
	case stepCreateIndex:
		return []string{sqliteCreateIndex(o.wantTable, o.wantIndex)}
	case stepRedefineIndex:
		return []string{"DROP INDEX " + pgIdent(o.haveIndex.Name), sqliteCreateIndex(o.wantTable, o.wantIndex)}
	}
	return nil
}

// sqliteTypeName is the type Prisma renders for a SQLite column: the name of
// its type family, or the declared type when Prisma does not know it.
func sqliteTypeName(t catalog.Type) string {
	if t.Text != "" {
		return t.Text // Unsupported("…"): SQLite keeps the type as given
	}
	switch sqliteFamily(t.Name) {
	case "int":
		return "INTEGER"
	case "bigint":
		return "BIGINT"
	case "float":
		return "REAL"
	case "decimal":
		return "DECIMAL"
	case "boolean":
		return "BOOLEAN"
	case "datetime":
		return "DATETIME"
	case "binary":
		return "BLOB"
	case "json":
		return "JSONB"
	case "string":
		return "TEXT"
	}
	return t.Name
}

// singlePK reports whether c is the table's one-column primary key.
func singlePK(t *catalog.Table, c *catalog.Column) bool {
	pk := t.PrimaryKey
	return pk != nil && len(pk.Columns) == 1 && strings.EqualFold(pk.Columns[0].Name, c.Name)
}

func sqliteColumn(t *catalog.Table, c *catalog.Column) string {
	s := pgIdent(c.Name) + " " + sqliteTypeName(c.Type)
	if c.NotNull {
		s += " NOT NULL"
	}
	if singlePK(t, c) {
		s += " PRIMARY KEY"
		if sqliteFamily(c.Type.Name) == "int" {
			s += " AUTOINCREMENT"
		}
	}
	if d := sqlDefault(c.Default); d != "" {
		s += " DEFAULT " + d
	}
	return s
}

func sqliteCreateTable(t *catalog.Table, name string) string {
	cols := make([]string, len(t.Columns))
	single := false
	for i, c := range t.Columns {
		cols[i] = indent + sqliteColumn(t, c)
		single = single || singlePK(t, c)
	}
	s := "CREATE TABLE " + pgIdent(name) + " (\n" + strings.Join(cols, ",\n")
	if t.PrimaryKey != nil && !single {
		s += ",\n\n" + indent + "PRIMARY KEY (" + joinQuoted(pgIdent, t.PrimaryKey.ColumnNames(), ", ") + ")"
	}
	for _, fk := range wantFKs(t) {
		s += ",\n" + indent
		if fk.Name != "" {
			s += "CONSTRAINT " + pgIdent(fk.Name) + " "
		}
		s += "FOREIGN KEY (" + joinQuoted(pgIdent, fk.Columns, ", ") + ") REFERENCES " + pgIdent(fk.RefTable) +
			" (" + joinQuoted(pgIdent, fk.RefColumns, ", ") + ") ON DELETE " + fkAction(fk.OnDelete) +
			" ON UPDATE " + fkAction(fk.OnUpdate)
	}
	return s + "\n)"
}

func sqliteCreateIndex(t *catalog.Table, ix *catalog.Index) string {
	s := "CREATE "
	if ix.Unique {
		s += "UNIQUE "
	}
	parts := make([]string, len(ix.Columns))
	for i, c := range ix.Columns {
		parts[i] = pgIdent(c.Name)
		if c.Sort != "" {
			parts[i] += " " + strings.ToUpper(c.Sort)
		}
	}
	s += "INDEX " + pgIdent(ix.Name) + " ON " + pgIdent(t.Name) + "(" + strings.Join(parts, ", ") + ")"
	if ix.Where != "" {
		s += " WHERE " + ix.Where
	}
	if strings.HasPrefix(ix.Name, "sqlite_") {
		s = "Pragma writable_schema=1;\n" + s + ";\nPragma writable_schema=0"
	}
	return s
}

// sqliteRedefine renders the rebuild of every redefined table, in one step.
func sqliteRedefine(ops []op) []string {
	out := []string{"PRAGMA defer_foreign_keys=ON", "PRAGMA foreign_keys=OFF"}
	seen := map[*redefine]bool{}
	for _, o := range ops {
		r := o.redefine
		if r == nil || seen[r] {
			continue
		}
		seen[r] = true
		tmp := "new_" + r.want.Name
		out = append(out, sqliteCreateTable(r.want, tmp))
		if len(r.pairs) > 0 {
			dst := make([]string, len(r.pairs))
			src := make([]string, len(r.pairs))
			for i, p := range r.pairs {
				dst[i] = pgIdent(p.want.Name)
				src[i] = pgIdent(p.have.Name)
				if p.bits&colArity != 0 && p.want.NotNull && p.want.Default != nil && sqlDefault(p.want.Default) != "" {
					src[i] = "coalesce(" + pgIdent(p.have.Name) + ", " + sqlDefault(p.want.Default) + ") AS " + pgIdent(p.have.Name)
				}
			}
			out = append(out, "INSERT INTO "+pgIdent(tmp)+" ("+strings.Join(dst, ", ")+") SELECT "+
				strings.Join(src, ", ")+" FROM "+pgIdent(r.have.Name))
		}
		out = append(out, "DROP TABLE "+pgIdent(r.have.Name), "ALTER TABLE "+pgIdent(tmp)+" RENAME TO "+pgIdent(r.want.Name))
		for _, ix := range wantIndexes(r.want) {
			out = append(out, sqliteCreateIndex(r.want, ix))
		}
	}
	return append(out, "PRAGMA foreign_keys=ON", "PRAGMA defer_foreign_keys=OFF")
}
