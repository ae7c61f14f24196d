// Package golden is the tests' one switch for golden files:
//
//	MIGSYNC_UPDATE_GOLDEN=1 go test ./...
//
// rewrites every golden file the run compares with instead of failing on a
// difference (review the diff before committing it). An environment
// variable rather than a -update flag, so that it works across packages:
// `go test ./... -update` fails in every package that defines no such flag.
package golden

import "os"

// Env is the variable that switches rewriting on.
const Env = "MIGSYNC_UPDATE_GOLDEN"

// Update reports whether golden files are to be rewritten.
func Update() bool { return os.Getenv(Env) != "" }
