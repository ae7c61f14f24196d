package sqlddl

import (
	pg "github.com/pganalyze/pg_query_go/v6"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"
)

// rename applies ALTER … RENAME for tables, columns, constraints, indexes,
// types, sequences, views and triggers.
func (r *pgReplay) rename(s *pg.RenameStmt) {
	newName := pgTruncateIdent(s.Newname)
	switch s.RenameType {
	case pg.ObjectType_OBJECT_TABLE, pg.ObjectType_OBJECT_FOREIGN_TABLE:
		r.renameRelation(pgRangeVarName(s.Relation), newName, s.MissingOk)
	case pg.ObjectType_OBJECT_COLUMN:
		if t := r.table(pgRangeVarName(s.Relation), s.MissingOk || r.isView(pgRangeVarName(s.Relation))); t != nil {
			r.renameColumn(t, pgTruncateIdent(s.Subname), newName)
		}
	case pg.ObjectType_OBJECT_TABCONSTRAINT:
		if t := r.table(pgRangeVarName(s.Relation), s.MissingOk); t != nil {
			r.renameConstraint(t, pgTruncateIdent(s.Subname), newName)
		}
	case pg.ObjectType_OBJECT_INDEX:
		r.renameIndex(pgRangeVarName(s.Relation), newName, s.MissingOk)
	case pg.ObjectType_OBJECT_TYPE:
		r.renameEnum(pgQualFromNode(s.Object), newName, s.MissingOk)
	case pg.ObjectType_OBJECT_SEQUENCE:
		r.renameSequence(pgRangeVarName(s.Relation), newName, s.MissingOk)
	case pg.ObjectType_OBJECT_VIEW, pg.ObjectType_OBJECT_MATVIEW:
		r.renameView(pgRangeVarName(s.Relation), newName, s.MissingOk)
	case pg.ObjectType_OBJECT_TRIGGER:
		if t := r.table(pgRangeVarName(s.Relation), s.MissingOk); t != nil {
			r.renameTrigger(t, pgTruncateIdent(s.Subname), newName)
		}
	case pg.ObjectType_OBJECT_SCHEMA:
		r.renameSchema(pgTruncateIdent(s.Subname), newName)
	case pg.ObjectType_OBJECT_FUNCTION, pg.ObjectType_OBJECT_PROCEDURE, pg.ObjectType_OBJECT_ROUTINE,
		pg.ObjectType_OBJECT_AGGREGATE, pg.ObjectType_OBJECT_POLICY, pg.ObjectType_OBJECT_ROLE,
		pg.ObjectType_OBJECT_RULE, pg.ObjectType_OBJECT_PUBLICATION, pg.ObjectType_OBJECT_SUBSCRIPTION,
		pg.ObjectType_OBJECT_EVENT_TRIGGER, pg.ObjectType_OBJECT_DATABASE, pg.ObjectType_OBJECT_TABLESPACE:
		// not part of the catalogue
	default:
		r.notice("renaming a %s is not modelled", pgEnumWords(s.RenameType.String()))
	}
}

// renameRelation applies ALTER TABLE … RENAME TO (which PostgreSQL also
// accepts for views, sequences and indexes).
func (r *pgReplay) renameRelation(q pgQualName, newName string, missingOK bool) {
	schema := r.schemaKey(q.Schema)
	t := r.cat.Table(schema, q.Name)
	if t == nil {
		switch {
		case r.isView(q):
			r.renameView(q, newName, missingOK)
		case r.relationTaken(schema, q.Name):
			r.renameIndex(q, newName, missingOK)
		case !missingOK:
			r.fail("relation %s does not exist", q)
		}
		return
	}
	if r.relationTaken(schema, newName) {
		r.fail("relation %q already exists", newName)
		return
	}
	for _, o := range r.cat.Tables {
		for _, fk := range o.ForeignKeys {
			if r.refersTo(fk, t) {
				fk.RefTable = newName
			}
		}
	}
	t.Name = newName
}

// renameColumn applies RENAME COLUMN; keys, indexes and foreign keys (here
// and in referencing tables) follow.
func (r *pgReplay) renameColumn(t *catalog.Table, from, to string) {
	c := r.column(t, from)
	if c == nil {
		return
	}
	if t.Column(catalog.Postgres, to) != nil {
		r.fail("column %q of relation %q already exists", to, t.Name)
		return
	}
	c.Name = to
	renameKeyParts := func(cols []catalog.IndexColumn) {
		for i := range cols {
			if !cols[i].Expression && cols[i].Name == from {
				cols[i].Name = to
			}
		}
	}
	if t.PrimaryKey != nil {
		renameKeyParts(t.PrimaryKey.Columns)
	}
	for _, ix := range t.Indexes {
		renameKeyParts(ix.Columns)
	}
	for _, fk := range t.ForeignKeys {
		pgRenameIn(fk.Columns, from, to)
	}
	// expressions refer to columns by identity in the database, so they
	// show the new name
	for _, ix := range t.Indexes {
		ix.Where = pgRenameInExpr(ix.Where, from, to)
		for i := range ix.Columns {
			if ix.Columns[i].Expression {
				ix.Columns[i].Name = pgRenameInExpr(ix.Columns[i].Name, from, to)
			}
		}
	}
	for _, ck := range t.Checks {
		ck.Expr = pgRenameInExpr(ck.Expr, from, to)
	}
	for _, col := range t.Columns {
		col.Generated = pgRenameInExpr(col.Generated, from, to)
	}
	for _, o := range r.cat.Tables {
		for _, fk := range o.ForeignKeys {
			if r.refersTo(fk, t) {
				pgRenameIn(fk.RefColumns, from, to)
			}
		}
	}
}

// pgRenameIn renames from to to in names.
func pgRenameIn(names []string, from, to string) {
	for i := range names {
		if names[i] == from {
			names[i] = to
		}
	}
}

// renameConstraint applies RENAME CONSTRAINT to a primary key, unique
// constraint, foreign key or check.
func (r *pgReplay) renameConstraint(t *catalog.Table, from, to string) {
	switch {
	case t.PrimaryKey != nil && t.PrimaryKey.Name == from:
		if r.relationTaken(t.Schema, to) {
			r.fail("relation %q already exists", to)
			return
		}
		t.PrimaryKey.Name = to
	case t.Index(catalog.Postgres, from) != nil && t.Index(catalog.Postgres, from).Constraint:
		if r.relationTaken(t.Schema, to) {
			r.fail("relation %q already exists", to)
			return
		}
		t.Index(catalog.Postgres, from).Name = to
	case t.ForeignKey(catalog.Postgres, from) != nil:
		if t.ForeignKey(catalog.Postgres, to) != nil {
			r.fail("constraint %q for relation %q already exists", to, t.Name)
			return
		}
		t.ForeignKey(catalog.Postgres, from).Name = to
	default:
		for _, ck := range t.Checks {
			if ck.Name == from {
				ck.Name = to
				return
			}
		}
		r.fail("constraint %q for table %q does not exist", from, t.Name)
	}
}

// renameIndex applies ALTER INDEX … RENAME TO; renaming the index of a
// primary key or unique constraint renames the constraint too.
func (r *pgReplay) renameIndex(q pgQualName, to string, missingOK bool) {
	schema := r.schemaKey(q.Schema)
	var pk *catalog.PrimaryKey
	_, ix := r.cat.IndexByName(schema, q.Name)
	if ix == nil {
		for _, t := range r.cat.Tables {
			if t.PrimaryKey != nil && t.PrimaryKey.Name == q.Name && pgSameSchema(r.cat, t.Schema, schema) {
				pk = t.PrimaryKey
			}
		}
	}
	if ix == nil && pk == nil {
		if !missingOK {
			r.fail("relation %s does not exist", q)
		}
		return
	}
	if r.relationTaken(schema, to) {
		r.fail("relation %q already exists", to)
		return
	}
	if ix != nil {
		ix.Name = to
	} else {
		pk.Name = to
	}
}

// renameEnum applies ALTER TYPE … RENAME TO; columns of the type follow.
func (r *pgReplay) renameEnum(q pgQualName, to string, missingOK bool) {
	e := r.enum(q, missingOK)
	if e == nil {
		return
	}
	if r.cat.Enum(e.Schema, to) != nil {
		r.fail("type %q already exists", to)
		return
	}
	r.forEnumColumns(e, func(_ *catalog.Table, c *catalog.Column) {
		old := c.Type
		c.Type.Enum = to
		c.Type.Name = catalog.QuoteIdent(to)
		pgRetypeDefault(c.Default, old, c.Type)
	})
	e.Name = to
}

// renameSequence renames a standalone sequence or a SERIAL column's one (its
// nextval default shows the new name, as PostgreSQL stores it by identity).
func (r *pgReplay) renameSequence(q pgQualName, to string, missingOK bool) {
	schema := r.schemaKey(q.Schema)
	found := false
	for _, s := range r.cat.Sequences {
		if s.Name == q.Name && pgSameSchema(r.cat, s.Schema, schema) {
			s.Name = to
			found = true
		}
	}
	for _, t := range r.cat.Tables {
		if !pgSameSchema(r.cat, t.Schema, schema) {
			continue
		}
		for _, c := range t.Columns {
			if c.Default != nil && c.Default.Kind == catalog.DefaultSequence && c.Default.Value == q.Name {
				c.Default.Value = to
				found = true
			}
		}
	}
	if !found && !missingOK {
		r.fail("relation %s does not exist", q)
	}
}

// renameView applies ALTER VIEW … RENAME TO.
func (r *pgReplay) renameView(q pgQualName, to string, missingOK bool) {
	schema := r.schemaKey(q.Schema)
	for _, v := range r.cat.Views {
		if v.Name == q.Name && pgSameSchema(r.cat, v.Schema, schema) {
			v.Name = to
			return
		}
	}
	if !missingOK {
		r.fail("relation %s does not exist", q)
	}
}

// renameTrigger applies ALTER TRIGGER … RENAME TO.
func (r *pgReplay) renameTrigger(t *catalog.Table, from, to string) {
	for _, tr := range t.Triggers {
		if tr.Name == from {
			tr.Name = to
			return
		}
	}
	r.fail("trigger %q for table %q does not exist", from, t.Name)
}

// renameSchema applies ALTER SCHEMA … RENAME TO.
func (r *pgReplay) renameSchema(from, to string) {
	if from == r.cat.DefaultSchema || to == r.cat.DefaultSchema {
		r.notice("renaming the default schema %q is not modelled", r.cat.DefaultSchema)
		return
	}
	move := func(s *string) {
		if *s == from {
			*s = to
		}
	}
	for _, t := range r.cat.Tables {
		move(&t.Schema)
		for _, c := range t.Columns {
			move(&c.Type.EnumSchema)
		}
		for _, fk := range t.ForeignKeys {
			move(&fk.RefSchema)
		}
	}
	for _, e := range r.cat.Enums {
		move(&e.Schema)
	}
	for _, s := range r.cat.Sequences {
		move(&s.Schema)
	}
	for _, v := range r.cat.Views {
		move(&v.Schema)
	}
	for _, x := range r.cat.Extensions {
		move(&x.Schema)
	}
	for i := range r.cat.Namespaces {
		move(&r.cat.Namespaces[i])
	}
}

// setSchema applies ALTER … SET SCHEMA for tables, types, sequences, views
// and extensions.
func (r *pgReplay) setSchema(s *pg.AlterObjectSchemaStmt) {
	to := r.schemaKey(pgTruncateIdent(s.Newschema))
	switch s.ObjectType {
	case pg.ObjectType_OBJECT_TABLE:
		q := pgRangeVarName(s.Relation)
		t := r.table(q, s.MissingOk)
		if t == nil {
			return
		}
		if r.relationTaken(to, t.Name) {
			r.fail("relation %q already exists in schema %q", t.Name, s.Newschema)
			return
		}
		for _, o := range r.cat.Tables {
			for _, fk := range o.ForeignKeys {
				if r.refersTo(fk, t) {
					fk.RefSchema = to
				}
			}
		}
		t.Schema = to
	case pg.ObjectType_OBJECT_TYPE:
		e := r.enum(pgQualFromNode(s.Object), s.MissingOk)
		if e == nil {
			return
		}
		r.forEnumColumns(e, func(_ *catalog.Table, c *catalog.Column) { c.Type.EnumSchema = to })
		e.Schema = to
	case pg.ObjectType_OBJECT_SEQUENCE:
		q := pgRangeVarName(s.Relation)
		for _, sq := range r.cat.Sequences {
			if sq.Name == q.Name && pgSameSchema(r.cat, sq.Schema, r.schemaKey(q.Schema)) {
				sq.Schema = to
			}
		}
	case pg.ObjectType_OBJECT_VIEW, pg.ObjectType_OBJECT_MATVIEW:
		q := pgRangeVarName(s.Relation)
		for _, v := range r.cat.Views {
			if v.Name == q.Name && pgSameSchema(r.cat, v.Schema, r.schemaKey(q.Schema)) {
				v.Schema = to
			}
		}
	case pg.ObjectType_OBJECT_EXTENSION:
		name := pgStrVal(s.Object)
		for _, x := range r.cat.Extensions {
			if x.Name == name {
				x.Schema = to
			}
		}
	case pg.ObjectType_OBJECT_FUNCTION, pg.ObjectType_OBJECT_PROCEDURE, pg.ObjectType_OBJECT_ROUTINE,
		pg.ObjectType_OBJECT_AGGREGATE:
		// not part of the catalogue
	default:
		r.notice("SET SCHEMA for a %s is not modelled", pgEnumWords(s.ObjectType.String()))
	}
}

// drop applies DROP TABLE / INDEX / TYPE / SEQUENCE / VIEW / EXTENSION /
// SCHEMA / TRIGGER.
func (r *pgReplay) drop(s *pg.DropStmt) {
	cascade := s.Behavior == pg.DropBehavior_DROP_CASCADE
	switch s.RemoveType {
	case pg.ObjectType_OBJECT_TABLE:
		var names []pgQualName
		for _, o := range s.Objects {
			names = append(names, pgQualFromNode(o))
		}
		r.dropTables(names, s.MissingOk, cascade)
	case pg.ObjectType_OBJECT_INDEX:
		for _, o := range s.Objects {
			r.dropIndex(pgQualFromNode(o), s.MissingOk)
		}
	case pg.ObjectType_OBJECT_TYPE:
		for _, o := range s.Objects {
			r.dropType(pgQualFromNode(o), s.MissingOk, cascade)
		}
	case pg.ObjectType_OBJECT_SEQUENCE:
		for _, o := range s.Objects {
			r.dropSequence(pgQualFromNode(o), s.MissingOk)
		}
	case pg.ObjectType_OBJECT_VIEW, pg.ObjectType_OBJECT_MATVIEW:
		for _, o := range s.Objects {
			r.dropView(pgQualFromNode(o), s.MissingOk)
		}
	case pg.ObjectType_OBJECT_EXTENSION:
		for _, o := range s.Objects {
			r.dropExtension(pgStrVal(o), s.MissingOk)
		}
	case pg.ObjectType_OBJECT_SCHEMA:
		for _, o := range s.Objects {
			r.dropSchema(pgTruncateIdent(pgStrVal(o)), cascade)
		}
	case pg.ObjectType_OBJECT_TRIGGER:
		for _, o := range s.Objects {
			r.dropTrigger(o, s.MissingOk)
		}
	case pg.ObjectType_OBJECT_FUNCTION, pg.ObjectType_OBJECT_PROCEDURE, pg.ObjectType_OBJECT_ROUTINE,
		pg.ObjectType_OBJECT_AGGREGATE, pg.ObjectType_OBJECT_POLICY, pg.ObjectType_OBJECT_ROLE,
		pg.ObjectType_OBJECT_RULE, pg.ObjectType_OBJECT_PUBLICATION, pg.ObjectType_OBJECT_EVENT_TRIGGER,
		pg.ObjectType_OBJECT_DOMAIN, pg.ObjectType_OBJECT_CAST, pg.ObjectType_OBJECT_OPERATOR,
		pg.ObjectType_OBJECT_OPCLASS, pg.ObjectType_OBJECT_OPFAMILY, pg.ObjectType_OBJECT_COLLATION,
		pg.ObjectType_OBJECT_STATISTIC_EXT, pg.ObjectType_OBJECT_LANGUAGE, pg.ObjectType_OBJECT_TRANSFORM,
		pg.ObjectType_OBJECT_CONVERSION, pg.ObjectType_OBJECT_ACCESS_METHOD, pg.ObjectType_OBJECT_FOREIGN_SERVER,
		pg.ObjectType_OBJECT_FDW, pg.ObjectType_OBJECT_TSCONFIGURATION, pg.ObjectType_OBJECT_TSDICTIONARY,
		pg.ObjectType_OBJECT_TSPARSER, pg.ObjectType_OBJECT_TSTEMPLATE:
		// not part of the catalogue
	default:
		r.notice("dropping a %s is not modelled", pgEnumWords(s.RemoveType.String()))
	}
}

// dropTables drops tables together, with the foreign keys of other tables
// that reference them (PostgreSQL requires CASCADE for those).
func (r *pgReplay) dropTables(names []pgQualName, missingOK, cascade bool) {
	var drop []*catalog.Table
	for _, q := range names {
		if t := r.table(q, missingOK); t != nil {
			drop = append(drop, t)
		}
	}
	dropping := func(t *catalog.Table) bool {
		for _, d := range drop {
			if d == t {
				return true
			}
		}
		return false
	}
	for _, o := range r.cat.Tables {
		if dropping(o) {
			continue
		}
		kept := o.ForeignKeys[:0]
		for _, fk := range o.ForeignKeys {
			referenced := false
			for _, t := range drop {
				referenced = referenced || r.refersTo(fk, t)
			}
			if !referenced {
				kept = append(kept, fk)
				continue
			}
			if !cascade {
				r.fail("cannot drop table %q because constraint %q on table %q depends on it", fk.RefTable, fk.Name, o.Name)
			}
		}
		o.ForeignKeys = kept
	}
	for _, t := range drop {
		r.cat.DropTable(t.Schema, t.Name)
	}
}

// dropIndex applies DROP INDEX.
func (r *pgReplay) dropIndex(q pgQualName, missingOK bool) {
	schema := r.schemaKey(q.Schema)
	t, ix := r.cat.IndexByName(schema, q.Name)
	if ix == nil {
		if r.isPrimaryKeyName(schema, q.Name) {
			r.fail("cannot drop index %s because the primary key constraint requires it", q)
		} else if !missingOK {
			r.fail("index %s does not exist", q)
		}
		return
	}
	if ix.Constraint {
		r.fail("cannot drop index %s because constraint %q on table %q requires it", q, ix.Name, t.Name)
		return
	}
	t.DropIndex(catalog.Postgres, ix.Name)
}

// isPrimaryKeyName reports whether a primary key of schema is named name.
func (r *pgReplay) isPrimaryKeyName(schema, name string) bool {
	for _, t := range r.cat.Tables {
		if t.PrimaryKey != nil && t.PrimaryKey.Name == name && pgSameSchema(r.cat, t.Schema, schema) {
			return true
		}
	}
	return false
}

// dropType applies DROP TYPE to an enum; with CASCADE the columns of the
// type go too, without it a used type stays (PostgreSQL refuses).
func (r *pgReplay) dropType(q pgQualName, missingOK, cascade bool) {
	e := r.enum(q, missingOK)
	if e == nil {
		return
	}
	type use struct {
		t *catalog.Table
		c string
	}
	var uses []use
	r.forEnumColumns(e, func(t *catalog.Table, c *catalog.Column) { uses = append(uses, use{t, c.Name}) })
	if len(uses) > 0 && !cascade {
		r.fail("cannot drop type %s because column %q of table %q depends on it", q, uses[0].c, uses[0].t.Name)
		return
	}
	for _, u := range uses {
		r.dropColumn(u.t, u.c, true, true)
	}
	r.cat.DropEnum(e.Schema, e.Name)
}

// dropSequence applies DROP SEQUENCE to a standalone or SERIAL sequence.
func (r *pgReplay) dropSequence(q pgQualName, missingOK bool) {
	schema := r.schemaKey(q.Schema)
	for i, s := range r.cat.Sequences {
		if s.Name == q.Name && pgSameSchema(r.cat, s.Schema, schema) {
			r.cat.Sequences = append(r.cat.Sequences[:i], r.cat.Sequences[i+1:]...)
			return
		}
	}
	if t, c := r.serialOwner(schema, q.Name); t != nil {
		if c.Default != nil && c.Default.Kind == catalog.DefaultSequence && c.Default.Value == q.Name {
			r.fail("cannot drop sequence %s because default value for column %q of table %q depends on it", q, c.Name, t.Name)
		}
		return
	}
	if !missingOK {
		r.fail("sequence %s does not exist", q)
	}
}

// serialOwner finds the column that owns a SERIAL sequence named name: the
// catalogue does not list those sequences, so the owner is the column whose
// implicit sequence name (table_column_seq) it is.
func (r *pgReplay) serialOwner(schema, name string) (*catalog.Table, *catalog.Column) {
	for _, t := range r.cat.Tables {
		if !pgSameSchema(r.cat, t.Schema, schema) {
			continue
		}
		for _, c := range t.Columns {
			if pgMakeObjectName(t.Name, c.Name, "seq") == name ||
				(c.Default != nil && c.Default.Kind == catalog.DefaultSequence && c.Default.Value == name) {
				return t, c
			}
		}
	}
	return nil, nil
}

// dropView applies DROP [MATERIALIZED] VIEW.
func (r *pgReplay) dropView(q pgQualName, missingOK bool) {
	schema := r.schemaKey(q.Schema)
	for i, v := range r.cat.Views {
		if v.Name == q.Name && pgSameSchema(r.cat, v.Schema, schema) {
			r.cat.Views = append(r.cat.Views[:i], r.cat.Views[i+1:]...)
			return
		}
	}
	if !missingOK {
		r.fail("view %s does not exist", q)
	}
}

// dropExtension applies DROP EXTENSION.
func (r *pgReplay) dropExtension(name string, missingOK bool) {
	for i, x := range r.cat.Extensions {
		if x.Name == name {
			r.cat.Extensions = append(r.cat.Extensions[:i], r.cat.Extensions[i+1:]...)
			return
		}
	}
	if !missingOK {
		r.fail("extension %q does not exist", name)
	}
}

// dropSchema applies DROP SCHEMA; with CASCADE everything in it goes.
func (r *pgReplay) dropSchema(name string, cascade bool) {
	schema := r.schemaKey(name)
	var tables []pgQualName
	for _, t := range r.cat.Tables {
		if pgSameSchema(r.cat, t.Schema, schema) {
			tables = append(tables, pgQualName{Schema: name, Name: t.Name})
		}
	}
	if len(tables) > 0 && !cascade {
		r.fail("cannot drop schema %q because other objects depend on it", name)
		return
	}
	r.dropTables(tables, true, true)
	r.cat.DropNamespace(schema)
	enums := r.cat.Enums[:0]
	for _, e := range r.cat.Enums {
		if !pgSameSchema(r.cat, e.Schema, schema) {
			enums = append(enums, e)
		}
	}
	r.cat.Enums = enums
	seqs := r.cat.Sequences[:0]
	for _, s := range r.cat.Sequences {
		if !pgSameSchema(r.cat, s.Schema, schema) {
			seqs = append(seqs, s)
		}
	}
	r.cat.Sequences = seqs
	views := r.cat.Views[:0]
	for _, v := range r.cat.Views {
		if !pgSameSchema(r.cat, v.Schema, schema) {
			views = append(views, v)
		}
	}
	r.cat.Views = views
}

// dropTrigger applies DROP TRIGGER name ON table (the object is the list
// [schema,] table, trigger).
func (r *pgReplay) dropTrigger(o *pg.Node, missingOK bool) {
	names := pgStrList(o.GetList().GetItems())
	if len(names) < 2 {
		return
	}
	trig := names[len(names)-1]
	t := r.table(pgQualFromList(names[:len(names)-1]), missingOK)
	if t == nil {
		return
	}
	for i, tr := range t.Triggers {
		if tr.Name == trig {
			t.Triggers = append(t.Triggers[:i], t.Triggers[i+1:]...)
			return
		}
	}
	if !missingOK {
		r.fail("trigger %q for table %q does not exist", trig, t.Name)
	}
}

// pgRenameInExpr renames column references from → to in a deparsed
// expression; it returns expr unchanged when nothing refers to from.
func pgRenameInExpr(expr, from, to string) string {
	if expr == "" || !pgExprMentions(expr, from) {
		return expr
	}
	// a private parse (not the shared cache): the tree is modified
	tree, err := pgparse.Parse("SELECT " + expr)
	if err != nil || len(tree.Stmts) != 1 {
		return expr
	}
	sel := tree.Stmts[0].Stmt.GetSelectStmt()
	if sel == nil || len(sel.TargetList) != 1 {
		return expr
	}
	val := sel.TargetList[0].GetResTarget().GetVal()
	changed := false
	pgWalkNodes(val, func(n *pg.Node) {
		cr := n.GetColumnRef()
		if cr == nil || len(cr.Fields) == 0 {
			return
		}
		if s := cr.Fields[len(cr.Fields)-1].GetString_(); s != nil && s.Sval == from {
			s.Sval = to
			changed = true
		}
	})
	if !changed {
		return expr
	}
	return pgDeparseExpr(val, tree.Version)
}
