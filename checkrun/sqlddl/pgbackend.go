package sqlddl

import "github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"

// PostgresParser names the build of libpg_query compiled in: "cgo" (C) or
// "wasm" (WebAssembly run by wazero, in builds without cgo).
const PostgresParser = pgparse.Backend
