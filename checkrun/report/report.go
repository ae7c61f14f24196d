// Package report is the one home of migsync's output: everything that turns
// an analysis (checkrun.Result) into text for a person or a tool.
//
//   - checkrun.go: the App's check run (title, summary, text, annotations) and
//     GitHub's limits on it.
//   - review.go: the pull request review comments with their hidden
//     fingerprints.
//   - formats.go: the CLI formats, by name (text.go, json.go, workflow.go for
//     GitHub Actions workflow commands, sarif.go); `migsync check` and
//     `migsync db-check` offer what Formats lists.
//   - actions.go: the GitHub Actions job summary and step outputs.
//   - rules.go: the rule list of `migsync rules` (text, JSON, and the
//     markdown of docs/rules.md that RuleURL links).
//
// A new CLI format is one file and one entry in formats. A new field of
// finding.Finding is written where it belongs in each of these files; the
// helpers below (Location, withSQL) are the places shared by several.
//
// The package is pure: no network, no go-github types, no GitHub library.
// The App maps its values onto API requests; the CLI writes them to stdout.
package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/migsync/migsync/checkrun/finding"
)

// Location is where a finding points, as a person reads it: "file:line",
// the file alone when there is no line, or "" for neither.
func Location(f finding.Finding) string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	return f.File
}

// withSQL is a finding's message as plain text followed by its SQL, for
// formats that have one plain text field per finding (workflow commands,
// SARIF).
func withSQL(f finding.Finding) string {
	msg := plain(f.Message)
	if f.Detail != "" {
		msg += "\n" + plain(f.Detail)
	}
	if f.Config != "" {
		msg += "\n\nIn .github/migsync.yml:\n" + f.Config
	}
	if f.SQL != "" {
		return msg + "\n\n" + f.SQL
	}
	return msg
}

// TrimNote is appended to output cut to GitHub's limit.
const TrimNote = "\n\n_This output was cut to fit GitHub's 65,535-character limit; run `migsync check` locally for the full report._"

// Trim cuts s to at most limit bytes (so also at most limit characters), at a
// line boundary when it can, closes an open code fence, and appends TrimNote.
// Strings within the limit are returned unchanged.
func Trim(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	budget := limit - len(TrimNote) - len("\n```")
	if budget <= 0 {
		return truncate(s, limit)
	}
	cut := cutAt(s, budget)
	if i := strings.LastIndexByte(cut, '\n'); i > budget/2 {
		cut = cut[:i]
	}
	if openFence(cut) {
		cut += "\n```"
	}
	return cut + TrimNote
}

// openFence reports whether s ends inside a ``` code block.
func openFence(s string) bool {
	open := false
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			open = !open
		}
	}
	return open
}

// truncate cuts s to at most n bytes at a rune boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	const ell = "…"
	return cutAt(s, max(n-len(ell), 0)) + ell
}

// cutAt returns s cut to at most n bytes, not inside a UTF-8 sequence.
func cutAt(s string, n int) string {
	if n >= len(s) {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// fence wraps code in a fenced block long enough not to be closed by the
// code itself.
func fence(lang, code string) string {
	ticks := "```"
	for strings.Contains(code, ticks) {
		ticks += "`"
	}
	return ticks + lang + "\n" + strings.TrimRight(code, "\n") + "\n" + ticks + "\n"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func cell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func short(sha string) string {
	if len(sha) > 7 {
		return sha[:7]
	}
	return sha
}
