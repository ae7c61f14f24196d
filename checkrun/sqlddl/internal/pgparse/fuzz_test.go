package pgparse

import (
	"strings"
	"testing"
)

// FuzzDoArgLocation: whatever the input, Parse does not panic, and every
// DO statement's body location points at the start of a string constant of
// that statement ('…', E'…', U&'…' or $tag$…$tag$) — pg_query_go's parser
// records it, the wasm build's Parse fills it in from the scanner.
func FuzzDoArgLocation(f *testing.F) {
	for _, s := range []string{
		"DO $$ BEGIN NULL; END $$",
		"DO LANGUAGE plpgsql $x$ BEGIN NULL; END $x$; DO 'BEGIN NULL; END'",
		"DO LANGUAGE 'plpgsql' E'BEGIN NULL; END'",
		"SELECT 'é'; DO /* c */ U&'BEGIN NULL; END' LANGUAGE plpgsql",
		"CREATE TABLE t (a int); DO $$ BEGIN ALTER TABLE t ADD b int; END $$;",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, sql string) {
		if len(sql) > 4096 {
			return
		}
		tree, err := Parse(sql)
		if err != nil {
			return
		}
		for _, raw := range tree.Stmts {
			do := raw.GetStmt().GetDoStmt()
			if do == nil {
				continue
			}
			for _, a := range do.Args {
				d := a.GetDefElem()
				if d == nil || d.Defname != "as" {
					continue
				}
				loc := int(d.ArgLocation)
				if loc < int(raw.StmtLocation) || loc >= len(sql) {
					t.Fatalf("%q: body location %d outside the statement at %d", sql, loc, raw.StmtLocation)
				}
				rest := sql[loc:]
				if !strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "$") &&
					!strings.HasPrefix(strings.ToUpper(rest), "E'") && !strings.HasPrefix(strings.ToUpper(rest), "U&'") {
					t.Fatalf("%q: body location %d is at %.10q, not a string constant", sql, loc, rest)
				}
			}
		}
	})
}
