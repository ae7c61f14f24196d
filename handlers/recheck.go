package handlers

import (
	"strings"
)

// RecheckCommand is the pull request comment that re-runs the check.
const RecheckCommand = "/recheck"

// HasRecheck reports whether a comment asks for a re-check: a line that is
// exactly "/recheck" (surrounding spaces allowed), outside fenced code
// blocks and not quoted.
func HasRecheck(body string) bool {
	fence := "" // the open fence's marker, "" outside a fenced block
	for _, line := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		if m := fenceMarker(trimmed); m != "" {
			switch {
			case fence == "":
				fence = m
			case strings.HasPrefix(m, fence) && strings.TrimLeft(trimmed, m[:1]) == "":
				fence = "" // a closing fence: at least as long, nothing after it
			}
			continue
		}
		if fence == "" && trimmed == RecheckCommand && !indentedCode(line) {
			return true
		}
	}
	return false
}

// fenceMarker returns the run of ``` or ~~~ (three or more) a line starts
// with, or "".
func fenceMarker(line string) string {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(line) && line[n] == c {
			n++
		}
		if n >= 3 {
			return line[:n]
		}
	}
	return ""
}

// indentedCode reports a Markdown indented code line (four spaces or a tab).
func indentedCode(line string) bool {
	return strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t")
}

// Decision is the answer to a /recheck request.
type Decision int

const (
	// Ignore: say nothing (the App's own comments).
	Ignore Decision = iota
	// Allow: re-run and react.
	Allow
	// NeedPermission: ask GitHub for the commenter's permission first.
	NeedPermission
	// RefuseBot: bots may not trigger re-checks.
	RefuseBot
	// RefusePermission: the commenter has no write access.
	RefusePermission
)

// Commenter is who wrote a /recheck comment.
type Commenter struct {
	Login string
	Type  string // "User", "Bot", "Organization"
}

// IsBot reports whether the account is a bot.
func (c Commenter) IsBot() bool {
	return strings.EqualFold(c.Type, "Bot") || strings.HasSuffix(c.Login, "[bot]")
}

// DecideRecheck decides on a /recheck from who alone: the App itself is
// ignored, bots are refused, the pull request's author is allowed, anyone
// else needs their permission looked up (then use DecidePermission).
func DecideRecheck(who Commenter, prAuthor, botLogin string) Decision {
	switch {
	case botLogin != "" && strings.EqualFold(who.Login, botLogin):
		return Ignore
	case who.IsBot():
		return RefuseBot
	case who.Login != "" && strings.EqualFold(who.Login, prAuthor):
		return Allow
	}
	return NeedPermission
}

// DecidePermission decides from a repository permission as GitHub reports
// it ("admin", "maintain", "write", "triage", "read", "none"): write access
// or more is allowed.
func DecidePermission(permission, roleName string) Decision {
	for _, p := range []string{permission, roleName} {
		switch strings.ToLower(p) {
		case "admin", "maintain", "write":
			return Allow
		}
	}
	return RefusePermission
}

// RefusalReply is the short reply to a refused /recheck.
func RefusalReply(d Decision, login string) string {
	switch d {
	case RefuseBot:
		return "`/recheck` is not accepted from bots, so the migsync check was not re-run."
	default:
		return "@" + login + " `/recheck` needs write access to this repository (or authorship of the pull request), " +
			"so the migsync check was not re-run. A maintainer can re-run it."
	}
}
