package sqlddl

import (
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"
)

// pgPieceCases are scripts whose semicolons a statement splitter can
// misjudge: PostgreSQL decides every cut (postgres_pieces.go).
var pgPieceCases = map[string]string{
	"quotes and comments": "CREATE TABLE a (id int, note text DEFAULT 'x;y');\n" +
		"SELECT 'a\\'; -- it's; CREATE TABLE wrong1 (id int);\n" +
		"/* nested /* ; */ CREATE TABLE wrong2 (id int); */\n" +
		"SELECT E'\\';' ; CREATE TABLE \"b;c\" (id int);\n" +
		"SELECT $x$ ; CREATE TABLE wrong3 (id int); $x$; SELECT a$b FROM (SELECT 1 AS \"a$b\") t;\n" +
		"CREATE TABLE d (id int); -- trailing;\n",
	"BEGIN ATOMIC body": "CREATE TABLE e (id int);\n" +
		"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\n" +
		"ALTER TABLE e ADD COLUMN x int;\n",
	"DO block":            "CREATE TABLE g (id int);\nDO $$ BEGIN\n  ALTER TABLE g ADD COLUMN y int;\nEND $$;\nCREATE INDEX g_y ON g (y);\n",
	"syntax error late":   "CREATE TABLE h (id int);\nCREATE INDEX h_id ON h (id);\nCREATE TABLE i (id int,, x int);\nCREATE TABLE j (id int);\n",
	"unterminated string": "CREATE TABLE k (id int);\nSELECT 'no end;\nCREATE TABLE l (id int);\n",
	"no final semicolon":  "CREATE TABLE m (id int);\nCREATE TABLE n (id int)",
}

// TestPostgresPiecesMatchWhole replays every corpus history and the scripts
// above parsed whole, then parsed in pieces cut after every statement: the
// same catalogue (with positions) and the same notices.
func TestPostgresPiecesMatchWhole(t *testing.T) {
	histories := map[string][]Migration{}
	for project, dir := range pgCorpus(t) {
		histories[project] = loadMigrations(t, dir)
	}
	for name, sql := range pgPieceCases {
		histories[name] = []Migration{{Name: "1", Path: "1.sql", SQL: []byte(sql)}}
	}
	replay := func(ms []Migration, pieceSize int) string {
		defer func(old int) { pgPieceSize = old }(pgPieceSize)
		pgPieceSize = pieceSize
		cat, notices := Replay(catalog.Postgres, ms)
		return pgDump(cat, true) + strings.Join(pgNoticeLines(notices), "\n")
	}
	for name, ms := range histories {
		whole := replay(ms, 1<<30)
		if pieces := replay(ms, 0); pieces != whole {
			t.Errorf("%s: parsed in pieces:\n%s\n--- parsed whole:\n%s", name, pieces, whole)
		}
	}
	// The scripts test what they say: a syntax error leaves nothing
	// replayed, and the misleading semicolons created no table.
	whole := replay([]Migration{{Name: "1", Path: "1.sql", SQL: []byte(pgPieceCases["syntax error late"])}}, 0)
	if !strings.Contains(whole, "ERROR 1.sql:3: syntax error") || strings.Contains(whole, "table h") {
		t.Errorf("syntax error late:\n%s", whole)
	}
	quotes := replay([]Migration{{Name: "1", Path: "1.sql", SQL: []byte(pgPieceCases["quotes and comments"])}}, 0)
	if strings.Contains(quotes, "wrong") || !strings.Contains(quotes, "b;c") {
		t.Errorf("quotes and comments:\n%s", quotes)
	}
}

// TestPgCutHolds: a cut holds only where PostgreSQL itself ends a statement.
func TestPgCutHolds(t *testing.T) {
	for text, want := range map[string]bool{
		"SELECT 1;":                          true,
		"SELECT 1;;  \n;":                    true,
		"CREATE TABLE a (id int); SELECT 2;": true,
		"SELECT 1; -- x;":                    false,
		"SELECT 1; /* ; */ ;":                false, // a comment after the last statement
		"SELECT 'a\\'; -- it's;":             false,
	} {
		pb, err := pgparse.ParseProtobuf(text)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if got := pgCutHolds(text, pb); got != want {
			t.Errorf("pgCutHolds(%q) = %v, want %v", text, got, want)
		}
	}
	// A cut inside a BEGIN ATOMIC body does not even parse.
	if _, err := pgparse.ParseProtobuf("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1;"); err == nil {
		t.Error("a cut inside BEGIN ATOMIC parsed")
	}
}
