package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
)

// writeText prints the result for a person at a terminal: each project, its
// findings, the missing migration and the command that creates it, and a
// closing count.
func writeText(w io.Writer, res *checkrun.Result, o Options) error {
	if len(res.Projects) == 0 {
		fmt.Fprintln(w, "migsync: no Prisma project with a migrations folder found.")
		return nil
	}
	for _, p := range res.Projects {
		fmt.Fprintf(w, "%s ↔ %s (%s, %d migrations)\n", p.Schema, p.Migrations, p.Provider, p.MigrationCount)
		if len(p.Findings) == 0 {
			fmt.Fprintln(w, "  in sync")
		}
		for _, f := range p.Findings {
			tag := ""
			if !f.Introduced {
				tag = " (pre-existing)"
			}
			fmt.Fprintf(w, "  %s: %s%s [%s] %s\n", Location(f), f.Severity, tag, f.Rule, f.Message)
		}
		if p.MissingSQL != "" {
			fmt.Fprintf(w, "\n  The migration Prisma would generate for %s:\n\n", p.Schema)
			for _, line := range strings.Split(strings.TrimRight(p.MissingSQL, "\n"), "\n") {
				fmt.Fprintf(w, "    %s\n", line)
			}
			if p.Command != "" {
				fmt.Fprintf(w, "\n  Create it with: %s\n", p.Command)
			}
		}
		fmt.Fprintln(w)
	}
	counts := map[finding.Severity]int{}
	failing := 0
	for _, f := range res.Findings {
		counts[f.Severity]++
		if checkrun.Failing(f, o.Config, o.Strict) {
			failing++
		}
	}
	fmt.Fprintf(w, "%d error(s), %d warning(s), %d notice(s); %d failing.\n", counts[finding.Error], counts[finding.Warning], counts[finding.Notice], failing)
	return nil
}
