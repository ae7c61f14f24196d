package main

import (
	"fmt"
	"io"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/report"
)

func init() { subcommands["rules"] = runRules }

// runRules is `migsync rules`: every rule id with its default severity and
// what it finds, the vocabulary of .github/migsync.yml (rules:, ignore:).
func runRules(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("migsync rules", "Usage: migsync rules [--format text|json|markdown]\n\n"+
		"Lists every rule id with its default severity, as .github/migsync.yml names them.", stderr)
	format := fs.String("format", "text", "output format: text, json or markdown")
	if code, ok := parseFlags(fs, args, stderr, nil); !ok {
		return code
	}
	if err := report.WriteRules(stdout, *format, checkrun.Rules()); err != nil {
		fmt.Fprintf(stderr, "migsync rules: %v\n", err)
		return exitUsage
	}
	return exitOK
}
