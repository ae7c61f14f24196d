package drift

import (
	"sort"

	"github.com/migsync/migsync/checkrun/catalog"
)

// postgresDialect is PostgreSQL (and CockroachDB, which the catalogue
// checks as PostgreSQL): named enum types, extensions, schemas, and an
// ALTER that renames indexes, keys and constraints.
type postgresDialect struct{ pgRenderer }

func (postgresDialect) enumTypes() bool                  { return true }
func (postgresDialect) extensions() bool                 { return true }
func (postgresDialect) schemas() bool                    { return true }
func (postgresDialect) indexesInCreateTable() bool       { return false }
func (postgresDialect) foreignKeysInCreateTable() bool   { return false }
func (postgresDialect) redefinesTables() bool            { return false }
func (postgresDialect) canRenameIndex() bool             { return true }
func (postgresDialect) canRenameForeignKey() bool        { return true }
func (postgresDialect) namedPrimaryKeys() bool           { return true }
func (postgresDialect) unnamedForeignKeys() bool         { return false }
func (postgresDialect) foreignKeyIndexes() bool          { return false }
func (postgresDialect) comparesJSONDefaults() bool       { return true }
func (postgresDialect) opclasses() bool                  { return true }
func (postgresDialect) fkColumnsMayBecomeRequired() bool { return false }

func (postgresDialect) sortIndexes(l []*catalog.Index) { sortByName(l) }

// autoincrement: a sequence default (SERIAL, or an identity).
func (postgresDialect) autoincrement(c *catalog.Column) bool {
	return c.Default != nil && c.Default.Kind == catalog.DefaultSequence
}

func (p postgresDialect) autoincrementChanged(w, h *catalog.Column) bool {
	return p.autoincrement(w) != p.autoincrement(h)
}

func (postgresDialect) columnTypeChange(w, h catalog.Type) (changed, notCastable bool) {
	return pgTypeChange(w, h)
}

func (postgresDialect) defaultText(c *catalog.Column) string { return defaultString(c.Default) }

// sortByName orders indexes by name, as the PostgreSQL and MySQL describers
// list them.
func sortByName(l []*catalog.Index) {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Name < l[j].Name })
}
