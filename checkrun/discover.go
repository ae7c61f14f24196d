package checkrun

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
)

// Unit is one schema/migrations pair found in a tree.
type Unit struct {
	Schema     string // a .prisma file, or a folder for a multi-file schema
	Migrations string // the folder holding <name>/migration.sql
	// DatasourceFile is the file holding the datasource block.
	DatasourceFile string
	Provider       string // from the datasource block ("" if none found)
	// Source tells how the pair was found: "config", "package.json",
	// "prisma.config.ts", "discovered".
	Source string
	// Pointer is the package.json or prisma.config.ts that named the
	// schema (Prisma reads it from its folder); "" otherwise.
	Pointer string
	// Paired says by which rule a schema and a migrations folder Prisma's
	// layout does not pair were paired (Source "paired").
	Paired string
}

var (
	reDatasource = regexp.MustCompile(`(?m)^[ \t]*datasource[ \t]+\w+[ \t]*\{`)
	reProvider   = regexp.MustCompile(`(?m)^[ \t]*provider[ \t]*=[ \t]*"([^"]*)"`)
	reBlockEnd   = regexp.MustCompile(`(?m)^[ \t]*\}`)
	// prisma.config.ts: schema: "prisma/schema.prisma" and migrations: { path: "…" }.
	reConfigSchema     = regexp.MustCompile(`(?m)\bschema\s*:\s*["'` + "`" + `]([^"'` + "`" + `]+)["'` + "`" + `]`)
	reConfigMigrations = regexp.MustCompile(`(?s)\bmigrations\s*:\s*\{[^}]*?\bpath\s*:\s*["'` + "`" + `]([^"'` + "`" + `]+)["'` + "`" + `]`)
)

// datasourceProvider finds the provider of the first datasource block in a
// schema file's text. ok is false when the file has no datasource block.
func datasourceProvider(src []byte) (provider string, ok bool) {
	loc := reDatasource.FindIndex(src)
	if loc == nil {
		return "", false
	}
	rest := src[loc[1]:]
	// The block ends at a line that closes it: a template's
	// provider = "{{PROVIDER}}" holds braces too.
	if end := reBlockEnd.FindIndex(rest); end != nil {
		rest = rest[:end[0]]
	}
	if m := reProvider.FindSubmatch(rest); m != nil {
		return string(m[1]), true
	}
	return "", true
}

// Discover finds the Prisma projects of a tree: explicit config projects if
// any; otherwise package.json "prisma.schema" entries, prisma.config.ts files,
// and every schema file holding a datasource block, each paired with the
// migrations folder Prisma would use. Schemas without a migrations folder (a
// project using db push) are not units.
func Discover(ctx context.Context, t tree.Tree, cfg *config.Repo) ([]Unit, error) {
	d, err := DiscoverAll(ctx, t, cfg)
	return d.Units, err
}

// Discovery is what discovery found: the projects, and what it left out
// (Skipped) so that a check that checked nothing never looks like a pass.
type Discovery struct {
	Units   []Unit
	Skipped []Skip
}

// Skip is a schema or migrations folder discovery could not make a project
// of, why, and how to configure it.
type Skip struct {
	Rule   string // RuleSkippedSchema or RuleUnclaimedMigrations
	Path   string
	Reason string
	// Config is a .github/migsync.yml snippet that makes it a project (or,
	// for a db push project, excludes it).
	Config string
}

// Rule ids of what discovery skipped.
const (
	RuleSkippedSchema       = "discovery/schema-without-migrations"
	RuleUnclaimedMigrations = "discovery/unclaimed-migrations"
)

// skipFinding reports a skipped schema or migrations folder: a notice, so
// that a check that compared nothing is neutral, not a pass (and fails with
// strict), at the file it is about.
func skipFinding(sk Skip) finding.Finding {
	f := finding.Finding{Rule: sk.Rule, Severity: finding.Notice, Class: finding.Change, Object: "skipped " + sk.Path,
		Message: sk.Path + " was not checked: " + sk.Reason + ".", Config: sk.Config}
	f.File = strings.TrimSuffix(sk.Path, "/")
	f.SetFingerprint()
	return f
}

// DiscoverAll is Discover with what it skipped: schemas with a datasource
// and no migrations folder (a db push project, or the first migration never
// committed) and migrations folders no schema claims. A migrations folder
// and a schema no rule paired are paired when one rule makes the pair
// unique: the only ones in a folder, the same name stem
// (postgresql-schema.prisma, postgresql-migrations/) or the same provider.
func DiscoverAll(ctx context.Context, t tree.Tree, cfg *config.Repo) (Discovery, error) {
	entries, listErr := t.List(ctx, "")
	if listErr != nil && len(entries) == 0 {
		return Discovery{}, listErr
	}
	files := make(map[string]tree.Entry, len(entries))
	for _, e := range entries {
		files[e.Path] = e
	}
	excluded := func(p string) bool {
		if cfg == nil {
			return false
		}
		for _, g := range cfg.Exclude {
			if config.MatchGlob(g, p) {
				return true
			}
		}
		return false
	}
	d := &discovery{ctx: ctx, t: t, files: files}

	if cfg != nil && len(cfg.Projects) > 0 {
		var units []Unit
		for _, p := range cfg.Projects {
			u := Unit{Schema: tree.Clean(p.Schema), Migrations: strings.TrimSuffix(tree.Clean(p.Migrations), "/"), Provider: p.Provider, Source: "config"}
			if err := d.fillDatasource(&u); err != nil {
				return Discovery{}, err
			}
			units = append(units, u)
		}
		return Discovery{Units: units}, nil
	}

	// Migrations folders: every folder with a migration_lock.toml, and every
	// folder whose children hold migration.sql files.
	migDirs := map[string]bool{}
	for _, e := range entries {
		switch path.Base(e.Path) {
		case "migration_lock.toml":
			migDirs[path.Dir(e.Path)] = true
		case "migration.sql":
			migDirs[path.Dir(path.Dir(e.Path))] = true
		}
	}

	seen := map[string]bool{}
	var units, orphans []Unit
	add := func(u Unit) {
		if excluded(u.Schema) || seen[u.Schema] {
			return
		}
		seen[u.Schema] = true
		units = append(units, u)
	}

	// Explicit pointers first: package.json "prisma": {"schema": …} and
	// prisma.config.ts.
	for _, e := range entries {
		base := path.Base(e.Path)
		if base != "package.json" && base != "prisma.config.ts" && base != "prisma.config.mts" && base != "prisma.config.js" {
			continue
		}
		if strings.Contains(e.Path, "node_modules/") || excluded(e.Path) {
			continue
		}
		u, ok, err := d.fromPointer(e.Path, migDirs)
		if err != nil {
			return Discovery{}, err
		}
		if ok {
			add(u)
		}
	}

	// Every schema file with a datasource block.
	var schemaFiles []string
	for _, e := range entries {
		if strings.HasSuffix(e.Path, ".prisma") && !strings.Contains(e.Path, "node_modules/") {
			schemaFiles = append(schemaFiles, e.Path)
		}
	}
	covered := func(p string) bool {
		for _, u := range units {
			if p == u.Schema || (strings.HasSuffix(u.Schema, "/") && strings.HasPrefix(p, u.Schema)) {
				return true
			}
		}
		return false
	}
	for _, p := range schemaFiles {
		if covered(p) || excluded(p) {
			continue
		}
		src, err := t.Read(ctx, p)
		if errors.Is(err, tree.ErrTooLarge) {
			// Keep it as a project when it has migrations: the analysis
			// reports the size instead of silently skipping the schema.
			if m := pairMigrations(path.Dir(p), false, migDirs); m != "" {
				add(Unit{Schema: p, DatasourceFile: p, Migrations: m, Source: "discovered"})
			}
			continue
		}
		if err != nil {
			return Discovery{}, fmt.Errorf("discover: %w", err)
		}
		provider, ok := datasourceProvider(src)
		if !ok {
			continue
		}
		if _, known := catalog.LookupProvider(provider); !known && strings.Contains(provider, "{{") {
			continue // a template, not a schema
		}
		u := Unit{Schema: p, DatasourceFile: p, Provider: provider, Source: "discovered"}
		folder := path.Dir(p)
		if d.multiFile(folder, schemaFiles) {
			u.Schema = folder + "/"
		}
		u.Migrations = pairMigrations(folder, u.Schema != p, migDirs)
		if u.Migrations == "" {
			if !seen[u.Schema] {
				orphans = append(orphans, u)
				seen[u.Schema] = true
			}
			continue
		}
		add(u)
	}
	var skipped []Skip
	units, skipped = d.pairOrphans(units, orphans, migDirs, excluded)
	sort.Slice(units, func(i, j int) bool { return units[i].Schema < units[j].Schema })
	// A truncated listing (tree.ErrTruncated) still yields what it found;
	// the caller tells the user that projects may be missing.
	return Discovery{Units: units, Skipped: skipped}, listErr
}

// home is the folder a schema's migrations folder is looked for in: the
// schema file's, or a schema folder's parent.
func home(u Unit) string {
	if strings.HasSuffix(u.Schema, "/") {
		return path.Dir(strings.TrimSuffix(u.Schema, "/"))
	}
	return path.Dir(u.Schema)
}

// stem is a schema's or migrations folder's name without the words that
// name its role: "postgresql-schema.prisma" and "postgresql-migrations" are
// both "postgresql".
func stem(name string) string {
	name = strings.ToLower(strings.TrimSuffix(path.Base(strings.TrimSuffix(name, "/")), ".prisma"))
	for _, w := range []string{"migrations", "migration", "schema"} {
		name = strings.ReplaceAll(name, w, "")
	}
	return strings.Trim(name, "-_.")
}

// pairOrphans pairs the schemas without a migrations folder with the
// migrations folders no project claims, when one rule makes a pair unique,
// and returns what is left as skipped, each with the configuration that
// would check it.
func (d *discovery) pairOrphans(units, orphans []Unit, migDirs map[string]bool, excluded func(string) bool) ([]Unit, []Skip) {
	claimed := map[string]bool{}
	for _, u := range units {
		claimed[u.Migrations] = true
	}
	var free []string
	for m := range migDirs {
		if !claimed[m] && !excluded(m) && !strings.Contains(m+"/", "node_modules/") {
			free = append(free, m)
		}
	}
	sort.Strings(free)
	used := map[string]bool{}
	lock := func(m string) string {
		src, err := d.t.Read(d.ctx, m+"/migration_lock.toml")
		if err != nil {
			return ""
		}
		if m := reProvider.FindSubmatch(src); m != nil {
			return string(m[1])
		}
		return ""
	}
	var left []Unit
	for _, o := range orphans {
		var near []string
		for _, m := range free {
			if !used[m] && path.Dir(m) == home(o) {
				near = append(near, m)
			}
		}
		pick, why := "", ""
		switch {
		case len(near) == 1 && len(orphansIn(orphans, home(o))) == 1:
			pick, why = near[0], "the only migrations folder beside the schema"
		default:
			var byStem, byProvider []string
			for _, m := range near {
				if stem(m) != "" && stem(m) == stem(o.Schema) {
					byStem = append(byStem, m)
				}
				if p := lock(m); p != "" && sameProviderName(p, o.Provider) {
					byProvider = append(byProvider, m)
				}
			}
			if len(byStem) == 1 {
				pick, why = byStem[0], "the migrations folder beside the schema with the same name"
			} else if len(byProvider) == 1 {
				pick, why = byProvider[0], "the only migrations folder beside the schema whose migration_lock.toml names its provider"
			}
		}
		if pick == "" {
			left = append(left, o)
			continue
		}
		used[pick] = true
		o.Migrations, o.Source, o.Paired = pick, "paired", why
		units = append(units, o)
	}
	var skipped []Skip
	for _, o := range left {
		skipped = append(skipped, Skip{
			Rule: RuleSkippedSchema, Path: o.Schema,
			Reason: fmt.Sprintf("the schema has a datasource but no migrations folder (%s/migrations): its first migration was never committed, "+
				"or the project uses prisma db push", home(o)),
			Config: fmt.Sprintf("exclude:\n  - %s   # uses prisma db push, no migrations\n", o.Schema),
		})
	}
	for _, m := range free {
		if used[m] {
			continue
		}
		schema := "path/to/schema.prisma"
		if cands := orphansIn(left, path.Dir(m)); len(cands) > 0 {
			schema = cands[0].Schema
		}
		skipped = append(skipped, Skip{
			Rule: RuleUnclaimedMigrations, Path: m,
			Reason: "a folder of Prisma migrations no schema claims (not named migrations/ next to a schema)",
			Config: fmt.Sprintf("projects:\n  - schema: %s\n    migrations: %s\n", schema, m),
		})
	}
	sort.Slice(skipped, func(i, j int) bool { return skipped[i].Path < skipped[j].Path })
	return units, skipped
}

// orphansIn lists the schemas without migrations whose home is folder.
func orphansIn(orphans []Unit, folder string) []Unit {
	var out []Unit
	for _, o := range orphans {
		if home(o) == folder {
			out = append(out, o)
		}
	}
	return out
}

// sameProviderName compares a lock file's provider with a datasource's
// ("postgres" is "postgresql").
func sameProviderName(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(s)
		if s == "postgres" {
			return "postgresql"
		}
		return s
	}
	return norm(a) == norm(b)
}

type discovery struct {
	ctx   context.Context
	t     tree.Tree
	files map[string]tree.Entry
}

// multiFile reports whether folder holds a multi-file schema: besides the
// datasource file, at least one .prisma file below it (recursively) without a
// datasource block of its own. Prisma loads every such file.
func (d *discovery) multiFile(folder string, schemaFiles []string) bool {
	for _, p := range schemaFiles {
		if !strings.HasPrefix(p, folder+"/") && folder != "." {
			continue
		}
		src, err := d.t.Read(d.ctx, p)
		if err != nil {
			continue
		}
		if _, ok := datasourceProvider(src); !ok {
			return true
		}
	}
	return false
}

// fillDatasource finds the datasource file and provider of a configured unit.
func (d *discovery) fillDatasource(u *Unit) error {
	var candidates []string
	if strings.HasSuffix(u.Schema, ".prisma") {
		candidates = []string{u.Schema}
	} else {
		if !strings.HasSuffix(u.Schema, "/") {
			u.Schema += "/"
		}
		// The folder's own listing, not the repository's: that one may be
		// truncated (GitHub), a folder's is not.
		entries, err := d.t.List(d.ctx, u.Schema)
		if err != nil && len(entries) == 0 {
			return err
		}
		for _, e := range entries {
			if strings.HasSuffix(e.Path, ".prisma") {
				candidates = append(candidates, e.Path)
			}
		}
		sort.Strings(candidates)
	}
	for _, p := range candidates {
		src, err := d.t.Read(d.ctx, p)
		if err != nil {
			if tree.IsNotExist(err) {
				continue
			}
			return err
		}
		if prov, ok := datasourceProvider(src); ok {
			u.DatasourceFile = p
			if u.Provider == "" {
				u.Provider = prov
			}
			return nil
		}
	}
	return nil
}

// fromPointer reads package.json's "prisma" section or a prisma.config.ts.
func (d *discovery) fromPointer(p string, migDirs map[string]bool) (Unit, bool, error) {
	src, err := d.t.Read(d.ctx, p)
	if err != nil {
		if tree.IsNotExist(err) {
			return Unit{}, false, nil
		}
		return Unit{}, false, err
	}
	dir := path.Dir(p)
	join := func(rel string) string {
		if dir == "." {
			return tree.Clean(rel)
		}
		return tree.Clean(path.Join(dir, rel))
	}
	var schema, migrations, source string
	if path.Base(p) == "package.json" {
		var pkg struct {
			Prisma struct {
				Schema string `json:"schema"`
			} `json:"prisma"`
		}
		if json.Unmarshal(src, &pkg) != nil || pkg.Prisma.Schema == "" {
			return Unit{}, false, nil
		}
		schema, source = join(pkg.Prisma.Schema), "package.json"
	} else {
		m := reConfigSchema.FindSubmatch(src)
		if m == nil {
			return Unit{}, false, nil
		}
		schema, source = join(string(m[1])), "prisma.config.ts"
		if mm := reConfigMigrations.FindSubmatch(src); mm != nil {
			migrations = strings.TrimSuffix(join(string(mm[1])), "/")
		}
	}
	u := Unit{Schema: schema, Source: source, Pointer: p}
	if _, isFile := d.files[schema]; !isFile {
		u.Schema = strings.TrimSuffix(schema, "/") + "/"
	}
	if err := d.fillDatasource(&u); err != nil {
		return Unit{}, false, err
	}
	if u.DatasourceFile == "" {
		return Unit{}, false, nil
	}
	if migrations == "" {
		migrations = pairMigrations(path.Dir(u.DatasourceFile), strings.HasSuffix(u.Schema, "/"), migDirs)
	}
	if migrations == "" {
		return Unit{}, false, nil
	}
	u.Migrations = migrations
	return u, true, nil
}

// pairMigrations finds the migrations folder Prisma uses for a schema whose
// datasource file is in folder: <folder>/migrations, or, for a multi-file
// schema folder, <parent>/migrations (the prismaSchemaFolder layout).
func pairMigrations(folder string, multi bool, migDirs map[string]bool) string {
	join := func(a, b string) string {
		if a == "." || a == "" {
			return b
		}
		return a + "/" + b
	}
	if c := join(folder, "migrations"); migDirs[c] {
		return c
	}
	if multi || path.Base(folder) == "schema" {
		if c := join(path.Dir(folder), "migrations"); migDirs[c] {
			return c
		}
	}
	return ""
}
