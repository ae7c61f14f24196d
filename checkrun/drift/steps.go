package drift

import (
	"slices"
	"sort"

	"github.com/migsync/migsync/checkrun/catalog"
)

// stepKind is a Prisma migration step kind. The order of the constants is
// Prisma's: its differ sorts the steps by kind first (SqlMigrationStep's
// variant order), then by the ids of the objects they touch.
type stepKind int

const (
	stepCreateSchema stepKind = iota
	stepDropExtension
	stepCreateExtension
	stepAlterExtension
	stepAlterSequence
	stepDropView
	stepDropUserDefinedType
	stepCreateEnum
	stepAlterEnum
	stepDropForeignKey
	stepDropIndex
	stepAlterTable
	stepAlterPrimaryKey
	stepDropTable
	stepDropEnum
	stepCreateTable
	stepRedefineTables
	stepCreateIndex
	stepRenameForeignKey
	stepAddForeignKey
	stepRenameIndex
	stepRedefineIndex
)

// comment is the step's description, written as "-- X" above its SQL.
func (k stepKind) comment() string {
	return [...]string{
		"CreateSchema", "DropExtension", "CreateExtension", "AlterExtension", "AlterSequence",
		"DropView", "DropUserDefinedType", "CreateEnum", "AlterEnum", "DropForeignKey",
		"DropIndex", "AlterTable", "AlterPrimaryKey", "DropTable", "DropEnum", "CreateTable",
		"RedefineTables", "CreateIndex", "RenameForeignKey", "AddForeignKey", "RenameIndex",
		"RedefineIndex",
	}[k]
}

// tableChange is one clause kind of an ALTER TABLE step, in Prisma's order.
type tableChange int

const (
	changeDropPrimaryKey tableChange = iota
	changeRenamePrimaryKey
	changeDropColumn
	changeAddColumn
	changeAlterColumn
	changeAddPrimaryKey
)

// colChange is a set of column changes (Prisma's ColumnChange flags, in
// their bit order: arity, default, type, autoincrement).
type colChange uint8

const (
	colArity colChange = 1 << iota
	colDefault
	colType
	colAutoincrement
)

// op is one contribution of a difference to a migration step. Several ops
// can merge into one step (clauses of one ALTER TABLE, values of one ALTER
// TYPE).
type op struct {
	step stepKind
	key  []int // Prisma's order inside the step kind

	wantTable, haveTable *catalog.Table
	wantIndex, haveIndex *catalog.Index
	wantFK, haveFK       *catalog.ForeignKey
	wantEnum, haveEnum   *catalog.Enum
	ext                  *catalog.Extension
	schema               string // stepCreateSchema

	// stepAlterTable
	change           tableChange
	wantCol, haveCol *catalog.Column
	bits             colChange
	notCastable      bool   // a type change Prisma renders as DROP + ADD COLUMN
	subKey           []int  // order of the clause inside the ALTER TABLE
	subName          string // same, for columns Prisma walks by name

	// stepAlterEnum
	added, dropped []string
	usages         []enumUsage

	// stepCreateIndex
	recreate bool // re-creating an index lost with a dropped-and-added column

	// stepRedefineTables (SQLite)
	redefine *redefine
}

// enumUsage is a column that uses an enum whose values are dropped: Prisma
// casts it to the new type and re-installs its default.
type enumUsage struct {
	table       *catalog.Table  // want table (column type cast); nil: none
	column      *catalog.Column // want column
	haveTable   *catalog.Table  // have table whose column default is dropped first
	haveColumn  *catalog.Column
	keepDefault bool // the want column has a default to re-install
}

// step is a merged migration step, ready to render.
type step struct {
	kind stepKind
	key  []int
	ops  []op // for stepAlterTable: clauses sorted; otherwise usually one op
}

func lessKey(a, b []int) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

func sameKey(a, b []int) bool { return !lessKey(a, b) && !lessKey(b, a) }

// planSteps merges ops into steps and orders them as Prisma does.
func planSteps(ops []op) []step {
	var steps []step
	find := func(kind stepKind, key []int) *step {
		for i := range steps {
			if steps[i].kind == kind && sameKey(steps[i].key, key) {
				return &steps[i]
			}
		}
		return nil
	}
	for _, o := range ops {
		switch o.step {
		case stepAlterTable, stepRedefineTables:
			if s := find(o.step, o.key); s != nil {
				s.ops = mergeClause(s.ops, o)
				continue
			}
		case stepAlterEnum:
			if s := find(o.step, o.key); s != nil {
				s.ops[0] = mergeEnum(s.ops[0], o)
				continue
			}
		default:
			if find(o.step, o.key) != nil {
				continue // the same step contributed twice
			}
		}
		steps = append(steps, step{kind: o.step, key: o.key, ops: []op{o}})
	}
	for i := range steps {
		if steps[i].kind == stepAlterTable || steps[i].kind == stepRedefineTables {
			ops := steps[i].ops
			sort.SliceStable(ops, func(a, b int) bool {
				if ops[a].change != ops[b].change {
					return ops[a].change < ops[b].change
				}
				if !sameKey(ops[a].subKey, ops[b].subKey) {
					return lessKey(ops[a].subKey, ops[b].subKey)
				}
				return ops[a].subName < ops[b].subName
			})
		}
	}
	sort.SliceStable(steps, func(i, j int) bool {
		if steps[i].kind != steps[j].kind {
			return steps[i].kind < steps[j].kind
		}
		return lessKey(steps[i].key, steps[j].key)
	})
	return moveUniqueDrops(steps)
}

// mergeClause adds an ALTER TABLE clause to a step's clauses, merging column
// changes of the same column and dropping duplicates.
func mergeClause(ops []op, o op) []op {
	for i := range ops {
		if ops[i].change == o.change && sameKey(ops[i].subKey, o.subKey) && ops[i].subName == o.subName {
			if o.change == changeAlterColumn {
				ops[i].bits |= o.bits
				ops[i].notCastable = ops[i].notCastable || o.notCastable
			}
			return ops
		}
	}
	return append(ops, o)
}

func mergeEnum(a, b op) op {
	a.added = appendMissing(a.added, b.added)
	a.dropped = appendMissing(a.dropped, b.dropped)
	if len(a.usages) == 0 {
		a.usages = b.usages
	}
	return a
}

func appendMissing(list, more []string) []string {
	for _, m := range more {
		found := false
		for _, l := range list {
			if l == m {
				found = true
				break
			}
		}
		if !found {
			list = append(list, m)
		}
	}
	return list
}

// moveUniqueDrops applies Prisma's one partial-order correction: a dropped
// unique index of a table that had no primary key goes right after the ALTER
// TABLE that adds a primary key on the same columns (the implicit
// many-to-many `_AB_unique` → `_AB_pkey` upgrade), so the rows stay unique
// throughout.
func moveUniqueDrops(steps []step) []step {
	for i := 0; i < len(steps); i++ {
		s := steps[i]
		if s.kind != stepDropIndex {
			continue
		}
		ix, t := s.ops[0].haveIndex, s.ops[0].haveTable
		if ix == nil || !ix.Unique || t == nil || t.PrimaryKey != nil {
			continue
		}
		for j := i + 1; j < len(steps); j++ {
			if steps[j].kind != stepAlterTable || !addsKeyOn(steps[j], t, ix) {
				continue
			}
			moved := steps[i]
			copy(steps[i:j], steps[i+1:j+1])
			steps[j] = moved
			i--
			break
		}
	}
	return steps
}

func addsKeyOn(s step, have *catalog.Table, ix *catalog.Index) bool {
	adds := false
	var want *catalog.Table
	for _, o := range s.ops {
		if o.haveTable != have {
			return false
		}
		switch o.change {
		case changeAddPrimaryKey:
			adds = true
			want = o.wantTable
		case changeDropColumn:
			if indexHasColumn(ix, o.haveCol.Name) {
				return false
			}
		case changeAlterColumn:
			if o.notCastable && indexHasColumn(ix, o.haveCol.Name) {
				return false
			}
		}
	}
	if !adds || want == nil || want.PrimaryKey == nil {
		return false
	}
	return slices.Equal(ix.ColumnNames(), want.PrimaryKey.ColumnNames())
}

func indexHasColumn(ix *catalog.Index, name string) bool {
	for _, c := range ix.Columns {
		if c.Name == name {
			return true
		}
	}
	return false
}
