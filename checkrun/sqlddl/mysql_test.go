package sqlddl

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// TestReplayMySQLCorpus replays shadcn-ui/taxonomy (testdata/corpus/shadcn-ui__taxonomy): no
// notices, the reviewed golden catalogue, positions on lines naming the
// objects. Its second migration drops the foreign keys, so the indexes MySQL
// created for them remain.
func TestReplayMySQLCorpus(t *testing.T) {
	dir := "testdata/mysql/taxonomy"
	ms := loadMigrations(t, corpusMigrations("mysql/taxonomy"))
	cat, notices := Replay(catalog.MySQL, ms)
	for _, n := range notices {
		t.Errorf("unexpected notice: %s (error=%v)", n, n.Error)
	}
	checkGolden(t, filepath.Join(dir, "catalog.golden"), dumpCatalog(cat))
	checkPositions(t, cat, ms)
}

// replayMySQLScripts replays numbered migrations m1.sql, m2.sql, ….
func replayMySQLScripts(scripts ...string) (*catalog.Catalog, []Notice) {
	var ms []Migration
	for i, s := range scripts {
		name := fmt.Sprintf("m%d", i+1)
		ms = append(ms, Migration{Name: name, Path: name + ".sql", SQL: []byte(s)})
	}
	return Replay(catalog.MySQL, ms)
}

func noticeText(ns []Notice) string {
	var b strings.Builder
	for _, n := range ns {
		kind := "notice"
		if n.Error {
			kind = "error"
		}
		fmt.Fprintf(&b, "%s %s: %s\n", kind, n.Pos, n.Message)
	}
	return b.String()
}

func TestReplayMySQL(t *testing.T) {
	tests := []struct {
		name    string
		scripts []string
		want    string // dumpCatalog
		notices string // noticeText
	}{
		{
			name: "positions of clauses",
			scripts: []string{"CREATE TABLE `a` (\n  `id` INT NOT NULL AUTO_INCREMENT,\n  `x` VARCHAR(10) NULL UNIQUE,\n\n  PRIMARY KEY (`id`)\n);\n",
				"-- AlterTable\nALTER TABLE `a` ADD COLUMN `y` INT NOT NULL DEFAULT 0,\n    ADD COLUMN `z` ENUM('A', 'B') NULL AFTER `id`,\n    MODIFY `x` VARCHAR(20) NOT NULL;\n"},
			want: `table a @m1.sql:1
  column id INT NOT NULL AUTOINCREMENT @m1.sql:2
  column z ENUM('A','B') @m2.sql:3
  column x VARCHAR(20) NOT NULL @m2.sql:4
  column y INT NOT NULL DEFAULT[value] 0 @m2.sql:2
  primary key "" (id) @m1.sql:5
  unique index (constraint) x (x) @m1.sql:3
`,
		},
		{
			name: "failures are reported and the replay goes on",
			scripts: []string{"CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE c (id INT PRIMARY KEY, p_id INT,\n  CONSTRAINT c_p_fkey FOREIGN KEY (p_id) REFERENCES p(id));\n" +
				"DROP INDEX c_p_fkey ON c;\nALTER TABLE nope ADD COLUMN x INT;\nCREATE TABLE p (id INT);\nCREATE TABLE q (\n  id INT,\n  id2 INT NOT NUL\n);\n" +
				"ALTER TABLE c DROP COLUMN missing;\nALTER TABLE c ADD COLUMN ok INT;\n"},
			want: `table c @m1.sql:2
  column id INT NOT NULL @m1.sql:2
  column p_id INT @m1.sql:2
  column ok INT @m1.sql:12
  primary key "" (id) @m1.sql:2
  index c_p_fkey (p_id) @m1.sql:3
  foreign key "c_p_fkey" (p_id) -> p(id) ON DELETE RESTRICT ON UPDATE RESTRICT @m1.sql:3
table p @m1.sql:1
  column id INT NOT NULL @m1.sql:1
  primary key "" (id) @m1.sql:1
`,
			notices: `error m1.sql:4: cannot drop index "c_p_fkey": needed in foreign key constraint "c_p_fkey"
error m1.sql:5: table "nope" does not exist
error m1.sql:6: table "p" already exists
error m1.sql:9: syntax error: near "NUL )"
error m1.sql:11: cannot drop column "missing": it does not exist in table "c"
`,
		},
		{
			name:    "a failing ALTER TABLE changes nothing",
			scripts: []string{"CREATE TABLE t (id INT PRIMARY KEY, a INT);\nALTER TABLE t ADD COLUMN b INT, RENAME COLUMN a TO c, ADD INDEX t_b_idx (b), DROP COLUMN missing;\n"},
			want: `table t @m1.sql:1
  column id INT NOT NULL @m1.sql:1
  column a INT @m1.sql:1
  primary key "" (id) @m1.sql:1
`,
			notices: "error m1.sql:2: cannot drop column \"missing\": it does not exist in table \"t\"\n",
		},
		{
			name: "compound statements, views, DML and other statements",
			scripts: []string{"CREATE TABLE t (id INT PRIMARY KEY, n INT);\nINSERT INTO t VALUES (1, 2);\nSET FOREIGN_KEY_CHECKS = 0;\n" +
				"CREATE DEFINER = CURRENT_USER TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN\n  IF NEW.n IS NULL THEN SET NEW.n = 0; END IF;\nEND;\n" +
				"CREATE PROCEDURE p() BEGIN SELECT 1; END;\nCREATE VIEW v AS SELECT id FROM t;\nCREATE DATABASE other;\nTRUNCATE TABLE t;\n"},
			want: `table t @m1.sql:1
  column id INT NOT NULL @m1.sql:1
  column n INT @m1.sql:1
  primary key "" (id) @m1.sql:1
  trigger t_bi @m1.sql:4
view v @m1.sql:8
`,
			notices: "notice m1.sql:9: CREATE DATABASE is outside the schema; it was not replayed\n",
		},
		{
			name: "renames follow references",
			scripts: []string{"CREATE TABLE u (id INT PRIMARY KEY, email VARCHAR(100), KEY (email));\n" +
				"CREATE TABLE p (id INT PRIMARY KEY, uid INT, CONSTRAINT p_uid_fkey FOREIGN KEY (uid) REFERENCES u(id) ON DELETE CASCADE ON UPDATE CASCADE);\n",
				"ALTER TABLE u RENAME COLUMN id TO user_id, RENAME INDEX email TO u_email_idx;\nRENAME TABLE u TO users;\nALTER TABLE p CHANGE uid owner_id INT NULL;\n"},
			want: `table p @m1.sql:2
  column id INT NOT NULL @m1.sql:2
  column owner_id INT @m2.sql:3
  primary key "" (id) @m1.sql:2
  index p_uid_fkey (owner_id) @m1.sql:2
  foreign key "p_uid_fkey" (owner_id) -> users(user_id) ON DELETE CASCADE ON UPDATE CASCADE @m1.sql:2
table users @m1.sql:1
  column user_id INT NOT NULL @m1.sql:1
  column email VARCHAR(100) @m1.sql:1
  primary key "" (user_id) @m1.sql:1
  index u_email_idx (email) @m2.sql:1
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat, notices := replayMySQLScripts(tt.scripts...)
			if got := dumpCatalog(cat); got != tt.want {
				t.Errorf("catalogue:\n%s\nwant:\n%s", got, tt.want)
			}
			if got := noticeText(notices); got != tt.notices {
				t.Errorf("notices:\n%s\nwant:\n%s", got, tt.notices)
			}
		})
	}
}

func TestMySQLType(t *testing.T) {
	cat, notices := replayMySQLScripts("CREATE TABLE t (a TINYINT(1), b BOOLEAN, c INT(11) UNSIGNED, d DECIMAL, e TEXT(100), f LONGBLOB, g DATETIME, h TIMESTAMP(6), i DOUBLE PRECISION, j VARBINARY(16), k SET('x','y'), l MEDIUMINT, m CHAR, n JSON, o YEAR, p BIT(3), q BINARY(4));")
	if len(notices) != 0 {
		t.Fatal(noticeText(notices))
	}
	want := []string{"TINYINT(1)", "TINYINT(1)", "INT UNSIGNED", "DECIMAL(10,0)", "TINYTEXT", "LONGBLOB", "DATETIME(0)", "TIMESTAMP(6)", "DOUBLE", "VARBINARY(16)", "SET('x','y')", "MEDIUMINT", "CHAR(1)", "JSON", "YEAR", "BIT(3)", "BINARY(4)"}
	for i, c := range cat.Tables[0].Columns {
		if c.Type.Name != want[i] {
			t.Errorf("column %s: type %q, want %q", c.Name, c.Type.Name, want[i])
		}
		if c.Type.Unsupported != (c.Name == "k") {
			t.Errorf("column %s: unsupported = %v", c.Name, c.Type.Unsupported)
		}
	}
}

func TestMySQLDefaults(t *testing.T) {
	cat, notices := replayMySQLScripts("CREATE TABLE t (a VARCHAR(10) DEFAULT 'it''s', b INT DEFAULT -3, c DOUBLE DEFAULT 1.5, d BOOLEAN DEFAULT TRUE, e TINYINT(1) DEFAULT 0, f DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3), g DATETIME DEFAULT NOW(), h VARCHAR(36) DEFAULT (uuid()), i INT DEFAULT NULL, j ENUM('A','B') DEFAULT 'B', k INT DEFAULT (1));")
	if len(notices) != 0 {
		t.Fatal(noticeText(notices))
	}
	want := []string{"value 'it''s'", "value -3", "value 1.5", "value true", "value false", "now ", "now ", "expr (UUID())", "none", "value 'B'", "value 1"}
	for i, c := range cat.Tables[0].Columns {
		got := "none"
		if c.Default != nil {
			got = string(c.Default.Kind) + " " + c.Default.Value
		}
		if got != want[i] {
			t.Errorf("column %s: default %q, want %q", c.Name, got, want[i])
		}
	}
}
