package sqlddl

import (
	"bytes"
	"sort"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// TestMySQLCasesGolden replays the differential test's histories without a
// database against a reviewed golden dump (the differential test checked it
// against MariaDB), so that they guard the replay in every run.
func TestMySQLCasesGolden(t *testing.T) {
	names := make([]string, 0, len(mysqlCases))
	for n := range mysqlCases {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		cat, notices := replayMySQLScripts(mysqlCases[n]...)
		b.WriteString("== " + n + "\n" + noticeText(notices) + dumpCatalog(cat))
	}
	checkGolden(t, "testdata/mysql/cases.golden", b.String())
}

// FuzzReplayMySQL replays arbitrary scripts: no panic, no hang, notices on
// lines of the script.
func FuzzReplayMySQL(f *testing.F) {
	for _, m := range loadMigrations(f, corpusMigrations("mysql/taxonomy")) {
		f.Add(m.SQL, []byte("ALTER TABLE `users` RENAME COLUMN `id` TO `uid`, DROP PRIMARY KEY;\nDROP TABLE `posts`;"))
	}
	for _, scripts := range mysqlCases {
		f.Add([]byte(scripts[0]), []byte(strings.Join(scripts[1:], "\n")))
	}
	f.Add([]byte("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = CASE WHEN 1 THEN 2 END; END;"), []byte("CREATE TABLE x LIKE y; CREATE TABLE z AS SELECT 1;"))
	f.Fuzz(func(t *testing.T, first, second []byte) {
		ms := []Migration{{Name: "1", Path: "1.sql", SQL: first}, {Name: "2", Path: "2.sql", SQL: second}}
		cat, notices := Replay(catalog.MySQL, ms)
		for _, n := range notices {
			src := first
			if n.Pos.File == "2.sql" {
				src = second
			}
			if n.Pos.Line < 1 || n.Pos.Line > bytes.Count(src, []byte("\n"))+1 {
				t.Errorf("notice %v is outside its script", n)
			}
		}
		for _, tb := range cat.Tables {
			for _, ix := range tb.Indexes {
				if len(ix.Columns) == 0 {
					t.Errorf("index %s.%s has no columns", tb.Name, ix.Name)
				}
			}
		}
	})
}

func BenchmarkReplayMySQL(b *testing.B) {
	ms := loadMigrations(b, corpusMigrations("mysql/taxonomy"))
	for b.Loop() {
		if _, notices := Replay(catalog.MySQL, ms); len(notices) != 0 {
			b.Fatal(notices)
		}
	}
}
