package drift

import "github.com/migsync/migsync/checkrun/catalog"

// sqliteDialect is SQLite: CREATE TABLE declares the foreign keys, whose
// names do not count, and a table ALTER TABLE cannot change is rebuilt
// (sqlite.go).
type sqliteDialect struct{ sqliteRenderer }

func (sqliteDialect) enumTypes() bool                  { return false }
func (sqliteDialect) extensions() bool                 { return false }
func (sqliteDialect) schemas() bool                    { return false }
func (sqliteDialect) indexesInCreateTable() bool       { return false }
func (sqliteDialect) foreignKeysInCreateTable() bool   { return true }
func (sqliteDialect) redefinesTables() bool            { return true }
func (sqliteDialect) canRenameIndex() bool             { return false }
func (sqliteDialect) canRenameForeignKey() bool        { return false }
func (sqliteDialect) namedPrimaryKeys() bool           { return false }
func (sqliteDialect) unnamedForeignKeys() bool         { return true }
func (sqliteDialect) foreignKeyIndexes() bool          { return false }
func (sqliteDialect) comparesJSONDefaults() bool       { return true }
func (sqliteDialect) opclasses() bool                  { return false }
func (sqliteDialect) fkColumnsMayBecomeRequired() bool { return false }

// sortIndexes: SQLite lists a table's indexes newest first.
func (sqliteDialect) sortIndexes(l []*catalog.Index) {
	for i, j := 0, len(l)-1; i < j; i, j = i+1, j-1 {
		l[i], l[j] = l[j], l[i]
	}
}

// autoincrement: INTEGER PRIMARY KEY AUTOINCREMENT.
func (sqliteDialect) autoincrement(c *catalog.Column) bool { return c.AutoIncrement }

// autoincrementChanged: never on its own; it is part of the primary key's
// definition, which a rebuild changes.
func (sqliteDialect) autoincrementChanged(w, h *catalog.Column) bool { return false }

// columnTypeChange compares declared types by Prisma's type family; SQLite
// casts every change.
func (sqliteDialect) columnTypeChange(w, h catalog.Type) (changed, notCastable bool) {
	return sqliteFamily(w.Name) != sqliteFamily(h.Name), false
}

func (sqliteDialect) defaultText(c *catalog.Column) string { return defaultString(c.Default) }

// sqliteFamily maps a SQLite declared type to the Prisma type family its
// describer assigns.
func sqliteFamily(name string) string {
	base, _ := splitType(name)
	switch base {
	case "INT", "INTEGER", "TINYINT", "SMALLINT", "MEDIUMINT":
		return "int"
	case "BIGINT", "UNSIGNED BIG INT", "INT8":
		return "bigint"
	case "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT":
		return "float"
	case "DECIMAL", "NUMERIC":
		return "decimal"
	case "BOOLEAN", "BOOL":
		return "boolean"
	case "DATE", "DATETIME", "TIMESTAMP":
		return "datetime"
	case "BLOB":
		return "binary"
	case "JSONB":
		return "json"
	case "TEXT", "VARCHAR", "CHAR", "CHARACTER", "VARYING CHARACTER", "NCHAR", "NATIVE CHARACTER", "NVARCHAR", "CLOB", "STRING":
		return "string"
	}
	return "unsupported:" + base
}
