package checkrun

import (
	"testing"

	"github.com/migsync/migsync/checkrun/finding"
)

// CheckDocumented fails the test for a finding whose rule is not in Rules or
// whose severity is not the documented default (so docs/rules.md and
// `migsync rules` stay true). Only for results without severity overrides.
func CheckDocumented(t testing.TB, fs []finding.Finding) {
	t.Helper()
	rules := map[string]finding.Rule{}
	for _, r := range Rules() {
		rules[r.ID] = r
	}
	for _, f := range fs {
		r, ok := rules[f.Rule]
		switch {
		case !ok:
			t.Errorf("finding with undocumented rule %s: %s", f.Rule, f.Message)
		case !r.Allows(f.Severity):
			t.Errorf("%s is documented as %s but this finding is %s: %s", f.Rule, r.Severity, f.Severity, f.Message)
		}
	}
}
