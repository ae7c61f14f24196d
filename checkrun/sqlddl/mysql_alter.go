package sqlddl

import (
	"slices"
	"strings"

	"github.com/pingcap/tidb/pkg/parser/ast"

	"github.com/migsync/migsync/checkrun/catalog"
)

// alterSpecLines returns the line of each comma-separated clause of ALTER
// TABLE t clause, clause, ….
func alterSpecLines(toks []token) []int {
	i := slices.IndexFunc(toks, func(t token) bool { return t.is("TABLE") })
	if i < 0 {
		return nil
	}
	_, i = qualifiedName(toks, i+1)
	var lines []int
	depth := 0
	start := true
	for ; i < len(toks); i++ {
		t := toks[i]
		if start {
			lines = append(lines, t.line)
			start = false
		}
		switch {
		case t.punct('('):
			depth++
		case t.punct(')'):
			depth--
		case t.punct(',') && depth == 0:
			start = true
		}
	}
	return lines
}

func (r *mysqlReplay) alterTable(n *ast.AlterTableStmt) {
	t := r.table(n.Table.Name.O)
	if t == nil {
		return
	}
	lines := alterSpecLines(r.st.Tokens)
	if len(lines) != len(n.Specs) {
		lines = nil
	}
	// ALTER TABLE is atomic: keep a copy to return to if a clause fails.
	saved, savedImplicit := r.snapshot()
	for i, spec := range n.Specs {
		line := 0
		if lines != nil {
			line = lines[i]
		}
		if !r.alterSpec(t, spec, line) {
			r.cat.Tables, r.state.implicit = saved, savedImplicit
			return
		}
	}
}

// snapshot deep-copies the catalogue's tables, with the implicit-index flags
// carried over to the copies.
func (r *mysqlReplay) snapshot() ([]*catalog.Table, map[*catalog.Index]bool) {
	tables := make([]*catalog.Table, len(r.cat.Tables))
	implicit := map[*catalog.Index]bool{}
	for i, t := range r.cat.Tables {
		tc := *t
		tc.Columns = make([]*catalog.Column, len(t.Columns))
		for j, c := range t.Columns {
			cc := *c
			if c.Default != nil {
				d := *c.Default
				cc.Default = &d
			}
			tc.Columns[j] = &cc
		}
		if t.PrimaryKey != nil {
			pk := *t.PrimaryKey
			pk.Columns = slices.Clone(pk.Columns)
			tc.PrimaryKey = &pk
		}
		tc.Indexes = make([]*catalog.Index, len(t.Indexes))
		for j, ix := range t.Indexes {
			ic := *ix
			ic.Columns = slices.Clone(ix.Columns)
			tc.Indexes[j] = &ic
			if r.state.implicit[ix] {
				implicit[&ic] = true
			}
		}
		tc.ForeignKeys = make([]*catalog.ForeignKey, len(t.ForeignKeys))
		for j, fk := range t.ForeignKeys {
			fc := *fk
			fc.Columns, fc.RefColumns = slices.Clone(fk.Columns), slices.Clone(fk.RefColumns)
			tc.ForeignKeys[j] = &fc
		}
		tc.Checks = slices.Clone(t.Checks)
		tc.Triggers = slices.Clone(t.Triggers)
		tables[i] = &tc
	}
	return tables, implicit
}

// alterSpec applies one ALTER TABLE clause; false means the statement fails.
func (r *mysqlReplay) alterSpec(t *catalog.Table, s *ast.AlterTableSpec, line int) bool {
	switch s.Tp {
	case ast.AlterTableAddColumns:
		for _, cd := range s.NewColumns {
			if s.IfNotExists && t.Column(catalog.MySQL, cd.Name.Name.O) != nil {
				continue
			}
			if !r.addColumn(t, cd, s.Position, line) {
				return false
			}
		}
		for _, c := range s.NewConstraints {
			if !r.addConstraint(t, c, line) {
				return false
			}
		}
	case ast.AlterTableAddConstraint:
		return r.addConstraint(t, s.Constraint, line)
	case ast.AlterTableDropColumn:
		return r.dropColumn(t, s.OldColumnName.Name.O, s.IfExists, line)
	case ast.AlterTableDropPrimaryKey:
		if t.PrimaryKey == nil {
			r.notice(line, true, "table %q has no primary key to drop", t.Name)
			return false
		}
		t.PrimaryKey = nil
	case ast.AlterTableDropIndex:
		return r.dropIndexFrom(t, s.Name, s.IfExists, line)
	case ast.AlterTableDropForeignKey:
		if !t.DropForeignKey(catalog.MySQL, s.Name) {
			if s.IfExists {
				return true
			}
			r.notice(line, true, "cannot drop foreign key %q: it does not exist on table %q", s.Name, t.Name)
			return false
		}
		// The key's implicit index stays (until an index or key replaces it).
	case ast.AlterTableModifyColumn, ast.AlterTableChangeColumn:
		old := s.NewColumns[0].Name.Name.O
		if s.OldColumnName != nil {
			old = s.OldColumnName.Name.O
		}
		return r.redefineColumn(t, old, s.NewColumns[0], s.Position, s.IfExists, line)
	case ast.AlterTableRenameColumn:
		return r.renameColumn(t, s.OldColumnName.Name.O, s.NewColumnName.Name.O, line)
	case ast.AlterTableAlterColumn:
		return r.alterColumnDefault(t, s.NewColumns[0], line)
	case ast.AlterTableRenameTable:
		r.renameTable(t.Name, s.NewTable.Name.O)
	case ast.AlterTableRenameIndex:
		ix := t.Index(catalog.MySQL, s.FromKey.O)
		if ix == nil {
			r.notice(line, true, "cannot rename index %q: it does not exist on table %q", s.FromKey.O, t.Name)
			return false
		}
		if o := t.Index(catalog.MySQL, s.ToKey.O); o != nil && o != ix {
			r.notice(line, true, "duplicate key name %q on table %q", s.ToKey.O, t.Name)
			return false
		}
		ix.Name, ix.Pos = s.ToKey.O, r.pos(line)
	case ast.AlterTableDropCheck:
		i := slices.IndexFunc(t.Checks, func(c *catalog.Check) bool { return strings.EqualFold(c.Name, s.Constraint.Name) })
		if i >= 0 {
			t.Checks = slices.Delete(t.Checks, i, i+1)
		}
	case ast.AlterTableOption, ast.AlterTableLock, ast.AlterTableAlgorithm, ast.AlterTableForce,
		ast.AlterTableEnableKeys, ast.AlterTableDisableKeys, ast.AlterTableOrderByColumns, ast.AlterTableAlterCheck,
		ast.AlterTableIndexInvisible, ast.AlterTableWithValidation, ast.AlterTableWithoutValidation:
		// no effect on the compared schema
	default:
		r.notice(line, false, "this ALTER TABLE clause is not interpreted; the table may differ from the database's")
	}
	return true
}

// dropColumn removes a column and its key parts: an index losing all its
// columns disappears, like in MySQL.
func (r *mysqlReplay) dropColumn(t *catalog.Table, name string, ifExists bool, line int) bool {
	c := t.Column(catalog.MySQL, name)
	if c == nil {
		if ifExists {
			return true
		}
		r.notice(line, true, "cannot drop column %q: it does not exist in table %q", name, t.Name)
		return false
	}
	for _, fk := range t.ForeignKeys {
		if slices.ContainsFunc(fk.Columns, func(n string) bool { return strings.EqualFold(n, name) }) {
			r.notice(line, true, "cannot drop column %q: needed in foreign key constraint %q", name, fk.Name)
			return false
		}
	}
	t.DropColumn(catalog.MySQL, name)
	drop := func(cols []catalog.IndexColumn) []catalog.IndexColumn {
		return slices.DeleteFunc(cols, func(ic catalog.IndexColumn) bool { return !ic.Expression && strings.EqualFold(ic.Name, name) })
	}
	if pk := t.PrimaryKey; pk != nil {
		if pk.Columns = drop(pk.Columns); len(pk.Columns) == 0 {
			t.PrimaryKey = nil
		}
	}
	for _, ix := range slices.Clone(t.Indexes) {
		if ix.Columns = drop(ix.Columns); len(ix.Columns) == 0 {
			t.DropIndex(catalog.MySQL, ix.Name)
			delete(r.state.implicit, ix)
		}
	}
	return true
}

// redefineColumn is MODIFY/CHANGE COLUMN: a new definition (and name) in
// place of the old column, keeping its key parts.
func (r *mysqlReplay) redefineColumn(t *catalog.Table, old string, cd *ast.ColumnDef, at *ast.ColumnPosition, ifExists bool, line int) bool {
	i := slices.IndexFunc(t.Columns, func(c *catalog.Column) bool { return strings.EqualFold(c.Name, old) })
	if i < 0 {
		if ifExists {
			return true
		}
		r.notice(line, true, "unknown column %q in table %q", old, t.Name)
		return false
	}
	newName := cd.Name.Name.O
	if o := t.Column(catalog.MySQL, newName); o != nil && o != t.Columns[i] {
		r.notice(line, true, "duplicate column name %q in table %q", newName, t.Name)
		return false
	}
	c, inline := r.column(cd, line)
	if isKeyColumn(t, old) {
		c.NotNull = c.NotNull || (t.PrimaryKey != nil && slices.ContainsFunc(t.PrimaryKey.Columns, func(ic catalog.IndexColumn) bool { return strings.EqualFold(ic.Name, old) }))
	}
	t.Columns = slices.Delete(t.Columns, i, i+1)
	if at != nil && at.Tp != ast.ColumnPositionNone {
		if !insertColumn(t, c, at) {
			r.notice(line, true, "unknown column %q in AFTER", at.RelativeColumn.Name.O)
			return false
		}
	} else {
		t.Columns = slices.Insert(t.Columns, i, c)
	}
	if !strings.EqualFold(old, newName) || old != newName {
		r.renameReferences(t, old, newName)
	}
	return r.addInline(t, c, inline, line)
}

// isKeyColumn reports whether a column is part of the primary key.
func isKeyColumn(t *catalog.Table, name string) bool {
	return t.PrimaryKey != nil && slices.ContainsFunc(t.PrimaryKey.Columns, func(ic catalog.IndexColumn) bool { return strings.EqualFold(ic.Name, name) })
}

func (r *mysqlReplay) renameColumn(t *catalog.Table, from, to string, line int) bool {
	c := t.Column(catalog.MySQL, from)
	if c == nil {
		r.notice(line, true, "unknown column %q in table %q", from, t.Name)
		return false
	}
	if o := t.Column(catalog.MySQL, to); o != nil && o != c {
		r.notice(line, true, "duplicate column name %q in table %q", to, t.Name)
		return false
	}
	c.Name = to
	r.renameReferences(t, from, to)
	return true
}

// renameReferences follows a column rename in the table's keys and in the
// foreign keys that reference it.
func (r *mysqlReplay) renameReferences(t *catalog.Table, from, to string) {
	rename := func(cols []catalog.IndexColumn) {
		for i := range cols {
			if !cols[i].Expression && strings.EqualFold(cols[i].Name, from) {
				cols[i].Name = to
			}
		}
	}
	if t.PrimaryKey != nil {
		rename(t.PrimaryKey.Columns)
	}
	for _, ix := range t.Indexes {
		rename(ix.Columns)
	}
	renameNames := func(names []string) {
		for i, n := range names {
			if strings.EqualFold(n, from) {
				names[i] = to
			}
		}
	}
	for _, fk := range t.ForeignKeys {
		renameNames(fk.Columns)
	}
	for _, o := range r.cat.Tables {
		for _, fk := range o.ForeignKeys {
			if strings.EqualFold(fk.RefTable, t.Name) {
				renameNames(fk.RefColumns)
			}
		}
	}
}

// alterColumnDefault is ALTER COLUMN c SET DEFAULT x / DROP DEFAULT.
func (r *mysqlReplay) alterColumnDefault(t *catalog.Table, cd *ast.ColumnDef, line int) bool {
	c := t.Column(catalog.MySQL, cd.Name.Name.O)
	if c == nil {
		r.notice(line, true, "unknown column %q in table %q", cd.Name.Name.O, t.Name)
		return false
	}
	c.Default = nil
	for _, o := range cd.Options {
		// The parser gives SET DEFAULT's value as an option of no type.
		if o.Expr != nil && (o.Tp == ast.ColumnOptionDefaultValue || o.Tp == ast.ColumnOptionNoOption) {
			c.Default = mysqlDefault(o.Expr, c.Type)
			if c.Default != nil {
				c.Default.Pos = r.pos(line)
			}
		}
	}
	return true
}
