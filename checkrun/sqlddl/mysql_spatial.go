package sqlddl

import (
	"strings"

	"github.com/pingcap/tidb/pkg/parser/ast"

	"github.com/migsync/migsync/checkrun/catalog"
)

// The TiDB grammar has no spatial types (POINT, GEOMETRY, …) or SPATIAL
// indexes, which MySQL has and Prisma reaches through Unsupported("point").
// A statement the parser rejects is retried with those spelled as LONGBLOB
// and plain indexes; the replay then puts the spatial types back.

var mysqlSpatialTypes = map[string]bool{
	"GEOMETRY": true, "POINT": true, "LINESTRING": true, "POLYGON": true, "MULTIPOINT": true,
	"MULTILINESTRING": true, "MULTIPOLYGON": true, "GEOMETRYCOLLECTION": true, "GEOMCOLLECTION": true,
}

// spatialRewrite is a statement with its spatial syntax replaced.
type spatialRewrite struct {
	text    string
	columns map[string]string // lower-case column name → spatial type
	indexes map[string]bool   // lower-case names of SPATIAL indexes
}

// rewriteSpatial replaces spatial column types by LONGBLOB, drops SRID n
// attributes and the SPATIAL keyword of indexes. ok is false when the
// statement has no spatial syntax.
func rewriteSpatial(src string, st statement) (spatialRewrite, bool) {
	rw := spatialRewrite{columns: map[string]string{}, indexes: map[string]bool{}}
	toks := st.Tokens
	var b strings.Builder
	last := st.Off
	replace := func(t token, with string) {
		b.WriteString(src[last:t.off])
		b.WriteString(with)
		last = t.off + len(t.text)
	}
	changed := false
	for i, t := range toks {
		switch {
		case t.kind == tokWord && mysqlSpatialTypes[strings.ToUpper(t.text)] && i > 0 && (toks[i-1].kind == tokWord || toks[i-1].kind == tokQuoted):
			rw.columns[strings.ToLower(toks[i-1].ident())] = strings.ToUpper(t.text)
			replace(t, "LONGBLOB")
			changed = true
		case t.is("SRID") && i+1 < len(toks) && toks[i+1].kind == tokNumber:
			replace(t, "")
			replace(toks[i+1], "")
			changed = true
		case t.is("SPATIAL") && i+1 < len(toks) && (toks[i+1].is("INDEX") || toks[i+1].is("KEY")):
			replace(t, "")
			changed = true
			if name := spatialIndexName(toks[i+2:]); name != "" {
				rw.indexes[strings.ToLower(name)] = true
			}
		}
	}
	b.WriteString(src[last : st.Off+len(st.Text)])
	rw.text = b.String()
	return rw, changed
}

// spatialIndexName is the name of the index whose definition follows
// SPATIAL INDEX|KEY: its name, or for an unnamed one its first column.
func spatialIndexName(toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	if toks[0].punct('(') {
		if len(toks) > 1 {
			return toks[1].ident()
		}
		return ""
	}
	return toks[0].ident()
}

// restoreSpatial puts the spatial types and index kinds back on the table a
// rewritten statement changed.
func (r *mysqlReplay) restoreSpatial(s ast.StmtNode, rw spatialRewrite) {
	var table string
	switch n := s.(type) {
	case *ast.CreateTableStmt:
		table = n.Table.Name.O
	case *ast.AlterTableStmt:
		table = n.Table.Name.O
		for _, spec := range n.Specs {
			if spec.Tp == ast.AlterTableRenameTable {
				table = spec.NewTable.Name.O
			}
		}
	case *ast.CreateIndexStmt:
		table = n.Table.Name.O
	}
	t := r.cat.Table("", table)
	if t == nil {
		return
	}
	for _, c := range t.Columns {
		if typ, ok := rw.columns[strings.ToLower(c.Name)]; ok && c.Type.Name == "LONGBLOB" {
			name, supported := catalog.CanonicalType(catalog.MySQL, typ, nil)
			c.Type = catalog.Type{Name: name, Unsupported: !supported}
		}
	}
	for _, ix := range t.Indexes {
		if rw.indexes[strings.ToLower(ix.Name)] {
			ix.Method = "SPATIAL"
			// MySQL and MariaDB report a spatial key part as a 32-byte
			// prefix (the bounding box).
			for i := range ix.Columns {
				if ix.Columns[i].Length == 0 {
					ix.Columns[i].Length = 32
				}
			}
		}
	}
}
