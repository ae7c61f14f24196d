// Package pgparse is the one place that chooses how the real PostgreSQL
// grammar (libpg_query) runs. It exposes exactly the pg_query entry points
// the engine uses; the parse trees are always pg_query_go v6's types.
//
//   - With cgo (the default on Linux and in the linux-x64, linux-arm64 and
//     win32-x64 release binaries): pg_query_go, libpg_query compiled in as C.
//     Fastest: trigger.dev's 820 migrations parse in about 27 ms.
//   - Without cgo (CGO_ENABLED=0: the darwin release binaries, which cannot
//     be linked against macOS's libSystem from Linux, and any `go install`
//     without a C compiler): go-pgquery, the same libpg_query compiled to
//     WebAssembly and run by wazero, a pure-Go runtime. Same grammar, same
//     trees, but a process compiles the 2.2 MB module before its first call
//     (about 1.2 s of CPU and 300 MB), and each call is several times slower
//     than the C build. SetCacheDir keeps the calls' results on disk
//     (diskcache.go): the CLI turns it on, so that a run whose migrations
//     were all seen before makes no call and never compiles the module.
//
// Backend names the implementation compiled in ("cgo" or "wasm"), for
// `migsync --version` and the benchmarks.
package pgparse
