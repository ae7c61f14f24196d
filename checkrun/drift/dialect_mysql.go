package drift

import (
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// mysqlDialect is MySQL and MariaDB: enums are column types, CREATE TABLE
// declares the indexes, the server indexes every foreign key itself, and a
// foreign key cannot be renamed.
type mysqlDialect struct{ mysqlRenderer }

func (mysqlDialect) enumTypes() bool                  { return false }
func (mysqlDialect) extensions() bool                 { return false }
func (mysqlDialect) schemas() bool                    { return false }
func (mysqlDialect) indexesInCreateTable() bool       { return true }
func (mysqlDialect) foreignKeysInCreateTable() bool   { return false }
func (mysqlDialect) redefinesTables() bool            { return false }
func (mysqlDialect) canRenameIndex() bool             { return false }
func (mysqlDialect) canRenameForeignKey() bool        { return false }
func (mysqlDialect) namedPrimaryKeys() bool           { return false }
func (mysqlDialect) unnamedForeignKeys() bool         { return false }
func (mysqlDialect) foreignKeyIndexes() bool          { return true }
func (mysqlDialect) comparesJSONDefaults() bool       { return false }
func (mysqlDialect) opclasses() bool                  { return false }
func (mysqlDialect) fkColumnsMayBecomeRequired() bool { return true }

func (mysqlDialect) sortIndexes(l []*catalog.Index) { sortByName(l) }

// autoincrement: AUTO_INCREMENT.
func (mysqlDialect) autoincrement(c *catalog.Column) bool { return c.AutoIncrement }

func (mysqlDialect) autoincrementChanged(w, h *catalog.Column) bool {
	return w.AutoIncrement != h.AutoIncrement
}

// columnTypeChange: the full type, case aside; MySQL casts every change.
func (mysqlDialect) columnTypeChange(w, h catalog.Type) (changed, notCastable bool) {
	return !strings.EqualFold(w.String(), h.String()), false
}

// defaultText: CURRENT_TIMESTAMP carries the column's precision,
// CURRENT_TIMESTAMP(3), as MySQL spells it.
func (mysqlDialect) defaultText(c *catalog.Column) string {
	if c.Default != nil && c.Default.Kind == catalog.DefaultNow {
		return myDefault(c)
	}
	return defaultString(c.Default)
}
