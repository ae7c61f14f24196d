package checkrun

import (
	"fmt"
	"strings"

	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/rules"
)

// maxListedObjects bounds the objects a folded finding names in its message;
// the rest are counted ("and 3 more") and all of them are in Objects.
const maxListedObjects = 4

// foldMissingMigration makes one finding of one problem: a schema change that
// needs a migration and has none is reported by the change rule
// (rules/schema-changed-without-migration) and, once per database object, by
// the drift it causes. The drift findings the change introduced are folded
// into the change rule's finding, which then names the objects it covers
// (Objects), carries the project's one migration.sql, and stays on the
// schema line that introduced the change. A change whose database already
// matches the migrations (it brought the schema in line with them) needs no
// migration: the change rule's finding is dropped, as it is when every drift
// it would cover was silenced by a migsync-ignore comment (silenced).
// Findings are taken after the configuration and suppressions applied, so
// that a drift the repository silenced is not brought back, and the result
// stays sorted.
func foldMissingMigration(p *Project, silenced []finding.Finding) []finding.Finding {
	at := -1
	for i, f := range p.Findings {
		if f.Rule == rules.SchemaWithoutMigration {
			at = i
			break
		}
	}
	if at < 0 || !p.Compared {
		return p.Findings
	}
	var covered []finding.Finding
	out := make([]finding.Finding, 0, len(p.Findings))
	for i, f := range p.Findings {
		if i == at {
			continue
		}
		if strings.HasPrefix(f.Rule, "drift/") && f.Introduced {
			covered = append(covered, f)
			continue
		}
		out = append(out, f)
	}
	change := p.Findings[at]
	if strings.TrimSpace(p.MissingSQL) == "" {
		return out // the schema caught up with the migrations: no migration needed
	}
	if len(covered) == 0 {
		for _, f := range silenced {
			if strings.HasPrefix(f.Rule, "drift/") && f.Introduced {
				// What the change needs was silenced where the code is:
				// the change rule says the same about the same lines.
				return out
			}
		}
		// Only drift the base had too, or drift the configuration turned
		// off: the change still needs a migration.
		return p.Findings
	}
	change.Objects = nil
	for _, f := range covered {
		change.Objects = append(change.Objects, f.Object)
	}
	if change.File == "" {
		change.File, change.Line, change.EndLine = covered[0].File, covered[0].Line, covered[0].EndLine
	}
	change.Message = fmt.Sprintf("this change edits the schema (%s) but adds no migration, so databases deployed from the migrations will not have %s.",
		describeChanges(change, covered), pronoun(len(covered)))
	if len(covered) > 1 {
		var lines []string
		for _, f := range covered {
			lines = append(lines, where(f)+": "+f.Message)
		}
		change.Detail = strings.Join(lines, "\n")
	}
	change.SQL = p.MissingSQL
	change.SetFingerprint()
	out = append(out, change)
	finding.Sort(out)
	return out
}

func pronoun(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// describeChanges names what the covered drift findings add, change or
// remove, e.g. `adds table "RefreshToken"; changes column "User"."name"
// (line 12)`, the objects on other lines than the change's with their line.
func describeChanges(change finding.Finding, covered []finding.Finding) string {
	verbs := []string{"adds", "changes", "removes"}
	byVerb := map[string][]string{}
	listed := 0
	for _, f := range covered {
		if listed == maxListedObjects {
			break
		}
		listed++
		verb := "changes"
		switch {
		case strings.HasPrefix(f.Rule, "drift/missing-"):
			verb = "adds"
		case strings.HasPrefix(f.Rule, "drift/extra-"):
			verb = "removes"
		}
		obj := f.Object
		switch {
		case f.File != change.File && f.File != "":
			obj += " (" + where(f) + ")"
		case f.Line != change.Line && f.Line > 0:
			obj += fmt.Sprintf(" (line %d)", f.Line)
		}
		byVerb[verb] = append(byVerb[verb], obj)
	}
	var parts []string
	for _, v := range verbs {
		if objs := byVerb[v]; len(objs) > 0 {
			parts = append(parts, v+" "+andList(objs))
		}
	}
	s := strings.Join(parts, "; ")
	if rest := len(covered) - listed; rest > 0 {
		s += fmt.Sprintf("; and %d more", rest)
	}
	return s
}

func andList(xs []string) string {
	switch len(xs) {
	case 1:
		return xs[0]
	case 2:
		return xs[0] + " and " + xs[1]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// where is a finding's location as "file:line" (the file alone without a
// line).
func where(f finding.Finding) string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	return f.File
}
