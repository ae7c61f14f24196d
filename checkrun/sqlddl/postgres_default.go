package sqlddl

import (
	"fmt"
	"strconv"
	"strings"

	pg "github.com/pganalyze/pg_query_go/v6"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"
)

// PostgresDefault classifies a PostgreSQL column default expression, written
// in SQL (as in a migration, or as pg_get_expr reports it), for a column of
// type t. It returns nil for a NULL default (PostgreSQL stores none). The
// classification is the one the replay uses, so that db-check and the
// differential test compare like with like.
func PostgresDefault(expr string, t catalog.Type) (*catalog.Default, error) {
	tree, err := pgparse.Parse("SELECT " + expr)
	if err != nil {
		return nil, err
	}
	if len(tree.Stmts) != 1 {
		return nil, fmt.Errorf("default %q is not one expression", expr)
	}
	sel := tree.Stmts[0].Stmt.GetSelectStmt()
	if sel == nil || len(sel.TargetList) != 1 || sel.TargetList[0].GetResTarget() == nil {
		return nil, fmt.Errorf("default %q is not one expression", expr)
	}
	return pgClassifyDefault(sel.TargetList[0].GetResTarget().Val, t, tree.Version), nil
}

// PostgresExpr renders a PostgreSQL expression in the replay's canonical
// form (pg_query's deparse, whitespace-normalised): the spelling of
// DefaultExpr values, generated columns, CHECK constraints, index
// expressions and partial-index predicates.
func PostgresExpr(expr string) (string, error) {
	tree, err := pgparse.Parse("SELECT " + expr)
	if err != nil {
		return "", err
	}
	if len(tree.Stmts) != 1 {
		return "", fmt.Errorf("%q is not one expression", expr)
	}
	sel := tree.Stmts[0].Stmt.GetSelectStmt()
	if sel == nil || len(sel.TargetList) != 1 || sel.TargetList[0].GetResTarget() == nil {
		return "", fmt.Errorf("%q is not one expression", expr)
	}
	return pgDeparseExpr(sel.TargetList[0].GetResTarget().Val, tree.Version), nil
}

// pgDeparseExpr renders an expression node back to SQL through pg_query's
// deparser (by wrapping it in a SELECT), whitespace-normalised.
func pgDeparseExpr(n *pg.Node, version int32) string {
	if n == nil {
		return ""
	}
	stmt := &pg.Node{Node: &pg.Node_SelectStmt{SelectStmt: &pg.SelectStmt{
		TargetList: []*pg.Node{{Node: &pg.Node_ResTarget{ResTarget: &pg.ResTarget{Val: n}}}},
	}}}
	out, err := pgparse.Deparse(&pg.ParseResult{Version: version, Stmts: []*pg.RawStmt{{Stmt: stmt}}})
	if err != nil {
		return "?"
	}
	return pgNormalizeSpace(strings.TrimPrefix(out, "SELECT "))
}

// pgNormalizeSpace collapses runs of whitespace outside quoted strings and
// identifiers into one space.
func pgNormalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var quote byte
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if quote != 0 {
			b.WriteByte(c)
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			space = true
			continue
		case '\'', '"':
			quote = c
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
	}
	return b.String()
}

// pgConstKind is the lexical kind of a constant.
type pgConstKind int

const (
	pgConstString pgConstKind = iota
	pgConstNumber
	pgConstBool
	pgConstNull
)

// pgConstVal is a constant of a default.
type pgConstVal struct {
	Kind pgConstKind
	Raw  string // the string's value (unquoted), the number as written, "true"/"false"
}

// pgClassifyDefault classifies a default expression for a column of type t (see
// catalog.Default); nil for NULL.
func pgClassifyDefault(n *pg.Node, t catalog.Type, version int32) *catalog.Default {
	inner := pgStripCasts(n)
	if c, ok := pgConstOf(inner); ok && c.Kind == pgConstNull {
		return nil
	}
	if t.Array {
		if vals, ok := pgArrayElems(inner); ok {
			return &catalog.Default{Kind: catalog.DefaultValue, Value: pgRenderArray(vals, t)}
		}
	} else if c, ok := pgConstOf(inner); ok {
		return &catalog.Default{Kind: catalog.DefaultValue, Value: pgRenderConst(c, t.Name)}
	}
	if pgIsNow(inner) {
		return &catalog.Default{Kind: catalog.DefaultNow}
	}
	if seq, ok := pgNextvalSequence(inner); ok {
		return &catalog.Default{Kind: catalog.DefaultSequence, Value: seq}
	}
	return &catalog.Default{Kind: catalog.DefaultExpr, Value: pgDeparseExpr(n, version)}
}

// pgStripCasts removes type casts around an expression ('x'::text → 'x').
func pgStripCasts(n *pg.Node) *pg.Node {
	for n != nil && n.GetTypeCast() != nil {
		n = n.GetTypeCast().Arg
	}
	return n
}

// pgConstOf reads a constant.
func pgConstOf(n *pg.Node) (pgConstVal, bool) {
	c := n.GetAConst()
	if c == nil {
		return pgConstVal{}, false
	}
	switch {
	case c.Isnull:
		return pgConstVal{Kind: pgConstNull}, true
	case c.GetSval() != nil:
		return pgConstVal{Kind: pgConstString, Raw: c.GetSval().Sval}, true
	case c.GetIval() != nil:
		return pgConstVal{Kind: pgConstNumber, Raw: strconv.FormatInt(int64(c.GetIval().Ival), 10)}, true
	case c.GetFval() != nil:
		return pgConstVal{Kind: pgConstNumber, Raw: c.GetFval().Fval}, true
	case c.GetBoolval() != nil:
		return pgConstVal{Kind: pgConstBool, Raw: strconv.FormatBool(c.GetBoolval().Boolval)}, true
	case c.GetBsval() != nil:
		return pgConstVal{Kind: pgConstString, Raw: c.GetBsval().Bsval}, true
	}
	return pgConstVal{}, false
}

// pgArrayElems reads the constant elements of ARRAY[…] or of an array literal
// string '{…}'.
func pgArrayElems(n *pg.Node) ([]pgConstVal, bool) {
	if a := n.GetAArrayExpr(); a != nil {
		vals := make([]pgConstVal, 0, len(a.Elements))
		for _, e := range a.Elements {
			c, ok := pgConstOf(pgStripCasts(e))
			if !ok {
				return nil, false
			}
			vals = append(vals, c)
		}
		return vals, true
	}
	if c, ok := pgConstOf(n); ok && c.Kind == pgConstString {
		return pgParseArrayLiteral(c.Raw)
	}
	return nil, false
}

// pgParseArrayLiteral parses a one-dimensional PostgreSQL array literal such as
// {a,"b c",NULL}.
func pgParseArrayLiteral(s string) ([]pgConstVal, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 2 || s[0] != '{' || s[len(s)-1] != '}' {
		return nil, false
	}
	body := s[1 : len(s)-1]
	if strings.TrimSpace(body) == "" {
		return []pgConstVal{}, true
	}
	var vals []pgConstVal
	for i := 0; i <= len(body); {
		for i < len(body) && body[i] == ' ' {
			i++
		}
		var el strings.Builder
		quoted := false
		if i < len(body) && body[i] == '"' {
			quoted = true
			i++
			for i < len(body) && body[i] != '"' {
				if body[i] == '\\' && i+1 < len(body) {
					i++
				}
				el.WriteByte(body[i])
				i++
			}
			if i >= len(body) {
				return nil, false
			}
			i++ // closing quote
			for i < len(body) && body[i] == ' ' {
				i++
			}
		} else {
			for i < len(body) && body[i] != ',' {
				if body[i] == '{' || body[i] == '"' {
					return nil, false // nested arrays are not a Prisma default
				}
				if body[i] == '\\' && i+1 < len(body) {
					i++
				}
				el.WriteByte(body[i])
				i++
			}
		}
		v := el.String()
		if !quoted {
			v = strings.TrimSpace(v)
		}
		if !quoted && strings.EqualFold(v, "NULL") {
			vals = append(vals, pgConstVal{Kind: pgConstNull})
		} else {
			vals = append(vals, pgConstVal{Kind: pgConstString, Raw: v})
		}
		if i >= len(body) {
			break
		}
		if body[i] != ',' {
			return nil, false
		}
		i++
	}
	return vals, true
}

// pgRenderArray renders an array default as Prisma writes it:
// ARRAY['a', 'b']::TEXT[] (ARRAY[]::TEXT[] when empty).
func pgRenderArray(vals []pgConstVal, t catalog.Type) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = pgRenderConst(v, t.Name)
	}
	return "ARRAY[" + strings.Join(parts, ", ") + "]::" + t.String()
}

// pgRenderConst renders a constant for a column of canonical type typeName as
// Prisma does: numbers and booleans bare for numeric and boolean columns,
// everything else as a single-quoted SQL string.
func pgRenderConst(c pgConstVal, typeName string) string {
	switch c.Kind {
	case pgConstNull:
		return "NULL"
	case pgConstBool:
		if typeName == "BOOLEAN" || !pgIsKnownScalar(typeName) {
			return c.Raw
		}
	case pgConstNumber:
		if pgIsNumericType(typeName) || !pgIsKnownScalar(typeName) {
			return c.Raw
		}
	case pgConstString:
		if pgIsNumericType(typeName) {
			if _, err := strconv.ParseFloat(strings.TrimSpace(c.Raw), 64); err == nil {
				return strings.TrimSpace(c.Raw)
			}
		}
		if typeName == "BOOLEAN" {
			if b, ok := pgParseBool(c.Raw); ok {
				return strconv.FormatBool(b)
			}
		}
	}
	return "'" + strings.ReplaceAll(c.Raw, "'", "''") + "'"
}

// pgIsKnownScalar reports whether a canonical type is one whose constants are
// quoted strings unless it is numeric or boolean: built-in Prisma types and
// enums (Unsupported types keep constants as written).
func pgIsKnownScalar(typeName string) bool {
	if strings.HasPrefix(typeName, `"`) {
		return true
	}
	_, ok := catalog.CanonicalType(catalog.Postgres, typeName, nil)
	return ok
}

// pgParseBool reads PostgreSQL's boolean input spellings.
func pgParseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "t", "true", "y", "yes", "on", "1":
		return true, true
	case "f", "false", "n", "no", "off", "0":
		return false, true
	}
	return false, false
}

// pgIsNow reports now() and CURRENT_TIMESTAMP, which Prisma introspects as
// now().
func pgIsNow(n *pg.Node) bool {
	if f := n.GetFuncCall(); f != nil {
		names := pgStrList(f.Funcname)
		return len(f.Args) == 0 && len(names) > 0 && names[len(names)-1] == "now" &&
			(len(names) == 1 || names[0] == "pg_catalog")
	}
	if v := n.GetSqlvalueFunction(); v != nil {
		return v.Op == pg.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP || v.Op == pg.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP_N
	}
	return false
}

// pgNextvalSequence reads nextval('seq'::regclass) and returns the sequence's
// name (unquoted, without its schema).
func pgNextvalSequence(n *pg.Node) (string, bool) {
	f := n.GetFuncCall()
	if f == nil || len(f.Args) != 1 {
		return "", false
	}
	names := pgStrList(f.Funcname)
	if len(names) == 0 || names[len(names)-1] != "nextval" {
		return "", false
	}
	c, ok := pgConstOf(pgStripCasts(f.Args[0]))
	if !ok || c.Kind != pgConstString {
		return "", false
	}
	parts := pgSplitQualified(c.Raw)
	if len(parts) == 0 {
		return "", false
	}
	return parts[len(parts)-1], true
}

// pgSplitQualified splits a regclass-style name (public."My_seq") into its
// parts, unquoting quoted ones and lower-casing unquoted ones.
func pgSplitQualified(s string) []string {
	var parts []string
	var cur strings.Builder
	quoted, inQuote := false, false
	flush := func() {
		p := cur.String()
		if !quoted {
			p = strings.ToLower(strings.TrimSpace(p))
		}
		parts = append(parts, pgTruncateIdent(p))
		cur.Reset()
		quoted = false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuote && c == '"' && i+1 < len(s) && s[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			inQuote = !inQuote
			quoted = true
		case !inQuote && c == '.':
			flush()
		default:
			cur.WriteByte(c)
		}
	}
	flush()
	return parts
}

// pgRetypeDefault adjusts a value default after its column's type changed
// (ALTER COLUMN … TYPE): array defaults carry their type.
func pgRetypeDefault(d *catalog.Default, from, to catalog.Type) {
	if d == nil || d.Kind != catalog.DefaultValue || !from.Array {
		return
	}
	suffix := "::" + from.String()
	if !strings.HasSuffix(d.Value, suffix) {
		return
	}
	if !to.Array {
		return
	}
	d.Value = strings.TrimSuffix(d.Value, suffix) + "::" + to.String()
}

// postgresEquivalent classifies a schema's dbgenerated expression as the
// replay classifies a migration's DEFAULT; nil when it does not parse.
func postgresEquivalent(expr string, t catalog.Type) *catalog.Default {
	d, err := PostgresDefault(expr, t)
	if err != nil || d == nil {
		return nil
	}
	return d
}
