package rules

import (
	"regexp"
	"strings"
)

// prismaWarning is one item of the "Warnings:" comment Prisma Migrate writes
// at the top of a migration it generated with a data-loss or failure risk.
type prismaWarning struct {
	Line int    // 1-based line of the item in migration.sql
	Text string // Prisma's sentence
}

// prismaWarnings reads the leading /* Warnings: … */ comment of a migration.
// Items start with "- "; a following indented line continues an item.
func prismaWarnings(sql string) []prismaWarning {
	// One line at a time: the comment is at the top, and a migration may
	// have a million lines.
	const beforeComment, beforeTitle, items = 0, 1, 2
	state, n := beforeComment, 0
	var out []prismaWarning
	for line := range strings.Lines(sql) {
		n++
		l := strings.TrimSpace(line)
		switch {
		case state == beforeComment && l == "", state == beforeTitle && l == "":
		case state == beforeComment:
			if l != "/*" {
				return nil
			}
			state = beforeTitle
		case state == beforeTitle:
			if l != "Warnings:" {
				return nil
			}
			state = items
		case strings.HasPrefix(l, "*/"):
			return out
		case strings.HasPrefix(l, "- "):
			out = append(out, prismaWarning{Line: n, Text: strings.TrimSpace(l[2:])})
		case l != "" && len(out) > 0:
			out[len(out)-1].Text += " " + l
		}
	}
	return nil // an unterminated comment is not Prisma's
}

var prismaWarningObjects = []struct {
	re     *regexp.Regexp
	object func(m []string) string
}{
	{regexp.MustCompile("drop the column `([^`]+)` on the `([^`]+)` table"), func(m []string) string { return "column " + m[2] + "." + m[1] }},
	{regexp.MustCompile("drop the `([^`]+)` table"), func(m []string) string { return "table " + m[1] }},
	{regexp.MustCompile("required column `([^`]+)` (?:to|was added to) the `([^`]+)` table"), func(m []string) string { return "column " + m[2] + "." + m[1] }},
	{regexp.MustCompile("Made the column `([^`]+)` on table `([^`]+)` required"), func(m []string) string { return "column " + m[2] + "." + m[1] }},
	{regexp.MustCompile("The `([^`]+)` column on the `([^`]+)` table would be dropped and recreated"), func(m []string) string { return "column " + m[2] + "." + m[1] }},
	{regexp.MustCompile("Changed the type of `([^`]+)` on the `([^`]+)` table"), func(m []string) string { return "column " + m[2] + "." + m[1] }},
	{regexp.MustCompile("A unique constraint covering the columns `\\[([^\\]]*)\\]` on the table `([^`]+)`"), func(m []string) string { return "unique " + m[2] + "(" + m[1] + ")" }},
	{regexp.MustCompile("The primary key for the `([^`]+)` table"), func(m []string) string { return "primary key of " + m[1] }},
	{regexp.MustCompile("on the enum `([^`]+)` will be removed"), func(m []string) string { return "enum " + m[1] }},
}

// object names what a Prisma warning is about, as the destructive-SQL rule
// names objects ("column User.age"), so that a change flagged from both the
// SQL and Prisma's warning is reported once; "" when not recognised.
func (w prismaWarning) object() string {
	for _, p := range prismaWarningObjects {
		if m := p.re.FindStringSubmatch(w.Text); m != nil {
			return p.object(m)
		}
	}
	return ""
}
