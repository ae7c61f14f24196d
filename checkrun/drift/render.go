package drift

import (
	"sort"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// renderer turns one merged step into SQL statements (without the trailing
// semicolons). Each dialect (dialect.go) has one.
type renderer interface {
	render(s step) []string
}

// renderScript writes Prisma's migration script: for each step with SQL,
// "-- Kind", then each statement followed by ";", steps separated by a blank
// line.
func renderScript(r renderer, steps []step) string {
	var b strings.Builder
	for _, s := range steps {
		stmts := r.render(s)
		if len(stmts) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("-- ")
		b.WriteString(s.kind.comment())
		b.WriteByte('\n')
		for _, st := range stmts {
			b.WriteString(st)
			b.WriteString(";\n")
		}
	}
	return b.String()
}

// sortDiffs orders differences as their first step appears in the migration
// (then by clause inside an ALTER TABLE), then by kind and object, so
// Compare's output is deterministic. Differences without SQL come last.
func sortDiffs(ds []Difference) {
	first := func(d Difference) *op {
		var m *op
		for i := range d.ops {
			if m == nil || opLess(&d.ops[i], m) {
				m = &d.ops[i]
			}
		}
		return m
	}
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := first(ds[i]), first(ds[j])
		switch {
		case a == nil && b != nil:
			return false
		case a != nil && b == nil:
			return true
		case a != nil && b != nil && (opLess(a, b) || opLess(b, a)):
			return opLess(a, b)
		}
		if ds[i].Kind != ds[j].Kind {
			return ds[i].Kind < ds[j].Kind
		}
		if ds[i].Table != ds[j].Table {
			return ds[i].Table < ds[j].Table
		}
		if ds[i].Column != ds[j].Column {
			return ds[i].Column < ds[j].Column
		}
		return ds[i].Object < ds[j].Object
	})
}

// opLess orders ops as their SQL appears: by step, step key, then clause.
func opLess(a, b *op) bool {
	if a.step != b.step {
		return a.step < b.step
	}
	if !sameKey(a.key, b.key) {
		return lessKey(a.key, b.key)
	}
	if a.change != b.change {
		return a.change < b.change
	}
	if !sameKey(a.subKey, b.subKey) {
		return lessKey(a.subKey, b.subKey)
	}
	return a.subName < b.subName
}

// sqlDefault is the DEFAULT expression Prisma's PostgreSQL and SQLite
// renderers write, "" for none (a sequence is implied by SERIAL on
// PostgreSQL and by INTEGER PRIMARY KEY on SQLite). MySQL's differs
// (myDefault).
func sqlDefault(d *catalog.Default) string {
	if d == nil {
		return ""
	}
	switch d.Kind {
	case catalog.DefaultNow:
		return "CURRENT_TIMESTAMP"
	case catalog.DefaultSequence:
		return ""
	}
	return d.Value
}

// fkAction renders a referential action; "" is NO ACTION.
func fkAction(a string) string { return action(a) }

func joinQuoted(q func(string) string, names []string, sep string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = q(n)
	}
	return strings.Join(out, sep)
}
