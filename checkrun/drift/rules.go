package drift

import "github.com/migsync/migsync/checkrun/finding"

// Rules lists every kind of difference with its default severity (from its
// class: breaking → error, missing but harmless → warning, only in the
// migrations' database → notice).
var Rules = []finding.Rule{
	finding.NewRule(KindMissingTable, finding.Error, "A model's table is declared in the schema but no migration creates it."),
	finding.NewRule(KindMissingColumn, finding.Error, "A field's column is declared in the schema but no migration adds it."),
	finding.NewRule(KindColumnType, finding.Error, "A column's type in the migrations differs from the field's type (scalar, native @db type or list)."),
	finding.NewRule(KindColumnNullability, finding.Error, "A field is required in the schema but its column is nullable in the migrations, or the other way round."),
	finding.NewRule(KindColumnAutoincrement, finding.Error, "A field has @default(autoincrement()) but its column has no sequence or identity."),
	finding.NewRule(KindMissingEnum, finding.Error, "An enum used by the schema is not created by any migration (PostgreSQL)."),
	finding.NewRule(KindMissingEnumValue, finding.Error, "An enum value in the schema is missing from the migrations' enum."),
	finding.NewRule(KindMissingPrimaryKey, finding.Error, "A model's @id/@@id has no primary key in the migrations."),
	finding.NewRule(KindPrimaryKey, finding.Error, "The primary key covers other columns than @id/@@id declares."),
	finding.NewRule(KindMissingUnique, finding.Error, "An @unique/@@unique has no unique index in the migrations."),
	finding.NewRule(KindForeignKeyAction, finding.Error, "A relation's onDelete/onUpdate differs from the foreign key's referential action."),
	finding.NewRule(KindForeignKey, finding.Error, "A relation's foreign key references other columns, or its columns' types differ."),
	finding.NewRule(KindMissingExtension, finding.Error, "A PostgreSQL extension listed in the datasource is not created by any migration."),
	finding.NewRule(KindExtraRequiredColumn, finding.Error, "A required column without a default exists only in the migrations: inserts by the Prisma Client fail."),
	finding.NewRule(KindColumnDefault, finding.Warning, "A field's @default differs from the column's default in the migrations."),
	finding.NewRule(KindMissingIndex, finding.Warning, "An @@index is declared in the schema but no migration creates it."),
	finding.NewRule(KindIndexName, finding.Warning, "An index or unique constraint exists but under another name (map: or identifier truncation)."),
	finding.NewRule(KindMissingForeignKey, finding.Warning, "A relation's foreign key is not created by any migration."),
	finding.NewRule(KindForeignKeyName, finding.Warning, "A relation's foreign key exists under another name."),
	{ID: KindIndexDefinition, Severity: finding.Notice, Also: finding.Error, Summary: "An index on the same columns differs in type, order, operator class or predicate (an error when the schema's index is unique and this one is not)."},
	finding.NewRule(KindExtraTable, finding.Notice, "A table exists only in the migrations (no model maps to it)."),
	finding.NewRule(KindExtraColumn, finding.Notice, "A nullable or defaulted column exists only in the migrations."),
	finding.NewRule(KindExtraIndex, finding.Notice, "An index exists only in the migrations (hand-written GIN, trigram or partial indexes)."),
	finding.NewRule(KindExtraDefault, finding.Notice, "A column default exists only in the migrations; Prisma Migrate would drop it."),
	finding.NewRule(KindExtraForeignKey, finding.Notice, "A foreign key exists only in the migrations."),
	finding.NewRule(KindExtraEnum, finding.Notice, "An enum exists only in the migrations."),
	finding.NewRule(KindExtraEnumValue, finding.Notice, "An enum value exists only in the migrations."),
	finding.NewRule(KindExtraPrimaryKey, finding.Notice, "A primary key exists only in the migrations."),
	finding.NewRule(KindImplicitM2MUnique, finding.Notice, "An implicit many-to-many table still has the pre-Prisma-4 _AB_unique index."),
	finding.NewRule(KindExtraTrigger, finding.Notice, "A trigger exists only in the migrations (Prisma Migrate leaves it alone)."),
	finding.NewRule(KindExtraCheck, finding.Notice, "A CHECK constraint exists only in the migrations (Prisma Migrate leaves it alone)."),
	finding.NewRule(KindExtraView, finding.Notice, "A view exists only in the migrations and no view block declares it."),
}
