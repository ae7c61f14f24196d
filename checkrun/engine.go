package checkrun

import (
	"context"
	"errors"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/prisma"
	"github.com/migsync/migsync/checkrun/rules"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
)

// Rule ids of findings the engine itself makes (drift and change rules have
// their own packages).
const (
	RuleSchemaSyntax        = "schema/syntax"
	RuleSchemaInvalid       = "schema/invalid"
	RuleUnsupportedProvider = "schema/unsupported-provider"
	RuleMigrationError      = "migrations/sql-error"
	RuleMigrationSkipped    = "migrations/unrecognized-statement"
	RuleTreeIncomplete      = "repository/incomplete-tree"
)

// Analyze checks every Prisma project of head and, when base is not nil, the
// change from base to head. It fails only on an I/O error it cannot turn into
// a finding (a canceled context, an unreadable tree).
func Analyze(ctx context.Context, base, head tree.Tree, opts Options) (*Result, error) {
	if head == nil {
		return nil, errors.New("analyze: no head tree")
	}
	res := &Result{}
	var repoFindings []finding.Finding
	cfg := opts.Config
	if len(opts.Only) > 0 {
		cfg = withProjects(cfg, opts.Only)
	}
	found, err := DiscoverAll(ctx, head, cfg)
	units := found.Units
	if err != nil {
		if !errors.Is(err, tree.ErrTruncated) {
			return nil, err
		}
		repoFindings = append(repoFindings, finding.Finding{
			Rule: RuleTreeIncomplete, Severity: finding.Warning, Introduced: true,
			Message: "the repository's file listing was truncated, so some Prisma projects may not have been checked; name them in .github/migsync.yml (projects:) to check them explicitly.",
		})
	}
	pc := opts.ParseCache
	if pc == nil {
		pc = sqlddl.NewParseCache()
	}
	var baseUnits map[string]Unit
	skippedOnBase := map[string]bool{}
	if base != nil {
		bd, err := DiscoverAll(ctx, base, cfg)
		if err != nil && !errors.Is(err, tree.ErrTruncated) {
			return nil, fmt.Errorf("base: %w", err)
		}
		baseUnits = map[string]Unit{}
		for _, u := range bd.Units {
			baseUnits[u.Schema] = u
		}
		for _, sk := range bd.Skipped {
			skippedOnBase[sk.Path] = true
		}
	}
	for _, sk := range found.Skipped {
		f := skipFinding(sk)
		f.Introduced = base == nil || !skippedOnBase[sk.Path]
		repoFindings = append(repoFindings, f)
	}
	for _, u := range units {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		hs, err := analyzeUnit(ctx, head, u, pc, nil)
		if err != nil {
			return nil, err
		}
		var bs *unitState
		if bu, ok := baseUnits[u.Schema]; ok {
			if bs, err = analyzeUnit(ctx, base, bu, pc, nil); err != nil {
				return nil, fmt.Errorf("base: %w", err)
			}
		}
		var ms *mergedState
		if opts.Tip != nil && base != nil {
			if ms, err = analyzeMerge(ctx, base, opts.Tip, head, u, pc); err != nil {
				return nil, err
			}
		}
		p := hs.project(bs, ms, base != nil, opts)
		if err := analyzeUnstaged(ctx, head, u, hs, p, opts.Unstaged, pc); err != nil {
			return nil, err
		}
		res.Projects = append(res.Projects, p)
	}
	for i := range repoFindings {
		repoFindings[i].SetFingerprint()
	}
	cfgFindings := ConfigFindings(opts.Config)
	if base != nil && opts.BaseConfig != nil {
		onBase := map[string]bool{}
		for _, f := range ConfigFindings(opts.BaseConfig) {
			onBase[f.Fingerprint] = true
		}
		for i := range cfgFindings {
			cfgFindings[i].Introduced = !onBase[cfgFindings[i].Fingerprint]
		}
	}
	repoFindings = append(repoFindings, cfgFindings...)
	res.Findings = append(res.Findings, repoFindings...)
	for _, p := range res.Projects {
		p.Findings = applyConfig(p.Findings, opts.Config)
		// Suppressions before the fold (a silenced drift is not folded
		// into the change rule) and after (the folded finding itself).
		var silenced, more []finding.Finding
		p.Findings, silenced = suppress(p.Findings, p.suppressions)
		p.Findings = foldMissingMigration(p, silenced)
		p.Findings, more = suppress(p.Findings, p.suppressions)
		res.Suppressed = append(append(res.Suppressed, silenced...), more...)
		if len(silenced)+len(more) > 0 && !needsMigration(p.Findings) {
			// Nothing left that a migration fixes: no migration to offer.
			p.MissingSQL, p.SuggestedName, p.Command, p.NewMigration = "", "", "", ""
		}
		res.Findings = append(res.Findings, p.Findings...)
	}
	finding.Sort(res.Suppressed)
	res.Findings = applyConfig(res.Findings, nil)
	finding.Sort(res.Findings)
	res.Conclusion = conclude(res, opts.Config)
	return res, nil
}

// checkedProviders names the providers migsync compares, from the one
// provider list (catalog.providers): "postgresql, cockroachdb, mysql and
// sqlite".
func checkedProviders() string {
	ps := catalog.CheckedProviders()
	if len(ps) < 2 {
		return strings.Join(ps, "")
	}
	return strings.Join(ps[:len(ps)-1], ", ") + " and " + ps[len(ps)-1]
}

// needsMigration reports whether a migration fixes one of the findings: a
// drift, or a schema change without its migration.
func needsMigration(fs []finding.Finding) bool {
	for _, f := range fs {
		if strings.HasPrefix(f.Rule, "drift/") || f.Rule == rules.SchemaWithoutMigration {
			return true
		}
	}
	return false
}

// withProjects returns a config naming exactly the given projects.
func withProjects(cfg *config.Repo, only []config.Project) *config.Repo {
	c := config.Repo{}
	if cfg != nil {
		c = *cfg
	}
	c.Projects = only
	return &c
}

// applyConfig applies severity overrides and ignores, and fingerprints.
func applyConfig(fs []finding.Finding, cfg *config.Repo) []finding.Finding {
	out := cfg.Apply(fs)
	for i := range out {
		if out[i].Fingerprint == "" {
			out[i].SetFingerprint()
		}
	}
	return out
}

func conclude(res *Result, cfg *config.Repo) Conclusion {
	if len(res.Projects) == 0 {
		return Neutral
	}
	for _, f := range res.Findings {
		if Failing(f, cfg, false) {
			return Failure
		}
	}
	if max := finding.Max(res.Findings); max == finding.Notice {
		return Neutral
	}
	return Success
}

// unitState is everything known about one project in one tree.
type unitState struct {
	unit        Unit
	schemaText  map[string]string // schema file path → text
	lowered     *prisma.Lowered
	set         *rules.Set
	replayed    *catalog.Catalog
	diffs       []drift.Difference
	findings    []finding.Finding // schema, replay and drift findings
	providerPos catalog.Pos
	dialect     catalog.Dialect
	usable      bool // schema and migrations could be compared
	// suppressions are the migsync-ignore comments of the schema and the
	// migrations.
	suppressions []*suppression
}

// analyzeUnit reads, parses and replays one project of a tree. first, when
// not nil, names migrations the replay applies before the others (each group
// in Prisma's order): the base tip's, for a merged history.
func analyzeUnit(ctx context.Context, t tree.Tree, u Unit, pc *sqlddl.ParseCache, first map[string]bool) (*unitState, error) {
	st := &unitState{unit: u, schemaText: map[string]string{}}
	add := func(f finding.Finding) {
		f.Project = u.Schema
		st.findings = append(st.findings, f)
	}

	// The migrations are read and replayed while the schema is parsed and
	// lowered, when discovery already knows the provider; the replay's
	// dialect is checked against the lowered schema's below.
	earlyDialect, early := catalog.DialectForProvider(u.Provider)
	var pending chan migrationsResult
	if early {
		pending = make(chan migrationsResult, 1)
		go func() { pending <- replayMigrations(ctx, t, u.Migrations, earlyDialect, pc, first) }()
		defer func() {
			if pending != nil {
				<-pending // never leave a reader of t running past the check
			}
		}()
	}

	schema, diags, err := prisma.LoadSchema(ctx, t, strings.TrimSuffix(u.Schema, "/"))
	if err != nil {
		if tree.IsNotExist(err) || errors.Is(err, tree.ErrTooLarge) {
			add(finding.Finding{Rule: RuleSchemaInvalid, Severity: finding.Error, File: u.Schema,
				Message: schemaUnreadable(err)})
			return st, nil
		}
		return nil, err
	}
	for _, f := range schema.Files {
		if data, err := t.Read(ctx, f.Path); err == nil {
			st.schemaText[f.Path] = string(data)
		}
	}
	st.suppressions = schemaSuppressions(schema, st.schemaText)
	syntaxErrors := false
	for _, d := range diags {
		sev := finding.Warning
		if d.Severity == "error" {
			sev, syntaxErrors = finding.Error, true
		}
		add(finding.Finding{Rule: RuleSchemaSyntax, Severity: sev, File: d.Pos.File, Line: d.Pos.Line,
			Message: d.Message + "; fix the schema (prisma format / prisma validate show the same problem)."})
	}
	if syntaxErrors {
		return st, nil
	}
	if prov, pos, ok := otherProvider(schema); ok {
		// A provider Prisma has but migsync does not compare: say so once,
		// without failing the check of a project migsync cannot judge.
		add(finding.Finding{Rule: RuleUnsupportedProvider, Severity: finding.Notice, File: pos.File, Line: pos.Line,
			Object:  "datasource provider " + prov,
			Message: fmt.Sprintf("provider %q is not compared by migsync (it compares %s), so this project is skipped; exclude it in .github/migsync.yml to drop this notice.", prov, checkedProviders())})
		return st, nil
	}
	lowered, ldiags := prisma.Lower(schema)
	lowerErrors := false
	for _, d := range ldiags {
		sev := finding.Warning
		if d.Severity == "error" {
			sev, lowerErrors = finding.Error, true
		}
		add(finding.Finding{Rule: RuleSchemaInvalid, Severity: sev, File: d.Pos.File, Line: d.Pos.Line, Message: d.Message})
	}
	if lowered == nil || lowered.Catalog == nil || lowerErrors {
		return st, nil
	}
	sqlddl.NormalizeDefaults(lowered.Catalog)
	st.lowered = lowered
	st.dialect = lowered.Dialect
	if ds := schema.Datasource(); ds != nil {
		st.providerPos = catalog.Pos{File: ds.Span.Start.File, Line: ds.Span.Start.Line}
		if p := ds.Property("provider"); p != nil {
			st.providerPos.Line = p.Span.Start.Line
		}
	}

	var mr migrationsResult
	if pending != nil {
		mr = <-pending
		pending = nil
	}
	if !early || earlyDialect != st.dialect {
		mr = replayMigrations(ctx, t, u.Migrations, st.dialect, pc, first)
	}
	set, cat, notices, err := mr.set, mr.cat, mr.notices, mr.err
	if err != nil {
		if errors.Is(err, tree.ErrTooLarge) || errors.Is(err, tree.ErrTruncated) {
			add(finding.Finding{Rule: RuleMigrationError, Severity: finding.Error, File: u.Migrations, Message: err.Error()})
			return st, nil
		}
		return nil, err
	}
	st.set = set
	st.suppressions = append(st.suppressions, migrationSuppressions(set)...)
	for _, f := range suppressionFindings(u.Schema, st.suppressions) {
		add(f)
	}
	for _, p := range set.TooLarge {
		add(finding.Finding{Rule: RuleMigrationError, Severity: finding.Error, File: p, Line: 1, Object: "migration " + p,
			Message: fmt.Sprintf("this migration.sql is over migsync's %d MiB limit, so it was not read or replayed; what it creates is missing from the comparison. Split it into smaller migrations.", tree.MaxFileSize>>20)})
	}
	st.replayed = cat
	for _, n := range notices {
		f := finding.Finding{File: n.Pos.File, Line: n.Pos.Line, Detail: n.Statement}
		if n.Error {
			f.Rule, f.Severity = RuleMigrationError, finding.Error
			f.Message = n.Message + "; this migration would fail to apply, so the database never gets what follows it."
		} else {
			f.Rule, f.Severity = RuleMigrationSkipped, finding.Notice
			f.Message = n.Message + "; migsync could not follow this statement, so its effect is not part of the comparison."
		}
		f.Object = fmt.Sprintf("statement %s:%d", n.Pos.File, n.Pos.Line)
		add(f)
	}
	st.diffs = drift.Compare(lowered.Catalog, cat)
	for _, f := range DriftFindings(u.Schema, lowered, st.diffs) {
		// The report says once, per project, how to create the missing
		// migration; a finding does not repeat it.
		f.Message = withoutMigrateAdvice(f.Message)
		add(f)
	}
	st.usable = true
	return st, nil
}

// migrationsResult is a migrations folder read and replayed.
type migrationsResult struct {
	set     *rules.Set
	cat     *catalog.Catalog
	notices []sqlddl.Notice
	err     error
}

// replayMigrations reads a migrations folder and replays it in a dialect:
// the migrations named in first (if any), then the others, each group in
// Prisma's order.
func replayMigrations(ctx context.Context, t tree.Tree, dir string, d catalog.Dialect, pc *sqlddl.ParseCache, first map[string]bool) migrationsResult {
	set, err := rules.LoadSet(ctx, t, dir)
	if err != nil {
		return migrationsResult{err: err}
	}
	migs := make([]sqlddl.Migration, 0, len(set.Migrations))
	for _, m := range set.Migrations {
		migs = append(migs, sqlddl.Migration{Name: m.Name, Path: m.SQLPath, SQL: m.SQL})
	}
	if first != nil {
		sort.SliceStable(migs, func(i, j int) bool { return first[migs[i].Name] && !first[migs[j].Name] })
	}
	cat, notices := sqlddl.ReplayCached(pc, d, migs)
	return migrationsResult{set: set, cat: cat, notices: notices}
}

// project turns the head state (and base state, if any) into a Project with
// its findings: drift marked introduced or pre-existing, plus change rules.
// With a merge (ms: the base branch's tip changed the project since the merge
// base), drift and replay findings are those of the merged project, and a
// finding is pre-existing when the tip already has it.
func (hs *unitState) project(bs *unitState, ms *mergedState, haveBase bool, opts Options) *Project {
	u := hs.unit
	p := &Project{Schema: u.Schema, Migrations: u.Migrations, Provider: u.Provider, Paired: u.Paired, suppressions: hs.suppressions}
	if hs.set != nil {
		p.MigrationCount = len(hs.set.Migrations)
	}
	merging := opts.Tip != nil && haveBase
	judged, ref := hs, bs // where findings come from; what they are compared with
	own := hs.findings
	if ms != nil {
		ref = ms.tip
		if !ms.m.schemaConflict {
			judged, own = ms.merged, nil
			for _, f := range ms.merged.findings {
				own = append(own, ms.m.toHead(f))
			}
		}
	}
	refFP, headFP := ref.fingerprints(), hs.fingerprints()
	if ms != nil && ms.m.schemaConflict {
		// The merged schema is unknown; the merged history is not: what
		// fails there and not on the head alone is still a finding.
		for _, f := range ms.merged.findings {
			f.SetFingerprint()
			if f.Rule == RuleMigrationError && !headFP[f.Fingerprint] {
				own = append(own, f)
			}
		}
	}
	for _, f := range own {
		f.SetFingerprint()
		// Without a base (a plain check of a tree) everything counts as
		// introduced; with one, only what the base did not have.
		f.Introduced = !haveBase || !refFP[f.Fingerprint]
		if merging {
			switch {
			case !f.Introduced:
				f.Side = finding.SideBase
			case headFP[f.Fingerprint]:
				f.Side = finding.SideHead
			default:
				f.Side = finding.SideMerge
				if f.Rule == RuleMigrationError {
					f.Message = "on the merged history (the base branch's migrations, then this change's): " + f.Message
				}
			}
		}
		p.Findings = append(p.Findings, f)
	}
	if ms != nil {
		for _, f := range ms.m.conflicts {
			f.SetFingerprint()
			p.Findings = append(p.Findings, f)
		}
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	var names [][]string // every migration the new one must sort after
	for _, st := range []*unitState{hs, bs, ms.tipState()} {
		if st != nil && st.set != nil {
			names = append(names, st.set.Names())
		}
	}
	p.Compared = judged.usable
	if judged.usable {
		p.MissingSQL = drift.RenderSQL(judged.dialect, missingOnly(judged.diffs))
		if strings.TrimSpace(p.MissingSQL) != "" {
			p.SuggestedName = suggestName(judged.diffs)
			if migrateDevWrites(u) {
				p.Command = migrateCommand(u, p.SuggestedName)
			}
			p.NewMigration = u.Migrations + "/" + rules.NewMigrationFolder(now(), p.SuggestedName, names...)
		}
	}
	if hs.set != nil {
		in := rules.Input{
			Project: u.Schema, Head: hs.set, Untracked: opts.Untracked,
			Provider: u.Provider, ProviderFile: hs.providerPos.File, ProviderLine: hs.providerPos.Line,
			Now: now(),
		}
		if bs != nil && bs.set != nil {
			in.Base = bs.set
			in.BaseCatalog = bs.replayed
			in.HeadCatalog = hs.replayed
			in.SchemaChanged = !sameText(bs.schemaText, hs.schemaText)
			if bs.lowered != nil && hs.lowered != nil && in.SchemaChanged {
				if pos, obj := firstSchemaChange(hs.lowered.Catalog, bs.lowered.Catalog); pos != nil {
					in.DBChange, in.DBChangeObject = pos, obj
				}
			}
			if ts := ms.tipState(); ts != nil && ts.set != nil {
				in.Tip = ts.set
			}
		} else if haveBase {
			// A project new in this change: its migrations are all new, the
			// drift findings above say what is missing.
		}
		for _, f := range rules.Check(in) {
			if merging && f.Side == "" {
				f.Side = finding.SideHead
			}
			f.SetFingerprint()
			p.Findings = append(p.Findings, f)
		}
	}
	finding.Sort(p.Findings)
	return p
}

// fingerprints is the set of a state's finding fingerprints (empty for nil).
func (st *unitState) fingerprints() map[string]bool {
	out := map[string]bool{}
	if st == nil {
		return out
	}
	for _, f := range st.findings {
		f.SetFingerprint()
		out[f.Fingerprint] = true
	}
	return out
}

func sameText(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || strings.ReplaceAll(w, "\r\n", "\n") != strings.ReplaceAll(v, "\r\n", "\n") {
			return false
		}
	}
	return true
}

// originsByLine indexes the schema elements by their position, so that a
// difference positioned on the schema can name its element.
func originsByLine(l *prisma.Lowered) map[catalog.Pos]prisma.Origin {
	out := make(map[catalog.Pos]prisma.Origin, len(l.Origins))
	for _, o := range l.Origins {
		if prev, ok := out[o.Pos]; !ok || originRank(o.Kind) < originRank(prev.Kind) {
			out[o.Pos] = o
		}
	}
	return out
}

// originRank prefers the element a line is about: a model line names the
// model, a field line the field.
func originRank(k prisma.OriginKind) int {
	switch k {
	case prisma.FromModel, prisma.FromEnum:
		return 0
	case prisma.FromField, prisma.FromEnumValue:
		return 1
	case prisma.FromAttribute, prisma.FromRelation:
		return 2
	}
	return 3
}

// firstSchemaChange compares the databases two schema versions declare and
// returns the schema position of the first difference (nil: none).
//
// The comparison is Prisma's, which finds some objects different from
// themselves (a B-tree index with a raw() operator class is dropped and
// re-created on every diff): those differences, the ones the head's schema
// has with itself, are not changes this change made, and are skipped.
func firstSchemaChange(head, base *catalog.Catalog) (*catalog.Pos, string) {
	key := func(d drift.Difference) string { return d.Kind + "\x00" + d.Object + "\x00" + d.SQL }
	perpetual := map[string]bool{}
	for _, d := range drift.Compare(head, head) {
		perpetual[key(d)] = true
	}
	var diffs []drift.Difference
	for _, d := range drift.Compare(head, base) {
		if !perpetual[key(d)] {
			diffs = append(diffs, d)
		}
	}
	var best *drift.Difference
	for i := range diffs {
		d := &diffs[i]
		pos := d.Want
		if pos.File == "" {
			continue
		}
		if best == nil || pos.File < best.Want.File || (pos.File == best.Want.File && pos.Line < best.Want.Line) {
			best = d
		}
	}
	if best == nil {
		if len(diffs) > 0 {
			return &catalog.Pos{}, diffs[0].Object
		}
		return nil, ""
	}
	pos := best.Want
	return &pos, best.Object
}

// missingOnly keeps the differences whose fix Prisma would generate (all of
// them: Prisma's SQL also drops what the schema does not declare).
func missingOnly(ds []drift.Difference) []drift.Difference { return ds }

var reNonWord = regexp.MustCompile(`[^a-z0-9]+`)

// suggestName proposes a migration name from the first differences, e.g.
// "add_refresh_token".
func suggestName(ds []drift.Difference) string {
	var parts []string
	seen := map[string]bool{}
	for _, d := range ds {
		if d.Class == finding.Extra {
			continue
		}
		name := d.Table
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		parts = append(parts, snake(name))
		if len(parts) == 2 {
			break
		}
	}
	if len(parts) == 0 {
		return "sync_schema"
	}
	verb := "update"
	for _, d := range ds {
		if d.Kind == "drift/missing-table" {
			verb = "add"
			break
		}
	}
	return verb + "_" + strings.Join(parts, "_and_")
}

// snake turns RefreshToken into refresh_token.
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z' {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return strings.Trim(reNonWord.ReplaceAllString(b.String(), "_"), "_")
}

// migrateAdvice is how drift's messages end when a migration fixes the
// difference. db-check replaces it with the remedy for a live database; a
// check of the repository renders the command once per project instead.
const migrateAdvice = "create a migration with prisma migrate dev"

// withoutMigrateAdvice removes drift's closing migrateAdvice from a message.
func withoutMigrateAdvice(msg string) string {
	for _, sep := range []string{"; ", ": "} {
		if strings.HasSuffix(msg, sep+migrateAdvice) {
			return strings.TrimSuffix(msg, sep+migrateAdvice)
		}
	}
	return msg
}

// migrateCommand is the command that creates the missing migration, run
// from the repository root: it changes to the project's folder (where its
// package.json or prisma.config.ts is, or the folder holding prisma/), so
// that npx runs the project's own Prisma, and names the schema only where
// Prisma would not find it by itself.
func migrateCommand(u Unit, name string) string {
	root, schema := commandRoot(u)
	cmd := "npx prisma migrate dev"
	if root != "" {
		cmd = "cd " + shellWord(root) + " && " + cmd
	}
	if schema != "" {
		cmd += " --schema " + shellWord(schema)
	}
	if name != "" {
		cmd += " --name " + name
	}
	return cmd
}

// migrateDevWrites reports whether prisma migrate dev writes new migrations
// into the unit's migrations folder: the folder next to the schema (or its
// folder), or the one prisma.config.ts names. A folder paired or configured
// by another name is not, so the command would create the migration
// elsewhere.
func migrateDevWrites(u Unit) bool {
	if u.Source == "prisma.config.ts" {
		return true
	}
	return u.Migrations == path.Join(home(u), "migrations")
}

// commandRoot is the folder Prisma is run from for a unit and the --schema
// it needs there ("" when Prisma finds the schema by itself).
func commandRoot(u Unit) (root, schema string) {
	s := strings.TrimSuffix(u.Schema, "/")
	if u.Pointer != "" {
		// package.json "prisma.schema" and prisma.config.ts are read from
		// the folder Prisma runs in.
		if d := path.Dir(u.Pointer); d != "." {
			return d, ""
		}
		return "", ""
	}
	rel := s
	if i := strings.LastIndex("/"+s, "/prisma/"); i >= 0 {
		// The folder holding prisma/: Prisma's own layout.
		root, rel = strings.TrimSuffix(s[:i], "/"), s[i:]
	} else if d := path.Dir(s); d != "." {
		root, rel = d, path.Base(s)
	}
	switch rel {
	case "prisma/schema.prisma", "schema.prisma":
		return root, "" // Prisma's default locations
	}
	return root, rel
}

// shellWord quotes s for a POSIX shell when it needs quoting.
func shellWord(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./@%+=:,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// otherProvider returns the datasource provider when it is one Prisma
// supports but migsync does not compare (SQL Server, MongoDB), with the
// provider's position.
func otherProvider(s *prisma.Schema) (string, catalog.Pos, bool) {
	ds := s.Datasource()
	if ds == nil {
		return "", catalog.Pos{}, false
	}
	prop := ds.Property("provider")
	if prop == nil {
		return "", catalog.Pos{}, false
	}
	lit, ok := prop.Value.(*prisma.StringLit)
	if !ok {
		return "", catalog.Pos{}, false
	}
	if p, ok := catalog.LookupProvider(lit.Value); ok && p.Dialect == "" {
		return lit.Value, catalog.Pos{File: lit.Span.Start.File, Line: lit.Span.Start.Line}, true
	}
	return "", catalog.Pos{}, false
}

// schemaUnreadable is the message of a schema that could not be read.
func schemaUnreadable(err error) string {
	if tl := (*tree.TooLargeError)(nil); errors.As(err, &tl) {
		return fmt.Sprintf("the schema was not checked: %v. Split it into a schema folder (prisma/schema/*.prisma) of smaller files.", tl)
	}
	return fmt.Sprintf("the schema could not be read: %v", err)
}
