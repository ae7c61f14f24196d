//go:build !cgo

package pgparse

import (
	"errors"
	"testing"

	"google.golang.org/protobuf/proto"
)

// TestDiskCacheServesEveryCall: with the disk cache, a second run of the
// same calls (a parse with a DO block, which also scans, a syntax error, a
// deparse and a PL/pgSQL parse) makes no call into the WebAssembly module
// and gets the same results.
func TestDiskCacheServesEveryCall(t *testing.T) {
	withCache(t)
	const sql = `CREATE TABLE "T" ("id" TEXT NOT NULL); DO $$ BEGIN CREATE INDEX "i" ON "T"("id"); END $$;`
	const fn = `CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := 1; RETURN NEW; END $$`
	type results struct {
		tree    []byte
		errPos  int
		deparse string
		plpgsql string
	}
	do := func() results {
		var r results
		tree, err := Parse(sql)
		if err != nil {
			t.Fatal(err)
		}
		if r.tree, err = proto.Marshal(tree); err != nil {
			t.Fatal(err)
		}
		var perr *Error
		if _, err := Parse("CREATE TABLE t (id int,, x int)"); !errors.As(err, &perr) {
			t.Fatalf("syntax error: %v (%T)", err, err)
		}
		r.errPos = perr.Cursorpos
		if r.deparse, err = Deparse(tree); err != nil {
			t.Fatal(err)
		}
		if r.plpgsql, err = ParsePlPgSqlToJSON(fn); err != nil {
			t.Fatal(err)
		}
		return r
	}
	before := calls.Load()
	first := do()
	made := calls.Load() - before
	if made < 5 { // parse, scan (DO), the error's parse, deparse, plpgsql
		t.Fatalf("%d calls into the module on the first run, want at least 5", made)
	}
	if first.tree == nil || first.errPos != 24 {
		t.Fatalf("first run: %+v", first)
	}
	before = calls.Load()
	second := do()
	if n := calls.Load() - before; n != 0 {
		t.Errorf("%d calls into the module on the second run, want 0", n)
	}
	if string(second.tree) != string(first.tree) || second.errPos != first.errPos || second.deparse != first.deparse || second.plpgsql != first.plpgsql {
		t.Errorf("the cached results differ:\n%+v\n%+v", first, second)
	}
}
