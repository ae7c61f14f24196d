package sqlddl

import (
	"strconv"
	"strings"

	pg "github.com/pganalyze/pg_query_go/v6"

	"github.com/migsync/migsync/checkrun/catalog"
)

// pgResolvedType is a column type read from a TypeName.
type pgResolvedType struct {
	Type   catalog.Type
	Serial bool // SERIAL, BIGSERIAL, SMALLSERIAL: add a sequence default and NOT NULL
}

// resolveType turns a parsed type name into its canonical catalogue type.
// Unqualified names that are not built-in types are looked up among the
// enums of the default schema; anything else is kept, upper-cased, as an
// Unsupported type.
func (r *pgReplay) resolveType(tn *pg.TypeName) pgResolvedType {
	names := pgStrList(tn.Names)
	var rt pgResolvedType
	rt.Type.Array = len(tn.ArrayBounds) > 0
	if len(names) == 0 {
		rt.Type = catalog.Type{Name: "UNKNOWN", Unsupported: true}
		return rt
	}
	q := pgQualFromList(names)
	builtin := q.Schema == "pg_catalog"
	if !builtin {
		if e := r.cat.Enum(r.schemaKey(q.Schema), q.Name); e != nil {
			rt.Type.Name = catalog.QuoteIdent(e.Name)
			rt.Type.Enum = e.Name
			rt.Type.EnumSchema = e.Schema
			return rt
		}
	}
	if q.Schema == "" && catalog.IsSerial(q.Name) {
		rt.Serial = true
	}
	mods, ok := pgIntMods(tn.Typmods)
	base := q.Name
	if strings.EqualFold(base, "interval") {
		// interval's modifiers are a field mask; Prisma has no interval type.
		rt.Type.Name, rt.Type.Unsupported = "INTERVAL", true
		return rt
	}
	if !ok {
		rt.Type.Name = strings.ToUpper(base) + "(" + pgTypmodText(tn.Typmods) + ")"
		rt.Type.Unsupported = true
		return rt
	}
	name, known := catalog.CanonicalType(catalog.Postgres, base, mods)
	rt.Type.Name = name
	rt.Type.Unsupported = !known
	if !builtin && !known && q.Schema != "" && q.Schema != r.cat.DefaultSchema {
		rt.Type.Name = strings.ToUpper(q.Schema) + "." + name
	}
	return rt
}

// pgIntMods reads integer type modifiers; ok is false when one is not an
// integer constant (PostGIS geometry(Point, 4326), for example).
func pgIntMods(ns []*pg.Node) ([]int, bool) {
	if len(ns) == 0 {
		return nil, true
	}
	mods := make([]int, 0, len(ns))
	for _, n := range ns {
		c := n.GetAConst()
		if c == nil || c.GetIval() == nil {
			return nil, false
		}
		mods = append(mods, int(c.GetIval().Ival))
	}
	return mods, true
}

// pgTypmodText renders non-integer type modifiers as written, upper-cased.
func pgTypmodText(ns []*pg.Node) string {
	parts := make([]string, 0, len(ns))
	for _, n := range ns {
		switch {
		case n.GetAConst() != nil && n.GetAConst().GetIval() != nil:
			parts = append(parts, strconv.Itoa(int(n.GetAConst().GetIval().Ival)))
		case n.GetAConst() != nil && n.GetAConst().GetSval() != nil:
			parts = append(parts, strings.ToUpper(n.GetAConst().GetSval().Sval))
		case n.GetColumnRef() != nil:
			var f []string
			for _, x := range n.GetColumnRef().Fields {
				f = append(f, pgStrVal(x))
			}
			parts = append(parts, strings.ToUpper(strings.Join(f, ".")))
		default:
			parts = append(parts, "?")
		}
	}
	return strings.Join(parts, ",")
}

// pgIsNumericType reports canonical types whose constants Prisma renders bare.
func pgIsNumericType(name string) bool {
	switch {
	case name == "INTEGER", name == "SMALLINT", name == "BIGINT", name == "REAL",
		name == "DOUBLE PRECISION", name == "MONEY", name == "OID", strings.HasPrefix(name, "DECIMAL"):
		return true
	}
	return false
}
