//go:build cgo

package pgparse

import (
	pg "github.com/pganalyze/pg_query_go/v6"
	pgparser "github.com/pganalyze/pg_query_go/v6/parser"
	"google.golang.org/protobuf/proto"
)

// Backend is the libpg_query build in use.
const Backend = "cgo"

// Error is a parse error; Cursorpos is the 1-based character position.
type Error = pgparser.Error

// Parse parses SQL into a tree.
func Parse(sql string) (*pg.ParseResult, error) { return pg.Parse(sql) }

// ParseProtobuf parses SQL to libpg_query's protobuf encoding of the tree:
// a few bytes per byte of SQL, where the tree in Go takes tens. A caller
// that parses a long script in pieces keeps these until it applies each
// piece (Decode).
func ParseProtobuf(sql string) ([]byte, error) { return pgparser.ParseToProtobuf(sql) }

// Decode turns ParseProtobuf's result for sql into the tree Parse returns.
func Decode(_ string, pb []byte) (*pg.ParseResult, error) {
	tree := &pg.ParseResult{}
	if err := proto.Unmarshal(pb, tree); err != nil {
		return nil, err
	}
	return tree, nil
}

// Deparse turns a tree back into SQL.
func Deparse(tree *pg.ParseResult) (string, error) { return pg.Deparse(tree) }

// ParsePlPgSqlToJSON parses a PL/pgSQL function body to pg_query's JSON.
func ParsePlPgSqlToJSON(sql string) (string, error) { return pg.ParsePlPgSqlToJSON(sql) }

// SetCacheDir does nothing in the C build: libpg_query needs no compiling
// there, and parsing all of trigger.dev's 820 migrations takes about 30 ms,
// of which the cache would save part (bench/: a filled cache makes the
// WebAssembly build's check 62 ms, the C build's takes 80-90 ms) at the
// price of a folder that only grows.
func SetCacheDir(string) error { return nil }
