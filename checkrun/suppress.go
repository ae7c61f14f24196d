package checkrun

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/prisma"
	"github.com/migsync/migsync/checkrun/rules"
)

// A suppression is a comment where the code is, silencing a finding there:
//
//	// migsync-ignore <rule>[: reason]     on the line above a model, enum,
//	                                        field, enum value or @@attribute
//	-- migsync-ignore <rule>[: reason]     on the line above a migration's
//	                                        statement
//
// <rule> is a rule id or a family ("drift/"), several separated by commas.
// Above a model or enum it covers the whole block; above a field, value or
// attribute, that line; above a statement, the statement's lines.
type suppression struct {
	rules  []string
	reason string
	file   string
	line   int // the comment's line
	from   int // the lines it covers
	to     int
}

var reSuppress = regexp.MustCompile(`^\s*(?://+|--)\s*migsync-ignore\b\s*([^:]*?)\s*(?::\s*(.*?))?\s*$`)

// parseSuppression reads a comment line; ok is false when it is no
// migsync-ignore comment.
func parseSuppression(line string) (ids []string, reason string, ok bool) {
	m := reSuppress.FindStringSubmatch(line)
	if m == nil {
		return nil, "", false
	}
	for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		ids = append(ids, id)
	}
	return ids, m[2], true
}

// schemaSuppressions finds the suppressions of a parsed schema: the
// migsync-ignore comments in the comment lines directly above each model,
// enum, field, enum value and block attribute.
func schemaSuppressions(s *prisma.Schema, text map[string]string) []*suppression {
	var out []*suppression
	for _, f := range s.Files {
		lines := strings.Split(strings.ReplaceAll(text[f.Path], "\r\n", "\n"), "\n")
		add := func(sp prisma.Span, block bool) {
			to := sp.Start.Line
			if block {
				to = max(sp.End.Line, to)
			}
			out = append(out, commentsAbove(lines, f.Path, sp.Start.Line, to, "//")...)
		}
		for _, b := range f.Blocks {
			switch b := b.(type) {
			case *prisma.Model:
				add(b.Span, true)
				for _, fd := range b.Fields {
					add(fd.Span, false)
				}
				for _, a := range b.Attributes {
					add(a.Span, false)
				}
			case *prisma.Enum:
				add(b.Span, true)
				for _, v := range b.Values {
					add(v.Span, false)
				}
				for _, a := range b.Attributes {
					add(a.Span, false)
				}
			}
		}
	}
	return out
}

// commentsAbove returns the suppressions in the run of comment lines
// (starting with lead) directly above line (1-based), covering from..to.
func commentsAbove(lines []string, file string, from, to int, lead string) []*suppression {
	var out []*suppression
	for l := from - 1; l >= 1 && l <= len(lines); l-- {
		text := strings.TrimSpace(lines[l-1])
		if !strings.HasPrefix(text, lead) {
			break
		}
		if ids, reason, ok := parseSuppression(text); ok {
			out = append(out, &suppression{rules: ids, reason: reason, file: file, line: l, from: from, to: to})
		}
	}
	return out
}

// migrationSuppressions finds the suppressions of a migrations folder: a
// migsync-ignore comment covers the statement that follows it, up to the
// line its ";" ends.
func migrationSuppressions(set *rules.Set) []*suppression {
	if set == nil {
		return nil
	}
	var out []*suppression
	for _, m := range set.Migrations {
		lines := strings.Split(strings.ReplaceAll(string(m.SQL), "\r\n", "\n"), "\n")
		for i, line := range lines {
			ids, reason, ok := parseSuppression(line)
			if !ok || !strings.HasPrefix(strings.TrimSpace(line), "--") {
				continue
			}
			start := i + 1 // the statement's first line, 0-based
			for start < len(lines) && (strings.TrimSpace(lines[start]) == "" || strings.HasPrefix(strings.TrimSpace(lines[start]), "--")) {
				start++
			}
			if start >= len(lines) {
				// No statement follows: it covers nothing (a rule id it
				// names is still checked).
				out = append(out, &suppression{rules: ids, reason: reason, file: m.SQLPath, line: i + 1, from: i + 2, to: i + 1})
				continue
			}
			end := start
			for end < len(lines) && !strings.HasSuffix(strings.TrimSpace(stripLineComment(lines[end])), ";") {
				end++
			}
			out = append(out, &suppression{rules: ids, reason: reason, file: m.SQLPath, line: i + 1, from: start + 1, to: min(end, len(lines)-1) + 1})
		}
	}
	return out
}

// stripLineComment drops a trailing "-- …" comment (outside quotes) from a
// SQL line.
func stripLineComment(s string) string {
	inQuote := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuote != 0:
			if c == inQuote {
				inQuote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			inQuote = c
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			return s[:i]
		}
	}
	return s
}

// covers reports whether a suppression silences a finding.
func (s *suppression) covers(f finding.Finding) bool {
	if f.File != s.file || f.Line < s.from || f.Line > s.to {
		return false
	}
	for _, id := range s.rules {
		if id == f.Rule || (strings.HasSuffix(id, "/") && strings.HasPrefix(f.Rule, id)) {
			return true
		}
	}
	return false
}

// suppress moves the findings a suppression covers out of fs, noting in each
// which comment silenced it.
func suppress(fs []finding.Finding, ss []*suppression) (kept, silenced []finding.Finding) {
	if len(ss) == 0 {
		return fs, nil
	}
	kept = fs[:0:0]
	for _, f := range fs {
		var by *suppression
		for _, s := range ss {
			if s.covers(f) {
				by = s
				break
			}
		}
		if by == nil {
			kept = append(kept, f)
			continue
		}
		note := fmt.Sprintf("silenced by migsync-ignore at %s:%d", by.file, by.line)
		if by.reason != "" {
			note += ": " + by.reason
		}
		f.Detail = strings.TrimSpace(note + "\n" + f.Detail)
		silenced = append(silenced, f)
	}
	return kept, silenced
}

// suppressionFindings warns about the rule ids of suppressions that name no
// rule (a typo would silently silence nothing), as ConfigFindings does for
// the configuration.
func suppressionFindings(project string, ss []*suppression) []finding.Finding {
	known := Rules()
	var out []finding.Finding
	for _, s := range ss {
		if len(s.rules) == 0 {
			out = append(out, finding.Finding{Rule: RuleUnknownRule, Severity: finding.Warning, Class: finding.Change,
				Project: project, File: s.file, Line: s.line, Object: "migsync-ignore " + s.file,
				Message: "migsync-ignore names no rule, so it silences nothing; write `migsync-ignore <rule>[: reason]` (`migsync rules` lists the rule ids)."})
			continue
		}
		for _, id := range s.rules {
			if finding.Known(known, id) {
				continue
			}
			msg := fmt.Sprintf("migsync-ignore: %q is not a migsync rule, so this comment silences nothing", id)
			if c := finding.Closest(known, id); c != "" {
				msg += fmt.Sprintf("; did you mean %q?", c)
			} else {
				msg += "; `migsync rules` lists the rule ids."
			}
			out = append(out, finding.Finding{Rule: RuleUnknownRule, Severity: finding.Warning, Class: finding.Change,
				Project: project, File: s.file, Line: s.line, Object: "migsync-ignore " + id + " in " + s.file, Message: msg})
		}
	}
	return out
}
