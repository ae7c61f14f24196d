package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
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
}

// DiffLines tells whether a RIGHT-side line of a file is inside the pull
// request diff (review comments can only be placed there).
type DiffLines func(path string, line int) bool

// PlanReview places a result's introduced findings: on their schema or
// migration line when inDiff allows it (one comment per line), otherwise
// outside. Pre-existing findings are not commented on (they stay in the
// check run).
func PlanReview(res *checkrun.Result, inDiff DiffLines) Review {
	var r Review
	if res == nil {
		return r
	}
	type place struct {
		path string
		line int
	}
	groups := map[place][]finding.Finding{}
	var order []place
	seen := map[string]bool{}
	for _, f := range res.Findings {
		if !f.Introduced {
			continue
		}
		fp := Fingerprint(f)
		if seen[fp] {
			continue
		}
		seen[fp] = true
		if f.File != "" && f.Line > 0 && inDiff != nil && inDiff(f.File, f.Line) {
			p := place{f.File, f.Line}
			if groups[p] == nil {
				order = append(order, p)
			}
			groups[p] = append(groups[p], f)
			continue
		}
		r.Outside = append(r.Outside, f)
	}
	for _, p := range order {
		fs := groups[p]
		c := Comment{Path: p.path, Line: p.line, Body: CommentBody(fs, projectOf(res, fs[0]))}
		for _, f := range fs {
			c.Fingerprints = append(c.Fingerprints, Fingerprint(f))
		}
		r.Comments = append(r.Comments, c)
	}
	return r
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
// explanation, the SQL that fixes it (once), the command that creates the
// migration, and the hidden fingerprints.
func CommentBody(fs []finding.Finding, p *checkrun.Project) string {
	var b strings.Builder
	sqlShown := map[string]bool{}
	for i, f := range fs {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		fmt.Fprintf(&b, "**migsync** · `%s` · %s\n\n", f.Rule, f.Severity)
		b.WriteString(strings.TrimSpace(f.Message) + "\n")
		if f.Detail != "" {
			b.WriteString("\n" + strings.TrimSpace(f.Detail) + "\n")
		}
		if f.SQL != "" && !sqlShown[f.SQL] {
			sqlShown[f.SQL] = true
			b.WriteString("\nThe missing SQL:\n\n")
			b.WriteString(fence("sql", f.SQL))
		}
	}
	if p != nil {
		if cmd := Command(p); cmd != "" && p.MissingSQL != "" {
			b.WriteString("\nCreate the migration with `" + cmd + "`.\n")
		}
	}
	b.WriteString("\n")
	for _, f := range fs {
		b.WriteString(Marker(Fingerprint(f)) + "\n")
	}
	return truncate(b.String(), MaxOutputChars)
}

// ReviewBody is the body of the review that carries the comments.
func ReviewBody(r Review, checkName string) string {
	var b strings.Builder
	n := len(r.Outside)
	for _, c := range r.Comments {
		n += len(c.Fingerprints)
	}
	fmt.Fprintf(&b, "**%s** found %s introduced by this pull request.", checkName, plural(n, "problem"))
	if len(r.Outside) > 0 {
		b.WriteString(" Not on a changed line:\n\n")
		for _, f := range r.Outside {
			where := f.File
			if f.Line > 0 {
				where = fmt.Sprintf("%s:%d", f.File, f.Line)
			}
			if where == "" {
				where = "repository"
			}
			fmt.Fprintf(&b, "- `%s` %s (`%s`)\n", f.Rule, oneLine(f.Message), where)
		}
	}
	b.WriteString("\nSee the check run for the full report.")
	return truncate(b.String(), MaxOutputChars)
}

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
