package drift

import "github.com/migsync/migsync/checkrun/catalog"

// redefine is a SQLite table Prisma rebuilds (RedefineTables): create the new
// table under a temporary name, copy the kept columns, drop the old table,
// rename.
type redefine struct {
	want, have *catalog.Table
}

func (df *differ) redefinedTable(t *catalog.Table) bool { return df.redefined[t] != nil }

func (df *differ) sqliteRedefines() {}

type sqliteRenderer struct{}

func (sqliteRenderer) render(s step) []string { return pgRenderer{}.render(s) }
