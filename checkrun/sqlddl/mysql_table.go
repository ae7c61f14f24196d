package sqlddl

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pingcap/tidb/pkg/parser"
	"github.com/pingcap/tidb/pkg/parser/ast"
	"github.com/pingcap/tidb/pkg/parser/format"
	"github.com/pingcap/tidb/pkg/parser/mysql"
	"github.com/pingcap/tidb/pkg/parser/opcode"
	"github.com/pingcap/tidb/pkg/parser/types"

	"github.com/migsync/migsync/checkrun/catalog"
)

// mysqlElementLines returns the line of each column definition (by lower-case
// name) and of each table constraint (in order) of CREATE TABLE … ( … ).
func mysqlElementLines(toks []token) (map[string]int, []int) {
	cols := map[string]int{}
	var cons []int
	open := slices.IndexFunc(toks, func(t token) bool { return t.punct('(') })
	if open < 0 {
		return cols, nil
	}
	elems, _ := groupElements(toks, open)
	for _, el := range elems {
		first := el[0]
		switch {
		case first.kind == tokWord && mysqlConstraintStarters[strings.ToUpper(first.text)]:
			cons = append(cons, first.line)
		default:
			cols[strings.ToLower(first.ident())] = first.line
		}
	}
	return cols, cons
}

var mysqlConstraintStarters = map[string]bool{
	"CONSTRAINT": true, "PRIMARY": true, "UNIQUE": true, "INDEX": true, "KEY": true,
	"FULLTEXT": true, "SPATIAL": true, "FOREIGN": true, "CHECK": true,
}

func (r *mysqlReplay) createTable(n *ast.CreateTableStmt) {
	name := n.Table.Name.O
	if r.cat.Table("", name) != nil {
		if !n.IfNotExists {
			r.notice(0, true, "table %q already exists", name)
		}
		return
	}
	t := &catalog.Table{Name: name, Pos: catalog.Pos{File: r.path, Line: r.st.Line, EndLine: r.st.EndLine}}
	switch {
	case n.ReferTable != nil:
		src := r.table(n.ReferTable.Name.O)
		if src == nil {
			return
		}
		r.copyTableLike(t, src)
		r.cat.AddTable(t)
		return
	case n.Select != nil:
		r.notice(0, false, "CREATE TABLE … AS SELECT is not interpreted; the table's columns are unknown")
	}
	colLines, conLines := mysqlElementLines(r.st.Tokens)
	r.cat.AddTable(t)
	for _, cd := range n.Cols {
		line := colLines[strings.ToLower(cd.Name.Name.O)]
		if !r.addColumn(t, cd, nil, line) {
			r.cat.DropTable("", name)
			return
		}
	}
	for i, c := range n.Constraints {
		line := 0
		if i < len(conLines) {
			line = conLines[i]
		}
		if !r.addConstraint(t, c, line) {
			r.cat.DropTable("", name)
			return
		}
	}
}

// copyTableLike gives t the columns and indexes of src (CREATE TABLE … LIKE;
// foreign keys are not copied).
func (r *mysqlReplay) copyTableLike(t, src *catalog.Table) {
	for _, c := range src.Columns {
		cc := *c
		if c.Default != nil {
			d := *c.Default
			cc.Default = &d
		}
		cc.Pos = r.pos(0)
		t.Columns = append(t.Columns, &cc)
	}
	if src.PrimaryKey != nil {
		t.PrimaryKey = &catalog.PrimaryKey{Columns: slices.Clone(src.PrimaryKey.Columns), Pos: r.pos(0)}
	}
	for _, ix := range src.Indexes {
		ic := *ix
		ic.Columns = slices.Clone(ix.Columns)
		ic.Pos = r.pos(0)
		t.Indexes = append(t.Indexes, &ic)
	}
}

// addColumn adds a column definition at its position (nil: at the end),
// with its inline constraints. It reports false when the statement fails.
func (r *mysqlReplay) addColumn(t *catalog.Table, cd *ast.ColumnDef, at *ast.ColumnPosition, line int) bool {
	name := cd.Name.Name.O
	if t.Column(catalog.MySQL, name) != nil {
		r.notice(line, true, "duplicate column name %q in table %q", name, t.Name)
		return false
	}
	c, inline := r.column(cd, line)
	if !insertColumn(t, c, at) {
		r.notice(line, true, "unknown column %q in AFTER", at.RelativeColumn.Name.O)
		return false
	}
	return r.addInline(t, c, inline, line)
}

// insertColumn places c in t as FIRST, AFTER x or last.
func insertColumn(t *catalog.Table, c *catalog.Column, at *ast.ColumnPosition) bool {
	i := len(t.Columns)
	if at != nil {
		switch at.Tp {
		case ast.ColumnPositionFirst:
			i = 0
		case ast.ColumnPositionAfter:
			j := slices.IndexFunc(t.Columns, func(o *catalog.Column) bool {
				return strings.EqualFold(o.Name, at.RelativeColumn.Name.O)
			})
			if j < 0 {
				return false
			}
			i = j + 1
		}
	}
	t.Columns = slices.Insert(t.Columns, i, c)
	return true
}

// inlineKey is a PRIMARY KEY or UNIQUE written in a column definition.
type inlineKey struct {
	primary bool
	check   *catalog.Check
}

// column converts a column definition.
func (r *mysqlReplay) column(cd *ast.ColumnDef, line int) (*catalog.Column, []inlineKey) {
	c := &catalog.Column{Name: cd.Name.Name.O, Pos: r.pos(line)}
	c.Type = mysqlType(cd.Tp)
	var inline []inlineKey
	for _, o := range cd.Options {
		switch o.Tp {
		case ast.ColumnOptionNotNull:
			c.NotNull = true
		case ast.ColumnOptionNull:
			c.NotNull = false
		case ast.ColumnOptionPrimaryKey:
			c.NotNull = true
			inline = append(inline, inlineKey{primary: true})
		case ast.ColumnOptionUniqKey:
			inline = append(inline, inlineKey{})
		case ast.ColumnOptionAutoIncrement:
			c.AutoIncrement = true
		case ast.ColumnOptionDefaultValue:
			c.Default = mysqlDefault(o.Expr, c.Type)
			if c.Default != nil {
				c.Default.Pos = c.Pos
			}
		case ast.ColumnOptionGenerated:
			c.Generated = restore(o.Expr)
		case ast.ColumnOptionCheck:
			inline = append(inline, inlineKey{check: &catalog.Check{Name: o.ConstraintName, Expr: restore(o.Expr), Pos: c.Pos}})
		case ast.ColumnOptionReference:
			// MySQL and MariaDB parse and ignore a column-level REFERENCES.
			r.notice(line, false, "column-level REFERENCES on %q is ignored by MySQL; no foreign key is created", c.Name)
		}
	}
	if mysql.HasPriKeyFlag(cd.Tp.GetFlag()) {
		c.NotNull = true
	}
	return c, inline
}

// addInline applies a column's inline PRIMARY KEY / UNIQUE / CHECK.
func (r *mysqlReplay) addInline(t *catalog.Table, c *catalog.Column, inline []inlineKey, line int) bool {
	for _, k := range inline {
		switch {
		case k.check != nil:
			t.Checks = append(t.Checks, k.check)
		case k.primary:
			if t.PrimaryKey != nil {
				r.notice(line, true, "multiple primary keys defined on table %q", t.Name)
				return false
			}
			t.PrimaryKey = &catalog.PrimaryKey{Columns: []catalog.IndexColumn{{Name: c.Name}}, Pos: r.pos(line)}
		default:
			ix := &catalog.Index{Name: uniqueIndexName(t, c.Name), Unique: true, Constraint: true,
				Columns: []catalog.IndexColumn{{Name: c.Name}}, Pos: r.pos(line)}
			r.addIndex(t, ix)
		}
	}
	return true
}

// uniqueIndexName is MySQL's name for an unnamed index: its first column,
// with _2, _3, … when taken.
func uniqueIndexName(t *catalog.Table, base string) string {
	if strings.EqualFold(base, "PRIMARY") || t.Index(catalog.MySQL, base) != nil {
		for i := 2; ; i++ {
			n := base + "_" + strconv.Itoa(i)
			if t.Index(catalog.MySQL, n) == nil {
				return n
			}
		}
	}
	return base
}

// mysqlType converts a parsed column type to its canonical form.
func mysqlType(ft *types.FieldType) catalog.Type {
	tp := ft.GetType()
	base := strings.ToUpper(types.TypeToStr(tp, ft.GetCharset()))
	flen, dec := ft.GetFlen(), ft.GetDecimal()
	var mods []int
	switch tp {
	case mysql.TypeEnum, mysql.TypeSet:
		vals := make([]string, len(ft.GetElems()))
		for i, v := range ft.GetElems() {
			vals[i] = sqlQuoteString(v)
		}
		name := base + "(" + strings.Join(vals, ",") + ")"
		return catalog.Type{Name: name, Unsupported: tp == mysql.TypeSet}
	case mysql.TypeDatetime, mysql.TypeTimestamp, mysql.TypeDuration:
		if dec != types.UnspecifiedLength {
			mods = []int{dec}
		}
	case mysql.TypeNewDecimal:
		if flen != types.UnspecifiedLength {
			mods = []int{flen}
			if dec != types.UnspecifiedLength {
				mods = append(mods, dec)
			}
		}
	case mysql.TypeFloat, mysql.TypeDouble, mysql.TypeDate, mysql.TypeYear, mysql.TypeJSON,
		mysql.TypeTinyBlob, mysql.TypeBlob, mysql.TypeMediumBlob, mysql.TypeLongBlob:
		// no modifiers in the canonical form
	default:
		if flen != types.UnspecifiedLength {
			mods = []int{flen}
		}
	}
	if tp == mysql.TypeBlob && base == "TEXT" || tp == mysql.TypeBlob && base == "BLOB" {
		// TEXT(n)/BLOB(n): MySQL picks the smallest kind holding n bytes.
		base = blobKind(base, flen)
	}
	if mysql.HasUnsignedFlag(ft.GetFlag()) {
		base += " UNSIGNED"
	}
	name, ok := catalog.CanonicalType(catalog.MySQL, base, mods)
	return catalog.Type{Name: name, Unsupported: !ok}
}

// blobKind maps TEXT(n)/BLOB(n) to the kind MySQL stores.
func blobKind(base string, n int) string {
	prefix := ""
	switch {
	case n == types.UnspecifiedLength || n <= 0:
		return base
	case n < 1<<8:
		prefix = "TINY"
	case n < 1<<16:
		prefix = ""
	case n < 1<<24:
		prefix = "MEDIUM"
	default:
		prefix = "LONG"
	}
	return prefix + base
}

// restore renders an expression back to SQL.
func restore(n ast.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	ctx := format.NewRestoreCtx(format.DefaultRestoreFlags, &b)
	if err := n.Restore(ctx); err != nil {
		return ""
	}
	return b.String()
}

// mysqlDefault classifies a DEFAULT expression like Prisma's MySQL
// describer: CURRENT_TIMESTAMP/NOW() is now(), literals are values (booleans
// on TINYINT(1) as true/false), NULL is no default, anything else is an
// expression.
func mysqlDefault(e ast.ExprNode, typ catalog.Type) *catalog.Default {
	switch x := e.(type) {
	case *ast.FuncCallExpr:
		switch x.FnName.L {
		case "current_timestamp", "now", "localtime", "localtimestamp":
			return &catalog.Default{Kind: catalog.DefaultNow}
		}
	case ast.ValueExpr:
		return mysqlLiteral(x.GetValue(), restore(x), typ)
	case *ast.UnaryOperationExpr:
		if v, ok := x.V.(ast.ValueExpr); ok && x.Op == opcode.Minus {
			switch v.GetValue().(type) {
			case int64, uint64, float64, fmt.Stringer:
				return &catalog.Default{Kind: catalog.DefaultValue, Value: "-" + restore(v)}
			}
		}
	case *ast.ParenthesesExpr:
		if d := mysqlDefault(x.Expr, typ); d != nil && d.Kind != catalog.DefaultExpr {
			return d
		}
	}
	// In parentheses, as MySQL requires them around an expression default
	// and Prisma's describer keeps it (dbgenerated_expression).
	v := normalizeSpace(restore(e))
	if !strings.HasPrefix(v, "(") {
		v = "(" + v + ")"
	}
	return &catalog.Default{Kind: catalog.DefaultExpr, Value: v}
}

// mysqlEquivalent classifies a schema's dbgenerated expression as the
// replay classifies a migration's DEFAULT; nil when it does not parse.
func mysqlEquivalent(expr string, typ catalog.Type) *catalog.Default {
	stmts, _, err := parseMySQL(parser.New(), "SELECT "+expr)
	if err != nil || len(stmts) != 1 {
		return nil
	}
	sel, ok := stmts[0].(*ast.SelectStmt)
	if !ok || sel.Fields == nil || len(sel.Fields.Fields) != 1 || sel.Fields.Fields[0].Expr == nil {
		return nil
	}
	return mysqlDefault(sel.Fields.Fields[0].Expr, typ)
}

// mysqlNumericString converts a quoted number default of a numeric column
// to the value the server keeps: an integer (int64), or a decimal without
// the zeros DECIMAL pads it with (its text).
func mysqlNumericString(s string, typ catalog.Type) (any, bool) {
	base := typ.Name
	if i := strings.IndexAny(base, "( "); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT", "YEAR":
		if n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64); err == nil {
			return n, true
		}
	case "DECIMAL", "FLOAT", "DOUBLE":
		t := strings.TrimSpace(s)
		if _, err := strconv.ParseFloat(t, 64); err == nil && !strings.ContainsAny(t, "eExX") && t != "" {
			if strings.Contains(t, ".") {
				t = strings.TrimSuffix(strings.TrimRight(t, "0"), ".")
			}
			return decimalText(t), true
		}
	}
	return nil, false
}

// decimalText is a number default kept as text (mysqlLiteral's default
// case renders it as written).
type decimalText string

func mysqlLiteral(v any, text string, typ catalog.Type) *catalog.Default {
	val := &catalog.Default{Kind: catalog.DefaultValue}
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		if n, ok := mysqlNumericString(x, typ); ok {
			// DEFAULT '0' on a number column (mysqldump writes them so):
			// the server stores and reports the number, and Prisma's
			// describer reads a number.
			return mysqlLiteral(n, x, typ)
		}
		val.Value = sqlQuoteString(x)
	case []byte:
		val.Value = sqlQuoteString(string(x))
	case decimalText:
		val.Value = string(x)
	case int64, uint64:
		val.Value = fmt.Sprint(x)
		if typ.Name == "TINYINT(1)" && (val.Value == "0" || val.Value == "1") {
			val.Value = map[string]string{"0": "false", "1": "true"}[val.Value]
		}
	default:
		val.Value = text
	}
	return val
}

// addConstraint applies a table constraint of CREATE/ALTER TABLE.
func (r *mysqlReplay) addConstraint(t *catalog.Table, c *ast.Constraint, line int) bool {
	switch c.Tp {
	case ast.ConstraintPrimaryKey:
		if t.PrimaryKey != nil {
			r.notice(line, true, "multiple primary keys defined on table %q", t.Name)
			return false
		}
		cols, ok := r.keyParts(t, c.Keys, line)
		if !ok {
			return false
		}
		for _, k := range cols {
			if col := t.Column(catalog.MySQL, k.Name); col != nil {
				col.NotNull = true // primary key columns are NOT NULL
			}
		}
		t.PrimaryKey = &catalog.PrimaryKey{Columns: cols, Pos: r.pos(line)}
	case ast.ConstraintKey, ast.ConstraintIndex, ast.ConstraintUniq, ast.ConstraintUniqKey, ast.ConstraintUniqIndex, ast.ConstraintFulltext, ast.ConstraintVector, ast.ConstraintColumnar:
		cols, ok := r.keyParts(t, c.Keys, line)
		if !ok {
			return false
		}
		ix := &catalog.Index{Name: c.Name, Columns: cols, Pos: r.pos(line)}
		switch c.Tp {
		case ast.ConstraintUniq, ast.ConstraintUniqKey, ast.ConstraintUniqIndex:
			ix.Unique = true
			ix.Constraint = c.Tp == ast.ConstraintUniq
		case ast.ConstraintFulltext:
			ix.Method = "FULLTEXT"
		}
		if ix.Name == "" {
			ix.Name = uniqueIndexName(t, cols[0].Name)
		} else if t.Index(catalog.MySQL, ix.Name) != nil || strings.EqualFold(ix.Name, "PRIMARY") {
			if c.IfNotExists {
				return true
			}
			r.notice(line, true, "duplicate key name %q on table %q", ix.Name, t.Name)
			return false
		}
		r.addIndex(t, ix)
	case ast.ConstraintForeignKey:
		return r.addForeignKey(t, c, line)
	case ast.ConstraintCheck:
		t.Checks = append(t.Checks, &catalog.Check{Name: c.Name, Expr: restore(c.Expr), Pos: r.pos(line)})
	default:
		r.notice(line, false, "constraint kind %d is not interpreted", c.Tp)
	}
	return true
}

// keyParts converts index key parts, checking that the columns exist.
func (r *mysqlReplay) keyParts(t *catalog.Table, keys []*ast.IndexPartSpecification, line int) ([]catalog.IndexColumn, bool) {
	var cols []catalog.IndexColumn
	for _, k := range keys {
		var ic catalog.IndexColumn
		if k.Expr != nil {
			ic = catalog.IndexColumn{Name: restore(k.Expr), Expression: true}
		} else {
			col := t.Column(catalog.MySQL, k.Column.Name.O)
			if col == nil {
				r.notice(line, true, "key column %q does not exist in table %q", k.Column.Name.O, t.Name)
				return nil, false
			}
			ic = catalog.IndexColumn{Name: col.Name, Length: max(k.Length, 0)}
			if k.Length == types.UnspecifiedLength {
				ic.Length = 0
			}
		}
		if k.Desc {
			ic.Sort = "DESC"
		}
		cols = append(cols, ic)
	}
	if len(cols) == 0 {
		r.notice(line, true, "key without columns on table %q", t.Name)
		return nil, false
	}
	return cols, true
}

// addIndex adds an index; an implicit foreign-key index that the new index
// can replace is dropped, as MySQL does.
func (r *mysqlReplay) addIndex(t *catalog.Table, ix *catalog.Index) {
	t.Indexes = append(t.Indexes, ix)
	for _, old := range slices.Clone(t.Indexes) {
		if old != ix && r.state.implicit[old] && ix.Method == "" && leadingColumns(ix.Columns, old.ColumnNames()) {
			t.DropIndex(catalog.MySQL, old.Name)
			delete(r.state.implicit, old)
		}
	}
}

// leadingColumns reports whether cols start with names (an index with those
// leading columns can serve a foreign key on names).
func leadingColumns(cols []catalog.IndexColumn, names []string) bool {
	if len(cols) < len(names) {
		return false
	}
	for i, n := range names {
		if cols[i].Expression || cols[i].Length > 0 || !strings.EqualFold(cols[i].Name, n) {
			return false
		}
	}
	return true
}

// servesKey reports whether some index of t (or its primary key), other than
// skip, can serve a foreign key on cols. An index MySQL created for a foreign
// key that has since been dropped does not count: MySQL replaces it.
func (r *mysqlReplay) servesKey(t *catalog.Table, cols []string, skip *catalog.Index) bool {
	if t.PrimaryKey != nil && leadingColumns(t.PrimaryKey.Columns, cols) {
		return true
	}
	for _, ix := range t.Indexes {
		if ix != skip && ix.Method == "" && leadingColumns(ix.Columns, cols) && !r.orphan(t, ix) {
			return true
		}
	}
	return false
}

// orphan reports an index MySQL created for a foreign key that no longer
// exists.
func (r *mysqlReplay) orphan(t *catalog.Table, ix *catalog.Index) bool {
	if !r.state.implicit[ix] {
		return false
	}
	for _, fk := range t.ForeignKeys {
		if leadingColumns(ix.Columns, fk.Columns) {
			return false
		}
	}
	return true
}

func (r *mysqlReplay) addForeignKey(t *catalog.Table, c *ast.Constraint, line int) bool {
	if c.Refer == nil || c.Refer.Table == nil {
		return true
	}
	fk := &catalog.ForeignKey{Name: c.Name, RefTable: c.Refer.Table.Name.O, Pos: r.pos(line)}
	if c.Refer.Table.Schema.O != "" {
		fk.RefSchema = c.Refer.Table.Schema.O
	}
	for _, k := range c.Keys {
		if k.Column == nil {
			r.notice(line, true, "foreign key on an expression")
			return false
		}
		col := t.Column(catalog.MySQL, k.Column.Name.O)
		if col == nil {
			r.notice(line, true, "key column %q does not exist in table %q", k.Column.Name.O, t.Name)
			return false
		}
		fk.Columns = append(fk.Columns, col.Name)
	}
	for _, k := range c.Refer.IndexPartSpecifications {
		if k.Column != nil {
			fk.RefColumns = append(fk.RefColumns, k.Column.Name.O)
		}
	}
	if ref := r.cat.Table("", fk.RefTable); ref != nil {
		fk.RefTable = ref.Name
		for i, rc := range fk.RefColumns {
			if col := ref.Column(catalog.MySQL, rc); col != nil {
				fk.RefColumns[i] = col.Name
			}
		}
	}
	fk.OnDelete, fk.OnUpdate = referAction(c.Refer.OnDelete), referAction(c.Refer.OnUpdate)
	if fk.Name == "" {
		fk.Name = nextForeignKeyName(t)
	}
	if t.ForeignKey(catalog.MySQL, fk.Name) != nil {
		if c.IfNotExists {
			return true
		}
		r.notice(line, true, "duplicate foreign key constraint name %q", fk.Name)
		return false
	}
	served := r.servesKey(t, fk.Columns, nil)
	t.ForeignKeys = append(t.ForeignKeys, fk)
	if !served {
		// MySQL creates an index for the key, named after the constraint
		// (or, for an unnamed key, after its first column).
		name := c.Name
		if name == "" || t.Index(catalog.MySQL, name) != nil {
			name = uniqueIndexName(t, fk.Columns[0])
		}
		ix := &catalog.Index{Name: name, Pos: r.pos(line)}
		for _, col := range fk.Columns {
			ix.Columns = append(ix.Columns, catalog.IndexColumn{Name: col})
		}
		r.addIndex(t, ix)
		r.state.implicit[ix] = true
	}
	return true
}

// nextForeignKeyName is MySQL's name for an unnamed foreign key.
func nextForeignKeyName(t *catalog.Table) string {
	n := 0
	prefix := strings.ToLower(t.Name) + "_ibfk_"
	for _, fk := range t.ForeignKeys {
		if rest, ok := strings.CutPrefix(strings.ToLower(fk.Name), prefix); ok {
			if k, err := strconv.Atoi(rest); err == nil && k > n {
				n = k
			}
		}
	}
	return t.Name + "_ibfk_" + strconv.Itoa(n+1)
}

// referAction renders a referential action; an omitted one is RESTRICT, as
// MariaDB reports it.
func referAction(o any) string {
	var opt ast.ReferOptionType
	switch x := o.(type) {
	case *ast.OnDeleteOpt:
		if x != nil {
			opt = x.ReferOpt
		}
	case *ast.OnUpdateOpt:
		if x != nil {
			opt = x.ReferOpt
		}
	}
	switch opt {
	case ast.ReferOptionCascade:
		return catalog.Cascade
	case ast.ReferOptionSetNull:
		return catalog.SetNull
	case ast.ReferOptionNoAction:
		return catalog.NoAction
	case ast.ReferOptionSetDefault:
		return catalog.SetDefault
	}
	return catalog.Restrict
}

func (r *mysqlReplay) createIndex(n *ast.CreateIndexStmt) {
	t := r.table(n.Table.Name.O)
	if t == nil {
		return
	}
	if t.Index(catalog.MySQL, n.IndexName) != nil || strings.EqualFold(n.IndexName, "PRIMARY") {
		if !n.IfNotExists {
			r.notice(0, true, "duplicate key name %q on table %q", n.IndexName, t.Name)
		}
		return
	}
	cols, ok := r.keyParts(t, n.IndexPartSpecifications, 0)
	if !ok {
		return
	}
	ix := &catalog.Index{Name: n.IndexName, Columns: cols, Pos: r.pos(0)}
	switch n.KeyType {
	case ast.IndexKeyTypeUnique:
		ix.Unique = true
	case ast.IndexKeyTypeFulltext:
		ix.Method = "FULLTEXT"
	case ast.IndexKeyTypeSpatial:
		ix.Method = "SPATIAL"
	}
	r.addIndex(t, ix)
}

func (r *mysqlReplay) dropIndex(n *ast.DropIndexStmt) {
	t := r.table(n.Table.Name.O)
	if t == nil {
		return
	}
	r.dropIndexFrom(t, n.IndexName, n.IfExists, 0)
}

// dropIndexFrom drops an index unless a foreign key needs it.
func (r *mysqlReplay) dropIndexFrom(t *catalog.Table, name string, ifExists bool, line int) bool {
	ix := t.Index(catalog.MySQL, name)
	if ix == nil {
		if !ifExists {
			r.notice(line, true, "cannot drop index %q: it does not exist on table %q", name, t.Name)
			return false
		}
		return true
	}
	for _, fk := range t.ForeignKeys {
		if leadingColumns(ix.Columns, fk.Columns) && ix.Method == "" && !r.servesKey(t, fk.Columns, ix) {
			r.notice(line, true, "cannot drop index %q: needed in foreign key constraint %q", ix.Name, fk.Name)
			return false
		}
	}
	t.DropIndex(catalog.MySQL, name)
	delete(r.state.implicit, ix)
	return true
}

func (r *mysqlReplay) dropTable(n *ast.DropTableStmt) {
	for _, tn := range n.Tables {
		name := tn.Name.O
		if n.IsView {
			if !r.dropView(name) && !n.IfExists {
				r.notice(0, true, "unknown view %q", name)
			}
			continue
		}
		t := r.cat.Table("", name)
		if t == nil {
			if !n.IfExists {
				r.notice(0, true, "unknown table %q", name)
			}
			continue
		}
		for _, ix := range t.Indexes {
			delete(r.state.implicit, ix)
		}
		r.cat.DropTable("", name)
	}
}

func (r *mysqlReplay) createView(n *ast.CreateViewStmt) {
	name := n.ViewName.Name.O
	for _, v := range r.cat.Views {
		if strings.EqualFold(v.Name, name) {
			if n.OrReplace {
				v.Pos = r.pos(0)
				return
			}
			r.notice(0, true, "view %q already exists", name)
			return
		}
	}
	r.cat.Views = append(r.cat.Views, &catalog.View{Name: name, Pos: r.pos(0)})
}

func (r *mysqlReplay) dropView(name string) bool {
	for i, v := range r.cat.Views {
		if strings.EqualFold(v.Name, name) {
			r.cat.Views = slices.Delete(r.cat.Views, i, i+1)
			return true
		}
	}
	return false
}

// renameTable renames a table and the references to it.
func (r *mysqlReplay) renameTable(from, to string) {
	t := r.table(from)
	if t == nil {
		return
	}
	if o := r.cat.Table("", to); o != nil && o != t {
		r.notice(0, true, "table %q already exists", to)
		return
	}
	for _, o := range r.cat.Tables {
		for _, fk := range o.ForeignKeys {
			if strings.EqualFold(fk.RefTable, t.Name) {
				fk.RefTable = to
			}
		}
	}
	t.Name = to
}
