package drift

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
)

// tableDiff compares one table present on both sides.
type tableDiff struct {
	df         *differ
	want, have *catalog.Table
	key        []int // the ALTER TABLE step key: have id, want id
	// recreated lists want columns Prisma drops and re-adds (type changes
	// PostgreSQL cannot cast).
	recreated map[*catalog.Column]bool
	// pkColumnTypeChanged is true when a primary key column changes type.
	pkColumnTypeChanged bool
}

func (df *differ) tablePair(p tablePair) {
	td := &tableDiff{df: df, want: p.want, have: p.have,
		key:       []int{df.tableID[p.have], df.tableID[p.want]},
		recreated: map[*catalog.Column]bool{}}
	start := len(df.diffs)
	var r *redefine
	if df.dia.redefinesTables() && td.needsRedefine() {
		r = td.newRedefine()
		df.redefined[p.have] = r
	}
	td.columns()
	td.primaryKey()
	td.indexes()
	td.foreignKeys()
	if r != nil {
		df.redefineOps(start, r)
	}
}

func (td *tableDiff) alter(change tableChange, sub []int) op {
	return op{step: stepAlterTable, key: td.key, change: change, subKey: sub,
		wantTable: td.want, haveTable: td.have}
}

func (td *tableDiff) base(kind string, class finding.Class) Difference {
	return Difference{Kind: kind, Class: class, Schema: td.want.Schema, Table: td.want.Name}
}

// columns: added, dropped and changed columns. Prisma walks added and
// dropped columns by name and changed ones in the database's column order.
func (td *tableDiff) columns() {
	df := td.df
	added := map[string]*catalog.Column{}
	for _, w := range td.want.Columns {
		if td.have.Column(df.d, w.Name) == nil {
			added[df.want.Key(w.Name)] = w
		}
	}
	for _, k := range slices.Sorted(maps.Keys(added)) {
		w := added[k]
		d := td.base(KindMissingColumn, finding.Breaking)
		d.Column, d.Object, d.Want = w.Name, columnObject(td.want, w.Name), w.Pos
		d.Message = columnObject(td.want, w.Name) + " is declared in the schema but no migration adds it; " +
			"create a migration with prisma migrate dev"
		o := td.alter(changeAddColumn, nil)
		o.wantCol, o.subName = w, k
		d.ops = []op{o}
		df.add(d)
	}
	dropped := map[string]*catalog.Column{}
	for _, h := range td.have.Columns {
		if td.want.Column(df.d, h.Name) == nil {
			dropped[df.want.Key(h.Name)] = h
		}
	}
	for _, k := range slices.Sorted(maps.Keys(dropped)) {
		h := dropped[k]
		d := td.base(KindExtraColumn, finding.Extra)
		d.Column, d.Object, d.Have = h.Name, columnObject(td.have, h.Name), h.Pos
		d.Message = columnObject(td.have, h.Name) + " exists in the migrations but not in the schema; " +
			"prisma migrate dev would drop it"
		if h.NotNull && h.Default == nil && !h.AutoIncrement && h.Generated == "" {
			d.Kind, d.Class = KindExtraRequiredColumn, finding.Breaking
			d.Message = columnObject(td.have, h.Name) + " is NOT NULL without a default in the migrations but " +
				"the schema does not declare it, so every insert by the application fails; add the field or drop the column"
		}
		o := td.alter(changeDropColumn, nil)
		o.haveCol, o.subName = h, k
		d.ops = []op{o}
		df.add(d)
	}
	for _, h := range td.have.Columns {
		if w := td.want.Column(df.d, h.Name); w != nil {
			td.columnPair(w, h)
		}
	}
}

func (td *tableDiff) columnPair(w, h *catalog.Column) {
	df := td.df
	ch := df.columnChanges(w, h)
	if w.Type.Unsupported && h.Type.Unsupported && !strings.EqualFold(w.Type.String(), h.Type.String()) {
		// Prisma does not see this change; report it without SQL.
		d := td.base(KindColumnType, finding.Breaking)
		d.Column, d.Object, d.Want, d.Have = w.Name, columnObject(td.want, w.Name), w.Pos, h.Pos
		d.Message = fmt.Sprintf("%s is %s in the migrations but Unsupported(%q) in the schema; Prisma Migrate does not "+
			"compare unsupported types, so write the migration by hand", columnObject(td.want, w.Name), typeString(h), w.Type.String())
		df.add(d)
	}
	if ch.bits == 0 {
		return
	}
	if ch.bits&colType != 0 && td.inPrimaryKey(h.Name) {
		td.pkColumnTypeChanged = true
	}
	if ch.notCastable {
		td.recreated[w] = true
	}
	sub := []int{df.colID[h], df.colID[w]}
	mk := func(kind string, class finding.Class, bits colChange, msg string) {
		d := td.base(kind, class)
		d.Column, d.Object, d.Want, d.Have = w.Name, columnObject(td.want, w.Name), w.Pos, h.Pos
		d.Message = msg
		o := td.alter(changeAlterColumn, sub)
		o.wantCol, o.haveCol, o.bits, o.notCastable = w, h, bits, ch.notCastable
		d.ops = []op{o}
		if bits&colType != 0 && ch.notCastable {
			d.ops = append(d.ops, td.recreatedIndexes(w)...)
		}
		df.add(d)
	}
	obj := columnObject(td.want, w.Name)
	if ch.bits&colType != 0 {
		msg := fmt.Sprintf("%s is %s in the migrations but %s in the schema; create a migration with prisma migrate dev",
			obj, typeString(h), typeString(w))
		if ch.notCastable {
			msg = fmt.Sprintf("%s is %s in the migrations but %s in the schema, which PostgreSQL cannot cast: "+
				"Prisma would drop and re-add the column, losing its data; write the migration by hand", obj, typeString(h), typeString(w))
		}
		mk(KindColumnType, finding.Breaking, colType, msg)
	}
	if ch.bits&colArity != 0 {
		mk(KindColumnNullability, finding.Breaking, colArity,
			fmt.Sprintf("%s is %s in the migrations but %s in the schema; create a migration with prisma migrate dev",
				obj, arityWord(h), arityWord(w)))
	}
	if ch.bits&colDefault != 0 {
		switch {
		case w.Default == nil:
			mk(KindExtraDefault, finding.Extra, colDefault,
				fmt.Sprintf("%s has DEFAULT %s in the migrations but no default in the schema; "+
					"prisma migrate dev would drop it (declare it with @default(dbgenerated(...)) to keep it)",
					obj, df.defaultText(h)))
		case h.Default == nil:
			mk(KindColumnDefault, finding.Missing, colDefault,
				fmt.Sprintf("%s has no default in the migrations but the schema declares DEFAULT %s; "+
					"create a migration with prisma migrate dev", obj, df.defaultText(w)))
		default:
			have, want := df.defaultText(h), df.defaultText(w)
			if have == want {
				// The same text, told apart by what Prisma compares: the
				// schema's now() against an expression, or the other way.
				have, want = have+" ("+defaultKind(h.Default)+")", want+" ("+defaultKind(w.Default)+")"
			}
			mk(KindColumnDefault, finding.Missing, colDefault,
				fmt.Sprintf("%s has DEFAULT %s in the migrations but DEFAULT %s in the schema; "+
					"create a migration with prisma migrate dev", obj, have, want))
		}
	}
	if ch.bits&colAutoincrement != 0 {
		if df.autoincrement(w) {
			mk(KindColumnAutoincrement, finding.Breaking, colAutoincrement,
				obj+" is autoincrementing in the schema but not in the migrations, so inserts without an id fail; "+
					"create a migration with prisma migrate dev")
		} else {
			mk(KindExtraDefault, finding.Extra, colAutoincrement,
				obj+" is autoincrementing in the migrations but not in the schema; prisma migrate dev would drop its sequence")
		}
	}
}

// keyColumnChange names the change of a key's columns that makes Prisma
// re-create the key when its definition reads the same on both sides: a
// column's type, else its nullability.
func (td *tableDiff) keyColumnChange(cols []string) string {
	df := td.df
	for _, name := range cols {
		h, w := td.have.Column(df.d, name), td.want.Column(df.d, name)
		if h == nil || w == nil {
			continue
		}
		if changed, _ := df.dia.columnTypeChange(w.Type, h.Type); changed {
			return fmt.Sprintf("its %s is %s in the migrations but %s in the schema", columnObject(td.want, name), typeString(h), typeString(w))
		}
		if df.arity(h) != df.arity(w) {
			return fmt.Sprintf("its %s is %s in the migrations but %s in the schema", columnObject(td.want, name), arityWord(h), arityWord(w))
		}
	}
	return "a column it covers changes in the schema"
}

// keyColumns renders a key's columns with their length and order, e.g.
// "id, name(20) DESC".
func keyColumns(cols []catalog.IndexColumn) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		s := c.Name
		if c.Length > 0 {
			s += fmt.Sprintf("(%d)", c.Length)
		}
		if strings.EqualFold(c.Sort, "DESC") {
			s += " DESC"
		}
		parts[i] = s
	}
	return strings.Join(parts, ", ")
}

// recreatedIndexes re-creates the want indexes that include a column Prisma
// drops and re-adds (PostgreSQL drops them with the column).
func (td *tableDiff) recreatedIndexes(w *catalog.Column) []op {
	var ops []op
	for _, wi := range td.want.Indexes {
		if !indexHasColumn(wi, w.Name) {
			continue
		}
		for _, hi := range td.df.visibleIndexes(td.have) {
			if td.df.indexesMatch(hi, wi) {
				ops = append(ops, td.createIndex(wi, true))
				break
			}
		}
	}
	return ops
}

func (td *tableDiff) inPrimaryKey(col string) bool {
	if td.have.PrimaryKey == nil {
		return false
	}
	for _, c := range td.have.PrimaryKey.Columns {
		if catalog.KeyFor(td.df.d, c.Name) == catalog.KeyFor(td.df.d, col) {
			return true
		}
	}
	return false
}

// primaryKey compares primary keys (Prisma: DropPrimaryKey, AddPrimaryKey,
// RenamePrimaryKey clauses of the ALTER TABLE).
func (td *tableDiff) primaryKey() {
	w, h := td.want.PrimaryKey, td.have.PrimaryKey
	df := td.df
	switch {
	case w == nil && h == nil:
		return
	case w != nil && h == nil:
		// The pre-Prisma-4 implicit many-to-many tables had a unique index on
		// (A, B) instead of a primary key: same guarantee, another name.
		for _, ix := range df.visibleIndexes(td.have) {
			if ix.Unique && slices.Equal(ix.ColumnNames(), w.ColumnNames()) && !td.indexWanted(ix) {
				d := td.base(KindImplicitM2MUnique, finding.Extra)
				d.Object, d.Want, d.Have = "index "+quoteName(ix.Name), w.Pos, ix.Pos
				d.Message = fmt.Sprintf("table %s has the unique index %s on (%s) where the schema expects the primary key %s; "+
					"both enforce uniqueness (this is the implicit many-to-many layout from before Prisma 4), "+
					"prisma migrate dev would replace the index with the key",
					quoteName(td.have.Name), quoteName(ix.Name), strings.Join(ix.ColumnNames(), ", "), quoteName(pkName(td.want)))
				d.ops = []op{td.alter(changeAddPrimaryKey, nil), td.dropIndex(ix)}
				df.add(d)
				return
			}
		}
		d := td.base(KindMissingPrimaryKey, finding.Breaking)
		d.Object, d.Want = "primary key "+quoteName(pkName(td.want)), w.Pos
		d.Message = fmt.Sprintf("table %s has no primary key in the migrations but the schema declares one on (%s); "+
			"create a migration with prisma migrate dev", quoteName(td.want.Name), strings.Join(w.ColumnNames(), ", "))
		d.ops = []op{td.alter(changeAddPrimaryKey, nil)}
		df.add(d)
	case w == nil && h != nil:
		d := td.base(KindExtraPrimaryKey, finding.Extra)
		d.Object, d.Have = "primary key "+quoteName(h.Name), h.Pos
		d.Message = fmt.Sprintf("table %s has a primary key in the migrations that the schema does not declare; "+
			"prisma migrate dev would drop it", quoteName(td.have.Name))
		d.ops = []op{td.alter(changeDropPrimaryKey, nil)}
		df.add(d)
	default:
		changed := td.pkColumnTypeChanged || len(w.Columns) != len(h.Columns)
		for i := 0; !changed && i < len(w.Columns); i++ {
			a, b := h.Columns[i], w.Columns[i]
			changed = a.Name != b.Name || !sameSort(a.Sort, b.Sort) || a.Length != b.Length
		}
		renamed := df.dia.namedPrimaryKeys() && h.Name != "" && w.Name != "" && h.Name != w.Name
		if changed {
			d := td.base(KindPrimaryKey, finding.Breaking)
			d.Object, d.Want, d.Have = "primary key "+quoteName(pkName(td.want)), w.Pos, h.Pos
			d.Message = fmt.Sprintf("the primary key of %s is (%s) in the migrations but (%s) in the schema; "+
				"create a migration with prisma migrate dev", quoteName(td.want.Name), keyColumns(h.Columns), keyColumns(w.Columns))
			if keyColumns(h.Columns) == keyColumns(w.Columns) {
				// Same columns: the key is re-created because one of them
				// changes type. Say which, not "(id) … but (id)".
				d.Message = fmt.Sprintf("the primary key of %s on (%s) is re-created because %s; "+
					"create a migration with prisma migrate dev", quoteName(td.want.Name), keyColumns(w.Columns), td.keyColumnChange(w.ColumnNames()))
			}
			d.ops = []op{td.alter(changeDropPrimaryKey, nil), td.alter(changeAddPrimaryKey, nil)}
			if renamed {
				d.ops = append(d.ops, td.alter(changeRenamePrimaryKey, nil))
			}
			df.add(d)
		} else if renamed {
			d := td.base(KindIndexName, finding.Missing)
			d.Object, d.Want, d.Have = "primary key "+quoteName(h.Name), w.Pos, h.Pos
			d.Message = fmt.Sprintf("the primary key of %s is named %s in the migrations but %s in the schema; "+
				"rename it in a migration or set map: %q on @id/@@id", quoteName(td.want.Name), quoteName(h.Name), quoteName(w.Name), h.Name)
			d.ops = []op{td.alter(changeRenamePrimaryKey, nil)}
			df.add(d)
		}
	}
}

// indexWanted reports whether a have index matches some want index.
func (td *tableDiff) indexWanted(hi *catalog.Index) bool {
	for _, wi := range td.want.Indexes {
		if td.df.indexesMatch(hi, wi) {
			return true
		}
	}
	return false
}

func pkName(t *catalog.Table) string {
	if t.PrimaryKey != nil && t.PrimaryKey.Name != "" {
		return t.PrimaryKey.Name
	}
	return t.Name + "_pkey"
}

func (td *tableDiff) createIndex(wi *catalog.Index, recreate bool) op {
	r := 0
	if recreate {
		r = 1
	}
	return op{step: stepCreateIndex, key: []int{1, td.df.tableID[td.have], td.df.tableID[td.want], td.df.indexID[wi], r},
		wantTable: td.want, haveTable: td.have, wantIndex: wi, recreate: recreate}
}

func (td *tableDiff) dropIndex(hi *catalog.Index) op {
	return op{step: stepDropIndex, key: []int{td.df.indexID[hi]}, haveTable: td.have, haveIndex: hi}
}

// indexes: created, dropped and renamed indexes. Indexes match by
// definition, not by name; a definition match with another name is a rename.
func (td *tableDiff) indexes() {
	df := td.df
	haves := df.visibleIndexes(td.have)
	var created []*catalog.Index
	for _, wi := range td.want.Indexes {
		found := false
		for _, hi := range haves {
			if df.indexesMatch(hi, wi) {
				found = true
				break
			}
		}
		if !found {
			created = append(created, wi)
		}
	}
	var dropped []*catalog.Index
	for _, hi := range haves {
		if df.dia.foreignKeyIndexes() && coversFK(td.have, hi) {
			continue // the database's own index for a foreign key goes with the key
		}
		if !td.indexWanted(hi) && !td.m2mUnique(hi) {
			dropped = append(dropped, hi)
		}
	}
	// A created and a dropped index with the same name: one changed index.
	paired := map[*catalog.Index]bool{}
	for _, wi := range created {
		var hi *catalog.Index
		for _, x := range dropped {
			if !paired[x] && df.want.Key(x.Name) == df.want.Key(wi.Name) {
				hi = x
				break
			}
		}
		if hi == nil {
			td.createdIndex(wi)
			continue
		}
		paired[hi] = true
		// The database has its own variant of the declared index (often
		// hand-tuned): the application works either way, unless the
		// schema's index is unique and the database's is not.
		class := finding.Extra
		if wi.Unique && !hi.Unique {
			class = finding.Breaking
		}
		d := td.base(KindIndexDefinition, class)
		d.Object, d.Want, d.Have = "index "+quoteName(wi.Name), wi.Pos, hi.Pos
		d.Message = fmt.Sprintf("index %s is %s in the migrations but %s in the schema; prisma migrate dev would drop and re-create it: "+
			"declare the migrations' definition in the schema, or create a migration", quoteName(wi.Name), indexString(hi), indexString(wi))
		if indexString(hi) == indexString(wi) {
			d.Message = fmt.Sprintf("index %s has the same definition in the migrations and the schema, but Prisma re-creates B-tree indexes "+
				"with a raw() operator class on every diff (prisma/prisma#17518); nothing to fix", quoteName(wi.Name))
		}
		d.ops = []op{td.dropIndex(hi), td.createIndex(wi, false)}
		df.add(d)
	}
	for _, hi := range dropped {
		if paired[hi] {
			continue
		}
		if !droppable(hi) {
			d := td.base(KindExtraIndex, finding.Extra)
			d.Object, d.Have = "index "+quoteName(hi.Name), hi.Pos
			d.Message = fmt.Sprintf("partial index %s (%s) exists only in the migrations; the schema cannot declare it and "+
				"Prisma Migrate leaves it alone", quoteName(hi.Name), indexString(hi))
			df.add(d)
			continue
		}
		d := td.base(KindExtraIndex, finding.Extra)
		d.Object, d.Have = "index "+quoteName(hi.Name), hi.Pos
		d.Message = fmt.Sprintf("index %s (%s) exists in the migrations but not in the schema; prisma migrate dev would drop it: "+
			"declare it with @@index (or @@unique) to keep it", quoteName(hi.Name), indexString(hi))
		d.ops = []op{td.dropIndex(hi)}
		df.add(d)
	}
	td.renamedIndexes(haves)
}

// m2mUnique reports whether a have index is the old implicit many-to-many
// unique index, reported with the primary key it stands for.
func (td *tableDiff) m2mUnique(hi *catalog.Index) bool {
	w := td.want.PrimaryKey
	return td.have.PrimaryKey == nil && w != nil && hi.Unique && slices.Equal(hi.ColumnNames(), w.ColumnNames())
}

func (td *tableDiff) createdIndex(wi *catalog.Index) {
	kind, class := KindMissingIndex, finding.Missing
	msg := fmt.Sprintf("index %s (%s) is declared in the schema but no migration creates it; queries still work but can be slow: "+
		"create a migration with prisma migrate dev", quoteName(wi.Name), indexString(wi))
	if wi.Unique {
		kind, class = KindMissingUnique, finding.Breaking
		msg = fmt.Sprintf("unique index %s (%s) is declared in the schema but no migration creates it, so duplicates are accepted "+
			"and upserts on it fail: create a migration with prisma migrate dev", quoteName(wi.Name), indexString(wi))
	}
	d := td.base(kind, class)
	d.Object, d.Want, d.Message = "index "+quoteName(wi.Name), wi.Pos, msg
	d.ops = []op{td.createIndex(wi, false)}
	td.df.add(d)
}

// renamedIndexes: Prisma renames an index whose definition matches exactly
// one index of the database under another name.
func (td *tableDiff) renamedIndexes(haves []*catalog.Index) {
	df := td.df
	for _, hi := range haves {
		same := 0
		for _, x := range haves {
			if slices.Equal(x.ColumnNames(), hi.ColumnNames()) && x.Unique == hi.Unique {
				same++
			}
		}
		if same != 1 {
			continue
		}
		for _, wi := range wantIndexes(td.want) {
			if !df.indexesMatch(hi, wi) {
				continue
			}
			if hi.Name != wi.Name {
				step := stepRenameIndex
				if !df.dia.canRenameIndex() {
					step = stepRedefineIndex
				}
				d := td.base(KindIndexName, finding.Missing)
				d.Object, d.Want, d.Have = "index "+quoteName(hi.Name), wi.Pos, hi.Pos
				d.Message = fmt.Sprintf("index %s is named %s in the schema (same definition); prisma migrate dev would rename it: "+
					"rename it in a migration, or keep the old name with map: %q", quoteName(hi.Name), quoteName(wi.Name), hi.Name)
				d.ops = []op{{step: step, key: []int{df.indexID[hi], df.indexID[wi]},
					wantTable: td.want, haveTable: td.have, wantIndex: wi, haveIndex: hi}}
				df.add(d)
			}
			break
		}
	}
}

// foreignKeys: created, dropped and renamed foreign keys. They match by
// columns, referenced table and columns, and referential actions.
func (td *tableDiff) foreignKeys() {
	df := td.df
	haves, wants := sortedFKs(td.have), wantFKs(td.want)
	// Pairs (Prisma's foreign_key_pairs): each database key with the first
	// unpaired matching schema key, preferring one of the same name.
	seen := map[*catalog.ForeignKey]bool{}
	for _, h := range haves {
		var pick *catalog.ForeignKey
		for _, w := range wants {
			if seen[w] || !df.foreignKeysMatch(h, w, td) {
				continue
			}
			if pick == nil || (w.Name == h.Name && pick.Name != h.Name) {
				pick = w
			}
		}
		if pick != nil {
			seen[pick] = true
			td.fkPair(h, pick)
		}
	}
	var created []*catalog.ForeignKey
	for _, w := range wants {
		found := false
		for _, h := range haves {
			if df.foreignKeysMatch(h, w, td) {
				found = true
				break
			}
		}
		if !found {
			created = append(created, w)
		}
	}
	var dropped []*catalog.ForeignKey
	for _, h := range haves {
		found := false
		for _, w := range td.want.ForeignKeys {
			if df.foreignKeysMatch(h, w, td) {
				found = true
				break
			}
		}
		if !found {
			dropped = append(dropped, h)
		}
	}
	paired := map[*catalog.ForeignKey]bool{}
	for _, w := range created {
		var h *catalog.ForeignKey
		for _, x := range dropped {
			if !paired[x] && slices.Equal(x.Columns, w.Columns) && df.want.Key(x.RefTable) == df.want.Key(w.RefTable) {
				h = x
				break
			}
		}
		add := op{step: stepAddForeignKey, key: []int{df.fkID[w]}, wantTable: td.want, wantFK: w}
		if h == nil {
			d := td.base(KindMissingForeignKey, finding.Missing)
			d.Object, d.Want = "foreign key "+quoteName(w.Name), w.Pos
			d.Message = fmt.Sprintf("foreign key %s (%s) is declared in the schema but no migration creates it; "+
				"the application works but referential integrity is not enforced: create a migration with prisma migrate dev",
				quoteName(w.Name), fkString(td.want, w))
			d.ops = []op{add}
			df.add(d)
			continue
		}
		paired[h] = true
		kind := KindForeignKeyAction
		msg := fmt.Sprintf("foreign key %s is ON DELETE %s ON UPDATE %s in the migrations but ON DELETE %s ON UPDATE %s in the schema; "+
			"create a migration with prisma migrate dev", quoteName(w.Name), action(h.OnDelete), action(h.OnUpdate),
			action(w.OnDelete), action(w.OnUpdate))
		if action(h.OnDelete) == action(w.OnDelete) && action(h.OnUpdate) == action(w.OnUpdate) {
			kind = KindForeignKey
			msg = fmt.Sprintf("foreign key %s is %s in the migrations but %s in the schema; create a migration with prisma migrate dev",
				quoteName(w.Name), fkString(td.have, h), fkString(td.want, w))
			if fkString(td.have, h) == fkString(td.want, w) {
				// Same definition: the key is re-created because one of
				// its columns changes type or nullability. Say which.
				msg = fmt.Sprintf("foreign key %s (%s) is re-created because %s; create a migration with prisma migrate dev",
					quoteName(w.Name), fkString(td.want, w), td.keyColumnChange(w.Columns))
			}
		}
		d := td.base(kind, finding.Breaking)
		d.Object, d.Want, d.Have, d.Message = "foreign key "+quoteName(w.Name), w.Pos, h.Pos, msg
		d.ops = []op{{step: stepDropForeignKey, key: []int{df.fkID[h]}, haveTable: td.have, haveFK: h}, add}
		df.add(d)
	}
	for _, h := range dropped {
		if paired[h] {
			continue
		}
		d := td.base(KindExtraForeignKey, finding.Extra)
		d.Object, d.Have = "foreign key "+quoteName(h.Name), h.Pos
		d.Message = fmt.Sprintf("foreign key %s (%s) exists in the migrations but not in the schema; prisma migrate dev would drop it",
			quoteName(h.Name), fkString(td.have, h))
		d.ops = []op{{step: stepDropForeignKey, key: []int{df.fkID[h]}, haveTable: td.have, haveFK: h}}
		df.add(d)
	}
}

// fkPair: matching foreign keys that differ only by name are renamed, except
// those of implicit many-to-many tables (Prisma named them differently once).
func (td *tableDiff) fkPair(h, w *catalog.ForeignKey) {
	df := td.df
	if df.dia.unnamedForeignKeys() || h.Name == "" || w.Name == "" || h.Name == w.Name {
		return
	}
	if isM2M(td.have) && isM2M(td.want) {
		return
	}
	d := td.base(KindForeignKeyName, finding.Missing)
	d.Object, d.Want, d.Have = "foreign key "+quoteName(h.Name), w.Pos, h.Pos
	d.Message = fmt.Sprintf("foreign key %s is named %s in the schema (same definition); prisma migrate dev would rename it: "+
		"rename it in a migration, or keep the old name with map: %q", quoteName(h.Name), quoteName(w.Name), h.Name)
	d.ops = []op{{step: stepRenameForeignKey, key: []int{df.fkID[h], df.fkID[w]}, haveTable: td.have, wantTable: td.want, haveFK: h, wantFK: w}}
	if !df.dia.canRenameForeignKey() { // drop and add
		d.ops = []op{{step: stepAddForeignKey, key: []int{df.fkID[w]}, wantTable: td.want, wantFK: w},
			{step: stepDropForeignKey, key: []int{df.fkID[h]}, haveTable: td.have, haveFK: h}}
	}
	df.add(d)
}

func isM2M(t *catalog.Table) bool {
	return len(t.Columns) == 2 && t.Column(catalog.Postgres, "A") != nil && t.Column(catalog.Postgres, "B") != nil
}

func action(a string) string {
	if a == "" {
		return catalog.NoAction
	}
	return strings.ToUpper(a)
}

func sameSort(a, b string) bool {
	return strings.EqualFold(a, b) || (a == "" && strings.EqualFold(b, "ASC")) || (b == "" && strings.EqualFold(a, "ASC"))
}

// foreignKeysMatch is Prisma's foreign_keys_match.
func (df *differ) foreignKeysMatch(h, w *catalog.ForeignKey, td *tableDiff) bool {
	if df.want.Key(h.RefTable) != df.want.Key(w.RefTable) ||
		len(h.Columns) != len(w.Columns) || len(h.RefColumns) != len(w.RefColumns) {
		return false
	}
	for i := range h.Columns {
		if h.Columns[i] != w.Columns[i] {
			return false
		}
		hc, wc := td.have.Column(df.d, h.Columns[i]), td.want.Column(df.d, w.Columns[i])
		if hc != nil && wc != nil {
			ch := df.columnChanges(wc, hc)
			if ch.bits&colType != 0 {
				return false
			}
			ha, wa := df.arity(hc), df.arity(wc)
			if !df.dia.fkColumnsMayBecomeRequired() && ha != wa && !(ha == arityRequired && wa == arityNullable) {
				return false
			}
		}
	}
	for i := range h.RefColumns {
		if h.RefColumns[i] != w.RefColumns[i] {
			return false
		}
	}
	return action(h.OnDelete) == action(w.OnDelete) && action(h.OnUpdate) == action(w.OnUpdate)
}

// coversFK reports whether an index has exactly the columns of one of the
// table's foreign keys.
func coversFK(t *catalog.Table, ix *catalog.Index) bool {
	for _, fk := range t.ForeignKeys {
		if slices.Equal(ix.ColumnNames(), fk.Columns) {
			return true
		}
	}
	return false
}
