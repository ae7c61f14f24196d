package report

import (
	"fmt"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/config"
)

// JobSummary is the GitHub Actions job summary of a result
// (--github-summary, appended to $GITHUB_STEP_SUMMARY): the check run the
// App would publish, as markdown under a "## migsync: title" heading.
func JobSummary(in Input) string {
	out := Check(in)
	md := "## migsync: " + out.Title + "\n\n" + strings.TrimRight(out.Summary, "\n") + "\n"
	if out.Text != "" {
		md += "\n" + strings.TrimRight(out.Text, "\n") + "\n"
	}
	return md + "\n"
}

// StepOutputs are the GitHub Actions step outputs of a result
// (--github-output, appended to $GITHUB_OUTPUT): result (the conclusion, or
// failure when failed, the command exiting on findings), the findings per
// severity, and how many fail the check under cfg.
func StepOutputs(res *checkrun.Result, cfg *config.Repo, failed bool) string {
	by := map[finding.Severity]int{}
	failing := 0
	for _, f := range res.Findings {
		by[f.Severity]++
		if checkrun.Failing(f, cfg, false) {
			failing++
		}
	}
	result := string(res.Conclusion)
	if failed {
		result = string(checkrun.Failure)
	}
	if result == "" {
		result = string(checkrun.Neutral)
	}
	return fmt.Sprintf("result=%s\nerrors=%d\nwarnings=%d\nnotices=%d\nfailing=%d\n",
		result, by[finding.Error], by[finding.Warning], by[finding.Notice], failing)
}
