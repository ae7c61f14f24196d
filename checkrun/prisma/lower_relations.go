package prisma

import (
	"github.com/migsync/migsync/checkrun/catalog"
)

// relField is one relation field with its model.
type relField struct {
	mi *modelInfo
	f  *Field
	// name is the relation name given in @relation("…") or @relation(name: …), or "".
	name   string
	target *modelInfo
	attr   *Attribute // @relation, or nil
}

// hasFields reports whether the field declares `fields:` (the referencing side).
func (r *relField) hasFields() bool { return r.attr != nil && r.attr.Arg("fields") != nil }

// relationKey groups the two sides of a relation: the relation name and the
// two model names in order.
type relationKey struct{ name, a, b string }

// lowerRelations pairs relation fields and lowers each relation: a foreign
// key for one-to-one and one-to-many relations, a join table for implicit
// many-to-many ones.
func (l *lowerer) lowerRelations() {
	groups := map[relationKey][]*relField{}
	var order []relationKey
	for _, mi := range l.modelOrder {
		if mi.m.Kind == KindType {
			continue
		}
		for _, f := range mi.m.Fields {
			if l.classify(f) != classRelation {
				continue
			}
			rf := &relField{mi: mi, f: f, target: l.models[f.Type.Name], attr: f.Attribute("relation")}
			if rf.attr != nil {
				rf.name, _ = stringArg(rf.attr, "name", 0)
			}
			a, b := mi.m.Name, rf.target.m.Name
			if b < a {
				a, b = b, a
			}
			k := relationKey{rf.name, a, b}
			if _, seen := groups[k]; !seen {
				order = append(order, k)
			}
			groups[k] = append(groups[k], rf)
		}
	}
	for _, k := range order {
		l.lowerRelation(k, groups[k])
	}
}

// lowerRelation lowers one group of relation fields sharing a name and a
// pair of models.
func (l *lowerer) lowerRelation(k relationKey, fields []*relField) {
	switch len(fields) {
	case 1:
		rf := fields[0]
		l.errorf(rf.f.Span.Start, "relation field %s.%s has no opposite relation field on model %s", rf.mi.m.Name, rf.f.Name, rf.target.m.Name)
		if rf.hasFields() {
			l.lowerForeignKey(rf, nil)
		}
		return
	case 2:
	default:
		for _, rf := range fields[2:] {
			l.errorf(rf.f.Span.Start, "ambiguous relation: %d fields between %s and %s share the relation name %q; name each relation with @relation(\"…\")", len(fields), k.a, k.b, k.name)
		}
		return
	}
	x, y := fields[0], fields[1]
	switch {
	case x.f.Type.List && y.f.Type.List:
		if x.hasFields() || y.hasFields() {
			l.errorf(x.f.Span.Start, "a many-to-many relation cannot declare fields/references")
			return
		}
		l.lowerJoinTable(k, x, y)
	case x.hasFields() && y.hasFields():
		l.errorf(y.f.Span.Start, "relation %s.%s ↔ %s.%s: only one side may declare fields and references", x.mi.m.Name, x.f.Name, y.mi.m.Name, y.f.Name)
	case x.hasFields():
		l.lowerForeignKey(x, y)
	case y.hasFields():
		l.lowerForeignKey(y, x)
	default:
		l.errorf(x.f.Span.Start, "relation %s.%s ↔ %s.%s: neither side declares fields and references", x.mi.m.Name, x.f.Name, y.mi.m.Name, y.f.Name)
	}
}

// lowerForeignKey adds the foreign key of the referencing field rf.
func (l *lowerer) lowerForeignKey(rf, _ *relField) {
	from, to := rf.mi, rf.target
	if from.table == nil || to.table == nil {
		return // views have no foreign keys
	}
	cols, required, ok := l.relationColumns(from, rf.attr, "fields")
	if !ok {
		return
	}
	refs, _, ok := l.relationColumns(to, rf.attr, "references")
	if !ok {
		return
	}
	if len(cols) != len(refs) {
		l.errorf(rf.attr.Span.Start, "relation %s.%s: fields and references have different lengths", from.m.Name, rf.f.Name)
		return
	}
	if !l.relationTypesMatch(rf) {
		return
	}
	if l.relationMode == RelationModePrisma {
		return
	}
	fk := &catalog.ForeignKey{
		Name:       foreignKeyName(from.table.Name, cols, l.maxIdentifierLength()),
		Columns:    cols,
		RefSchema:  to.table.Schema,
		RefTable:   to.table.Name,
		RefColumns: refs,
		OnDelete:   catalog.Restrict,
		OnUpdate:   catalog.Cascade,
		Pos:        linePos(rf.f.Span, from.file),
	}
	if !required && rf.f.Type.Optional {
		fk.OnDelete = catalog.SetNull
	}
	if m, ok := stringArg(rf.attr, "map", -1); ok {
		fk.Name = m
	}
	if a, ok := l.referentialAction(rf.attr, "onDelete"); ok {
		fk.OnDelete = a
	}
	if a, ok := l.referentialAction(rf.attr, "onUpdate"); ok {
		fk.OnUpdate = a
	}
	t := from.table
	t.ForeignKeys = append(t.ForeignKeys, fk)
	l.origin(Ref{Kind: RefForeignKey, Schema: t.Schema, Table: t.Name, Name: fk.Name},
		Origin{Kind: FromRelation, Model: from.m.Name, Field: rf.f.Name, Attribute: "@relation", Pos: fk.Pos})
}

// relationTypesMatch reports whether each field of a relation has the type
// of the field it references, as prisma validate requires ("The type of the
// field `userId` in the model `Post` is not matching the type of the
// referenced field `id` in model `User`"); a mismatch is an error at the
// field, not a difference between schema and migrations.
func (l *lowerer) relationTypesMatch(rf *relField) bool {
	fields := indexFieldRefs(rf.attr.Arg("fields").Value)
	refs := indexFieldRefs(rf.attr.Arg("references").Value)
	ok := true
	for i := range min(len(fields), len(refs)) {
		f, r := rf.mi.m.Field(fields[i].name), rf.target.m.Field(refs[i].name)
		if f == nil || r == nil || f.Type.Name == r.Type.Name {
			continue
		}
		l.errorf(fields[i].span.Start, "relation %s.%s: the type of field %s.%s (%s) does not match the type of the referenced field %s.%s (%s); Prisma rejects the schema (prisma validate)",
			rf.mi.m.Name, rf.f.Name, rf.mi.m.Name, f.Name, f.Type.Name, rf.target.m.Name, r.Name, r.Type.Name)
		ok = false
	}
	return ok
}

// relationColumns resolves `fields:` or `references:` to column names; it
// also reports whether any of the fields is required (which makes the
// relation's default onDelete Restrict rather than SetNull).
func (l *lowerer) relationColumns(mi *modelInfo, a *Attribute, arg string) ([]string, bool, bool) {
	x := a.Arg(arg)
	if x == nil {
		l.errorf(a.Span.Start, "@relation needs both fields and references")
		return nil, false, false
	}
	refs := indexFieldRefs(x.Value)
	if len(refs) == 0 {
		l.errorf(x.Span.Start, "@relation %s must list fields", arg)
		return nil, false, false
	}
	var cols []string
	required := false
	for _, r := range refs {
		col := mi.columns[r.name]
		if col == nil {
			l.errorf(r.span.Start, "@relation %s: model %s has no scalar field %q", arg, mi.m.Name, r.name)
			return nil, false, false
		}
		cols = append(cols, col.Name)
		if f := mi.m.Field(r.name); f != nil && !f.Type.Optional && !f.Type.List {
			required = true
		}
	}
	return cols, required, true
}

// referentialAction reads onDelete:/onUpdate:.
func (l *lowerer) referentialAction(a *Attribute, name string) (string, bool) {
	arg := a.Arg(name)
	if arg == nil {
		return "", false
	}
	id, _ := arg.Value.(*Ident)
	if id != nil {
		switch id.Name {
		case "Cascade":
			return catalog.Cascade, true
		case "Restrict":
			return catalog.Restrict, true
		case "NoAction":
			return catalog.NoAction, true
		case "SetNull":
			return catalog.SetNull, true
		case "SetDefault":
			return catalog.SetDefault, true
		}
	}
	l.errorf(arg.Span.Start, "%s must be one of Cascade, Restrict, NoAction, SetNull, SetDefault", name)
	return "", false
}

// lowerJoinTable adds the table of an implicit many-to-many relation:
// `_<relation>` with columns A and B referencing the ids of the two models,
// A being the model whose name sorts first.
func (l *lowerer) lowerJoinTable(k relationKey, x, y *relField) {
	// x and y are in model order; side A is the field on model A.
	if x.mi.m.Name > y.mi.m.Name || (x.mi == y.mi && x.f.Name > y.f.Name) {
		x, y = y, x
	}
	a, b := x.mi, y.mi
	if a.table == nil || b.table == nil {
		return // a view on one side: no table
	}
	aID, ok1 := l.soleIDColumn(a, x)
	bID, ok2 := l.soleIDColumn(b, y)
	if !ok1 || !ok2 {
		return
	}
	relName := k.name
	if relName == "" {
		relName = k.a + "To" + k.b
	}
	names := joinNames(relName, l.maxIdentifierLength())
	t := &catalog.Table{Schema: a.table.Schema, Name: names.table, Pos: linePos(x.f.Span, a.file)}
	t.Columns = []*catalog.Column{
		{Name: "A", Type: joinColumnType(aID.Type), NotNull: true, Pos: t.Pos},
		{Name: "B", Type: joinColumnType(bID.Type), NotNull: true, Pos: t.Pos},
	}
	ab := []catalog.IndexColumn{{Name: "A"}, {Name: "B"}}
	var keyName string
	if l.dialect == catalog.Postgres {
		t.PrimaryKey = &catalog.PrimaryKey{Name: names.pkey, Columns: ab, Pos: t.Pos}
	} else {
		keyName = names.unique
		t.Indexes = append(t.Indexes, &catalog.Index{Name: names.unique, Unique: true, Columns: ab, Pos: t.Pos})
	}
	t.Indexes = append(t.Indexes, &catalog.Index{Name: names.bIndex, Columns: []catalog.IndexColumn{{Name: "B"}}, Pos: t.Pos})
	if l.relationMode != RelationModePrisma {
		t.ForeignKeys = []*catalog.ForeignKey{
			joinFK(names.aFkey, "A", a.table, aID.Name, t.Pos),
			joinFK(names.bFkey, "B", b.table, bID.Name, linePos(y.f.Span, b.file)),
		}
	}
	if l.cat.Table(t.Schema, t.Name) != nil {
		l.errorf(x.f.Span.Start, "the join table %q of relation %s clashes with another table", t.Name, relName)
		return
	}
	l.cat.AddTable(t)

	o := Origin{Kind: FromImplicitM2M, Model: a.m.Name, Field: x.f.Name, Relation: relName, Pos: t.Pos}
	ref := func(kind RefKind, name string) Ref {
		return Ref{Kind: kind, Schema: t.Schema, Table: t.Name, Name: name}
	}
	l.origin(ref(RefTable, ""), o)
	l.origin(ref(RefColumn, "A"), o)
	l.origin(ref(RefPrimaryKey, ""), o)
	l.origin(ref(RefIndex, names.bIndex), o)
	if keyName != "" {
		l.origin(ref(RefIndex, keyName), o)
	}
	l.origin(ref(RefForeignKey, names.aFkey), o)
	ob := o
	ob.Model, ob.Field, ob.Pos = b.m.Name, y.f.Name, linePos(y.f.Span, b.file)
	l.origin(ref(RefColumn, "B"), ob)
	l.origin(ref(RefForeignKey, names.bFkey), ob)
}

// soleIDColumn is the single-column primary key a join table references.
func (l *lowerer) soleIDColumn(mi *modelInfo, rf *relField) (*catalog.Column, bool) {
	pk := mi.table.PrimaryKey
	if pk == nil || len(pk.Columns) != 1 {
		l.errorf(rf.f.Span.Start, "model %s needs a single-field @id to be part of an implicit many-to-many relation (field %s.%s)", mi.m.Name, rf.mi.m.Name, rf.f.Name)
		return nil, false
	}
	col := mi.table.Column(l.dialect, pk.Columns[0].Name)
	return col, col != nil
}

// joinColumnType is the referenced id's type, as a plain scalar column.
func joinColumnType(t catalog.Type) catalog.Type {
	t.Array = false
	return t
}

func joinFK(name, col string, to *catalog.Table, toCol string, pos catalog.Pos) *catalog.ForeignKey {
	return &catalog.ForeignKey{
		Name: name, Columns: []string{col},
		RefSchema: to.Schema, RefTable: to.Name, RefColumns: []string{toCol},
		OnDelete: catalog.Cascade, OnUpdate: catalog.Cascade, Pos: pos,
	}
}
