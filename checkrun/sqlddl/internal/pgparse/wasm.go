//go:build !cgo

package pgparse

import (
	"os"
	"sync"
	"sync/atomic"

	pg "github.com/pganalyze/pg_query_go/v6"
	pgquery "github.com/wasilibs/go-pgquery"
	wparser "github.com/wasilibs/go-pgquery/parser"
	"google.golang.org/protobuf/proto"
)

// Backend is the libpg_query build in use.
const Backend = "wasm"

// Error is a parse error; Cursorpos is the 1-based character position.
type Error = wparser.Error

// one serializes the calls into go-pgquery. Each of its module instances
// lives in its own wazero runtime with its own compilation cache, so every
// concurrent caller would compile the 2.2 MB module again (about 2 s of CPU
// and 300 MB of memory each): one instance, used in turn, is faster on a
// laptop than parsing in parallel. (go-pgquery offers no way to share the
// compiled module or to keep it in a cache on disk between processes: the
// disk cache of the calls' results, diskcache.go, avoids the calls
// instead.)
var one sync.Mutex

// Parse parses SQL into a tree.
//
// go-pgquery's module is libpg_query 17-6.2.2, pg_query_go v6.2.5 is
// 17-6.2.5: same grammar, but 6.2.5's parser also records where a DefElem's
// string argument starts (DefElem.ArgLocation), and the engine reads it to
// place the statements of a DO block on their migration lines. Parse fills
// it in for DO statements from the scanner's tokens, so that both builds
// give the engine the same trees.
func Parse(sql string) (*pg.ParseResult, error) {
	pb, err := ParseProtobuf(sql)
	if err != nil {
		return nil, err
	}
	return Decode(sql, pb)
}

// ParseProtobuf parses SQL to libpg_query's protobuf encoding of the tree:
// a few bytes per byte of SQL, where the tree in Go takes tens. A caller
// that parses a long script in pieces keeps these until it applies each
// piece (Decode).
func ParseProtobuf(sql string) ([]byte, error) {
	return cached("parse", []byte(sql), func() ([]byte, error) { return wparser.ParseToProtobuf(sql) })
}

// Decode turns ParseProtobuf's result for sql into the tree Parse returns
// (with the DO bodies' locations filled in, as Parse explains).
func Decode(sql string, pb []byte) (*pg.ParseResult, error) {
	tree := &pg.ParseResult{}
	if err := proto.Unmarshal(pb, tree); err != nil {
		return nil, err
	}
	for _, raw := range tree.Stmts {
		if do := raw.GetStmt().GetDoStmt(); do != nil {
			doArgLocation(sql, raw, do)
		}
	}
	return tree, nil
}

// doArgLocation sets the location of a DO statement's body: the first
// string constant of the statement that is not the LANGUAGE's name.
func doArgLocation(sql string, raw *pg.RawStmt, do *pg.DoStmt) {
	var body *pg.DefElem
	for _, a := range do.Args {
		if d := a.GetDefElem(); d != nil && d.Defname == "as" && d.ArgLocation == 0 {
			body = d
		}
	}
	start, end := int(raw.StmtLocation), len(sql)
	if raw.StmtLen > 0 {
		end = start + int(raw.StmtLen)
	}
	if body == nil || start < 0 || end > len(sql) || start >= end {
		return
	}
	pb, err := cached("scan", []byte(sql[start:end]), func() ([]byte, error) { return wparser.ScanToProtobuf(sql[start:end]) })
	if err != nil {
		return
	}
	scan := &pg.ScanResult{}
	if proto.Unmarshal(pb, scan) != nil {
		return
	}
	prev := pg.Token_NUL
	for _, tok := range scan.Tokens {
		if (tok.Token == pg.Token_SCONST || tok.Token == pg.Token_USCONST) && prev != pg.Token_LANGUAGE {
			body.ArgLocation = int32(start) + tok.Start
			return
		}
		if tok.Token != pg.Token_SQL_COMMENT && tok.Token != pg.Token_C_COMMENT {
			prev = tok.Token
		}
	}
}

// Deparse turns a tree back into SQL.
func Deparse(tree *pg.ParseResult) (string, error) {
	// Deterministic: the same tree is the same cache key in every run.
	pb, err := proto.MarshalOptions{Deterministic: true}.Marshal(tree)
	if err != nil {
		return "", err
	}
	out, err := cached("deparse", pb, func() ([]byte, error) {
		s, err := wparser.DeparseFromProtobuf(pb)
		return []byte(s), err
	})
	return string(out), err
}

// ParsePlPgSqlToJSON parses a PL/pgSQL function body to pg_query's JSON.
func ParsePlPgSqlToJSON(sql string) (string, error) {
	out, err := cached("plpgsql", []byte(sql), func() ([]byte, error) {
		s, err := pgquery.ParsePlPgSqlToJSON(sql)
		return []byte(s), err
	})
	return string(out), err
}

// cached is one call into the WebAssembly module, in turn (one), through
// the disk cache (memo).
func cached(op string, input []byte, call func() ([]byte, error)) ([]byte, error) {
	return memo(op, input, func() ([]byte, error) {
		one.Lock()
		defer one.Unlock()
		calls.Add(1)
		return call()
	})
}

// calls counts the calls into the WebAssembly module (for the tests: a run
// served from the disk cache makes none, so the module is never compiled).
var calls atomic.Int64

// SetCacheDir keeps the results of libpg_query's calls in a folder under
// base (diskcache.go), so that later processes need not compile the
// WebAssembly module; "" turns the cache off.
func SetCacheDir(base string) error {
	if base == "" {
		disk.Store(nil)
		return nil
	}
	dir := cacheFolder(base)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	disk.Store(&store{dir: dir})
	return nil
}
