package sqlddl

import (
	"reflect"
	"testing"
)

func TestSplitStatements(t *testing.T) {
	type stmt struct {
		Text string
		Line int
		End  int
	}
	tests := []struct {
		name string
		mode lexMode
		src  string
		want []stmt
	}{
		{"plain", lexSQLite, "CREATE TABLE a (x);\n\nDROP TABLE a;", []stmt{{"CREATE TABLE a (x)", 1, 1}, {"DROP TABLE a", 3, 3}}},
		{"comments and empty statements", lexSQLite, "-- c; x\n/* ; */ ;;\nSELECT 1 -- ;\n;", []stmt{{"SELECT 1", 3, 3}}},
		{"quotes", lexSQLite, "INSERT INTO \"a;b\" VALUES ('x;''y', [c;d], `e;f`);\nSELECT 2", []stmt{{"INSERT INTO \"a;b\" VALUES ('x;''y', [c;d], `e;f`)", 1, 1}, {"SELECT 2", 2, 2}}},
		{"multi-line string", lexSQLite, "SELECT 'a\nb\nc';SELECT 3;", []stmt{{"SELECT 'a\nb\nc'", 1, 3}, {"SELECT 3", 3, 3}}},
		{"trigger body", lexSQLite, "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n UPDATE a SET x = CASE WHEN 1 THEN 2 END;\n SELECT 1;\nEND;\nSELECT 4;",
			[]stmt{{"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n UPDATE a SET x = CASE WHEN 1 THEN 2 END;\n SELECT 1;\nEND", 1, 4}, {"SELECT 4", 5, 5}}},
		{"unterminated quote", lexSQLite, "SELECT 'abc;\nSELECT 5;", []stmt{{"SELECT 'abc;\nSELECT 5;", 1, 2}}},
		{"mysql compound", lexMySQL, "CREATE DEFINER=`x`@`%` PROCEDURE p() BEGIN\n IF 1 THEN SET @a = CASE WHEN 1 THEN 2 END; END IF;\n BEGIN SELECT 1; END;\nEND;\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1;\nSELECT 2;",
			[]stmt{{"CREATE DEFINER=`x`@`%` PROCEDURE p() BEGIN\n IF 1 THEN SET @a = CASE WHEN 1 THEN 2 END; END IF;\n BEGIN SELECT 1; END;\nEND", 1, 4}, {"CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1", 5, 5}, {"SELECT 2", 6, 6}}},
		{"mysql comments and escapes", lexMySQL, "# c;\nSELECT 'a\\';b', \"c;\";\n-- d;\nSELECT 1--2;\n/*!40101 SET x=1 */;", []stmt{{"SELECT 'a\\';b', \"c;\"", 2, 2}, {"SELECT 1--2", 4, 4}, {"/*!40101 SET x=1 */", 5, 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []stmt
			for _, s := range splitStatements(tt.src, tt.mode) {
				got = append(got, stmt{s.Text, s.Line, s.EndLine})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestUnquoteIdent(t *testing.T) {
	for in, want := range map[string]string{`"a""b"`: `a"b`, "`x``y`": "x`y", "[z]": "z", "'s''t'": "s't", "plain": "plain", `"`: `"`} {
		if got := unquoteIdent(in); got != want {
			t.Errorf("unquoteIdent(%q) = %q, want %q", in, got, want)
		}
	}
}
