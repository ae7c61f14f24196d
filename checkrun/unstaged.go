package checkrun

import (
	"context"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/rules"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/checkrun/tree"
)

// withFiles is a tree with some files added (or replaced).
type withFiles struct {
	tree.Tree
	extra tree.Map
}

func (o withFiles) List(ctx context.Context, prefix string) ([]tree.Entry, error) {
	entries, err := o.Tree.List(ctx, prefix)
	added, _ := o.extra.List(ctx, prefix)
	have := map[string]bool{}
	for _, e := range entries {
		have[e.Path] = true
	}
	for _, e := range added {
		if !have[e.Path] {
			entries = append(entries, e)
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Path < entries[j].Path })
	return entries, err
}

func (o withFiles) Read(ctx context.Context, p string) ([]byte, error) {
	if _, ok := o.extra[tree.Clean(p)]; ok {
		return o.extra.Read(ctx, p)
	}
	return o.Tree.Read(ctx, p)
}

// unstagedFolders are the migration folders of a project that exist only in
// the working tree (Options.Unstaged): each <migrations>/<name>/migration.sql
// whose folder the checked tree lacks. It returns them as files to add and
// their folders, sorted.
func unstagedFolders(u Unit, unstaged map[string]string, set *rules.Set) (tree.Map, []string) {
	files := tree.Map{}
	var dirs []string
	for p, sql := range unstaged {
		dir, file := path.Split(p)
		dir = strings.TrimSuffix(dir, "/")
		if file != "migration.sql" || path.Dir(dir) != u.Migrations || set.ByName(path.Base(dir)) != nil {
			continue
		}
		files[p] = sql
		dirs = append(dirs, dir)
	}
	sort.Strings(dirs)
	return files, dirs
}

// foldUnstaged tells a pre-commit check whose migration folders are on disk
// but not staged what to do: `git add` them, never create a migration (that
// would make a duplicate). pending is the project analysed with those
// folders added: the drift it no longer has is what they explain, and is
// folded into one finding per folder (with the change rule, which they
// satisfy); what is still missing with them is the project's missing SQL.
func foldUnstaged(p *Project, pending *unitState, dirs []string) {
	still := map[string]bool{}
	for _, f := range pending.findings {
		f.SetFingerprint()
		still[f.Fingerprint] = true
	}
	var explained []finding.Finding
	out := p.Findings[:0:0]
	for _, f := range p.Findings {
		switch {
		case strings.HasPrefix(f.Rule, "drift/") && !still[f.Fingerprint]:
			explained = append(explained, f)
		case f.Rule == rules.SchemaWithoutMigration:
			// the folders are the migration this change adds
		default:
			out = append(out, f)
		}
	}
	for i, dir := range dirs {
		f := finding.Finding{
			Rule: rules.UntrackedMigration, Severity: finding.Error, Class: finding.Change, Introduced: true,
			Project: p.Schema, File: dir + "/migration.sql", Line: 1, Object: "migration " + path.Base(dir),
			Message: fmt.Sprintf("migration %s is in the working tree but not staged, so this commit would not contain it: run `git add %s` (creating another migration would duplicate it).", path.Base(dir), dir),
		}
		if i == 0 && len(explained) > 0 {
			for _, e := range explained {
				f.Objects = append(f.Objects, e.Object)
			}
			var lines []string
			for _, e := range explained {
				lines = append(lines, where(e)+": "+e.Message)
			}
			f.Detail = "Staged, it covers:\n" + strings.Join(lines, "\n")
		}
		f.SetFingerprint()
		out = append(out, f)
	}
	finding.Sort(out)
	p.Findings = out
	p.MissingSQL, p.SuggestedName, p.Command, p.NewMigration = "", "", "", ""
	if pending.usable {
		if sql := drift.RenderSQL(pending.dialect, pending.diffs); strings.TrimSpace(sql) != "" {
			p.MissingSQL = sql
			p.SuggestedName = suggestName(pending.diffs)
			p.Command = migrateCommand(pending.unit, p.SuggestedName)
		}
	}
}

// analyzeUnstaged analyses a project with its unstaged migration folders
// added, and folds what they explain (foldUnstaged).
func analyzeUnstaged(ctx context.Context, head tree.Tree, u Unit, hs *unitState, p *Project, unstaged map[string]string, pc *sqlddl.ParseCache) error {
	if len(unstaged) == 0 || hs.set == nil {
		return nil
	}
	files, dirs := unstagedFolders(u, unstaged, hs.set)
	if len(dirs) == 0 {
		return nil
	}
	pending, err := analyzeUnit(ctx, withFiles{head, files}, u, pc, nil)
	if err != nil {
		return err
	}
	foldUnstaged(p, pending, dirs)
	return nil
}
