package report

import (
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
)

// writeText prints the result for a person at a terminal: each project, its
// findings, the missing migration and the one command that creates it, the
// findings of no project (the configuration's), and a closing count.
func writeText(w io.Writer, res *checkrun.Result, o Options) error {
	if len(res.Projects) == 0 {
		fmt.Fprintln(w, "migsync: nothing was checked: no Prisma schema with a migrations folder was found.")
		if len(repositoryFindings(res)) == 0 {
			fmt.Fprintln(w, "  Name a project in .github/migsync.yml if it lives somewhere unusual:")
			fmt.Fprintf(w, "\n%s\n", indent(exampleProjects, "      "))
		}
	}
	for _, p := range res.Projects {
		fmt.Fprintf(w, "%s ↔ %s (%s)\n", p.Schema, p.Migrations, projectFacts(p))
		silenced := suppressedOf(res, p)
		if len(p.Findings) == 0 && p.Compared && len(silenced) == 0 {
			fmt.Fprintln(w, "  in sync")
		}
		for _, f := range p.Findings {
			writeTextFinding(w, f)
		}
		for _, f := range silenced {
			fmt.Fprintf(w, "  %s: suppressed [%s] %s\n", Location(f), f.Rule, plain(firstLine(f.Detail)))
		}
		if p.MissingSQL != "" {
			fmt.Fprintf(w, "\n  The migration Prisma would generate for %s:\n\n", p.Schema)
			for _, line := range strings.Split(strings.TrimRight(p.MissingSQL, "\n"), "\n") {
				fmt.Fprintf(w, "    %s\n", line)
			}
			if s := FixSentence(p, false, "  "); s != "" {
				fmt.Fprintf(w, "\n%s", s)
			}
			if link := fixLink(p, o); link != "" {
				fmt.Fprintf(w, "\n  Or create it on GitHub in one click (on %s; then git pull):\n\n      %s\n", o.Branch.Name, link)
			}
		}
		fmt.Fprintln(w)
	}
	if repo := repositoryFindings(res); len(repo) > 0 {
		fmt.Fprintln(w, "Repository:")
		for _, f := range repo {
			writeTextFinding(w, f)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, CountResult(res, o.Config, o.Strict).Line())
	return nil
}

func writeTextFinding(w io.Writer, f finding.Finding) {
	tag := ""
	switch {
	case !f.Introduced:
		tag = " (pre-existing)"
	case f.Side == finding.SideMerge:
		tag = " " + AfterMergeTag
	}
	where := Location(f)
	if where != "" {
		where += ": "
	}
	fmt.Fprintf(w, "  %s%s%s [%s] %s\n", where, f.Severity, tag, f.Rule, plain(f.Message))
	if f.Detail != "" {
		for _, l := range strings.Split(f.Detail, "\n") {
			fmt.Fprintf(w, "      %s\n", plain(l))
		}
	}
	if f.Config != "" {
		fmt.Fprintf(w, "      In .github/migsync.yml:\n\n%s\n", indent(f.Config, "        "))
	}
}

// exampleProjects is the configuration that names a project explicitly.
const exampleProjects = "projects:\n  - schema: path/to/schema.prisma\n    migrations: path/to/migrations\n"

// indent prefixes every line of s.
func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n") + "\n"
}

// projectFacts is "postgresql, 3 migrations", without what is unknown.
func projectFacts(p *checkrun.Project) string {
	var parts []string
	if p.Provider != "" {
		parts = append(parts, p.Provider)
	}
	if p.Compared {
		parts = append(parts, plural(p.MigrationCount, "migration"))
	} else {
		parts = append(parts, "not compared")
	}
	if p.Paired != "" {
		parts = append(parts, "paired as "+p.Paired)
	}
	return strings.Join(parts, ", ")
}

// repositoryFindings are the findings of no project (the configuration's,
// an incomplete listing), which every format shows too.
func repositoryFindings(res *checkrun.Result) []finding.Finding {
	projects := map[string]bool{}
	for _, p := range res.Projects {
		projects[p.Schema] = true
	}
	var out []finding.Finding
	for _, f := range res.Findings {
		if f.Project == "" || !projects[f.Project] {
			out = append(out, f)
		}
	}
	return out
}

// plain is a message for a plain-text surface (a terminal, an annotation):
// without markdown's code backticks.
func plain(s string) string { return strings.ReplaceAll(s, "`", "") }

// suppressedOf lists the suppressed findings of a project.
func suppressedOf(res *checkrun.Result, p *checkrun.Project) []finding.Finding {
	var out []finding.Finding
	for _, f := range res.Suppressed {
		if f.Project == p.Schema {
			out = append(out, f)
		}
	}
	return out
}

func firstLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return first
}

// fixLink is the new-file link for a project's missing migration on the
// CLI's branch, "" when there is none or it does not fit in a URL.
func fixLink(p *checkrun.Project, o Options) string {
	file := MigrationFile(p)
	if !o.Branch.ok() || file == "" {
		return ""
	}
	return NewFileURL(*o.Branch, path.Join(o.Prefix, file), p.MissingSQL)
}
