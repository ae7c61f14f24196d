package report

import (
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/config"
)

func TestStepOutputs(t *testing.T) {
	res := &checkrun.Result{Conclusion: checkrun.Failure, Findings: []finding.Finding{
		{Severity: finding.Error, Introduced: true},
		{Severity: finding.Error}, // pre-existing: does not fail
		{Severity: finding.Warning, Introduced: true},
		{Severity: finding.Notice},
	}}
	cases := []struct {
		name   string
		res    *checkrun.Result
		cfg    *config.Repo
		failed bool
		want   string
	}{
		{"failure", res, nil, true, "result=failure\nerrors=2\nwarnings=1\nnotices=1\nfailing=1\n"},
		{"strict counts the warning", res, &config.Repo{Strict: true}, true, "result=failure\nerrors=2\nwarnings=1\nnotices=1\nfailing=2\n"},
		{"the exit decides", &checkrun.Result{Conclusion: checkrun.Success}, nil, true, "result=failure\nerrors=0\nwarnings=0\nnotices=0\nfailing=0\n"},
		{"no conclusion is neutral", &checkrun.Result{}, nil, false, "result=neutral\nerrors=0\nwarnings=0\nnotices=0\nfailing=0\n"},
	}
	for _, c := range cases {
		if got := StepOutputs(c.res, c.cfg, c.failed); got != c.want {
			t.Errorf("%s: StepOutputs =\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}

func TestJobSummary(t *testing.T) {
	in := Input{Result: &checkrun.Result{Conclusion: checkrun.Success}}
	out := Check(in)
	got := JobSummary(in)
	if !strings.HasPrefix(got, "## migsync: "+out.Title+"\n\n") || !strings.Contains(got, strings.TrimRight(out.Summary, "\n")) || !strings.HasSuffix(got, "\n\n") {
		t.Errorf("JobSummary =\n%s\nwant the check run %q under its title", got, out.Title)
	}
}
