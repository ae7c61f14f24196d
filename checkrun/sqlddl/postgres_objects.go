package sqlddl

import (
	"slices"
	"strings"

	pg "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/proto"

	"github.com/migsync/migsync/checkrun/catalog"
)

// createIndex applies CREATE [UNIQUE] INDEX.
func (r *pgReplay) createIndex(s *pg.IndexStmt) {
	q := pgRangeVarName(s.Relation)
	t := r.table(q, r.isView(q)) // indexes on materialized views are not kept
	if t == nil {
		return
	}
	cols := make([]catalog.IndexColumn, 0, len(s.IndexParams))
	var colNames []string
	for _, p := range s.IndexParams {
		el := p.GetIndexElem()
		if el == nil {
			continue
		}
		ic := catalog.IndexColumn{}
		if el.Name != "" {
			ic.Name = pgTruncateIdent(el.Name)
			if !r.checkColumns(t, []string{ic.Name}) {
				return
			}
			colNames = append(colNames, ic.Name)
		} else {
			ic.Name = pgDeparseExpr(el.Expr, r.version)
			ic.Expression = true
			colNames = append(colNames, pgIndexExprColname(el))
		}
		if el.Ordering == pg.SortByDir_SORTBY_DESC {
			ic.Sort = "DESC"
		}
		if len(el.Opclass) > 0 {
			ops := pgStrList(el.Opclass)
			ic.Opclass = ops[len(ops)-1]
		}
		cols = append(cols, ic)
	}
	name := pgTruncateIdent(s.Idxname)
	switch {
	case name == "":
		label := "idx"
		if s.Primary {
			label = "pkey"
		}
		name = pgChooseName(t.Name, pgJoinNames(colNames), label, func(n string) bool { return r.relationTaken(t.Schema, n) })
	case r.relationTaken(t.Schema, name):
		if !s.IfNotExists {
			r.fail("relation %q already exists", name)
		}
		return
	}
	var include []string
	for _, p := range s.IndexIncludingParams {
		if el := p.GetIndexElem(); el != nil && el.Name != "" {
			include = append(include, pgTruncateIdent(el.Name))
		}
	}
	if !r.checkColumns(t, include) {
		return
	}
	method := strings.ToUpper(s.AccessMethod)
	if method == "BTREE" {
		method = ""
	}
	ix := &catalog.Index{Name: name, Unique: s.Unique, Columns: cols, Include: include, Method: method, Pos: r.pos}
	if s.WhereClause != nil {
		ix.Where = pgDeparseExpr(s.WhereClause, r.version)
	}
	t.Indexes = append(t.Indexes, ix)
}

// pgIndexExprColname is the name PostgreSQL uses for an expression key part
// when it names an index: the function's name, or "expr".
func pgIndexExprColname(el *pg.IndexElem) string {
	if el.Indexcolname != "" {
		return el.Indexcolname
	}
	if f := pgStripCasts(el.Expr).GetFuncCall(); f != nil && len(f.Funcname) > 0 {
		return pgStrVal(f.Funcname[len(f.Funcname)-1])
	}
	return "expr"
}

// createEnum applies CREATE TYPE … AS ENUM.
func (r *pgReplay) createEnum(s *pg.CreateEnumStmt) {
	q := pgQualFromList(pgStrList(s.TypeName))
	schema := r.schemaKey(q.Schema)
	if r.cat.Enum(schema, q.Name) != nil {
		r.fail("type %s already exists", q)
		return
	}
	vals := make([]string, 0, len(s.Vals))
	poss := make([]catalog.Pos, 0, len(s.Vals))
	for _, v := range s.Vals {
		vals = append(vals, pgStrVal(v))
		poss = append(poss, r.pos)
	}
	r.cat.Enums = append(r.cat.Enums, &catalog.Enum{Schema: schema, Name: q.Name, Values: vals, ValuePos: poss, Pos: r.pos})
}

// enum finds a named enum, with a notice when missing.
func (r *pgReplay) enum(q pgQualName, missingOK bool) *catalog.Enum {
	e := r.cat.Enum(r.schemaKey(q.Schema), q.Name)
	if e == nil && !missingOK {
		r.fail("type %s does not exist", q)
	}
	return e
}

// alterEnum applies ALTER TYPE … ADD VALUE and RENAME VALUE.
func (r *pgReplay) alterEnum(s *pg.AlterEnumStmt) {
	e := r.enum(pgQualFromList(pgStrList(s.TypeName)), false)
	if e == nil {
		return
	}
	if s.OldVal != "" {
		r.renameEnumValue(e, s.OldVal, s.NewVal)
		return
	}
	if pgIndexOf(e.Values, s.NewVal) >= 0 {
		if !s.SkipIfNewValExists {
			r.fail("enum label %q already exists", s.NewVal)
		}
		return
	}
	at := len(e.Values)
	if s.NewValNeighbor != "" {
		i := pgIndexOf(e.Values, s.NewValNeighbor)
		if i < 0 {
			r.fail("%q is not an existing enum label", s.NewValNeighbor)
			return
		}
		at = i
		if s.NewValIsAfter {
			at = i + 1
		}
	}
	e.Values = slices.Insert(e.Values, at, s.NewVal)
	if len(e.ValuePos) == len(e.Values)-1 {
		e.ValuePos = slices.Insert(e.ValuePos, at, r.pos)
	}
}

// pgIndexOf is the position of v in vals, or -1.
func pgIndexOf(vals []string, v string) int {
	for i, x := range vals {
		if x == v {
			return i
		}
	}
	return -1
}

// renameEnumValue renames a label; defaults that use it follow (PostgreSQL
// stores enum constants by identity).
func (r *pgReplay) renameEnumValue(e *catalog.Enum, from, to string) {
	i := pgIndexOf(e.Values, from)
	if i < 0 {
		r.fail("%q is not an existing enum label", from)
		return
	}
	if pgIndexOf(e.Values, to) >= 0 {
		r.fail("enum label %q already exists", to)
		return
	}
	e.Values[i] = to
	oldLit, newLit := pgRenderConst(pgConstVal{Raw: from}, catalog.QuoteIdent(e.Name)), pgRenderConst(pgConstVal{Raw: to}, catalog.QuoteIdent(e.Name))
	r.forEnumColumns(e, func(_ *catalog.Table, c *catalog.Column) {
		if c.Default == nil || c.Default.Kind != catalog.DefaultValue {
			return
		}
		if c.Default.Value == oldLit {
			c.Default.Value = newLit
		} else if c.Type.Array {
			if vals, ok := pgArrayDefaultElems(c.Default.Value, c.Type); ok {
				for j := range vals {
					if vals[j] == oldLit {
						vals[j] = newLit
					}
				}
				c.Default.Value = "ARRAY[" + strings.Join(vals, ", ") + "]::" + c.Type.String()
			}
		}
	})
}

// pgArrayDefaultElems splits a canonical enum array default back into its
// rendered elements (enum labels cannot hold a comma-space inside quotes
// unambiguously, so only simple ones are split).
func pgArrayDefaultElems(v string, t catalog.Type) ([]string, bool) {
	body, ok := strings.CutPrefix(v, "ARRAY[")
	if !ok {
		return nil, false
	}
	body, ok = strings.CutSuffix(body, "]::"+t.String())
	if !ok || body == "" {
		return nil, false
	}
	return strings.Split(body, ", "), true
}

// forEnumColumns calls fn on every column whose type is enum e.
func (r *pgReplay) forEnumColumns(e *catalog.Enum, fn func(*catalog.Table, *catalog.Column)) {
	for _, t := range r.cat.Tables {
		for _, c := range t.Columns {
			if c.Type.Enum == e.Name && pgSameSchema(r.cat, c.Type.EnumSchema, e.Schema) {
				fn(t, c)
			}
		}
	}
}

// createExtension applies CREATE EXTENSION.
func (r *pgReplay) createExtension(s *pg.CreateExtensionStmt) {
	for _, x := range r.cat.Extensions {
		if x.Name == s.Extname {
			if !s.IfNotExists {
				r.fail("extension %q already exists", s.Extname)
			}
			return
		}
	}
	ext := &catalog.Extension{Name: s.Extname, Pos: r.pos}
	for _, o := range s.Options {
		d := o.GetDefElem()
		if d == nil {
			continue
		}
		switch d.Defname {
		case "schema":
			ext.Schema = r.schemaKey(pgDefElemString(d))
		case "new_version":
			ext.Version = pgDefElemString(d)
		}
	}
	r.cat.Extensions = append(r.cat.Extensions, ext)
}

// alterExtension applies ALTER EXTENSION … UPDATE [TO version].
func (r *pgReplay) alterExtension(s *pg.AlterExtensionStmt) {
	for _, x := range r.cat.Extensions {
		if x.Name != s.Extname {
			continue
		}
		for _, o := range s.Options {
			if d := o.GetDefElem(); d != nil && d.Defname == "new_version" {
				x.Version = pgDefElemString(d)
			}
		}
		return
	}
	r.fail("extension %q does not exist", s.Extname)
}

// pgDefElemString reads a DefElem's string argument.
func pgDefElemString(d *pg.DefElem) string {
	if d.Arg == nil {
		return ""
	}
	if s := pgStrVal(d.Arg); s != "" {
		return s
	}
	if c, ok := pgConstOf(d.Arg); ok {
		return c.Raw
	}
	return ""
}

// createSchema applies CREATE SCHEMA: the schema exists from now on (its
// name is the role's when only AUTHORIZATION is given), then the statements
// nested in it run.
func (r *pgReplay) createSchema(s *pg.CreateSchemaStmt) {
	name := s.Schemaname
	if name == "" && s.Authrole != nil {
		name = s.Authrole.Rolename
	}
	if name = pgTruncateIdent(name); name != "" {
		if r.cat.HasNamespace(r.schemaKey(name)) && !s.IfNotExists {
			r.notice("schema %q already exists", name)
		}
		r.cat.AddNamespace(r.schemaKey(name))
	}
	for _, el := range s.SchemaElts {
		r.apply(pgQualifyNested(el, name))
	}
}

// pgQualifyNested puts an unqualified object of a CREATE SCHEMA's element
// list into that schema, as PostgreSQL does. It works on a copy: parse
// trees are shared by the parse cache.
func pgQualifyNested(n *pg.Node, schema string) *pg.Node {
	n = proto.Clone(n).(*pg.Node)
	qualify := func(rv *pg.RangeVar) {
		if rv != nil && rv.Schemaname == "" {
			rv.Schemaname = schema
		}
	}
	switch x := n.GetNode().(type) {
	case *pg.Node_CreateStmt:
		qualify(x.CreateStmt.Relation)
	case *pg.Node_IndexStmt:
		qualify(x.IndexStmt.Relation)
	case *pg.Node_ViewStmt:
		qualify(x.ViewStmt.View)
	case *pg.Node_CreateSeqStmt:
		qualify(x.CreateSeqStmt.Sequence)
	case *pg.Node_CreateTrigStmt:
		qualify(x.CreateTrigStmt.Relation)
	}
	return n
}

// createSequence applies CREATE SEQUENCE.
func (r *pgReplay) createSequence(s *pg.CreateSeqStmt) {
	q := pgRangeVarName(s.Sequence)
	schema := r.schemaKey(q.Schema)
	if r.relationTaken(schema, q.Name) {
		if !s.IfNotExists {
			r.fail("relation %s already exists", q)
		}
		return
	}
	r.cat.Sequences = append(r.cat.Sequences, &catalog.Sequence{Schema: schema, Name: q.Name, Pos: r.pos})
	r.sequenceOptions(q, s.Options)
}

// alterSequence applies ALTER SEQUENCE; only OWNED BY matters to the
// catalogue.
func (r *pgReplay) alterSequence(s *pg.AlterSeqStmt) {
	q := pgRangeVarName(s.Sequence)
	schema := r.schemaKey(q.Schema)
	if !r.isSequence(schema, q.Name) {
		if t, _ := r.serialOwner(schema, q.Name); t == nil && !s.MissingOk {
			r.fail("relation %s does not exist", q)
		}
		return
	}
	r.sequenceOptions(q, s.Options)
}

// sequenceOptions applies OWNED BY table.column: the sequence then belongs
// to the column (like a SERIAL one) and is no longer standalone.
func (r *pgReplay) sequenceOptions(q pgQualName, opts []*pg.Node) {
	for _, o := range opts {
		d := o.GetDefElem()
		if d == nil || d.Defname != "owned_by" {
			continue
		}
		owner := pgStrList(d.Arg.GetList().GetItems())
		if len(owner) == 1 && strings.EqualFold(owner[0], "none") {
			continue
		}
		if len(owner) < 2 {
			continue
		}
		t := r.table(pgQualFromList(owner[:len(owner)-1]), false)
		if t == nil || r.column(t, owner[len(owner)-1]) == nil {
			continue
		}
		schema := r.schemaKey(q.Schema)
		for i, sq := range r.cat.Sequences {
			if sq.Name == q.Name && pgSameSchema(r.cat, sq.Schema, schema) {
				r.cat.Sequences = append(r.cat.Sequences[:i], r.cat.Sequences[i+1:]...)
				break
			}
		}
	}
}

// isSequence reports a standalone sequence.
func (r *pgReplay) isSequence(schema, name string) bool {
	for _, sq := range r.cat.Sequences {
		if sq.Name == name && pgSameSchema(r.cat, sq.Schema, schema) {
			return true
		}
	}
	return false
}

// createView applies CREATE [OR REPLACE] [MATERIALIZED] VIEW.
func (r *pgReplay) createView(rv *pg.RangeVar, replace bool) {
	q := pgRangeVarName(rv)
	schema := r.schemaKey(q.Schema)
	for _, v := range r.cat.Views {
		if v.Name == q.Name && pgSameSchema(r.cat, v.Schema, schema) {
			if !replace {
				r.fail("relation %s already exists", q)
			}
			return
		}
	}
	if r.relationTaken(schema, q.Name) {
		r.fail("relation %s already exists", q)
		return
	}
	r.cat.Views = append(r.cat.Views, &catalog.View{Schema: schema, Name: q.Name, Pos: r.pos})
}

// createTableAs applies CREATE MATERIALIZED VIEW; CREATE TABLE … AS SELECT
// takes its columns from a query, which the replay cannot evaluate.
func (r *pgReplay) createTableAs(s *pg.CreateTableAsStmt) {
	if s.Into == nil {
		return
	}
	if s.Into.Rel.GetRelpersistence() == "t" {
		r.addTemp(s.Into.Rel.GetRelname())
		return
	}
	if s.Objtype == pg.ObjectType_OBJECT_MATVIEW {
		if s.IfNotExists && r.relationTaken(r.schemaKey(s.Into.Rel.GetSchemaname()), s.Into.Rel.GetRelname()) {
			return
		}
		r.createView(s.Into.Rel, false)
		return
	}
	r.notice("CREATE TABLE … AS takes its columns from a query, which is not replayed; table %s is missing", pgRangeVarName(s.Into.Rel))
}

// createTrigger records a trigger on its table.
func (r *pgReplay) createTrigger(s *pg.CreateTrigStmt) {
	q := pgRangeVarName(s.Relation)
	t := r.cat.Table(r.schemaKey(q.Schema), q.Name)
	if t == nil {
		if !r.isView(q) {
			r.fail("relation %s does not exist", q)
		}
		return
	}
	name := pgTruncateIdent(s.Trigname)
	for _, tr := range t.Triggers {
		if tr.Name == name {
			if s.Replace {
				tr.Pos = r.pos
			} else {
				r.fail("trigger %q for relation %q already exists", name, t.Name)
			}
			return
		}
	}
	t.Triggers = append(t.Triggers, &catalog.Trigger{Name: name, Pos: r.pos})
}

// isView reports whether q names a view.
func (r *pgReplay) isView(q pgQualName) bool {
	for _, v := range r.cat.Views {
		if v.Name == q.Name && pgSameSchema(r.cat, v.Schema, r.schemaKey(q.Schema)) {
			return true
		}
	}
	return false
}
