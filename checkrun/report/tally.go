package report

import (
	"fmt"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/config"
)

// Tally counts a result's findings the one way every surface reports them
// (check run title and table, review body, CLI summary, exit status): a
// problem is a finding that fails the check; error, warning and notice are
// the severities of all findings.
type Tally struct {
	Problems                  int // findings that fail the check
	Errors, Warnings, Notices int
	// Preexisting counts the findings the base already had.
	Preexisting int
	// Suppressed counts the findings silenced by migsync-ignore comments.
	Suppressed int
}

// Count tallies fs under the configuration (strict: every introduced
// finding fails, as with --strict).
func Count(fs []finding.Finding, cfg *config.Repo, strict bool) Tally {
	var t Tally
	for _, f := range fs {
		switch f.Severity {
		case finding.Error:
			t.Errors++
		case finding.Warning:
			t.Warnings++
		case finding.Notice:
			t.Notices++
		}
		if !f.Introduced {
			t.Preexisting++
		}
		if checkrun.Failing(f, cfg, strict) {
			t.Problems++
		}
	}
	return t
}

// CountResult tallies a whole result, suppressed findings included.
func CountResult(res *checkrun.Result, cfg *config.Repo, strict bool) Tally {
	t := Count(res.Findings, cfg, strict)
	t.Suppressed = len(res.Suppressed)
	return t
}

// ProblemsText is "1 problem" or "N problems" ("no problem" for none).
func (t Tally) ProblemsText() string {
	if t.Problems == 0 {
		return "no problem"
	}
	return plural(t.Problems, "problem")
}

// Severities is "1 error, 0 warnings, 2 notices".
func (t Tally) Severities() string {
	return fmt.Sprintf("%s, %s, %s", plural(t.Errors, "error"), plural(t.Warnings, "warning"), plural(t.Notices, "notice"))
}

// Line is the CLI's closing line, e.g. "1 problem fails the check (1 error,
// 0 warnings, 0 notices; 2 suppressed)."
func (t Tally) Line() string {
	var b strings.Builder
	if t.Problems == 0 {
		b.WriteString("No problem fails the check")
	} else {
		b.WriteString(plural(t.Problems, "problem"))
		if t.Problems == 1 {
			b.WriteString(" fails the check")
		} else {
			b.WriteString(" fail the check")
		}
	}
	b.WriteString(" (" + t.Severities())
	if t.Preexisting > 0 {
		fmt.Fprintf(&b, "; %d pre-existing", t.Preexisting)
	}
	if t.Suppressed > 0 {
		fmt.Fprintf(&b, "; %d suppressed by migsync-ignore", t.Suppressed)
	}
	b.WriteString(").")
	return b.String()
}
