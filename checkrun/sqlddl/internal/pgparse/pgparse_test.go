package pgparse

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	pg "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/proto"
)

// Both builds (cgo and wasm) must give the engine the same trees, the same
// positioned errors and the same deparsed SQL; scripts/test runs this
// package with CGO_ENABLED=0 as well.

func TestParseDeparse(t *testing.T) {
	tree, err := Parse(`CREATE TABLE "RefreshToken" ("id" TEXT NOT NULL, CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")); CREATE INDEX "i" ON "RefreshToken" ("id")`)
	if err != nil {
		t.Fatal(err)
	}
	if len(tree.Stmts) != 2 {
		t.Fatalf("%d statements, want 2", len(tree.Stmts))
	}
	create := tree.Stmts[0].Stmt.GetCreateStmt()
	if create == nil || create.Relation.Relname != "RefreshToken" || len(create.TableElts) != 2 {
		t.Fatalf("first statement: %v", tree.Stmts[0].Stmt)
	}
	out, err := Deparse(&pg.ParseResult{Version: tree.Version, Stmts: tree.Stmts[1:]})
	if err != nil {
		t.Fatal(err)
	}
	if want := `CREATE INDEX i ON "RefreshToken" USING btree (id)`; out != want {
		t.Fatalf("Deparse = %q, want %q", out, want)
	}
}

func TestParseErrorPosition(t *testing.T) {
	_, err := Parse("SELECT 1;\nCREATE TABLE t (id int,, x int)")
	var perr *Error
	if !errors.As(err, &perr) {
		t.Fatalf("error %v (%T) is not a *pgparse.Error", err, err)
	}
	// The cursor (1-based, in characters) points at the second comma.
	if perr.Cursorpos != 34 || !strings.Contains(perr.Message, `syntax error at or near ","`) {
		t.Fatalf("Cursorpos %d, Message %q", perr.Cursorpos, perr.Message)
	}
}

func TestParsePlPgSqlToJSON(t *testing.T) {
	out, err := ParsePlPgSqlToJSON(`CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := 1; RETURN NEW; END $$`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"PLpgSQL_function"`) || !strings.Contains(out, `"PLpgSQL_stmt_assign"`) {
		t.Fatalf("unexpected JSON: %.200s", out)
	}
}

// TestDoArgLocation: the engine places a DO block's statements by the
// location of its body (DefElem.ArgLocation). pg_query_go records it; the
// wasm build (an older libpg_query) does not, and Parse fills it in. The
// expected offsets are what pg_query_go's parser records (byte offsets of
// the string constant's first byte).
func TestDoArgLocation(t *testing.T) {
	cases := []struct {
		sql  string
		want []int32 // one per DO statement, in order
	}{
		{"DO $$ BEGIN NULL; END $$", []int32{3}},
		{"SELECT 'é';\n-- a comment\nDO LANGUAGE plpgsql $x$\nBEGIN NULL; END $x$;\nDO 'BEGIN RAISE NOTICE ''x''; END'", []int32{46, 74}},
		{"DO LANGUAGE 'plpgsql' E'BEGIN NULL; END'", []int32{22}},
		{"DO /* body: */ $$BEGIN NULL; END$$ LANGUAGE /* c */ plpgsql;DO $$BEGIN END$$", []int32{15, 63}},
	}
	for _, c := range cases {
		tree, err := Parse(c.sql)
		if err != nil {
			t.Fatalf("%q: %v", c.sql, err)
		}
		var got []int32
		for _, raw := range tree.Stmts {
			do := raw.Stmt.GetDoStmt()
			if do == nil {
				continue
			}
			for _, a := range do.Args {
				if d := a.GetDefElem(); d.Defname == "as" {
					got = append(got, d.ArgLocation)
				}
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: body locations %v, want %v", c.sql, got, c.want)
		}
	}
}

// TestParseProtobufDecode: ParseProtobuf then Decode gives Parse's tree,
// DO bodies' locations included (both builds).
func TestParseProtobufDecode(t *testing.T) {
	sql := "SELECT 'é';\n-- c\nDO LANGUAGE plpgsql $x$\nBEGIN NULL; END $x$;\nCREATE TABLE t (id int)"
	want, err := Parse(sql)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := ParseProtobuf(sql)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(sql, pb)
	if err != nil {
		t.Fatal(err)
	}
	if !proto.Equal(got, want) {
		t.Fatalf("Decode(ParseProtobuf) differs from Parse:\n%v\n%v", got, want)
	}
	if _, err := ParseProtobuf("CREATE TABLE (;"); err == nil {
		t.Fatal("ParseProtobuf accepted a syntax error")
	}
}
