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
}

var (
	reDatasource = regexp.MustCompile(`(?m)^[ \t]*datasource[ \t]+\w+[ \t]*\{`)
	reProvider   = regexp.MustCompile(`(?m)^[ \t]*provider[ \t]*=[ \t]*"([^"]*)"`)
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
	if end := strings.IndexByte(string(rest), '}'); end >= 0 {
		rest = rest[:end]
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
	entries, listErr := t.List(ctx, "")
	if listErr != nil && len(entries) == 0 {
		return nil, listErr
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
				return nil, err
			}
			units = append(units, u)
		}
		return units, nil
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
	var units []Unit
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
			return nil, err
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
			return nil, fmt.Errorf("discover: %w", err)
		}
		provider, ok := datasourceProvider(src)
		if !ok {
			continue
		}
		u := Unit{Schema: p, DatasourceFile: p, Provider: provider, Source: "discovered"}
		folder := path.Dir(p)
		if d.multiFile(folder, schemaFiles) {
			u.Schema = folder + "/"
		}
		u.Migrations = pairMigrations(folder, u.Schema != p, migDirs)
		if u.Migrations == "" {
			continue
		}
		if _, known := catalog.LookupProvider(provider); !known && !strings.Contains(provider, "{{") {
			// Keep it: the analysis reports the unsupported provider.
		} else if !known {
			continue // a template, not a schema
		}
		add(u)
	}
	sort.Slice(units, func(i, j int) bool { return units[i].Schema < units[j].Schema })
	// A truncated listing (tree.ErrTruncated) still yields what it found;
	// the caller tells the user that projects may be missing.
	return units, listErr
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
