package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/migsync/migsync/checkrun/report"
)

// newFlags returns a subcommand's flag set: its errors go to stderr, and
// --help prints usage (the command line and what it does), then the flags.
func newFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage+"\n\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses a subcommand's arguments. It returns ok false, with the
// exit code, after --help (0), a bad flag or a positional argument (2; the
// argument is shown through show, which may redact it, or as is when show is
// nil).
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer, show func(string) string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	if fs.NArg() > 0 {
		arg := fs.Arg(0)
		if show != nil {
			arg = show(arg)
		}
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", fs.Name(), arg)
		return exitUsage, false
	}
	return exitOK, true
}

// formatFlag registers --format with the formats report offers: all of
// them for a commit or checkout, those for a live database when commit is
// false.
func formatFlag(fs *flag.FlagSet, p *string, commit bool) {
	names := report.Formats(commit)
	last := len(names) - 1
	fs.StringVar(p, "format", names[0], "output format: "+strings.Join(names[:last], ", ")+" or "+names[last])
}

// validFormat reports whether format is one formatFlag offered, and says
// on stderr when it is not.
func validFormat(stderr io.Writer, cmd, format string, commit bool) bool {
	names := report.Formats(commit)
	if slices.Contains(names, format) {
		return true
	}
	fmt.Fprintf(stderr, "%s: --format %q is not one of %s\n", cmd, format, strings.Join(names, ", "))
	return false
}
