package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/rules"
	"github.com/migsync/migsync/config"
)

// Comment is one review comment on the RIGHT side of a pull request diff. It
// carries every introduced finding on its line (often a drift and a change
// rule about the same model), each with its hidden fingerprint.
type Comment struct {
	Path         string
	Line         int
	Body         string
	Fingerprints []string
}

// Review is what one run posts on a pull request: line comments for the
// introduced findings inside the diff, and the rest listed in the body (they
// are in the check run too).
type Review struct {
	Comments []Comment
	// Outside are introduced findings that could not be placed on a diff
	// line (file not in the diff, line outside the hunks, or no line).
	Outside []finding.Finding
	// Tally counts the whole result as the check run's title does;
	// Introduced counts the findings this pull request introduced.
	Tally, Introduced Tally
}

// DiffLines tells whether a RIGHT-side line of a file is inside the pull
// request diff (review comments can only be placed there).
type DiffLines func(path string, line int) bool

// ReviewInput is what a review is planned from.
type ReviewInput struct {
	Result *checkrun.Result
	// Config is the repository configuration the analysis used (nil:
	// defaults); it decides which findings fail.
	Config *config.Repo
	// InDiff tells which lines comments can be placed on (nil: none).
	InDiff DiffLines
	// Branch is the pull request's head branch when the fix may be offered
	// as a link there (a pull request from the same repository).
	Branch *Branch
}

// PlanReview places a result's introduced findings: on their schema or
// migration line when InDiff allows it (one comment per line), otherwise
// outside. Pre-existing findings are not commented on (they stay in the
// check run).
func PlanReview(in ReviewInput) Review {
	var r Review
	res := in.Result
	if res == nil {
		return r
	}
	r.Tally = CountResult(res, in.Config, false)
	type place struct {
		path string
		line int
	}
	groups := map[place][]finding.Finding{}
	var order []place
	seen := map[string]bool{}
	var introduced []finding.Finding
	for _, f := range res.Findings {
		if !f.Introduced {
			continue
		}
		fp := Fingerprint(f)
		if seen[fp] {
			continue
		}
		seen[fp] = true
		introduced = append(introduced, f)
		if f.File != "" && f.Line > 0 && in.InDiff != nil && in.InDiff(f.File, f.Line) {
			p := place{f.File, f.Line}
			if groups[p] == nil {
				order = append(order, p)
			}
			groups[p] = append(groups[p], f)
			continue
		}
		r.Outside = append(r.Outside, f)
	}
	r.Introduced = Count(introduced, in.Config, false)
	fixed := map[string]bool{} // projects whose fix a comment already carries
	for _, p := range order {
		fs := groups[p]
		proj := projectOf(res, fs[0])
		withFix := proj != nil && !fixed[proj.Schema] && fixable(fs)
		if withFix {
			fixed[proj.Schema] = true
		} else {
			proj = nil
		}
		c := Comment{Path: p.path, Line: p.line, Body: CommentBody(fs, proj, in.Branch)}
		for _, f := range fs {
			c.Fingerprints = append(c.Fingerprints, Fingerprint(f))
		}
		r.Comments = append(r.Comments, c)
	}
	return r
}

// fixable reports whether a migration fixes one of the findings (a drift,
// or a schema change without its migration).
func fixable(fs []finding.Finding) bool {
	for _, f := range fs {
		if strings.HasPrefix(f.Rule, "drift/") || f.Rule == rules.SchemaWithoutMigration {
			return true
		}
	}
	return false
}

func projectOf(res *checkrun.Result, f finding.Finding) *checkrun.Project {
	for _, p := range res.Projects {
		if p.Schema == f.Project {
			return p
		}
	}
	return nil
}

// Fingerprint returns a finding's fingerprint, computing it when the engine
// left it empty.
func Fingerprint(f finding.Finding) string {
	if f.Fingerprint == "" {
		f.SetFingerprint()
	}
	return f.Fingerprint
}

// CommentBody renders a review comment for the findings on one line: each
// explanation with its rule's documentation, the SQL once, and, when p is
// given (the project's first comment a migration fixes), the one call to
// action with the one-click fix on branch; then the hidden fingerprints.
func CommentBody(fs []finding.Finding, p *checkrun.Project, branch *Branch) string {
	var b strings.Builder
	sqlShown := map[string]bool{}
	whole := false // the project's whole migration is one finding's SQL
	for _, f := range fs {
		whole = whole || (p != nil && f.SQL != "" && f.SQL == p.MissingSQL)
	}
	for i, f := range fs {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		fmt.Fprintf(&b, "**migsync** · **%s** · [`%s`](%s)\n\n", f.Severity, f.Rule, RuleURL(f.Rule))
		b.WriteString(strings.TrimSpace(f.Message) + "\n")
		if f.Detail != "" {
			b.WriteString("\n")
			for _, l := range strings.Split(strings.TrimSpace(f.Detail), "\n") {
				b.WriteString("- " + l + "\n")
			}
		}
		if f.Config != "" {
			b.WriteString("\nIn `.github/migsync.yml`:\n\n" + fence("yaml", f.Config))
		}
		if f.SQL != "" && !sqlShown[f.SQL] && !(whole && f.SQL == p.MissingSQL) {
			sqlShown[f.SQL] = true
			b.WriteString("\nThe SQL for this difference:\n\n")
			b.WriteString(fence("sql", f.SQL))
		}
	}
	if p != nil {
		if fix := fixMarkdown(p, branch, whole); fix != "" {
			b.WriteString("\n" + fix)
		}
	}
	b.WriteString("\n")
	for _, f := range fs {
		b.WriteString(Marker(Fingerprint(f)) + "\n")
	}
	return truncate(b.String(), MaxOutputChars)
}

// ReviewBody is the body of the review that carries the comments: the same
// count as the check run's title, what lies outside the diff, and the
// hidden review marker.
func ReviewBody(r Review, checkName string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** found %s in this pull request", checkName, r.Introduced.ProblemsText())
	if others := r.Introduced.Errors + r.Introduced.Warnings + r.Introduced.Notices - r.Introduced.Problems; others > 0 {
		fmt.Fprintf(&b, " (and %s that do not fail the check)", plural(others, "other finding"))
	}
	b.WriteString(".")
	if pre := r.Tally.Problems - r.Introduced.Problems; pre > 0 {
		verb := "fail"
		if pre == 1 {
			verb = "fails"
		}
		fmt.Fprintf(&b, " %s the base branch already had also %s the check.", plural(pre, "problem"), verb)
	}
	if len(r.Outside) > 0 {
		b.WriteString(" Not on a changed line:\n\n")
		for _, f := range r.Outside {
			where := Location(f)
			if where == "" {
				where = "repository"
			}
			fmt.Fprintf(&b, "- **%s** [`%s`](%s) %s (`%s`)\n", f.Severity, f.Rule, RuleURL(f.Rule), oneLine(f.Message), where)
		}
	}
	if len(r.Outside) == 0 {
		b.WriteString("\n")
	}
	b.WriteString("\nSee the check run for the full report.\n\n" + ReviewMarker)
	return truncate(b.String(), MaxOutputChars)
}

// ReviewMarker marks the body of a review migsync posted, so that a later
// run finds its reviews (and edits them once everything is resolved).
const ReviewMarker = "<!-- migsync:review -->"

// IsReviewBody reports whether a review body is one of migsync's.
func IsReviewBody(body string) bool { return strings.Contains(body, ReviewMarker) }

// ResolvedReviewBody replaces the body of an earlier review once a later
// head resolves everything it reported (GitHub cannot delete a submitted
// review): it says so, and keeps the marker (and the resolved mark, so the
// edit is made once).
func ResolvedReviewBody(checkName, headSHA string) string {
	return fmt.Sprintf("✅ **%s**: every problem this review reported is resolved as of `%s`; the check passes.\n\n%s\n%s",
		checkName, short(headSHA), ReviewMarker, resolvedReviewMarker)
}

const resolvedReviewMarker = "<!-- migsync:review-resolved -->"

// IsResolvedReviewBody reports whether a review body already says resolved.
func IsResolvedReviewBody(body string) bool { return strings.Contains(body, resolvedReviewMarker) }

// ResolvedBody is the reply left on a comment whose problem is gone when
// someone replied to it (so it is not deleted).
func ResolvedBody(fp, headSHA string) string {
	return fmt.Sprintf("✅ Resolved in `%s`: migsync no longer finds this problem.\n\n%s",
		short(headSHA), ResolvedMarker(fp))
}

var (
	markerRE   = regexp.MustCompile(`<!-- migsync:fp=([0-9a-zA-Z_-]+) -->`)
	resolvedRE = regexp.MustCompile(`<!-- migsync:resolved=([0-9a-zA-Z_-]+) -->`)
)

// Marker is the hidden fingerprint carried by a review comment.
func Marker(fp string) string { return "<!-- migsync:fp=" + fp + " -->" }

// ResolvedMarker marks a "resolved" reply.
func ResolvedMarker(fp string) string { return "<!-- migsync:resolved=" + fp + " -->" }

// ParseMarkers returns the fingerprints a comment body carries.
func ParseMarkers(body string) []string {
	var fps []string
	for _, m := range markerRE.FindAllStringSubmatch(body, -1) {
		fps = append(fps, m[1])
	}
	return fps
}

// ParseResolved returns the fingerprint a "resolved" reply names.
func ParseResolved(body string) (string, bool) {
	m := resolvedRE.FindStringSubmatch(body)
	if m == nil {
		return "", false
	}
	return m[1], true
}

var hunkRE = regexp.MustCompile(`^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@`)

// PatchLines returns the RIGHT-side line numbers a unified diff patch (as
// GitHub gives per file) shows: added and context lines. Review comments can
// be placed on exactly these lines.
func PatchLines(patch string) map[int]bool {
	lines := map[int]bool{}
	right := 0
	inHunk := false
	for _, l := range strings.Split(patch, "\n") {
		if m := hunkRE.FindStringSubmatch(l); m != nil {
			right, _ = strconv.Atoi(m[1])
			inHunk = true
			continue
		}
		if !inHunk || l == "" {
			continue
		}
		switch l[0] {
		case '+', ' ':
			lines[right] = true
			right++
		case '-', '\\':
			// removed line or "\ No newline at end of file"
		}
	}
	return lines
}
