package report

import (
	"net/url"
	"strings"

	"github.com/migsync/migsync/checkrun"
)

// MaxURLBytes is the longest link offered: GitHub answers 414 URI Too Long
// above 8191 bytes (github/docs#4537); the rest is a margin for the
// browser and proxies.
const MaxURLBytes = 8000

// Branch is where a fix can be written with one click: a pull request's
// head branch in its own repository. A fork's branch is not writable by the
// App's users in the base repository, so the App passes no Branch then and
// report offers no link.
type Branch struct {
	// RepoURL is the repository's web address, e.g.
	// https://github.com/acme/api (the payload's html_url).
	RepoURL string
	// Name is the branch, e.g. feature/refresh-tokens.
	Name string
}

func (b *Branch) ok() bool { return b != nil && b.RepoURL != "" && b.Name != "" }

// NewFileURL is GitHub's "create new file" page on branch, prefilled with
// path (folders are created as needed) and content:
// <repo>/new/<branch>?filename=<path>&value=<content>. It returns "" when the
// address would exceed MaxURLBytes.
func NewFileURL(b Branch, path, content string) string {
	segs := strings.Split(b.Name, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	u := strings.TrimSuffix(b.RepoURL, "/") + "/new/" + strings.Join(segs, "/") +
		"?filename=" + queryEscape(path) + "&value=" + queryEscape(content)
	if len(u) > MaxURLBytes {
		return ""
	}
	return u
}

// queryEscape escapes a query value with %20 for spaces (some decoders do
// not read "+" as a space).
func queryEscape(s string) string { return strings.ReplaceAll(url.QueryEscape(s), "+", "%20") }

// WriteFileSnippet is a POSIX shell snippet, to paste at the repository
// root, that writes content to path exactly (a quoted here-document: no
// expansion), creating its folder.
func WriteFileSnippet(path, content string) string {
	delim := "MIGSYNC_SQL"
	for strings.Contains(content, delim) {
		delim += "_"
	}
	dir := path
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		dir = path[:i]
	}
	var b strings.Builder
	b.WriteString("mkdir -p " + shellQuote(dir) + "\n")
	b.WriteString("cat > " + shellQuote(path) + " <<'" + delim + "'\n")
	b.WriteString(strings.TrimRight(content, "\n") + "\n")
	b.WriteString(delim + "\n")
	return b.String()
}

// shellQuote quotes s for a POSIX shell when it needs quoting.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./@%+=:,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// FixLead is the one call to action for a project's missing migration,
// phrased the same on every surface; the command follows it (FixSentence).
const FixLead = "To fix, run this from the repository root and commit the migration it creates:"

// FixSentence is the call to action with its command: in markdown a shell
// block, in plain text the command indented on its own line under indent.
func FixSentence(p *checkrun.Project, markdown bool, indent string) string {
	cmd := Command(p)
	if cmd == "" {
		if file := MigrationFile(p); file != "" {
			// prisma migrate dev would write elsewhere: the file by hand.
			if markdown {
				file = "`" + file + "`"
			}
			return indent + "To fix, save the migration as " + file + " and commit it (prisma migrate dev writes to another folder for this project).\n"
		}
		return ""
	}
	if markdown {
		return FixLead + "\n\n" + fence("sh", cmd)
	}
	return indent + FixLead + "\n\n" + indent + "    " + cmd + "\n"
}

// MigrationFile is where a project's missing migration goes when written by
// hand: the folder the engine suggests (Prisma's naming, after the newest
// migration) and its migration.sql; "" when there is none.
func MigrationFile(p *checkrun.Project) string {
	if p == nil || p.NewMigration == "" {
		return ""
	}
	return p.NewMigration + "/migration.sql"
}

// fixMarkdown renders the missing migration of a project for the check run
// and review comments: the call to action, then, on a writable branch, the
// new-file link (or, when it does not fit in a URL, a shell snippet that
// writes the file, which then stands for the SQL block), and the SQL once.
func fixMarkdown(p *checkrun.Project, branch *Branch, showSQL bool) string {
	if p == nil || strings.TrimSpace(p.MissingSQL) == "" {
		return ""
	}
	var b strings.Builder
	if s := FixSentence(p, true, ""); s != "" {
		b.WriteString(s + "\n")
	}
	file := MigrationFile(p)
	if branch.ok() && file != "" {
		if link := NewFileURL(*branch, file, p.MissingSQL); link != "" {
			what := "with the SQL below"
			if !showSQL {
				what = "with the project's whole missing migration"
			}
			b.WriteString("Or write it by hand in one click: [create `" + file + "` on `" + branch.Name + "`](" + link + ") " + what + ".\n\n")
		} else {
			b.WriteString("Or write it by hand: paste this at the repository root, on `" + branch.Name + "`, and commit:\n\n")
			b.WriteString(fence("sh", WriteFileSnippet(file, p.MissingSQL)))
			return b.String()
		}
	}
	if showSQL {
		b.WriteString("The migration contains this `migration.sql`:\n\n")
		b.WriteString(fence("sql", p.MissingSQL))
	}
	return b.String()
}
