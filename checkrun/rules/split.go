package rules

import (
	"iter"
	"slices"
	"strings"
)

// Statement is one SQL statement of a migration with its first line.
type Statement struct {
	Text string // comments removed, trimmed, without the final semicolon
	Line int    // 1-based line where the statement's first token is
}

// SplitStatements splits a migration script at top-level semicolons. It knows
// single-quoted strings, double-quoted and backquoted identifiers, -- and /* */
// comments and PostgreSQL dollar quoting, so semicolons inside them do not
// split. Comments are dropped from the statement text.
func SplitStatements(sql string) []Statement { return slices.Collect(Statements(sql)) }

// Statements yields SplitStatements' statements one at a time: a caller
// that looks at each once holds one statement, not a million.
func Statements(sql string) iter.Seq[Statement] {
	return func(yield func(Statement) bool) { splitStatements(sql, yield) }
}

func splitStatements(sql string, yield func(Statement) bool) {
	var cur strings.Builder
	line, startLine := 1, 0
	stop := false
	flush := func() {
		text := strings.TrimSpace(cur.String())
		if text != "" && !stop {
			stop = !yield(Statement{Text: text, Line: startLine})
		}
		cur.Reset()
		startLine = 0
	}
	mark := func() {
		if startLine == 0 {
			startLine = line
		}
	}
	for i := 0; i < len(sql); i++ {
		c := sql[i]
		switch {
		case c == '\n':
			line++
			cur.WriteByte(c)
		case c == '-' && i+1 < len(sql) && sql[i+1] == '-':
			for i < len(sql) && sql[i] != '\n' {
				i++
			}
			if i < len(sql) {
				line++
				cur.WriteByte('\n')
			}
		case c == '/' && i+1 < len(sql) && sql[i+1] == '*':
			end := strings.Index(sql[i+2:], "*/")
			if end < 0 {
				end = len(sql) - i - 2
			}
			line += strings.Count(sql[i:i+2+end], "\n")
			i += end + 3
			cur.WriteByte(' ')
		case c == '\'' || c == '"' || c == '`':
			mark()
			j := i + 1
			for j < len(sql) {
				if sql[j] == c {
					if j+1 < len(sql) && sql[j+1] == c {
						j += 2
						continue
					}
					break
				}
				if sql[j] == '\\' && c != '"' && j+1 < len(sql) {
					j++
				}
				j++
			}
			if j >= len(sql) {
				j = len(sql) - 1
			}
			lit := sql[i : j+1]
			line += strings.Count(lit, "\n")
			cur.WriteString(lit)
			i = j
		case c == '$':
			mark()
			tagEnd := strings.IndexByte(sql[i+1:], '$')
			tag := ""
			if tagEnd >= 0 {
				tag = sql[i : i+tagEnd+2]
			}
			if tag != "" && isDollarTag(tag) {
				end := strings.Index(sql[i+len(tag):], tag)
				if end < 0 {
					end = len(sql) - i - len(tag)
				} else {
					end += len(tag)
				}
				body := sql[i : i+len(tag)+end]
				line += strings.Count(body, "\n")
				cur.WriteString(body)
				i += len(body) - 1
			} else {
				cur.WriteByte(c)
			}
		case c == ';':
			if flush(); stop {
				return
			}
		default:
			if c != ' ' && c != '\t' && c != '\r' {
				mark()
			}
			cur.WriteByte(c)
		}
	}
	flush()
}

func isDollarTag(tag string) bool {
	if len(tag) < 2 || tag[0] != '$' || tag[len(tag)-1] != '$' {
		return false
	}
	for _, r := range tag[1 : len(tag)-1] {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return tag[1] < '0' || tag[1] > '9' || len(tag) == 2
}
