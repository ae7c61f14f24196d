package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/migsync/migsync/checkrun/sqlddl"
)

// version and commit are stamped by the release build (scripts/build-binaries):
//
//	go build -ldflags "-X main.version=0.1.0 -X main.commit=<git sha>"
//
// Other builds (go run, go build, go install …@vX) take them from what the
// Go toolchain recorded in the binary; see buildVersion.
var (
	version = ""
	commit  = ""
)

func init() {
	info, _ := debug.ReadBuildInfo()
	version, commit = buildVersion(version, commit, info)
}

// buildVersion decides the version and commit a binary reports. A stamped
// value wins. Otherwise `go install …@v0.1.0` records the module version,
// and go build in a git checkout records a pseudo-version and the revision
// (with "-dirty" for uncommitted changes); go run records neither, and the
// binary says so rather than inventing a version.
func buildVersion(stamped, stampedCommit string, info *debug.BuildInfo) (v, c string) {
	v, c = stamped, stampedCommit
	var rev string
	modified := false
	if info != nil {
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "dev"
	}
	if c == "" && rev != "" {
		c = rev
		if modified {
			c += "-dirty"
		}
	}
	if c == "" {
		c = "unknown"
	}
	return v, c
}

// versionLine is what `migsync --version` prints.
func versionLine() string {
	return fmt.Sprintf("migsync %s (commit %s, %s/%s, %s, PostgreSQL parser: libpg_query %s)",
		version, commit, runtime.GOOS, runtime.GOARCH, runtime.Version(), sqlddl.PostgresParser)
}
