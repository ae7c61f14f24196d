package drift

import "github.com/migsync/migsync/checkrun/catalog"

// A dialect is one database family's part of the comparison: every place
// where Prisma's migration engine describes, compares or renders one
// provider's database differently from the others. The differ asks its
// dialect and never tests the provider itself, so a provider is one
// implementation of this interface (dialect_<name>.go, with its renderer);
// ARCHITECTURE.md ("Add a provider") lists what else a provider touches.
//
// It plays the part of atlas's per-driver DiffDriver. Its questions are the
// ones Prisma's own SqlSchemaDifferFlavour asks its backends, and its
// answers are the ones Prisma's backends give, as the corpus, golden and
// differential tests check.
type dialect interface {
	// renderer writes the steps as Prisma's renderer for the family does.
	renderer

	// Objects the family has besides tables.

	// enumTypes: enums are named types of their own (CREATE TYPE … AS
	// ENUM), compared as objects; elsewhere an enum is a column type.
	enumTypes() bool
	// extensions: the datasource's extensions are compared.
	extensions() bool
	// schemas: an object of a schema the database lacks needs a CREATE
	// SCHEMA first.
	schemas() bool

	// What CREATE TABLE declares.

	// indexesInCreateTable: a created table's indexes are part of its
	// CREATE TABLE (no CreateIndex steps).
	indexesInCreateTable() bool
	// foreignKeysInCreateTable: a table's foreign keys are part of its
	// CREATE TABLE: none added for a created table, none dropped with a
	// dropped one.
	foreignKeysInCreateTable() bool

	// What ALTER can do.

	// redefinesTables: a table whose change ALTER TABLE cannot make is
	// rebuilt (RedefineTables: create, copy, drop, rename).
	redefinesTables() bool
	// canRenameIndex: a renamed index is an ALTER INDEX … RENAME (a
	// RenameIndex step); otherwise it is dropped and created (RedefineIndex).
	canRenameIndex() bool
	// canRenameForeignKey: a renamed foreign key is a RENAME CONSTRAINT;
	// otherwise it is dropped and added.
	canRenameForeignKey() bool

	// How the database's objects are named and listed.

	// namedPrimaryKeys: a primary key's constraint name is compared (and
	// renamed).
	namedPrimaryKeys() bool
	// unnamedForeignKeys: foreign keys are compared without their names.
	unnamedForeignKeys() bool
	// foreignKeyIndexes: the database creates an index for each foreign
	// key itself; an index that covers a foreign key goes with the key and
	// is never dropped on its own.
	foreignKeyIndexes() bool
	// sortIndexes puts a table's indexes in the order the describer lists
	// them, which numbers them and so orders the steps.
	sortIndexes(l []*catalog.Index)

	// How columns and indexes compare.

	// autoincrement reports whether a column autoincrements.
	autoincrement(c *catalog.Column) bool
	// autoincrementChanged reports whether autoincrement differs between a
	// want and a have column in a way the family can alter.
	autoincrementChanged(w, h *catalog.Column) bool
	// columnTypeChange reports whether the column type changes, and
	// whether the database cannot cast it (the column is dropped and
	// added).
	columnTypeChange(w, h catalog.Type) (changed, notCastable bool)
	// comparesJSONDefaults: defaults of JSON columns are compared (MySQL
	// has none that Prisma reads).
	comparesJSONDefaults() bool
	// opclasses: index operator classes are part of an index's definition.
	opclasses() bool
	// fkColumnsMayBecomeRequired: a foreign key still matches when its
	// columns' arity changes (Prisma's
	// can_cope_with_foreign_key_column_becoming_non_nullable).
	fkColumnsMayBecomeRequired() bool
	// defaultText is a column's default as a message names it.
	defaultText(c *catalog.Column) string
}

// dialects are the implementations, by catalogue dialect.
var dialects = map[catalog.Dialect]dialect{
	catalog.Postgres: postgresDialect{},
	catalog.MySQL:    mysqlDialect{},
	catalog.SQLite:   sqliteDialect{},
}

// dialectFor is d's implementation. A catalogue of no known dialect is
// compared and rendered as PostgreSQL, the renderer's fallback before the
// dialects had one home.
func dialectFor(d catalog.Dialect) dialect {
	if x, ok := dialects[d]; ok {
		return x
	}
	return postgresDialect{}
}
