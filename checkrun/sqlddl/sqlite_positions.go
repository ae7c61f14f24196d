package sqlddl

import (
	"slices"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// placePositions gives the freshly described table t its positions: an
// object equal to its counterpart in old (the table as it was before the
// statement, or before ALTER TABLE … RENAME) keeps its position; a new or
// changed one gets the statement's position, or the line of its element when
// the statement is the CREATE TABLE that defined it.
func placePositions(d catalog.Dialect, t, old *catalog.Table, sc *stmtContext) {
	var def *tableDef
	if sc.createTable != "" && sc.createTable == strings.ToLower(t.Name) {
		def = sc.def
	}
	if def == nil {
		def = &tableDef{cols: map[string]*colDef{}, fkLines: map[string]int{}}
	}
	if old == nil {
		old = &catalog.Table{}
		t.Pos = catalog.Pos{File: sc.path, Line: sc.st.Line, EndLine: sc.st.EndLine}
	} else {
		t.Pos = old.Pos
	}

	for _, c := range t.Columns {
		oc := old.Column(d, c.Name)
		if sc.colTable == strings.ToLower(t.Name) && strings.ToLower(c.Name) == sc.colTo {
			oc = old.Column(d, sc.colFrom)
		}
		if oc != nil && sameColumn(oc, c) {
			c.Pos = oc.Pos
		} else if cd := def.cols[strings.ToLower(c.Name)]; cd != nil {
			c.Pos = sc.pos(cd.line)
		} else {
			c.Pos = sc.pos(0)
		}
		if c.Default != nil {
			c.Default.Pos = c.Pos
		}
	}

	if pk := t.PrimaryKey; pk != nil {
		switch {
		case old.PrimaryKey != nil && slices.Equal(old.PrimaryKey.Columns, pk.Columns):
			pk.Pos = old.PrimaryKey.Pos
		default:
			pk.Pos = sc.pos(def.pkLine)
		}
	}

	for _, ix := range t.Indexes {
		if oi := old.Index(d, ix.Name); oi != nil && sameIndex(oi, ix) {
			ix.Pos = oi.Pos
		} else {
			ix.Pos = sc.pos(0)
		}
	}

	for _, fk := range t.ForeignKeys {
		i := slices.IndexFunc(old.ForeignKeys, func(o *catalog.ForeignKey) bool { return sameForeignKey(o, fk) })
		if i >= 0 {
			fk.Pos = old.ForeignKeys[i].Pos
		} else {
			fk.Pos = sc.pos(def.fkLines[fkKey(fk.Columns, fk.RefTable)])
		}
	}

	for _, ck := range t.Checks {
		ck.Pos = sc.pos(0)
		if i := slices.IndexFunc(old.Checks, func(o *catalog.Check) bool { return o.Name == ck.Name && o.Expr == ck.Expr }); i >= 0 {
			ck.Pos = old.Checks[i].Pos
		} else if i := slices.IndexFunc(def.checks, func(o *catalog.Check) bool { return o.Name == ck.Name && o.Expr == ck.Expr }); i >= 0 {
			ck.Pos = sc.pos(def.checks[i].Pos.Line)
		}
	}

	for _, tr := range t.Triggers {
		tr.Pos = sc.pos(0)
		if i := slices.IndexFunc(old.Triggers, func(o *catalog.Trigger) bool { return strings.EqualFold(o.Name, tr.Name) }); i >= 0 {
			tr.Pos = old.Triggers[i].Pos
		}
	}
}

// sameColumn compares two columns' definitions, ignoring name and position.
func sameColumn(a, b *catalog.Column) bool {
	return a.Type == b.Type && a.NotNull == b.NotNull && a.AutoIncrement == b.AutoIncrement &&
		a.Generated == b.Generated && sameDefault(a.Default, b.Default)
}

func sameDefault(a, b *catalog.Default) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Kind == b.Kind && a.Value == b.Value && a.Name == b.Name
}

func sameIndex(a, b *catalog.Index) bool {
	return a.Unique == b.Unique && a.Method == b.Method && a.Where == b.Where && slices.Equal(a.Columns, b.Columns)
}

// sameForeignKey compares two foreign keys' declarations. The referenced
// columns are left out: for "REFERENCES t" without columns they follow t's
// primary key, which may be created or changed after the key.
func sameForeignKey(a, b *catalog.ForeignKey) bool {
	return a.Name == b.Name && strings.EqualFold(a.RefTable, b.RefTable) && a.OnDelete == b.OnDelete && a.OnUpdate == b.OnUpdate &&
		slices.Equal(a.Columns, b.Columns)
}
