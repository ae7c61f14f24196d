package sqlddl

import (
	"bytes"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// FuzzReplaySQLite replays arbitrary scripts: no panic, no hang, and every
// notice points at a line of the script. Each run opens a SQLite database,
// so inputs are slow and the fuzzer spends long minimising the large corpus
// seeds (-fuzzminimizetime 2s helps); FuzzSQLiteText covers the
// hand-written text handling quickly.
func FuzzReplaySQLite(f *testing.F) {
	for _, p := range sqliteCorpus {
		for _, m := range loadMigrations(f, corpusMigrations("sqlite/"+p))[:3] {
			f.Add(m.SQL, []byte(`ALTER TABLE "User" RENAME TO "Person"; DROP INDEX "x";`))
		}
	}
	f.Add([]byte("CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, b TEXT DEFAULT \"x\" UNIQUE REFERENCES a);"), []byte("CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END; ALTER TABLE a RENAME COLUMN b TO c"))
	f.Add([]byte("CREATE INDEX i ON a((b||'x') DESC) WHERE b > 1; CREATE VIEW v AS SELECT 1"), []byte("'unterminated"))
	f.Fuzz(func(t *testing.T, first, second []byte) {
		ms := []Migration{{Name: "1", Path: "1.sql", SQL: first}, {Name: "2", Path: "2.sql", SQL: second}}
		cat, notices := Replay(catalog.SQLite, ms)
		defer releaseSQLite(cat)
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
			if tb.Pos.IsZero() || tb.Name == "" {
				t.Errorf("table %q has no position", tb.Name)
			}
		}
	})
}

// FuzzSQLiteText exercises the hand-written text handling the SQLite replay
// applies to statements and to the SQL SQLite stores: splitting, table and
// index definitions, defaults.
func FuzzSQLiteText(f *testing.F) {
	f.Add("CREATE TABLE \"t\" (\"a\" INTEGER PRIMARY KEY AUTOINCREMENT, b TEXT CONSTRAINT x REFERENCES u, c AS (a+1), CONSTRAINT k FOREIGN KEY (b) REFERENCES u (id), CHECK (a > 0));")
	f.Add("CREATE UNIQUE INDEX i ON t (lower(b) DESC, c COLLATE NOCASE ASC) WHERE a IS NOT NULL")
	f.Add("CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; END; ALTER TABLE a RENAME COLUMN b TO c")
	f.Add("(('it''s'))")
	f.Fuzz(func(t *testing.T, src string) {
		for _, st := range splitStatements(src, lexSQLite) {
			if st.Line < 1 || st.EndLine < st.Line || src[st.Off:st.Off+len(st.Text)] != st.Text {
				t.Fatalf("bad statement %+v", st)
			}
			sc := &stmtContext{src: src, path: "f.sql", st: st}
			sc.analyse()
			parseTableDef(src, st.Tokens)
			parseIndexSQL(st.Text)
		}
		classifySQLiteDefault(src)
	})
}

func BenchmarkReplaySQLite(b *testing.B) {
	for _, p := range sqliteCorpus {
		ms := loadMigrations(b, corpusMigrations("sqlite/"+p))
		b.Run(p, func(b *testing.B) {
			for b.Loop() {
				cat, notices := Replay(catalog.SQLite, ms)
				if len(notices) != 0 {
					b.Fatal(notices)
				}
				releaseSQLite(cat)
			}
		})
	}
}
