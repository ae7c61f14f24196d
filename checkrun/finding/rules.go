package finding

import "strings"

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
		if d := editDistance(id, cand); d < bestDist {
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

// editDistance is the Levenshtein distance between a and b (bytes).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
