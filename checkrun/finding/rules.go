package finding

import (
	"strings"

	"github.com/migsync/migsync/internal/similar"
)

// Rule documents one rule id: its default severity and what it finds. The
// packages that make findings list their rules (checkrun.Rules gathers the
// engine's, dbcheck.Rules adds the database check's); `migsync rules` and
// docs/rules.md print them, and repository configs are checked against them.
type Rule struct {
	ID       string
	Severity Severity // the default; .github/migsync.yml can change it
	// Also is a second severity some cases of the rule take (a schema
	// problem Prisma only warns about is a warning); usually "".
	Also    Severity
	Summary string // what it finds, one sentence
}

// NewRule documents a rule with one default severity.
func NewRule(id string, sev Severity, summary string) Rule {
	return Rule{ID: id, Severity: sev, Summary: summary}
}

// Allows reports whether sev is a severity the rule makes by default.
func (r Rule) Allows(sev Severity) bool { return sev == r.Severity || (r.Also != "" && sev == r.Also) }

// Known reports whether id names one of rules, or a family of them: a prefix
// ending in "/" that starts at least one rule id.
func Known(rules []Rule, id string) bool {
	for _, r := range rules {
		if r.ID == id || (strings.HasSuffix(id, "/") && strings.HasPrefix(r.ID, id)) {
			return true
		}
	}
	return false
}

// Closest returns the rule id (or family) nearest to id by edit distance, for
// a "did you mean" hint; "" when nothing is close enough to be a typo.
func Closest(rules []Rule, id string) string {
	best, bestDist := "", len(id)/3+2
	consider := func(cand string) {
		if d := similar.Distance(id, cand); d < bestDist {
			best, bestDist = cand, d
		}
	}
	families := map[string]bool{}
	for _, r := range rules {
		consider(r.ID)
		if i := strings.Index(r.ID, "/"); i > 0 && !families[r.ID[:i+1]] {
			families[r.ID[:i+1]] = true
			consider(r.ID[:i+1])
		}
	}
	return best
}
