package drift

import (
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
)

// enums compares PostgreSQL named enum types: created, dropped, and values
// added or removed (Prisma: CreateEnum, DropEnum, AlterEnum).
func (df *differ) enums() {
	if !df.dia.enumTypes() {
		return
	}
	for _, w := range df.want.Enums {
		h := df.haveEnum(w)
		if h == nil {
			df.add(Difference{
				Kind: KindMissingEnum, Class: finding.Breaking, Schema: w.Schema,
				Object: "enum " + quoteName(w.Name), Want: w.Pos,
				Message: "enum " + quoteName(w.Name) + " is declared in the schema but no migration creates it; " +
					"create a migration with prisma migrate dev",
				ops: append(df.createSchema(w.Schema), op{step: stepCreateEnum, key: []int{df.enumID[w]}, wantEnum: w}),
			})
			continue
		}
		added := minus(w.Values, h.Values)
		dropped := minus(h.Values, w.Values)
		key := []int{df.enumID[h], df.enumID[w]}
		if len(added) > 0 {
			df.add(Difference{
				Kind: KindMissingEnumValue, Class: finding.Breaking, Schema: w.Schema,
				Object: "enum " + quoteName(w.Name), Want: w.ValuePosition(added[0]), Have: h.Pos,
				Message: "enum " + quoteName(w.Name) + " is missing " + plural(len(added), "value", "values") + " " +
					quoteList(added) + " in the migrations; writing them fails: create a migration with prisma migrate dev",
				ops: []op{{step: stepAlterEnum, key: key, wantEnum: w, haveEnum: h, added: added}},
			})
		}
		if len(dropped) > 0 {
			df.add(Difference{
				Kind: KindExtraEnumValue, Class: finding.Extra, Schema: w.Schema,
				Object: "enum " + quoteName(w.Name), Want: w.Pos, Have: h.ValuePosition(dropped[0]),
				Message: "enum " + quoteName(w.Name) + " has " + plural(len(dropped), "value", "values") + " " +
					quoteList(dropped) + " in the migrations that the schema does not declare; " +
					"prisma migrate dev would recreate the type without them",
				ops: []op{{step: stepAlterEnum, key: key, wantEnum: w, haveEnum: h, dropped: dropped}},
			})
		}
	}
	for _, h := range df.have.Enums {
		if df.wantEnum(h) != nil {
			continue
		}
		df.add(Difference{
			Kind: KindExtraEnum, Class: finding.Extra, Schema: h.Schema,
			Object: "enum " + quoteName(h.Name), Have: h.Pos,
			Message: "enum " + quoteName(h.Name) + " exists in the migrations but not in the schema; " +
				"prisma migrate dev would drop it",
			ops: []op{{step: stepDropEnum, key: []int{df.enumID[h]}, haveEnum: h}},
		})
	}
}

func (df *differ) sameEnum(w, h *catalog.Enum) bool {
	return df.want.Key(w.Name) == df.want.Key(h.Name) &&
		df.want.Key(df.schemaOf(df.want, w.Schema)) == df.want.Key(df.schemaOf(df.have, h.Schema))
}

func (df *differ) haveEnum(w *catalog.Enum) *catalog.Enum {
	for _, h := range df.have.Enums {
		if df.sameEnum(w, h) {
			return h
		}
	}
	return nil
}

func (df *differ) wantEnum(h *catalog.Enum) *catalog.Enum {
	for _, w := range df.want.Enums {
		if df.sameEnum(w, h) {
			return w
		}
	}
	return nil
}

// enumUsages fills, for enums that lose values, the columns Prisma casts to
// the new type and the defaults it drops first and re-installs after.
func (df *differ) enumUsages() {
	for i := range df.diffs {
		for j := range df.diffs[i].ops {
			o := &df.diffs[i].ops[j]
			if o.step == stepAlterEnum && len(o.dropped) > 0 {
				o.usages = df.usagesOf(o.haveEnum, o.wantEnum)
			}
		}
	}
}

func (df *differ) usagesOf(h, w *catalog.Enum) []enumUsage {
	var us []enumUsage
	uses := func(c *catalog.Column, e *catalog.Enum) bool {
		return c != nil && c.Type.Enum != "" && df.want.Key(c.Type.Enum) == df.want.Key(e.Name)
	}
	// Defaults that must be dropped before the cast: in dropped tables, in
	// dropped columns, and in kept columns (re-installed when still wanted).
	for _, t := range df.haveTables {
		wt := df.wantFor(t)
		for _, c := range t.Columns {
			if !uses(c, h) || c.Default == nil {
				continue
			}
			u := enumUsage{haveTable: t, haveColumn: c}
			if wt != nil {
				if wc := wt.Column(df.d, c.Name); uses(wc, w) && wc.Default != nil {
					u.table, u.column, u.keepDefault = wt, wc, true
				}
			}
			us = append(us, u)
		}
	}
	// Columns whose type is cast to the new enum: every wanted column of it.
	for _, t := range df.wantTables {
		for _, c := range t.Columns {
			if uses(c, w) {
				us = append(us, enumUsage{table: t, column: c})
			}
		}
	}
	return us
}

// minus lists the values of a that are not in b, in a's order.
func minus(a, b []string) []string {
	var out []string
	for _, v := range a {
		found := false
		for _, w := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			out = append(out, v)
		}
	}
	return out
}

func quoteList(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = quoteName(v)
	}
	return strings.Join(q, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
