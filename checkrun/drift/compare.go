package drift

import (
	"slices"
	"sort"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
)

// migrationsTable is Prisma's own bookkeeping table; a live database has it.
const migrationsTable = "_prisma_migrations"

// differ holds one comparison: the two catalogues and the ids Prisma's
// describer would give their objects, which decide the order of the steps.
type differ struct {
	// d folds names as the catalogues do; dia holds the dialect's rules.
	d          catalog.Dialect
	dia        dialect
	want, have *catalog.Catalog

	// haveTables are have's tables as Prisma's describer lists them (by
	// schema and name); wantTables keep the schema's order.
	haveTables, wantTables []*catalog.Table
	pairs                  []tablePair

	tableID map[*catalog.Table]int
	colID   map[*catalog.Column]int
	indexID map[*catalog.Index]int
	fkID    map[*catalog.ForeignKey]int
	enumID  map[*catalog.Enum]int

	// haveIndexes are the indexes Prisma can see, per have table, sorted by name.
	haveIndexes map[*catalog.Table][]*catalog.Index

	multiSchema bool
	diffs       []Difference
	// redefined lists the SQLite tables rebuilt by a RedefineTables step.
	redefined map[*catalog.Table]*redefine
}

type tablePair struct{ want, have *catalog.Table }

func newDiffer(want, have *catalog.Catalog) *differ {
	df := &differ{
		d: want.Dialect, dia: dialectFor(want.Dialect), want: want, have: have,
		tableID: map[*catalog.Table]int{}, colID: map[*catalog.Column]int{},
		indexID: map[*catalog.Index]int{}, fkID: map[*catalog.ForeignKey]int{},
		enumID: map[*catalog.Enum]int{}, haveIndexes: map[*catalog.Table][]*catalog.Index{},
		redefined: map[*catalog.Table]*redefine{},
	}
	for _, t := range want.Tables {
		if t.Schema != "" {
			df.multiSchema = true
		}
	}
	df.wantTables = prismaOrder(want.Tables)
	for _, t := range have.Tables {
		if df.visible(t) {
			df.haveTables = append(df.haveTables, t)
		}
	}
	sort.SliceStable(df.haveTables, func(i, j int) bool {
		a, b := df.haveTables[i], df.haveTables[j]
		if sa, sb := df.schemaOf(have, a.Schema), df.schemaOf(have, b.Schema); sa != sb {
			return sa < sb
		}
		return a.Name < b.Name
	})
	df.number(df.wantTables, wantIndexes, wantFKs)
	df.number(df.haveTables, df.visibleIndexes, sortedFKs)
	for i, e := range byPos(want.Enums, func(e *catalog.Enum) catalog.Pos { return e.Pos }) {
		df.enumID[e] = i
	}
	haveEnums := append([]*catalog.Enum(nil), have.Enums...)
	sort.SliceStable(haveEnums, func(i, j int) bool { return haveEnums[i].Name < haveEnums[j].Name })
	for i, e := range haveEnums {
		df.enumID[e] = i
	}
	return df
}

// number assigns table, column, index and foreign key ids in list order.
func (df *differ) number(tables []*catalog.Table, indexes func(*catalog.Table) []*catalog.Index, fks func(*catalog.Table) []*catalog.ForeignKey) {
	ix, fk := 0, 0
	for i, t := range tables {
		df.tableID[t] = i
		for j, c := range t.Columns {
			df.colID[c] = j
		}
		for _, x := range indexes(t) {
			df.indexID[x] = ix
			ix++
		}
		for _, f := range fks(t) {
			df.fkID[f] = fk
			fk++
		}
	}
}

func (df *differ) schemaOf(c *catalog.Catalog, s string) string {
	if s == "" {
		return c.DefaultSchema
	}
	return s
}

// visible reports whether Prisma's describer sees a have table: not its own
// migrations table, and in the default schema unless the schema uses several.
func (df *differ) visible(t *catalog.Table) bool {
	if strings.EqualFold(t.Name, migrationsTable) {
		return false
	}
	if df.multiSchema {
		return true
	}
	return df.have.Key(df.schemaOf(df.have, t.Schema)) == df.have.Key(df.have.DefaultSchema)
}

// invisibleIndex reports whether Prisma ignores an index of the database:
// indexes on expressions are not described. (Partial indexes are described
// and match the schema's indexes whatever their predicate, but Prisma never
// drops one; see droppable.)
func invisibleIndex(ix *catalog.Index) bool {
	for _, c := range ix.Columns {
		if c.Expression {
			return true
		}
	}
	return false
}

// droppable reports whether Prisma would drop an index of the database that
// the schema does not declare: not a partial index.
func droppable(ix *catalog.Index) bool { return ix.Where == "" }

// visibleIndexes lists a have table's indexes that Prisma sees, by name.
func (df *differ) visibleIndexes(t *catalog.Table) []*catalog.Index {
	if l, ok := df.haveIndexes[t]; ok {
		return l
	}
	var l []*catalog.Index
	for _, ix := range t.Indexes {
		if !invisibleIndex(ix) {
			l = append(l, ix)
		}
	}
	df.dia.sortIndexes(l)
	df.haveIndexes[t] = l
	return l
}

func sortedFKs(t *catalog.Table) []*catalog.ForeignKey {
	l := append([]*catalog.ForeignKey(nil), t.ForeignKeys...)
	sort.SliceStable(l, func(i, j int) bool { return l[i].Name < l[j].Name })
	return l
}

func (df *differ) add(d Difference) {
	if len(d.ops) == 0 && d.Kind == "" {
		return
	}
	df.diffs = append(df.diffs, d)
}

// run computes every difference.
func (df *differ) run() {
	df.extensions()
	df.enums()
	df.matchTables()
	for _, t := range df.wantTables {
		if df.haveFor(t) == nil {
			df.createdTable(t)
		}
	}
	for _, t := range df.haveTables {
		if df.wantFor(t) == nil {
			df.droppedTable(t)
		}
	}
	for _, p := range df.pairs {
		df.tablePair(p)
	}
	df.invisibleExtras()
	if df.dia.redefinesTables() {
		df.sqliteRedefines()
	}
	df.enumUsages()
}

func (df *differ) matchTables() {
	for _, w := range df.wantTables {
		for _, h := range df.haveTables {
			if df.sameTable(w, h) {
				df.pairs = append(df.pairs, tablePair{want: w, have: h})
				break
			}
		}
	}
}

func (df *differ) sameTable(w, h *catalog.Table) bool {
	return df.want.Key(w.Name) == df.want.Key(h.Name) &&
		df.want.Key(df.schemaOf(df.want, w.Schema)) == df.want.Key(df.schemaOf(df.have, h.Schema))
}

func (df *differ) haveFor(w *catalog.Table) *catalog.Table {
	for _, p := range df.pairs {
		if p.want == w {
			return p.have
		}
	}
	return nil
}

func (df *differ) wantFor(h *catalog.Table) *catalog.Table {
	for _, p := range df.pairs {
		if p.have == h {
			return p.want
		}
	}
	return nil
}

// createSchema is the CreateSchema step an object of a PostgreSQL schema
// needs when the database does not have that schema yet (none for the
// default schema). Prisma creates each missing schema the datamodel uses,
// in name order, with CREATE SCHEMA IF NOT EXISTS; it never drops one.
func (df *differ) createSchema(schema string) []op {
	if !df.dia.schemas() || df.have.HasNamespace(schema) {
		return nil
	}
	var used []string
	add := func(s string) {
		if s != "" && !slices.Contains(used, s) {
			used = append(used, s)
		}
	}
	for _, t := range df.want.Tables {
		add(t.Schema)
	}
	for _, e := range df.want.Enums {
		add(e.Schema)
	}
	sort.Strings(used)
	return []op{{step: stepCreateSchema, key: []int{slices.Index(used, schema)}, schema: schema}}
}

// tableObject and columnObject name objects for humans.
func tableObject(t *catalog.Table) string { return "table " + quoteName(t.Name) }

func columnObject(t *catalog.Table, c string) string {
	return "column " + quoteName(t.Name) + "." + quoteName(c)
}

func quoteName(s string) string { return `"` + s + `"` }

// createdTable: the schema declares a table no migration creates.
func (df *differ) createdTable(t *catalog.Table) {
	d := Difference{
		Kind: KindMissingTable, Class: finding.Breaking,
		Schema: t.Schema, Table: t.Name, Object: tableObject(t), Want: t.Pos,
		Message: "table " + quoteName(t.Name) + " is declared in the schema but no migration creates it; " +
			"create a migration with prisma migrate dev",
	}
	id := df.tableID[t]
	d.ops = append(d.ops, df.createSchema(t.Schema)...)
	d.ops = append(d.ops, op{step: stepCreateTable, key: []int{id}, wantTable: t})
	if !df.dia.indexesInCreateTable() {
		for _, ix := range t.Indexes {
			d.ops = append(d.ops, op{step: stepCreateIndex, key: []int{0, 0, id, df.indexID[ix], 0}, wantTable: t, wantIndex: ix})
		}
	}
	if !df.dia.foreignKeysInCreateTable() {
		for _, fk := range t.ForeignKeys {
			d.ops = append(d.ops, op{step: stepAddForeignKey, key: []int{df.fkID[fk]}, wantTable: t, wantFK: fk})
		}
	}
	df.add(d)
}

// droppedTable: a migration creates a table the schema does not declare.
func (df *differ) droppedTable(t *catalog.Table) {
	d := Difference{
		Kind: KindExtraTable, Class: finding.Extra,
		Schema: t.Schema, Table: t.Name, Object: tableObject(t), Have: t.Pos,
		Message: "table " + quoteName(t.Name) + " exists in the migrations but not in the schema; " +
			"prisma migrate dev would drop it: add a model for it (prisma db pull) or drop it in a migration",
	}
	id := df.tableID[t]
	d.ops = append(d.ops, op{step: stepDropTable, key: []int{id}, haveTable: t})
	if !df.dia.foreignKeysInCreateTable() {
		for _, fk := range sortedFKs(t) {
			d.ops = append(d.ops, op{step: stepDropForeignKey, key: []int{df.fkID[fk]}, haveTable: t, haveFK: fk})
		}
	}
	df.add(d)
}

// invisibleExtras reports database objects Prisma Migrate never touches:
// partial and expression indexes, triggers, CHECK constraints and views.
func (df *differ) invisibleExtras() {
	for _, t := range df.haveTables {
		for _, ix := range t.Indexes {
			if invisibleIndex(ix) {
				df.add(Difference{
					Kind: KindExtraIndex, Class: finding.Extra, Schema: t.Schema, Table: t.Name,
					Object: "index " + quoteName(ix.Name), Have: ix.Pos,
					Message: "index " + quoteName(ix.Name) + " on " + quoteName(t.Name) +
						" is an expression index, which the schema cannot declare; Prisma Migrate leaves it alone",
				})
			}
		}
		for _, tr := range t.Triggers {
			df.add(Difference{
				Kind: KindExtraTrigger, Class: finding.Extra, Schema: t.Schema, Table: t.Name,
				Object: "trigger " + quoteName(tr.Name), Have: tr.Pos,
				Message: "trigger " + quoteName(tr.Name) + " on " + quoteName(t.Name) +
					" is created by a migration and is invisible to the schema; make sure the application expects it",
			})
		}
		for _, ck := range t.Checks {
			df.add(Difference{
				Kind: KindExtraCheck, Class: finding.Extra, Schema: t.Schema, Table: t.Name,
				Object: "check " + quoteName(ck.Name), Have: ck.Pos,
				Message: "CHECK constraint " + quoteName(ck.Name) + " on " + quoteName(t.Name) +
					" is created by a migration and is invisible to the schema; writes that violate it fail",
			})
		}
	}
	for _, v := range df.have.Views {
		df.add(Difference{
			Kind: KindExtraView, Class: finding.Extra, Schema: v.Schema, Table: v.Name,
			Object: "view " + quoteName(v.Name), Have: v.Pos,
			Message: "view " + quoteName(v.Name) + " is created by a migration; Prisma Migrate does not manage views",
		})
	}
}

// extensions: PostgreSQL extensions the schema declares (postgresqlExtensions)
// that no migration creates. Prisma never drops extensions it does not know.
func (df *differ) extensions() {
	if !df.dia.extensions() {
		return
	}
	// Prisma creates missing extensions in name order.
	exts := append([]*catalog.Extension(nil), df.want.Extensions...)
	sort.SliceStable(exts, func(i, j int) bool { return exts[i].Name < exts[j].Name })
	for i, e := range exts {
		found := false
		for _, h := range df.have.Extensions {
			if h.Name == e.Name {
				found = true
				break
			}
		}
		if found {
			continue
		}
		df.add(Difference{
			Kind: KindMissingExtension, Class: finding.Breaking,
			Object: "extension " + quoteName(e.Name), Want: e.Pos,
			Message: "extension " + quoteName(e.Name) + " is declared in the schema but no migration creates it; " +
				"create a migration with prisma migrate dev",
			ops: []op{{step: stepCreateExtension, key: []int{i}, ext: e}},
		})
	}
}

// The order of the schema's objects matters: Prisma numbers the tables,
// indexes and foreign keys of the schema's database in schema order, and
// sorts its steps by those numbers. The lowering sorts its catalogue by name,
// so the schema order is recovered from the positions: models in source order
// and implicit many-to-many tables after them; field-level @unique indexes
// first, then @@index, then @@unique (then @@fulltext); foreign keys in field
// order. Objects without positions keep their catalogue order.

// prismaOrder orders want tables as Prisma's schema calculator creates them.
func prismaOrder(tables []*catalog.Table) []*catalog.Table {
	out := byPos(tables, func(t *catalog.Table) catalog.Pos { return t.Pos })
	sort.SliceStable(out, func(i, j int) bool { return !isJoinTable(out[i]) && isJoinTable(out[j]) })
	return out
}

// isJoinTable recognises an implicit many-to-many table: "_Name" with the
// columns A and B only.
func isJoinTable(t *catalog.Table) bool {
	return strings.HasPrefix(t.Name, "_") && len(t.Columns) == 2 &&
		t.Columns[0].Name == "A" && t.Columns[1].Name == "B"
}

// wantIndexes orders a want table's indexes as Prisma does.
func wantIndexes(t *catalog.Table) []*catalog.Index {
	rank := func(ix *catalog.Index) int {
		switch {
		case strings.EqualFold(ix.Method, "FULLTEXT"):
			return 3
		case !ix.Unique:
			return 1
		case fieldLevel(t, ix):
			return 0
		}
		return 2
	}
	if isJoinTable(t) {
		// An implicit many-to-many table's indexes are Prisma's own, in its
		// order: _AB_unique (SQLite and old projects), then _B_index,
		// wherever the two relation fields are declared.
		out := append([]*catalog.Index(nil), t.Indexes...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Unique && !out[j].Unique })
		return out
	}
	out := byPos(t.Indexes, func(ix *catalog.Index) catalog.Pos { return ix.Pos })
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i]) < rank(out[j]) })
	return out
}

// fieldLevel reports whether a unique index comes from a field's @unique:
// one column, declared on the column's own line.
func fieldLevel(t *catalog.Table, ix *catalog.Index) bool {
	if len(ix.Columns) != 1 || ix.Pos.IsZero() {
		return false
	}
	for _, c := range t.Columns {
		if c.Name == ix.Columns[0].Name {
			return c.Pos.File == ix.Pos.File && c.Pos.Line == ix.Pos.Line
		}
	}
	return false
}

func wantFKs(t *catalog.Table) []*catalog.ForeignKey {
	if isJoinTable(t) {
		// The A key before the B key, wherever the relation fields are.
		out := append([]*catalog.ForeignKey(nil), t.ForeignKeys...)
		sort.SliceStable(out, func(i, j int) bool { return strings.Join(out[i].Columns, ",") < strings.Join(out[j].Columns, ",") })
		return out
	}
	return byPos(t.ForeignKeys, func(fk *catalog.ForeignKey) catalog.Pos { return fk.Pos })
}

// byPos sorts a copy of list by position (file, line); objects without a
// position keep their relative order and come first.
func byPos[T any](list []T, pos func(T) catalog.Pos) []T {
	out := append([]T(nil), list...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := pos(out[i]), pos(out[j])
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return out
}
