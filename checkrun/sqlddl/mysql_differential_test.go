package sqlddl

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/dbcheck/myquery"
)

// mysqlCases are migration histories replayed both statically and in a real
// MariaDB/MySQL (TestMySQLDifferential): the two schemas must agree.
var mysqlCases = map[string][]string{
	"implicit foreign key indexes": {`
CREATE TABLE p (id INT NOT NULL, code VARCHAR(20) NOT NULL, PRIMARY KEY (id), UNIQUE INDEX p_code_key (code));
CREATE TABLE c1 (id INT PRIMARY KEY, a INT, b INT, CONSTRAINT c1_a_fkey FOREIGN KEY (a) REFERENCES p(id));
CREATE TABLE c2 (id INT PRIMARY KEY, a INT, FOREIGN KEY fkidx (a) REFERENCES p(id));
CREATE TABLE c3 (id INT PRIMARY KEY, a INT, CONSTRAINT sym FOREIGN KEY fkidx (a) REFERENCES p(id) ON DELETE SET NULL);
CREATE TABLE c4 (id INT PRIMARY KEY, a INT, FOREIGN KEY (a) REFERENCES p(id), FOREIGN KEY (a) REFERENCES p(id) ON UPDATE CASCADE);
CREATE TABLE c5 (id INT PRIMARY KEY, a INT, b INT, email VARCHAR(10) UNIQUE, KEY (a, b), CONSTRAINT c5fk FOREIGN KEY (a) REFERENCES p(id));
CREATE TABLE c6 (id INT PRIMARY KEY, a INT, CONSTRAINT c6fk FOREIGN KEY (a) REFERENCES p(id));
CREATE INDEX c6_a_idx ON c6(a);
ALTER TABLE c1 DROP FOREIGN KEY c1_a_fkey;
CREATE TABLE c7 (id INT PRIMARY KEY, code VARCHAR(20), CONSTRAINT c7_code_fkey FOREIGN KEY (code) REFERENCES p(code) ON DELETE CASCADE ON UPDATE NO ACTION);
ALTER TABLE c7 DROP FOREIGN KEY c7_code_fkey;
DROP INDEX c7_code_fkey ON c7;
`},
	"prisma statements": {"-- CreateTable\nCREATE TABLE `Post` (\n    `id` INTEGER NOT NULL AUTO_INCREMENT,\n    `slug` VARCHAR(191) NOT NULL,\n    `body` LONGTEXT NOT NULL,\n" +
		"    `kind` ENUM('DRAFT', 'PUBLISHED') NOT NULL DEFAULT 'DRAFT',\n    `rating` DOUBLE NULL,\n    `bytes` LONGBLOB NULL,\n    `tenant` VARCHAR(36) NOT NULL,\n    `ver` BIGINT UNSIGNED NOT NULL DEFAULT 0,\n\n" +
		"    UNIQUE INDEX `Post_slug_key`(`slug`),\n    INDEX `Post_tenant_slug_idx`(`tenant`, `slug` DESC),\n    FULLTEXT INDEX `Post_body_idx`(`body`),\n    PRIMARY KEY (`id`)\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n" +
		"CREATE TABLE `Tag` (`postId` INTEGER NOT NULL, `name` VARCHAR(50) NOT NULL, PRIMARY KEY (`postId`, `name`));\n" +
		"ALTER TABLE `Tag` ADD CONSTRAINT `Tag_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;\n",
		"-- DropIndex\nDROP INDEX `Post_tenant_slug_idx` ON `Post`;\n-- AlterTable\nALTER TABLE `Post` MODIFY `kind` ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED') NOT NULL DEFAULT 'PUBLISHED',\n    MODIFY `rating` DECIMAL(5, 2) NULL;\n" +
			"-- AlterTable\nALTER TABLE `Tag` DROP PRIMARY KEY,\n    ADD COLUMN `id` INTEGER NOT NULL AUTO_INCREMENT,\n    ADD PRIMARY KEY (`id`);\n" +
			"-- CreateIndex\nCREATE UNIQUE INDEX `Tag_postId_name_key` ON `Tag`(`postId`, `name`);\nCREATE FULLTEXT INDEX `Post_slug_body_idx` ON `Post`(`slug`, `body`);\n" +
			"-- RenameIndex\nALTER TABLE `Post` RENAME INDEX `Post_body_idx` TO `Post_content_idx`;\n"},
	"spatial": {"CREATE TABLE `place` (\n  `id` INT NOT NULL PRIMARY KEY,\n  `loc` POINT NOT NULL,\n  `area` POLYGON NULL,\n  SPATIAL INDEX (`loc`)\n);\n" +
		"ALTER TABLE `place` ADD COLUMN `shape` GEOMETRY NOT NULL, ADD SPATIAL INDEX `place_shape_idx` (`shape`);\n"},
	"alter table": {`
CREATE TABLE users (
    id INTEGER NOT NULL AUTO_INCREMENT,
    email VARCHAR(191) NOT NULL,
    role ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
    score DOUBLE NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT true,
    created DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    bio TEXT NULL,
    price DECIMAL(65, 30) NULL,
    UNIQUE INDEX users_email_key(email),
    PRIMARY KEY (id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE posts (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, title VARCHAR(100) NOT NULL, author_id INT NOT NULL, FULLTEXT INDEX posts_title_idx (title));
ALTER TABLE posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE RESTRICT ON UPDATE CASCADE;
`, `
ALTER TABLE users ADD COLUMN nick VARCHAR(50) NULL AFTER email,
    ADD COLUMN age SMALLINT UNSIGNED NULL FIRST,
    MODIFY role ENUM('USER', 'ADMIN', 'OWNER') NOT NULL DEFAULT 'OWNER',
    CHANGE COLUMN bio about MEDIUMTEXT NULL,
    DROP COLUMN score;
ALTER TABLE users RENAME COLUMN nick TO nickname, ALTER COLUMN active DROP DEFAULT, ALTER COLUMN price SET DEFAULT 1.5;
CREATE INDEX users_nickname_created_idx ON users(nickname(10), created DESC);
ALTER TABLE users RENAME INDEX users_email_key TO users_mail_key;
ALTER TABLE posts DROP FOREIGN KEY posts_author_id_fkey;
ALTER TABLE posts RENAME TO articles;
RENAME TABLE articles TO entries;
ALTER TABLE entries ADD CONSTRAINT entries_author_id_fkey FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE CASCADE ON UPDATE CASCADE;
CREATE TABLE gone (id INT PRIMARY KEY);
DROP TABLE gone;
INSERT INTO users (email, active) VALUES ('a@b.c', false);
UPDATE users SET nickname = 'x' WHERE id = 1;
`},
}

// TestMySQLDifferential applies migrations to a fresh MariaDB/MySQL database,
// reads its schema from information_schema and compares it with the static
// replay. Set MIGSYNC_TEST_MYSQL_URL (e.g. root@tcp(127.0.0.1:3306)/test).
func TestMySQLDifferential(t *testing.T) {
	url := os.Getenv("MIGSYNC_TEST_MYSQL_URL")
	if url == "" {
		t.Skip("MIGSYNC_TEST_MYSQL_URL is not set")
	}
	cases := map[string][]Migration{}
	for name, scripts := range mysqlCases {
		for i, s := range scripts {
			n := fmt.Sprintf("m%d", i+1)
			cases[name] = append(cases[name], Migration{Name: n, Path: n + ".sql", SQL: []byte(s)})
		}
	}
	cases["taxonomy"] = loadMigrations(t, corpusMigrations("mysql/taxonomy"))
	for name, ms := range cases {
		t.Run(name, func(t *testing.T) {
			db := freshMySQLDatabase(t, url)
			for _, m := range ms {
				if _, err := db.Exec(string(m.SQL)); err != nil {
					t.Fatalf("%s: %v", m.Path, err)
				}
			}
			want := introspectMySQL(t, db)
			got, notices := Replay(catalog.MySQL, ms)
			for _, n := range notices {
				if n.Error {
					t.Errorf("unexpected error notice: %s", n)
				}
			}
			if g, w := schemaText(got), schemaText(want); g != w {
				t.Errorf("replay and database differ:\n%s", firstDiff(w, g))
			}
		})
	}
}

// freshMySQLDatabase creates a database for the test and drops it afterwards.
func freshMySQLDatabase(t *testing.T, url string) *sql.DB {
	t.Helper()
	cfg, err := mysql.ParseDSN(url)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	name := "migsync_sqlddl_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Skipf("cannot create a database on %s: %v", url, err)
	}
	t.Cleanup(func() { admin.Exec("DROP DATABASE " + name) })
	cfg.DBName = name
	cfg.MultiStatements = true
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// introspectMySQL reads the current database's tables from information_schema.
func introspectMySQL(t *testing.T, db *sql.DB) *catalog.Catalog {
	t.Helper()
	cat := catalog.New(catalog.MySQL)
	rows := queryRows(t, db, `SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
		FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`)
	for _, r := range rows {
		tb := cat.Table("", r[0].String)
		if tb == nil {
			tb = cat.AddTable(&catalog.Table{Name: r[0].String})
		}
		c := &catalog.Column{Name: r[1].String, NotNull: r[3].String == "NO", AutoIncrement: strings.Contains(r[5].String, "auto_increment")}
		c.Type = myquery.Type(r[2].String) // as db-check reads it
		if r[4].Valid {
			c.Default = introspectedDefault(r[4].String, c.Type)
		}
		tb.Columns = append(tb.Columns, c)
	}
	// The keys as db-check reads them.
	myquery.AddIndexes(cat, queryRows(t, db, myquery.Indexes))
	myquery.AddForeignKeys(cat, queryRows(t, db, myquery.ForeignKeys))
	return cat
}

func queryRows(t *testing.T, db *sql.DB, q string) [][]sql.NullString {
	t.Helper()
	rows, err := myquery.Rows(context.Background(), db, q)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// introspectedDefault classifies information_schema's COLUMN_DEFAULT
// (MariaDB quotes string defaults and reports NULL as the text NULL).
func introspectedDefault(s string, typ catalog.Type) *catalog.Default {
	switch {
	case s == "NULL":
		return nil
	case strings.HasPrefix(strings.ToLower(s), "current_timestamp"):
		return &catalog.Default{Kind: catalog.DefaultNow}
	case strings.HasPrefix(s, "'"):
		return &catalog.Default{Kind: catalog.DefaultValue, Value: s}
	}
	if isSQLiteNumber(tokenize(s, lexMySQL)) {
		if typ.Name == "TINYINT(1)" && (s == "0" || s == "1") {
			s = map[string]string{"0": "false", "1": "true"}[s]
		}
		return &catalog.Default{Kind: catalog.DefaultValue, Value: s}
	}
	return &catalog.Default{Kind: catalog.DefaultExpr, Value: s}
}

// schemaText renders the parts of a MySQL catalogue the database can tell,
// ignoring positions, CHECKs (MariaDB adds json_valid checks) and the
// constraint/index distinction; MariaDB's JSON is LONGTEXT.
func schemaText(c *catalog.Catalog) string {
	cp := *c
	cp.Views = nil
	var tables []*catalog.Table
	for _, t := range c.Tables {
		tc := *t
		tc.Pos, tc.Checks, tc.Triggers = catalog.Pos{}, nil, nil
		tc.Columns = nil
		for _, col := range t.Columns {
			cc := *col
			cc.Pos = catalog.Pos{}
			if cc.Type.Name == "JSON" {
				cc.Type.Name = "LONGTEXT"
			}
			if cc.Default != nil {
				d := *cc.Default
				d.Pos = catalog.Pos{}
				// MariaDB pads DECIMAL defaults: 1.5 is 1.500000…
				if f, err := strconv.ParseFloat(d.Value, 64); err == nil && d.Kind == catalog.DefaultValue {
					d.Value = strconv.FormatFloat(f, 'g', -1, 64)
				}
				cc.Default = &d
			}
			tc.Columns = append(tc.Columns, &cc)
		}
		tc.Indexes = nil
		for _, ix := range t.Indexes {
			ic := *ix
			ic.Constraint, ic.Pos = false, catalog.Pos{}
			tc.Indexes = append(tc.Indexes, &ic)
		}
		if t.PrimaryKey != nil {
			pk := *t.PrimaryKey
			pk.Pos = catalog.Pos{}
			tc.PrimaryKey = &pk
		}
		tc.ForeignKeys = nil
		for _, fk := range t.ForeignKeys {
			fc := *fk
			fc.Pos = catalog.Pos{}
			tc.ForeignKeys = append(tc.ForeignKeys, &fc)
		}
		tables = append(tables, &tc)
	}
	cp.Tables = tables
	out := dumpCatalog(&cp)
	// positions are printed as " @" + "" at line ends
	return strings.ReplaceAll(out, " @\n", "\n")
}
