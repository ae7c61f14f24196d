package rules

import "github.com/migsync/migsync/checkrun/finding"

// All lists the change rules with their default severities.
var All = []finding.Rule{
	finding.NewRule(SchemaWithoutMigration, finding.Error, "The schema's database changed between base and head but no migration was added (the incident migsync exists for)."),
	finding.NewRule(MigrationWithoutSchema, finding.Notice, "A migration was added but the schema is unchanged (a data migration, or a schema change not committed)."),
	finding.NewRule(MigrationEdited, finding.Error, "A migration that exists on the base branch was edited; databases that applied it will not get the change and prisma migrate reports a checksum mismatch."),
	finding.NewRule(MigrationDeleted, finding.Error, "A migration that exists on the base branch was deleted or renamed."),
	finding.NewRule(MigrationOrder, finding.Error, "A new migration sorts at or before the newest migration on the base branch, so deployed databases would apply it out of order."),
	finding.NewRule(DuplicatePrefix, finding.Warning, "Two migration folders share a timestamp prefix; their order depends on the rest of the name."),
	finding.NewRule(LockProvider, finding.Error, "migration_lock.toml names another provider than the schema's datasource."),
	finding.NewRule(DestructiveSQL, finding.Warning, "A new migration drops a table or column, narrows a type, or adds NOT NULL without a default to an existing table, or Prisma wrote a data-loss warning at its top when it generated it."),
	finding.NewRule(UntrackedMigration, finding.Error, "A migration folder is not tracked by git (CLI only): it works locally and is missing everywhere else."),
	finding.NewRule(EmptyMigration, finding.Notice, "A migration folder has no migration.sql; Prisma ignores or rejects it."),
}
