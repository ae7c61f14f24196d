package sqlddl

import (
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// TestMySQLParserPanicIsANotice: the TiDB parser's literal driver panics on
// a decimal literal of more than 81 digits (FuzzReplayMySQL found it; its
// input is in testdata/fuzz). The statement becomes an error notice on its
// line, and the rest of the migration is replayed; a schema expression
// with such a literal classifies as nothing.
func TestMySQLParserPanicIsANotice(t *testing.T) {
	long := strings.Repeat("9", 90) + ".5"
	sql := "CREATE TABLE `a` (`id` INTEGER NOT NULL);\n" +
		"ALTER TABLE `a` ADD COLUMN `x` DECIMAL(65,30) NOT NULL DEFAULT " + long + ";\n" +
		"CREATE TABLE `b` (`id` INTEGER NOT NULL);\n"
	cat, notices := Replay(catalog.MySQL, []Migration{{Name: "1", Path: "1.sql", SQL: []byte(sql)}})
	if len(notices) != 1 || !notices[0].Error || notices[0].Pos.Line != 2 || !strings.Contains(notices[0].Message, "the MySQL parser failed") {
		t.Fatalf("notices: %v", notices)
	}
	if cat.Table("", "a") == nil || cat.Table("", "b") == nil {
		t.Errorf("the statements around it were not replayed: %s", dumpCatalog(cat))
	}
	if d := mysqlEquivalent(long, catalog.Type{Name: "DECIMAL"}); d != nil {
		t.Errorf("mysqlEquivalent(%q) = %+v, want nil", long, d)
	}
}
