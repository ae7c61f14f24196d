package drift

import (
	"os"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

const my = catalog.MySQL

// taxonomyUsers is the users table of shadcn-ui/taxonomy's first migration
// (testdata/corpus), as replayed.
func taxonomyUsers(stripe bool) *tb {
	t := T("users").C("id", "VARCHAR(191)", nn).C("name", "VARCHAR(191)").C("email", "VARCHAR(191)").
		C("emailVerified", "DATETIME(3)").C("image", "VARCHAR(191)").
		C("created_at", "DATETIME(3)", nn, now).C("updated_at", "DATETIME(3)", nn, now)
	if stripe {
		t.C("stripe_customer_id", "VARCHAR(191)").C("stripe_subscription_id", "VARCHAR(191)").
			C("stripe_price_id", "VARCHAR(191)").C("stripe_current_period_end", "DATETIME(3)")
	}
	t.PK("", "id").Idx("users_email_key", true, ic("email"))
	if stripe {
		t.Idx("users_stripe_customer_id_key", true, ic("stripe_customer_id")).
			Idx("users_stripe_subscription_id_key", true, ic("stripe_subscription_id"))
	}
	return t
}

// TestMySQLTaxonomySecondMigration rebuilds taxonomy's second migration,
// which Prisma generated: relationMode "prisma" drops the foreign keys (their
// MySQL-made indexes stay), four columns and two unique indexes are added.
func TestMySQLTaxonomySecondMigration(t *testing.T) {
	have := cat(my,
		T("accounts").C("id", "VARCHAR(191)", nn).C("userId", "VARCHAR(191)", nn).PK("", "id").
			Idx("accounts_userId_fkey", false, ic("userId")).
			FK("accounts_userId_fkey", []string{"userId"}, "users", []string{"id"}, catalog.Cascade, catalog.Cascade),
		T("posts").C("id", "VARCHAR(191)", nn).C("authorId", "VARCHAR(191)", nn).PK("", "id").
			Idx("posts_authorId_fkey", false, ic("authorId")).
			FK("posts_authorId_fkey", []string{"authorId"}, "users", []string{"id"}, catalog.Restrict, catalog.Cascade),
		T("sessions").C("id", "VARCHAR(191)", nn).C("userId", "VARCHAR(191)", nn).PK("", "id").
			Idx("sessions_userId_fkey", false, ic("userId")).
			FK("sessions_userId_fkey", []string{"userId"}, "users", []string{"id"}, catalog.Cascade, catalog.Cascade),
		taxonomyUsers(false))
	want := cat(my,
		T("accounts").C("id", "VARCHAR(191)", nn).C("userId", "VARCHAR(191)", nn).PK("", "id"),
		T("posts").C("id", "VARCHAR(191)", nn).C("authorId", "VARCHAR(191)", nn).PK("", "id"),
		T("sessions").C("id", "VARCHAR(191)", nn).C("userId", "VARCHAR(191)", nn).PK("", "id"),
		taxonomyUsers(true))
	fieldUnique(want, "users", "stripe_customer_id", "users_stripe_customer_id_key", 58)
	fieldUnique(want, "users", "stripe_subscription_id", "users_stripe_subscription_id_key", 59)
	fieldUnique(want, "users", "email", "users_email_key", 48)
	const expected = "-- DropForeignKey\n" +
		"ALTER TABLE `accounts` DROP FOREIGN KEY `accounts_userId_fkey`;\n\n" +
		"-- DropForeignKey\n" +
		"ALTER TABLE `posts` DROP FOREIGN KEY `posts_authorId_fkey`;\n\n" +
		"-- DropForeignKey\n" +
		"ALTER TABLE `sessions` DROP FOREIGN KEY `sessions_userId_fkey`;\n\n" +
		"-- AlterTable\n" +
		"ALTER TABLE `users` ADD COLUMN `stripe_current_period_end` DATETIME(3) NULL,\n" +
		"    ADD COLUMN `stripe_customer_id` VARCHAR(191) NULL,\n" +
		"    ADD COLUMN `stripe_price_id` VARCHAR(191) NULL,\n" +
		"    ADD COLUMN `stripe_subscription_id` VARCHAR(191) NULL;\n\n" +
		"-- CreateIndex\n" +
		"CREATE UNIQUE INDEX `users_stripe_customer_id_key` ON `users`(`stripe_customer_id`);\n\n" +
		"-- CreateIndex\n" +
		"CREATE UNIQUE INDEX `users_stripe_subscription_id_key` ON `users`(`stripe_subscription_id`);\n"
	diffs := Compare(want, have)
	if got := RenderSQL(my, diffs); got != expected {
		t.Errorf("got\n%s\nwant\n%s\n%s", got, expected, describe(diffs))
	}
}

func TestMySQLCreateTableAndModify(t *testing.T) {
	want := cat(my,
		T("Item").C("id", "INT", nn, auto).C("kind", "ENUM('A','B')", nn, dv("'A'")).C("price", "DECIMAL(10,2)").
			C("on", "TINYINT(1)", nn, dv("false")).C("at", "DATETIME(6)", nn, now).PK("", "id").
			Idx("Item_kind_idx", false, catalog.IndexColumn{Name: "kind", Length: 1, Sort: "DESC"}),
		T("Tag").C("id", "INT UNSIGNED", nn).C("note", "TEXT", nn).PK("", "id"))
	have := cat(my, T("Tag").C("id", "INT UNSIGNED", nn).C("note", "VARCHAR(10)", nn, dv("'x'")).PK("", "id"))
	const expected = "-- AlterTable\n" +
		"ALTER TABLE `Tag` MODIFY `note` TEXT NOT NULL;\n\n" +
		"-- CreateTable\n" +
		"CREATE TABLE `Item` (\n" +
		"    `id` INTEGER NOT NULL AUTO_INCREMENT,\n" +
		"    `kind` ENUM('A', 'B') NOT NULL DEFAULT 'A',\n" +
		"    `price` DECIMAL(10, 2) NULL,\n" +
		"    `on` BOOLEAN NOT NULL DEFAULT false,\n" +
		"    `at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),\n\n" +
		"    INDEX `Item_kind_idx`(`kind`(1) DESC),\n" +
		"    PRIMARY KEY (`id`)\n" +
		") DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
	diffs := Compare(want, have)
	if got := RenderSQL(my, diffs); got != expected {
		t.Errorf("got\n%s\nwant\n%s\n%s", got, expected, describe(diffs))
	}
}

// TestMySQLNativeTypesWithoutArguments renders MySQL native types written
// without their optional argument as Prisma's MySQL renderer does
// (prisma-engines sql_renderer/mysql_renderer.rs, render_column_type: the
// argument only when given; render_default: CURRENT_TIMESTAMP with the
// native type's precision, 3 when it has none). There is no offline MySQL
// oracle; MariaDB accepts the statement (the differential applies it).
func TestMySQLNativeTypesWithoutArguments(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/schema.prisma", `datasource db {
  provider = "mysql"
}

model Slot {
  id      Int      @id
  at      DateTime @db.DateTime
  created DateTime @default(now()) @db.DateTime
  stamp   DateTime @default(now()) @db.Timestamp(0)
  time    DateTime @db.Time
  ts      DateTime @db.Timestamp
  amount  Decimal  @db.Decimal
  exact   Decimal  @db.Decimal(10, 2)
}
`)
	want := loadWant(t, dir+"/schema.prisma")
	got := RenderSQL(my, Compare(want, catalog.New(my)))
	const sql = "-- CreateTable\nCREATE TABLE `Slot` (\n" +
		"    `id` INTEGER NOT NULL,\n" +
		"    `at` DATETIME NOT NULL,\n" +
		"    `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP(3),\n" +
		"    `stamp` TIMESTAMP(0) NOT NULL DEFAULT CURRENT_TIMESTAMP(0),\n" +
		"    `time` TIME NOT NULL,\n" +
		"    `ts` TIMESTAMP NOT NULL,\n" +
		"    `amount` DECIMAL NOT NULL,\n" +
		"    `exact` DECIMAL(10, 2) NOT NULL,\n\n" +
		"    PRIMARY KEY (`id`)\n" +
		") DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
	if got != sql {
		t.Errorf("got\n%s\nwant\n%s", got, sql)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMySQLStringDefaultEscapesBackslashes: MySQL reads a backslash in a
// string literal as an escape (unless NO_BACKSLASH_ESCAPES), so
// @default("a\\b") must be written 'a\\b' for the column to get the
// schema's a\b. Prisma's renderer only doubles quotes (escape_string_literal),
// so its migration stores "ab" and it then reports the default as changed
// forever; migsync writes the literal the server needs (the MariaDB proof,
// TestMySQLProof, applies it).
func TestMySQLStringDefaultEscapesBackslashes(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/schema.prisma", "datasource db {\n  provider = \"mysql\"\n}\n\nmodel A {\n  id Int    @id\n  s  String @default(\"it's a\\\\b\")\n}\n")
	want := loadWant(t, dir+"/schema.prisma")
	got := RenderSQL(my, Compare(want, catalog.New(my)))
	if !strings.Contains(got, "`s` VARCHAR(191) NOT NULL DEFAULT 'it''s a\\\\b',") {
		t.Errorf("got\n%s", got)
	}
}
