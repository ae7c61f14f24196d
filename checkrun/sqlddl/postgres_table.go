package sqlddl

import (
	"slices"

	pg "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/migsync/migsync/checkrun/catalog"
)

// createTable applies CREATE TABLE.
func (r *pgReplay) createTable(s *pg.CreateStmt) {
	q := pgRangeVarName(s.Relation)
	schema := r.schemaKey(q.Schema)
	if r.relationTaken(schema, q.Name) {
		if !s.IfNotExists {
			r.fail("relation %s already exists", q)
		}
		return
	}
	if len(s.InhRelations) > 0 || s.Partbound != nil || s.OfTypename != nil {
		r.notice("table %s inherits its columns (INHERITS, PARTITION OF or OF type); inherited columns are not replayed", q)
	}
	t := &catalog.Table{Schema: schema, Name: q.Name, Pos: r.pos}
	r.cat.AddTable(t)
	var tableCons []*pg.Constraint
	for _, el := range s.TableElts {
		switch {
		case el.GetColumnDef() != nil:
			r.addColumn(t, el.GetColumnDef())
		case el.GetConstraint() != nil:
			tableCons = append(tableCons, el.GetConstraint())
		case el.GetTableLikeClause() != nil:
			r.notice("LIKE clauses are not replayed; the copied columns of table %s are missing", q)
		}
	}
	for _, c := range tableCons {
		r.addConstraint(t, c, nil)
	}
}

// addColumn adds a column definition (CREATE TABLE or ADD COLUMN) with its
// inline constraints.
func (r *pgReplay) addColumn(t *catalog.Table, cd *pg.ColumnDef) *catalog.Column {
	defer r.setElem(cd.Location)()
	name := pgTruncateIdent(cd.Colname)
	if t.Column(catalog.Postgres, name) != nil {
		r.fail("column %q specified more than once in table %q", name, t.Name)
		return nil
	}
	rt := r.resolveType(cd.TypeName)
	col := &catalog.Column{Name: name, Type: rt.Type, NotNull: cd.IsNotNull, Pos: r.at()}
	t.Columns = append(t.Columns, col)
	if rt.Serial {
		seq := pgChooseName(t.Name, name, "seq", func(n string) bool { return r.relationTaken(t.Schema, n) })
		col.NotNull = true
		col.Default = &catalog.Default{Kind: catalog.DefaultSequence, Value: seq, Pos: r.at()}
	}
	for _, cn := range cd.Constraints {
		c := cn.GetConstraint()
		if c == nil {
			continue
		}
		switch c.Contype {
		case pg.ConstrType_CONSTR_NOTNULL:
			col.NotNull = true
		case pg.ConstrType_CONSTR_NULL:
			col.NotNull = false
		case pg.ConstrType_CONSTR_DEFAULT:
			col.Default = r.defaultFor(c.RawExpr, col.Type)
		case pg.ConstrType_CONSTR_IDENTITY:
			col.NotNull = true
			col.Default = &catalog.Default{Kind: catalog.DefaultSequence, Value: pgMakeObjectName(t.Name, name, "seq"), Pos: r.at()}
		case pg.ConstrType_CONSTR_GENERATED:
			col.Generated = pgDeparseExpr(c.RawExpr, r.version)
		default:
			r.addConstraint(t, c, col)
		}
	}
	return col
}

// defaultFor classifies a default expression positioned at this statement.
func (r *pgReplay) defaultFor(n *pg.Node, t catalog.Type) *catalog.Default {
	d := pgClassifyDefault(n, t, r.version)
	if d != nil {
		d.Pos = r.at()
	}
	return d
}

// addConstraint applies a table constraint, or a column constraint when col
// is not nil (its key columns are then col).
func (r *pgReplay) addConstraint(t *catalog.Table, c *pg.Constraint, col *catalog.Column) {
	defer r.setElem(c.Location)()
	keys := pgStrList(c.Keys)
	if col != nil && len(keys) == 0 {
		keys = []string{col.Name}
	}
	name := pgTruncateIdent(c.Conname)
	switch c.Contype {
	case pg.ConstrType_CONSTR_PRIMARY:
		r.addPrimaryKey(t, name, keys, c.Indexname)
	case pg.ConstrType_CONSTR_UNIQUE:
		r.addUnique(t, name, keys, pgStrList(c.Including), c.Indexname)
	case pg.ConstrType_CONSTR_FOREIGN:
		fkCols := pgStrList(c.FkAttrs)
		if col != nil && len(fkCols) == 0 {
			fkCols = []string{col.Name}
		}
		r.addForeignKey(t, name, fkCols, c)
	case pg.ConstrType_CONSTR_CHECK:
		r.addCheck(t, name, c, col)
	case pg.ConstrType_CONSTR_NOTNULL:
		for _, k := range keys {
			if cc := t.Column(catalog.Postgres, k); cc != nil {
				cc.NotNull = true
			}
		}
	case pg.ConstrType_CONSTR_EXCLUSION:
		r.notice("EXCLUDE constraints are not modelled; constraint on table %q ignored", t.Name)
	case pg.ConstrType_CONSTR_ATTR_DEFERRABLE, pg.ConstrType_CONSTR_ATTR_NOT_DEFERRABLE,
		pg.ConstrType_CONSTR_ATTR_DEFERRED, pg.ConstrType_CONSTR_ATTR_IMMEDIATE:
		// constraint timing does not change the schema's shape
	default:
		r.notice("%s constraints are not modelled", pgEnumWords(c.Contype.String()))
	}
}

// checkColumns reports (as a notice) the first of names that table t lacks.
func (r *pgReplay) checkColumns(t *catalog.Table, names []string) bool {
	for _, n := range names {
		if t.Column(catalog.Postgres, n) == nil {
			r.fail("column %q of table %q does not exist", n, t.Name)
			return false
		}
	}
	return true
}

// takeIndex turns CONSTRAINT … USING INDEX idx into the index's columns,
// removing the index (it becomes the constraint's).
func (r *pgReplay) takeIndex(t *catalog.Table, idx string) (*catalog.Index, bool) {
	ix := t.Index(catalog.Postgres, idx)
	if ix == nil {
		r.fail("index %q of table %q does not exist", idx, t.Name)
		return nil, false
	}
	t.DropIndex(catalog.Postgres, idx)
	return ix, true
}

// addPrimaryKey applies PRIMARY KEY (columns) or PRIMARY KEY USING INDEX;
// its columns become NOT NULL.
func (r *pgReplay) addPrimaryKey(t *catalog.Table, name string, keys []string, usingIndex string) {
	if t.PrimaryKey != nil {
		r.fail("multiple primary keys for table %q are not allowed", t.Name)
		return
	}
	var cols []catalog.IndexColumn
	if usingIndex != "" {
		ix, ok := r.takeIndex(t, pgTruncateIdent(usingIndex))
		if !ok {
			return
		}
		cols = ix.Columns
		if name == "" {
			name = pgTruncateIdent(usingIndex)
		}
	} else {
		if !r.checkColumns(t, keys) {
			return
		}
		cols = pgPlainColumns(keys)
	}
	if name == "" {
		name = pgChooseName(t.Name, "", "pkey", func(n string) bool { return r.relationTaken(t.Schema, n) })
	}
	for _, k := range cols {
		if c := t.Column(catalog.Postgres, k.Name); c != nil {
			c.NotNull = true
		}
	}
	t.PrimaryKey = &catalog.PrimaryKey{Name: name, Columns: cols, Pos: r.at()}
}

// addUnique applies a UNIQUE constraint (a unique index with Constraint set).
func (r *pgReplay) addUnique(t *catalog.Table, name string, keys, include []string, usingIndex string) {
	var cols []catalog.IndexColumn
	if usingIndex != "" {
		ix, ok := r.takeIndex(t, pgTruncateIdent(usingIndex))
		if !ok {
			return
		}
		cols, include = ix.Columns, ix.Include
		if name == "" {
			name = pgTruncateIdent(usingIndex)
		}
	} else {
		if !r.checkColumns(t, keys) || !r.checkColumns(t, include) {
			return
		}
		cols = pgPlainColumns(keys)
	}
	if name == "" {
		name = pgChooseName(t.Name, pgJoinNames(keys), "key", func(n string) bool { return r.relationTaken(t.Schema, n) })
	} else if r.relationTaken(t.Schema, name) {
		r.fail("relation %q already exists", name)
		return
	}
	t.Indexes = append(t.Indexes, &catalog.Index{Name: name, Unique: true, Columns: cols, Include: include, Constraint: true, Pos: r.at()})
}

// pgPlainColumns makes ascending column key parts.
func pgPlainColumns(names []string) []catalog.IndexColumn {
	cols := make([]catalog.IndexColumn, len(names))
	for i, n := range names {
		cols[i] = catalog.IndexColumn{Name: n}
	}
	return cols
}

// PostgresFKAction maps PostgreSQL's one-letter referential action codes
// (pg_query's FkDelAction/FkUpdAction and pg_constraint's confdeltype/
// confupdtype share them) to catalogue actions; NO ACTION, the default, is "".
func PostgresFKAction(code string) string {
	switch code {
	case "c":
		return catalog.Cascade
	case "r":
		return catalog.Restrict
	case "n":
		return catalog.SetNull
	case "d":
		return catalog.SetDefault
	}
	return "" // "a" (NO ACTION, the default) and unset
}

// addForeignKey applies FOREIGN KEY … REFERENCES; without referenced columns
// the referenced table's primary key is used.
func (r *pgReplay) addForeignKey(t *catalog.Table, name string, cols []string, c *pg.Constraint) {
	if !r.checkColumns(t, cols) {
		return
	}
	ref := pgRangeVarName(c.Pktable)
	refSchema := r.schemaKey(ref.Schema)
	rt := r.cat.Table(refSchema, ref.Name)
	if rt == nil {
		r.fail("referenced table %s does not exist", ref)
		return
	}
	refCols := pgStrList(c.PkAttrs)
	if len(refCols) == 0 {
		if rt.PrimaryKey == nil {
			r.fail("there is no primary key for referenced table %s", ref)
			return
		}
		refCols = rt.PrimaryKey.ColumnNames()
	} else if !r.checkColumns(rt, refCols) {
		return
	}
	if len(refCols) != len(cols) {
		r.fail("number of referencing and referenced columns for foreign key disagree")
		return
	}
	if name == "" {
		name = pgChooseName(t.Name, pgJoinNames(cols), "fkey", func(n string) bool { return r.constraintTaken(t.Schema, n) })
	} else if t.ForeignKey(catalog.Postgres, name) != nil {
		r.fail("constraint %q for relation %q already exists", name, t.Name)
		return
	}
	t.ForeignKeys = append(t.ForeignKeys, &catalog.ForeignKey{
		Name: name, Columns: cols, RefSchema: refSchema, RefTable: rt.Name, RefColumns: refCols,
		OnDelete: PostgresFKAction(c.FkDelAction), OnUpdate: PostgresFKAction(c.FkUpdAction), Pos: r.at(),
	})
}

// addCheck applies a CHECK constraint, named as PostgreSQL names it when
// the migration does not.
func (r *pgReplay) addCheck(t *catalog.Table, name string, c *pg.Constraint, col *catalog.Column) {
	if name == "" {
		colName := ""
		if col != nil {
			colName = col.Name
		} else if refs := pgColumnRefs(c.RawExpr); len(refs) == 1 {
			colName = refs[0]
		}
		name = pgChooseName(t.Name, colName, "check", func(n string) bool { return r.constraintTaken(t.Schema, n) })
	}
	t.Checks = append(t.Checks, &catalog.Check{Name: name, Expr: pgDeparseExpr(c.RawExpr, r.version), Pos: r.at()})
}

// pgColumnRefs lists the distinct single-name column references in an
// expression (PostgreSQL names a table CHECK after its column when the
// expression uses exactly one).
func pgColumnRefs(n *pg.Node) []string {
	seen := map[string]bool{}
	var out []string
	pgWalkNodes(n, func(x *pg.Node) {
		if cr := x.GetColumnRef(); cr != nil && len(cr.Fields) > 0 {
			name := pgStrVal(cr.Fields[len(cr.Fields)-1])
			if name != "" && !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
	})
	return out
}

// table finds the table of an ALTER/INDEX statement, with a notice when it
// is missing (unless missingOK).
func (r *pgReplay) table(q pgQualName, missingOK bool) *catalog.Table {
	t := r.cat.Table(r.schemaKey(q.Schema), q.Name)
	if t == nil && !missingOK && !r.isTemp(q) {
		r.fail("relation %s does not exist", q)
	}
	return t
}

// alterTable applies ALTER TABLE and its sub-commands in order.
func (r *pgReplay) alterTable(s *pg.AlterTableStmt) {
	q := pgRangeVarName(s.Relation)
	switch s.Objtype {
	case pg.ObjectType_OBJECT_TABLE:
	case pg.ObjectType_OBJECT_INDEX, pg.ObjectType_OBJECT_SEQUENCE, pg.ObjectType_OBJECT_VIEW,
		pg.ObjectType_OBJECT_MATVIEW:
		return // storage parameters, owners, …: nothing the catalogue keeps
	default:
		r.notice("ALTER on a %s is not modelled", pgEnumWords(s.Objtype.String()))
		return
	}
	t := r.table(q, s.MissingOk || r.isView(q))
	if t == nil {
		return
	}
	for _, cn := range s.Cmds {
		if cmd := cn.GetAlterTableCmd(); cmd != nil {
			r.alterTableCmd(t, cmd)
		}
	}
}

// alterTableCmd applies one ALTER TABLE sub-command.
func (r *pgReplay) alterTableCmd(t *catalog.Table, cmd *pg.AlterTableCmd) {
	colName := pgTruncateIdent(cmd.Name)
	switch cmd.Subtype {
	case pg.AlterTableType_AT_AddColumn:
		cd := cmd.Def.GetColumnDef()
		if cd == nil {
			return
		}
		if cmd.MissingOk && t.Column(catalog.Postgres, pgTruncateIdent(cd.Colname)) != nil {
			return
		}
		r.addColumn(t, cd)
	case pg.AlterTableType_AT_DropColumn:
		r.dropColumn(t, colName, cmd.MissingOk, cmd.Behavior == pg.DropBehavior_DROP_CASCADE)
	case pg.AlterTableType_AT_AlterColumnType:
		r.alterColumnType(t, colName, cmd.Def.GetColumnDef())
	case pg.AlterTableType_AT_ColumnDefault:
		if c := r.column(t, colName); c != nil {
			if cmd.Def == nil {
				c.Default = nil
			} else {
				c.Default = r.defaultFor(cmd.Def, c.Type)
			}
		}
	case pg.AlterTableType_AT_SetNotNull:
		if c := r.column(t, colName); c != nil {
			c.NotNull = true
		}
	case pg.AlterTableType_AT_DropNotNull:
		if c := r.column(t, colName); c != nil {
			if t.PrimaryKey != nil && pgContainsName(t.PrimaryKey.ColumnNames(), c.Name) {
				r.fail("column %q is in a primary key", c.Name)
				return
			}
			c.NotNull = false
		}
	case pg.AlterTableType_AT_AddConstraint:
		if c := cmd.Def.GetConstraint(); c != nil {
			r.addConstraint(t, c, nil)
		}
	case pg.AlterTableType_AT_DropConstraint:
		r.dropConstraint(t, pgTruncateIdent(cmd.Name), cmd.MissingOk)
	case pg.AlterTableType_AT_AddIdentity:
		if c := r.column(t, colName); c != nil {
			c.NotNull = true
			c.Default = &catalog.Default{Kind: catalog.DefaultSequence, Value: pgMakeObjectName(t.Name, c.Name, "seq"), Pos: r.at()}
		}
	case pg.AlterTableType_AT_DropIdentity:
		if c := r.column(t, colName); c != nil {
			c.Default = nil
		}
	case pg.AlterTableType_AT_DropExpression:
		if c := r.column(t, colName); c != nil {
			c.Generated = ""
		}
	case pg.AlterTableType_AT_ValidateConstraint, pg.AlterTableType_AT_SetStatistics,
		pg.AlterTableType_AT_SetOptions, pg.AlterTableType_AT_ResetOptions,
		pg.AlterTableType_AT_SetStorage, pg.AlterTableType_AT_SetCompression,
		pg.AlterTableType_AT_ChangeOwner, pg.AlterTableType_AT_ClusterOn,
		pg.AlterTableType_AT_DropCluster, pg.AlterTableType_AT_SetLogged,
		pg.AlterTableType_AT_SetUnLogged, pg.AlterTableType_AT_SetAccessMethod,
		pg.AlterTableType_AT_SetTableSpace, pg.AlterTableType_AT_SetRelOptions,
		pg.AlterTableType_AT_ResetRelOptions, pg.AlterTableType_AT_ReplaceRelOptions,
		pg.AlterTableType_AT_EnableTrig, pg.AlterTableType_AT_EnableAlwaysTrig,
		pg.AlterTableType_AT_EnableReplicaTrig, pg.AlterTableType_AT_DisableTrig,
		pg.AlterTableType_AT_EnableTrigAll, pg.AlterTableType_AT_DisableTrigAll,
		pg.AlterTableType_AT_EnableTrigUser, pg.AlterTableType_AT_DisableTrigUser,
		pg.AlterTableType_AT_EnableRule, pg.AlterTableType_AT_EnableAlwaysRule,
		pg.AlterTableType_AT_EnableReplicaRule, pg.AlterTableType_AT_DisableRule,
		pg.AlterTableType_AT_ReplicaIdentity, pg.AlterTableType_AT_EnableRowSecurity,
		pg.AlterTableType_AT_DisableRowSecurity, pg.AlterTableType_AT_ForceRowSecurity,
		pg.AlterTableType_AT_NoForceRowSecurity, pg.AlterTableType_AT_SetIdentity,
		pg.AlterTableType_AT_AlterConstraint:
		// storage, ownership, security and trigger switches: not part of the
		// catalogue's picture
	default:
		r.notice("%s is not modelled; the statement's other changes were applied", pgEnumWords(cmd.Subtype.String()))
	}
}

// column finds a column for an ALTER COLUMN, with a notice when missing.
func (r *pgReplay) column(t *catalog.Table, name string) *catalog.Column {
	c := t.Column(catalog.Postgres, name)
	if c == nil {
		r.fail("column %q of relation %q does not exist", name, t.Name)
	}
	return c
}

// pgContainsName reports whether names holds n.
func pgContainsName(names []string, n string) bool {
	for _, x := range names {
		if x == n {
			return true
		}
	}
	return false
}

// alterColumnType applies ALTER COLUMN … TYPE (the USING expression only
// converts data).
func (r *pgReplay) alterColumnType(t *catalog.Table, name string, cd *pg.ColumnDef) {
	c := r.column(t, name)
	if c == nil || cd == nil || cd.TypeName == nil {
		return
	}
	rt := r.resolveType(cd.TypeName)
	if rt.Serial {
		r.fail("type %s does not exist (SERIAL is only a column definition shorthand)", c.Name)
		return
	}
	old := c.Type
	c.Type = rt.Type
	pgRetypeDefault(c.Default, old, c.Type)
}

// dropColumn removes a column and what PostgreSQL drops with it: indexes
// and constraints on the column (and, with CASCADE, foreign keys of other
// tables that reference it).
func (r *pgReplay) dropColumn(t *catalog.Table, name string, missingOK, cascade bool) {
	if t.Column(catalog.Postgres, name) == nil {
		if !missingOK {
			r.fail("column %q of relation %q does not exist", name, t.Name)
		}
		return
	}
	for _, o := range r.cat.Tables {
		for i := 0; i < len(o.ForeignKeys); i++ {
			fk := o.ForeignKeys[i]
			if o == t || !r.refersTo(fk, t) || !pgContainsName(fk.RefColumns, name) {
				continue
			}
			if !cascade {
				r.fail("cannot drop column %q of table %q because constraint %q on table %q depends on it", name, t.Name, fk.Name, o.Name)
			}
			o.ForeignKeys = append(o.ForeignKeys[:i], o.ForeignKeys[i+1:]...)
			i--
		}
	}
	t.DropColumn(catalog.Postgres, name)
	if t.PrimaryKey != nil && pgContainsName(t.PrimaryKey.ColumnNames(), name) {
		t.PrimaryKey = nil
	}
	kept := t.Indexes[:0]
	for _, ix := range t.Indexes {
		if !r.pgIndexUses(ix.Columns, name) && !r.pgExprUses(ix.Where, name) {
			kept = append(kept, ix)
		}
	}
	t.Indexes = kept
	fks := t.ForeignKeys[:0]
	for _, fk := range t.ForeignKeys {
		if !pgContainsName(fk.Columns, name) && !(r.refersTo(fk, t) && pgContainsName(fk.RefColumns, name)) {
			fks = append(fks, fk)
		}
	}
	t.ForeignKeys = fks
	checks := t.Checks[:0]
	for _, ck := range t.Checks {
		if !r.pgExprUses(ck.Expr, name) {
			checks = append(checks, ck)
		}
	}
	t.Checks = checks
}

// refersTo reports whether a foreign key references table t.
func (r *pgReplay) refersTo(fk *catalog.ForeignKey, t *catalog.Table) bool {
	return fk.RefTable == t.Name && pgSameSchema(r.cat, fk.RefSchema, t.Schema)
}

// pgIndexUses reports whether key parts use a column (by name, or inside an
// expression).
func (r *pgReplay) pgIndexUses(cols []catalog.IndexColumn, name string) bool {
	for _, c := range cols {
		if (!c.Expression && c.Name == name) || (c.Expression && r.pgExprUses(c.Name, name)) {
			return true
		}
	}
	return false
}

// pgExprUses reports whether a deparsed expression refers to a column.
func (r *pgReplay) pgExprUses(expr, column string) bool {
	if !pgExprMentions(expr, column) {
		return false
	}
	tree, err := r.parses.parse("SELECT " + expr)
	if err != nil || len(tree.Stmts) != 1 {
		return true // cannot tell: assume it does
	}
	uses := false
	pgWalkNodes(tree.Stmts[0].Stmt, func(n *pg.Node) {
		if cr := n.GetColumnRef(); cr != nil && len(cr.Fields) > 0 && pgStrVal(cr.Fields[len(cr.Fields)-1]) == column {
			uses = true
		}
	})
	return uses
}

// pgExprMentions reports whether a deparsed expression mentions an
// identifier, quoted or not (a conservative textual test).
func pgExprMentions(expr, ident string) bool {
	if expr == "" {
		return false
	}
	return pgContainsIdent(expr, ident) || pgContainsIdent(expr, catalog.QuoteIdent(ident))
}

// pgContainsIdent finds word as a whole token of s.
func pgContainsIdent(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i:i+len(word)] != word {
			continue
		}
		before := i == 0 || !pgIsIdentByte(s[i-1])
		after := i+len(word) == len(s) || !pgIsIdentByte(s[i+len(word)])
		if before && after {
			return true
		}
	}
	return false
}

// pgIsIdentByte reports bytes that can continue an identifier.
func pgIsIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// dropConstraint removes a named constraint: primary key, unique
// constraint, foreign key or check.
func (r *pgReplay) dropConstraint(t *catalog.Table, name string, missingOK bool) {
	switch {
	case t.PrimaryKey != nil && t.PrimaryKey.Name == name:
		for _, o := range r.cat.Tables {
			for _, fk := range o.ForeignKeys {
				if r.refersTo(fk, t) && slices.Equal(fk.RefColumns, t.PrimaryKey.ColumnNames()) && !r.uniqueOn(t, fk.RefColumns, name) {
					r.fail("cannot drop constraint %q on table %q because foreign key %q on table %q depends on it", name, t.Name, fk.Name, o.Name)
					break
				}
			}
		}
		t.PrimaryKey = nil
	case t.Index(catalog.Postgres, name) != nil && t.Index(catalog.Postgres, name).Constraint:
		t.DropIndex(catalog.Postgres, name)
	case t.ForeignKey(catalog.Postgres, name) != nil:
		t.DropForeignKey(catalog.Postgres, name)
	case r.dropCheck(t, name):
	default:
		if !missingOK {
			r.fail("constraint %q of relation %q does not exist", name, t.Name)
		}
	}
}

// uniqueOn reports whether t has a unique index on exactly cols other than
// the constraint named except.
func (r *pgReplay) uniqueOn(t *catalog.Table, cols []string, except string) bool {
	for _, ix := range t.Indexes {
		if ix.Unique && ix.Name != except && ix.Where == "" && slices.Equal(ix.ColumnNames(), cols) {
			return true
		}
	}
	return false
}

// dropCheck removes a CHECK constraint by name; it reports whether one was
// removed.
func (r *pgReplay) dropCheck(t *catalog.Table, name string) bool {
	for i, ck := range t.Checks {
		if ck.Name == name {
			t.Checks = append(t.Checks[:i], t.Checks[i+1:]...)
			return true
		}
	}
	return false
}

// pgWalkNodes calls fn on n and every node below it.
func pgWalkNodes(n *pg.Node, fn func(*pg.Node)) {
	if n == nil {
		return
	}
	fn(n)
	pgWalkChildren(n, fn)
}

// pgWalkChildren visits every node nested in n's fields.
func pgWalkChildren(n *pg.Node, fn func(*pg.Node)) {
	pgWalkMessage(n.ProtoReflect(), fn, true)
}

// pgWalkMessage visits the nodes below a protobuf message (and the message
// itself when it is a node and not the root).
func pgWalkMessage(m protoreflect.Message, fn func(*pg.Node), root bool) {
	if node, ok := m.Interface().(*pg.Node); ok && !root {
		fn(node)
	}
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Kind() != protoreflect.MessageKind {
			return true
		}
		if fd.IsList() {
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				pgWalkMessage(l.Get(i).Message(), fn, false)
			}
		} else if !fd.IsMap() {
			pgWalkMessage(v.Message(), fn, false)
		}
		return true
	})
}

// addTemp remembers a temporary table of this file.
func (r *pgReplay) addTemp(name string) {
	if r.temp == nil {
		r.temp = map[string]bool{}
	}
	r.temp[name] = true
}

// isTemp reports whether q names a temporary table of this file.
func (r *pgReplay) isTemp(q pgQualName) bool {
	return (q.Schema == "" || q.Schema == "pg_temp") && r.temp[q.Name]
}
