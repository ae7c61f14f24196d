package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/dbcheck"
)

func init() { subcommands["db-check"] = runDBCheck }

// runDBCheck is `migsync db-check`: the live database against the
// repository. Exit status: 0 healthy, 1 findings at error level, 2 usage or
// connection error (one line, naming the host, never the password).
func runDBCheck(args []string, stdout, stderr io.Writer) int {
	var (
		opts    dbcheck.Options
		format  string
		timeout time.Duration
		actions actionsFlags
	)
	fs := newFlags("migsync db-check", "Usage: migsync db-check --database-url URL [flags]\n\n"+
		"Checks a live database, read-only, against the repository: pending, failed or edited migrations\n"+
		"(Prisma's _prisma_migrations table) and drift between the live schema and schema.prisma.\n"+
		"Exit status: 0 healthy, 1 findings at error level, 2 usage or connection error.", stderr)
	fs.StringVar(&opts.DatabaseURL, "database-url", "", "the database, as Prisma's DATABASE_URL (default: $DATABASE_URL)")
	fs.StringVar(&opts.Dir, "dir", ".", "the repository checkout")
	fs.StringVar(&opts.Schema, "schema", "", "schema file or folder, relative to --dir (default: the project whose provider matches the database)")
	fs.StringVar(&opts.Migrations, "migrations", "", "migrations folder, relative to --dir (default: next to the schema)")
	formatFlag(fs, &format, false)
	fs.DurationVar(&timeout, "timeout", 30*time.Second, "statement timeout; connecting is bounded by the URL's connect_timeout (default 10s)")
	actions.register(fs)
	if code, ok := parseFlags(fs, args, stderr, redactArg); !ok {
		return code
	}
	if !validFormat(stderr, "migsync db-check", format, false) {
		return exitUsage
	}
	if opts.DatabaseURL == "" {
		opts.DatabaseURL = os.Getenv("DATABASE_URL")
	}
	if opts.DatabaseURL == "" {
		fmt.Fprintln(stderr, "migsync db-check: no database: pass --database-url or set DATABASE_URL")
		return exitUsage
	}
	if opts.Migrations != "" && opts.Schema == "" {
		fmt.Fprintln(stderr, "migsync db-check: --migrations needs --schema")
		return exitUsage
	}
	opts.Limits.Statement = timeout
	if abs, err := filepath.Abs(opts.Dir); err == nil {
		if cfg, err := loadRepoConfig(abs); err == nil {
			opts.Config = cfg
		} else {
			fmt.Fprintf(stderr, "migsync db-check: %v\n", err)
			return exitUsage
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := dbcheck.Run(ctx, opts)
	if err != nil {
		fmt.Fprintf(stderr, "migsync db-check: %s\n", oneLine(err.Error()))
		return exitUsage
	}
	if format == "text" {
		if t, err := dbcheck.ParseURL(opts.DatabaseURL); err == nil {
			fmt.Fprintf(stdout, "Database %s, read-only:\n", t)
		}
	}
	shown := res
	if format == "github" || actions != (actionsFlags{}) {
		_, prefix, inGit := gitRepo(ctx, opts.Dir)
		shown = repoRelative(res, repoPrefix(opts.Dir, prefix, inGit))
	}
	if err := report.Write(stdout, format, shown, report.Options{Config: opts.Config, Version: version}); err != nil {
		fmt.Fprintf(stderr, "migsync db-check: %v\n", err)
		return exitUsage
	}
	code := exitOK
	for _, f := range res.Findings {
		if f.Rule == checkrun.RuleSchemaSyntax && f.Severity == finding.Error {
			return exitUsage // as migsync check: the schema itself is broken, drift was not checked
		}
		if f.Severity == finding.Error {
			code = exitFindings
		}
	}
	if err := actions.write(shown, opts.Config, false, code, "", ""); err != nil {
		fmt.Fprintf(stderr, "migsync db-check: %v\n", err)
		return exitUsage
	}
	return code
}

// oneLine keeps an error on one line, as the exit-2 contract promises.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// redactArg hides a URL's password in an echoed argument.
func redactArg(s string) string {
	if t, err := dbcheck.ParseURL(s); err == nil {
		return t.Redact(s)
	}
	return s
}
