// Command migsync keeps a repository's Prisma schema and its committed
// migrations in sync.
//
//	migsync check     check a checkout, a commit range or the staged files
//	migsync db-check  check a live database against the repository
//	migsync serve     run the GitHub App
//	migsync rules     list the rule ids and their default severities
//	migsync setup     create the GitHub App from its manifest (app.yml)
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/checkrun/sqlddl"
)

// Exit codes shared by every subcommand.
const (
	exitOK       = 0 // nothing fails
	exitFindings = 1 // findings at a failing level
	exitUsage    = 2 // usage, parse, I/O or connection error
)

// subcommands maps a command name to its implementation; db-check, serve
// and rules register themselves from their own files.
var subcommands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"check": runCheck,
}

var usage = `migsync keeps a Prisma schema and its committed migrations in sync.

Usage:
  migsync check    [--dir DIR] [--base REF] [--head REF|--staged] [--schema PATH]
                   [--migrations DIR] [--format ` + strings.Join(report.Formats(true), "|") + `] [--strict]
  migsync db-check --database-url URL [--dir DIR] [--schema PATH] [--migrations DIR]
                   [--format ` + strings.Join(report.Formats(false), "|") + `]
  migsync serve    --config FILE
  migsync setup    --public-url URL [--org ORG] [--github-url URL] [--config FILE] [--k8s-secret FILE]
  migsync rules    [--format text|json|markdown]
  migsync version

Run 'migsync <command> --help' for a command's flags.
`

func main() {
	if len(os.Args) > 1 && (os.Args[1] == "check" || os.Args[1] == "db-check") {
		// Without cgo (the macOS binaries) every run would first compile
		// the PostgreSQL parser: keep its results between runs.
		_ = sqlddl.UseParserCache(parserCacheDir())
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// parserCacheDir is where the CLI keeps the parser's results between runs:
// $MIGSYNC_CACHE_DIR ("off" turns the cache off), else migsync/ in the
// user's cache folder (~/Library/Caches on macOS, $XDG_CACHE_HOME or
// ~/.cache on Linux); "" when there is none.
func parserCacheDir() string {
	switch d := os.Getenv("MIGSYNC_CACHE_DIR"); d {
	case "off", "0", "false", "none":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "migsync")
	default:
		return d
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	if sub, ok := subcommands[args[0]]; ok {
		return sub(args[1:], stdout, stderr)
	}
	switch args[0] {
	case "version", "--version", "-v":
		fmt.Fprintln(stdout, versionLine())
		return exitOK
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "migsync: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}
