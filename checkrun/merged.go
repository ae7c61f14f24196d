package checkrun

import (
	"context"
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/merge"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/checkrun/tree"
)

// Rule ids of what merging a change into the current tip of its base branch
// finds before anything is replayed.
const (
	RuleMergeSchemaConflict    = "merge/schema-conflict"
	RuleMergeMigrationConflict = "merge/migration-conflict"
)

// unitMerge is one project as it will be after merging the head into the
// base branch's tip: each file of the project (the schema's files, the
// migrations folder) merged three ways from the merge base. A file only one
// side changed is that side's; a schema file both sides changed is merged
// line by line (package merge); any other file both sides changed
// differently is a conflict, and the tip's version stays (databases at the
// tip already applied it).
type unitMerge struct {
	tree *overlay
	// conflicts are the merge's own findings (merge/…), on the head's files.
	conflicts []finding.Finding
	// schemaConflict is true when a schema file could not be merged: the
	// merged schema is then not known, and drift is judged on the head alone.
	schemaConflict bool
	// headLine maps a merged schema file's lines (0-based) to the head's
	// lines (1-based; 0: the line is the tip's, the head does not have it).
	headLine map[string][]int
	// tipMigrations are the migration folders the tip has: a database at the
	// tip has applied them, so the merged history replays them first and
	// then the head's new ones (Prisma's order whenever the new ones sort
	// after the tip's newest, which rules/migration-order checks).
	tipMigrations map[string]bool
}

// mergedState is a project merged into the base branch's tip, analysed.
type mergedState struct {
	m      *unitMerge
	tip    *unitState // the project on the tip
	merged *unitState // the project after the merge
}

func (ms *mergedState) tipState() *unitState {
	if ms == nil {
		return nil
	}
	return ms.tip
}

// analyzeMerge merges a project of head into tip (from their merge base) and
// analyses the tip and the result; nil when the tip did not change the
// project since the merge base.
func analyzeMerge(ctx context.Context, base, tip, head tree.Tree, u Unit, pc *sqlddl.ParseCache) (*mergedState, error) {
	m, err := mergeUnit(ctx, base, tip, head, u)
	if err != nil || m == nil {
		return nil, err
	}
	ts, err := analyzeUnit(ctx, tip, u, pc, nil)
	if err != nil {
		return nil, fmt.Errorf("base tip: %w", err)
	}
	merged, err := analyzeUnit(ctx, m.tree, u, pc, m.tipMigrations)
	if err != nil {
		return nil, fmt.Errorf("merge: %w", err)
	}
	return &mergedState{m: m, tip: ts, merged: merged}, nil
}

// mergeUnit merges the head's project into the tip. It returns nil when the
// tip has not changed any of the project's files since the merge base (the
// merge is then the head itself).
func mergeUnit(ctx context.Context, base, tip, head tree.Tree, u Unit) (*unitMerge, error) {
	be, err := unitEntries(ctx, base, u)
	if err != nil {
		return nil, fmt.Errorf("merge base: %w", err)
	}
	te, err := unitEntries(ctx, tip, u)
	if err != nil {
		return nil, fmt.Errorf("base tip: %w", err)
	}
	changed := len(be) != len(te)
	for p, b := range be {
		if changed {
			break
		}
		t, ok := te[p]
		if !ok {
			changed = true
			break
		}
		same, err := sameFile(ctx, base, b, tip, t)
		if err != nil {
			return nil, err
		}
		changed = !same
	}
	if !changed {
		return nil, nil
	}
	he, err := unitEntries(ctx, head, u)
	if err != nil {
		return nil, err
	}
	m := &unitMerge{tree: &overlay{files: map[string]overlayFile{}}, headLine: map[string][]int{}, tipMigrations: map[string]bool{}}
	migDir := strings.TrimSuffix(tree.Clean(u.Migrations), "/") + "/"
	for p := range te {
		if rest, ok := strings.CutPrefix(p, migDir); ok {
			if name, file, ok := strings.Cut(rest, "/"); ok && file == "migration.sql" {
				m.tipMigrations[name] = true
			}
		}
	}
	paths := map[string]bool{}
	for _, es := range []map[string]tree.Entry{be, te, he} {
		for p := range es {
			paths[p] = true
		}
	}
	sorted := make([]string, 0, len(paths))
	for p := range paths {
		sorted = append(sorted, p)
	}
	sort.Strings(sorted)
	for _, p := range sorted {
		b, inBase := be[p]
		t, inTip := te[p]
		h, inHead := he[p]
		eq := func(ta tree.Tree, a tree.Entry, okA bool, tb tree.Tree, b tree.Entry, okB bool) (bool, error) {
			if !okA || !okB {
				return okA == okB, nil
			}
			return sameFile(ctx, ta, a, tb, b)
		}
		tipIsHead, err := eq(tip, t, inTip, head, h, inHead)
		if err != nil {
			return nil, err
		}
		baseIsTip, err := eq(base, b, inBase, tip, t, inTip)
		if err != nil {
			return nil, err
		}
		baseIsHead, err := eq(base, b, inBase, head, h, inHead)
		if err != nil {
			return nil, err
		}
		switch {
		case tipIsHead || baseIsTip: // the head's (or both the same)
			if inHead {
				m.tree.files[p] = overlayFile{from: head, entry: h}
			}
		case baseIsHead: // only the tip changed it
			if inTip {
				m.tree.files[p] = overlayFile{from: tip, entry: t}
			}
		case strings.HasSuffix(p, ".prisma") && inTip && inHead:
			if err := m.mergeSchema(ctx, u, p, base, b, inBase, tip, t, head, h); err != nil {
				return nil, err
			}
		default:
			m.conflict(u, p, inTip, inHead)
			if inTip {
				m.tree.files[p] = overlayFile{from: tip, entry: t}
			}
		}
	}
	return m, nil
}

// mergeSchema merges one schema file both sides changed.
func (m *unitMerge) mergeSchema(ctx context.Context, u Unit, p string, base tree.Tree, b tree.Entry, inBase bool, tip tree.Tree, t tree.Entry, head tree.Tree, h tree.Entry) error {
	read := func(tr tree.Tree, e tree.Entry) (string, error) {
		data, err := tr.Read(ctx, e.Path)
		return strings.ReplaceAll(string(data), "\r\n", "\n"), err
	}
	var baseText string
	var err error
	if inBase {
		if baseText, err = read(base, b); err != nil {
			return err
		}
	}
	tipText, err := read(tip, t)
	if err != nil {
		return err
	}
	headText, err := read(head, h)
	if err != nil {
		return err
	}
	text, r := merge.Texts(baseText, tipText, headText)
	lines := make([]int, len(r.Lines))
	for i, l := range r.Lines {
		lines[i] = l.HeadLine
	}
	m.headLine[p] = lines
	m.tree.files[p] = overlayFile{text: []byte(text), literal: true}
	if len(r.Conflicts) == 0 {
		return nil
	}
	m.schemaConflict = true
	headLines, tipLines := merge.Lines(headText), merge.Lines(tipText)
	for _, c := range r.Conflicts {
		blocks := blocksIn(headLines, c.HeadStart, c.HeadEnd)
		for _, name := range blocksIn(tipLines, c.TipStart, c.TipEnd) {
			if !containsString(blocks, name) {
				blocks = append(blocks, name)
			}
		}
		what := "the schema"
		if len(blocks) > 0 {
			what = andList(blocks)
		}
		line := c.HeadStart
		end := c.HeadEnd
		if end < line { // the head deleted the lines the tip changed
			end = 0
		}
		f := finding.Finding{
			Rule: RuleMergeSchemaConflict, Severity: finding.Error, Class: finding.Change,
			Project: u.Schema, File: p, Line: line, EndLine: end, Object: "schema conflict " + what,
			Side: finding.SideMerge, Introduced: true,
			Message: fmt.Sprintf("rebase: both branches changed %s — this pull request and the base branch since it started — so the merge conflicts here; rebase onto the base branch, resolve the schema, and check that the migrations still match it.", what),
		}
		if end == 0 {
			f.EndLine = 0
		}
		if line < 1 {
			f.Line = 0
		}
		m.conflicts = append(m.conflicts, f)
	}
	return nil
}

// conflict records a file other than a schema file that both sides changed
// differently (a migration both added under the same name, or edited).
func (m *unitMerge) conflict(u Unit, p string, inTip, inHead bool) {
	what := p
	dir := strings.TrimSuffix(tree.Clean(u.Migrations), "/") + "/"
	if rest, ok := strings.CutPrefix(p, dir); ok {
		if name, _, ok := strings.Cut(rest, "/"); ok {
			what = "migration " + name
		}
	}
	msg := fmt.Sprintf("rebase: both branches changed %s — this pull request and the base branch since it started — so the merge conflicts here; the base branch's version is the one databases get. Rename this branch's migration folder so that it sorts after the base branch's newest migration, or rebase and keep the base branch's version.", what)
	if !inTip {
		msg = fmt.Sprintf("rebase: the base branch deleted %s, which this pull request changes; rebase onto the base branch and decide which version stays.", what)
	}
	line := 1
	if !inHead {
		line = 0
		msg = fmt.Sprintf("rebase: this pull request deletes %s, which the base branch changed since it started; rebase onto the base branch and decide which version stays.", what)
	}
	m.conflicts = append(m.conflicts, finding.Finding{
		Rule: RuleMergeMigrationConflict, Severity: finding.Error, Class: finding.Change,
		Project: u.Schema, File: p, Line: line, Object: "merge conflict " + what,
		Side: finding.SideMerge, Introduced: true, Message: msg,
	})
}

// toHead moves a finding on the merged tree onto the head's files: a line of
// a merged schema file becomes the head's line (the file alone when the line
// is the tip's).
func (m *unitMerge) toHead(f finding.Finding) finding.Finding {
	lines, ok := m.headLine[f.File]
	if !ok {
		return f
	}
	at := func(n int) int {
		if n < 1 || n > len(lines) {
			return 0
		}
		return lines[n-1]
	}
	f.Line, f.EndLine = at(f.Line), at(f.EndLine)
	if f.Line == 0 || f.EndLine < f.Line {
		f.EndLine = 0
	}
	return f
}

// blocksIn names the top-level blocks (model User, enum Role, …) that lines
// [start, end] (1-based, inclusive) of a schema touch; an empty range names
// the block it lies in.
func blocksIn(lines []string, start, end int) []string {
	if end < start {
		end = start
	}
	var out []string
	current := ""
	for i, l := range lines {
		n := i + 1
		t := strings.TrimSpace(l)
		if current == "" {
			if f := strings.Fields(t); len(f) >= 2 && strings.HasSuffix(t, "{") {
				switch f[0] {
				case "model", "enum", "view", "type", "datasource", "generator":
					current = f[0] + " " + strings.TrimSuffix(f[1], "{")
				}
			}
		}
		if current != "" && n >= start && n <= end && !containsString(out, current) {
			out = append(out, current)
		}
		if strings.HasPrefix(t, "}") {
			current = ""
		}
		if n > end {
			break
		}
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// unitEntries lists a project's files in a tree: the schema file (or the
// *.prisma files of a schema folder) and everything under the migrations
// folder.
func unitEntries(ctx context.Context, t tree.Tree, u Unit) (map[string]tree.Entry, error) {
	out := map[string]tree.Entry{}
	schema := strings.Trim(path.Clean("/"+u.Schema), "/")
	if strings.HasSuffix(schema, ".prisma") {
		es, err := t.List(ctx, schema)
		if err != nil && !errors.Is(err, tree.ErrTruncated) {
			return nil, err
		}
		for _, e := range es {
			if e.Path == schema {
				out[schema] = e
			}
		}
		if _, ok := out[schema]; !ok && err != nil {
			// Beyond a truncated listing: read it to know.
			if _, rerr := t.Read(ctx, schema); rerr == nil {
				out[schema] = tree.Entry{Path: schema, Size: -1}
			}
		}
	} else {
		es, err := t.List(ctx, schema+"/")
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			if strings.HasSuffix(e.Path, ".prisma") {
				out[e.Path] = e
			}
		}
	}
	dir := strings.TrimSuffix(tree.Clean(u.Migrations), "/")
	es, err := t.List(ctx, dir+"/")
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		out[e.Path] = e
	}
	return out, nil
}

// sameFile reports whether two entries have the same contents: by blob SHA
// when both trees know it, else by reading them (line endings aside).
func sameFile(ctx context.Context, ta tree.Tree, a tree.Entry, tb tree.Tree, b tree.Entry) (bool, error) {
	if a.SHA != "" && b.SHA != "" {
		return a.SHA == b.SHA, nil
	}
	da, err := ta.Read(ctx, a.Path)
	if errors.Is(err, tree.ErrTooLarge) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	db, err := tb.Read(ctx, b.Path)
	if errors.Is(err, tree.ErrTooLarge) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return strings.ReplaceAll(string(da), "\r\n", "\n") == strings.ReplaceAll(string(db), "\r\n", "\n"), nil
}

// overlay is a merged project: each file read from the side it comes from,
// or merged text.
type overlay struct {
	files map[string]overlayFile
}

type overlayFile struct {
	from    tree.Tree
	entry   tree.Entry
	text    []byte
	literal bool
}

func (o *overlay) List(_ context.Context, prefix string) ([]tree.Entry, error) {
	prefix = tree.Clean(prefix)
	var out []tree.Entry
	for p, f := range o.files {
		if !strings.HasPrefix(p, prefix) {
			continue
		}
		e := f.entry
		if f.literal {
			e = tree.Entry{Size: int64(len(f.text))}
		}
		e.Path = p
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

func (o *overlay) Read(ctx context.Context, p string) ([]byte, error) {
	f, ok := o.files[tree.Clean(p)]
	if !ok {
		return tree.Map{}.Read(ctx, p) // the not-exist error
	}
	if f.literal {
		if len(f.text) > tree.MaxFileSize {
			return nil, &tree.TooLargeError{Path: p, Size: int64(len(f.text))}
		}
		return f.text, nil
	}
	return f.from.Read(ctx, f.entry.Path)
}
