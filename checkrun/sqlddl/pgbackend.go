package sqlddl

import "github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"

// PostgresParser names the build of libpg_query compiled in: "cgo" (C) or
// "wasm" (WebAssembly run by wazero, in builds without cgo).
const PostgresParser = pgparse.Backend

// UseParserCache keeps libpg_query's results in a folder under dir between
// processes, for the WebAssembly build (PostgresParser "wasm": the macOS
// binaries), whose every process otherwise compiles the parser module
// first; a run whose migrations were all seen before then never compiles
// it. The C build ignores it. "" turns it off. Results are exactly the
// parser's; deleting the folder is always safe.
func UseParserCache(dir string) error { return pgparse.SetCacheDir(dir) }
