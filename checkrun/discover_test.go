package checkrun

import (
	"context"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
)

const ds = "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n"

func TestDiscover(t *testing.T) {
	tests := []struct {
		name  string
		files tree.Map
		cfg   *config.Repo
		want  []Unit
	}{
		{
			name: "single schema with migrations",
			files: tree.Map{
				"prisma/schema.prisma":                             ds,
				"prisma/migrations/migration_lock.toml":            "provider = \"postgresql\"",
				"prisma/migrations/1_init/migration.sql":           "",
				"node_modules/x/prisma/schema.prisma":              ds,
				"node_modules/x/prisma/migrations/a/migration.sql": "",
			},
			want: []Unit{{Schema: "prisma/schema.prisma", Migrations: "prisma/migrations", DatasourceFile: "prisma/schema.prisma", Provider: "postgresql", Source: "discovered"}},
		},
		{
			name: "monorepo with two projects and a schema without migrations (db push)",
			files: tree.Map{
				"a/prisma/schema.prisma":                   ds,
				"a/prisma/migrations/1_init/migration.sql": "",
				"b/prisma/schema.prisma":                   "datasource db {\n provider = \"sqlite\"\n}",
				"b/prisma/migrations/migration_lock.toml":  "provider = \"sqlite\"",
				"c/schema.prisma":                          ds,
			},
			want: []Unit{
				{Schema: "a/prisma/schema.prisma", Migrations: "a/prisma/migrations", DatasourceFile: "a/prisma/schema.prisma", Provider: "postgresql", Source: "discovered"},
				{Schema: "b/prisma/schema.prisma", Migrations: "b/prisma/migrations", DatasourceFile: "b/prisma/schema.prisma", Provider: "sqlite", Source: "discovered"},
			},
		},
		{
			name: "multi-file schema folder with migrations beside the folder (prismaSchemaFolder)",
			files: tree.Map{
				"prisma/schema/schema.prisma":            ds,
				"prisma/schema/user.prisma":              "model User { id Int @id }",
				"prisma/migrations/1_init/migration.sql": "",
				"prisma/migrations/migration_lock.toml":  "provider = \"postgresql\"",
			},
			want: []Unit{{Schema: "prisma/schema/", Migrations: "prisma/migrations", DatasourceFile: "prisma/schema/schema.prisma", Provider: "postgresql", Source: "discovered"}},
		},
		{
			name: "Prisma 6.7 folder: models in a subfolder, migrations next to the datasource",
			files: tree.Map{
				"prisma/schema.prisma":                   ds,
				"prisma/models/user.prisma":              "model User { id Int @id }",
				"prisma/migrations/1_init/migration.sql": "",
			},
			want: []Unit{{Schema: "prisma/", Migrations: "prisma/migrations", DatasourceFile: "prisma/schema.prisma", Provider: "postgresql", Source: "discovered"}},
		},
		{
			name: "template with a placeholder provider is not a project",
			files: tree.Map{
				"prisma/template.prisma":                          "datasource db {\n provider = \"{{PRISMA_PROVIDER}}\"\n}",
				"prisma/postgres/schema.prisma":                   "datasource db {\n provider = \"postgres\"\n}",
				"prisma/postgres/migrations/1_init/migration.sql": "",
			},
			want: []Unit{{Schema: "prisma/postgres/schema.prisma", Migrations: "prisma/postgres/migrations", DatasourceFile: "prisma/postgres/schema.prisma", Provider: "postgres", Source: "discovered"}},
		},
		{
			name: "package.json points at the schema",
			files: tree.Map{
				"api/package.json":                       `{"name":"api","prisma":{"schema":"db/main.prisma"}}`,
				"api/db/main.prisma":                     ds,
				"api/db/migrations/1_init/migration.sql": "",
			},
			want: []Unit{{Schema: "api/db/main.prisma", Migrations: "api/db/migrations", DatasourceFile: "api/db/main.prisma", Provider: "postgresql", Source: "package.json", Pointer: "api/package.json"}},
		},
		{
			name: "prisma.config.ts names schema and migrations",
			files: tree.Map{
				"prisma.config.ts":                "export default defineConfig({\n  schema: 'db/schema.prisma',\n  migrations: { path: 'db/history' },\n})",
				"db/schema.prisma":                ds,
				"db/history/1_init/migration.sql": "",
			},
			want: []Unit{{Schema: "db/schema.prisma", Migrations: "db/history", DatasourceFile: "db/schema.prisma", Provider: "postgresql", Source: "prisma.config.ts", Pointer: "prisma.config.ts"}},
		},
		{
			name: "config projects win and exclude works",
			files: tree.Map{
				"x/schema.prisma":                   ds,
				"x/migrations/1_init/migration.sql": "",
			},
			cfg:  &config.Repo{Projects: []config.Project{{Schema: "x/schema.prisma", Migrations: "x/migrations/"}}},
			want: []Unit{{Schema: "x/schema.prisma", Migrations: "x/migrations", DatasourceFile: "x/schema.prisma", Provider: "postgresql", Source: "config"}},
		},
		{
			name: "excluded fixtures",
			files: tree.Map{
				"fixtures/p/schema.prisma":                   ds,
				"fixtures/p/migrations/1_init/migration.sql": "",
			},
			cfg: &config.Repo{Exclude: []string{"fixtures/**"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Discover(context.Background(), tc.files, tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// TestExcludeGlobs: exclude uses the repository configuration's one glob
// language (config.MatchGlob, as ignore paths do): a glob that matches a
// folder excludes the projects below it. Before, "examples/*" excluded only
// files directly in a folder of examples/, never a project inside one.
func TestExcludeGlobs(t *testing.T) {
	files := tree.Map{
		"examples/blog/prisma/schema.prisma":                   ds,
		"examples/blog/prisma/migrations/1_init/migration.sql": "",
		"apps/api/prisma/schema.prisma":                        ds,
		"apps/api/prisma/migrations/1_init/migration.sql":      "",
	}
	for _, tt := range []struct {
		glob string
		want []string // schemas discovered
	}{
		{"examples/*", []string{"apps/api/prisma/schema.prisma"}},
		{"examples/**", []string{"apps/api/prisma/schema.prisma"}},
		{"examples", []string{"apps/api/prisma/schema.prisma"}},
		{"**/blog/**", []string{"apps/api/prisma/schema.prisma"}},
		{"*/api", []string{"examples/blog/prisma/schema.prisma"}},
		{"apps/*.prisma", []string{"apps/api/prisma/schema.prisma", "examples/blog/prisma/schema.prisma"}},
	} {
		units, err := Discover(context.Background(), files, &config.Repo{Exclude: []string{tt.glob}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, u := range units {
			got = append(got, u.Schema)
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("exclude %q: discovered %v, want %v", tt.glob, got, tt.want)
		}
	}
}

// TestDiscoverPairsAndSkips: migrations folders Prisma's layout does not pair
// are paired when one rule makes the pair unique (the only ones in a
// folder, the same name stem, the same provider); what is left is skipped,
// with the configuration that checks it.
func TestDiscoverPairsAndSkips(t *testing.T) {
	ds := func(provider string) string {
		return "datasource db {\n  provider = \"" + provider + "\"\n  url = env(\"D\")\n}\n"
	}
	lock := func(provider string) string { return "provider = \"" + provider + "\"\n" }
	m := tree.Map{
		// db push project (or the first migration never committed)
		"a/prisma/schema.prisma": ds("postgresql"),
		// the only schema and the only migrations folder in prisma/
		"b/prisma/postgresql-schema.prisma":                   ds("postgresql"),
		"b/prisma/postgresql-migrations/1_init/migration.sql": "SELECT 1;",
		// a schema folder beside a migration/ folder
		"c/prisma/schema/schema.prisma":           ds("postgresql"),
		"c/prisma/schema/a.prisma":                "model A {\n  id Int @id\n}\n",
		"c/prisma/migration/1_init/migration.sql": "SELECT 1;",
		// two of each, paired by their names
		"d/db/postgresql-schema.prisma":              ds("postgresql"),
		"d/db/sqlite-schema.prisma":                  ds("sqlite"),
		"d/db/postgresql-migrations/1/migration.sql": "SELECT 1;",
		"d/db/sqlite-migrations/1/migration.sql":     "SELECT 1;",
		// two of each, paired by the lock file's provider
		"e/db/main.prisma":           ds("postgresql"),
		"e/db/local.prisma":          ds("sqlite"),
		"e/db/x/migration_lock.toml": lock("postgresql"),
		"e/db/x/1/migration.sql":     "SELECT 1;",
		"e/db/y/migration_lock.toml": lock("sqlite"),
		"e/db/y/1/migration.sql":     "SELECT 1;",
		// no rule decides
		"f/x-migrations/1/migration.sql": "SELECT 1;",
		"f/y-migrations/1/migration.sql": "SELECT 1;",
		// a template is no project, nor skipped
		"g/template.prisma": ds("{{PROVIDER}}"),
	}
	d, err := DiscoverAll(context.Background(), m, nil)
	if err != nil {
		t.Fatal(err)
	}
	var pairs []string
	for _, u := range d.Units {
		pairs = append(pairs, u.Schema+" ↔ "+u.Migrations)
	}
	want := []string{
		"b/prisma/postgresql-schema.prisma ↔ b/prisma/postgresql-migrations",
		"c/prisma/schema/ ↔ c/prisma/migration",
		"d/db/postgresql-schema.prisma ↔ d/db/postgresql-migrations",
		"d/db/sqlite-schema.prisma ↔ d/db/sqlite-migrations",
		"e/db/local.prisma ↔ e/db/y",
		"e/db/main.prisma ↔ e/db/x",
	}
	if strings.Join(pairs, "\n") != strings.Join(want, "\n") {
		t.Errorf("pairs:\n%s\nwant:\n%s", strings.Join(pairs, "\n"), strings.Join(want, "\n"))
	}
	var skipped []string
	for _, s := range d.Skipped {
		skipped = append(skipped, s.Rule+" "+s.Path+"\n"+s.Config)
	}
	wantSkipped := []string{
		"discovery/schema-without-migrations a/prisma/schema.prisma\nexclude:\n  - a/prisma/schema.prisma   # uses prisma db push, no migrations\n",
		"discovery/unclaimed-migrations f/x-migrations\nprojects:\n  - schema: path/to/schema.prisma\n    migrations: f/x-migrations\n",
		"discovery/unclaimed-migrations f/y-migrations\nprojects:\n  - schema: path/to/schema.prisma\n    migrations: f/y-migrations\n",
	}
	if strings.Join(skipped, "\n") != strings.Join(wantSkipped, "\n") {
		t.Errorf("skipped:\n%s\nwant:\n%s", strings.Join(skipped, "\n"), strings.Join(wantSkipped, "\n"))
	}
	// The snippets are valid configuration.
	for _, s := range d.Skipped {
		if _, err := config.ParseRepo([]byte(s.Config)); err != nil {
			t.Errorf("%s: snippet %q: %v", s.Path, s.Config, err)
		}
	}
}
