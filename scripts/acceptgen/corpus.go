package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

const corpusDir = "testdata/corpus"

// unit is one schema/migrations pair of the corpus, as recorded in
// testdata/corpus/expected.json.
type unit struct {
	Name       string `json:"name"`
	Project    string `json:"project"`    // folder under testdata/corpus; the tree's root
	Commit     string `json:"commit"`     // upstream commit the files were taken from
	License    string `json:"license"`    // SPDX id of the upstream licence
	Schema     string `json:"schema"`     // file or folder, relative to the project folder
	Migrations string `json:"migrations"` // relative to the project folder
	Provider   string `json:"provider"`   // migration_lock.toml provider
	// Datasource is the provider as the schema's datasource writes it.
	Datasource     string `json:"datasource"`
	MigrationCount int    `json:"migrationCount"`
	// Verdict: "in sync", "drift" or "no reference".
	Verdict string `json:"verdict"`
	// Reference is the oracle's SQL for a drift, relative to the project folder.
	Reference string `json:"reference,omitempty"`
	// Basis says how the verdict was obtained.
	Basis       string       `json:"basis"`
	Differences []difference `json:"differences,omitempty"`
	// Notices lists objects the migrations create that the schema cannot
	// declare and Prisma's diff ignores (partial or expression indexes,
	// CHECK constraints, triggers): a checker may mention them as notices,
	// nothing more.
	Notices []ignoredObject `json:"notices,omitempty"`
}

// ignoredObject is an object of the migrations outside Prisma's model.
type ignoredObject struct {
	Kind   string `json:"kind"` // partial index, expression index, check constraint, trigger
	Object string `json:"object"`
	File   string `json:"file"` // the migration that creates it, relative to the project folder
}

// difference is one statement of a reference drift and how a checker should
// classify it.
type difference struct {
	Kind      string `json:"kind"`   // Prisma's comment: DropIndex, CreateIndex, AlterTable, AddForeignKey, RenameIndex
	Action    string `json:"action"` // drop index, create index, drop default, add primary key, add foreign key, rename index
	Object    string `json:"object"` // the index, constraint or table.column the statement is about
	Table     string `json:"table,omitempty"`
	Statement string `json:"statement"`
	// Group ties statements that are one difference (a changed index is a
	// DropIndex and a CreateIndex of the same name; an old implicit
	// many-to-many table is its _AB_unique index and the missing _AB_pkey).
	// A checker reports one or more findings per group.
	Group string `json:"group"`
	// Match lists names a finding's Object may contain to be about this
	// group (double quotes removed).
	Match    []string `json:"match"`
	Class    string   `json:"class"`    // breaking, missing, extra
	Severity string   `json:"severity"` // error, warning, notice
	// Optional marks a difference a checker may leave out because Prisma's
	// report is an artefact (reported: at most Severity).
	Optional bool   `json:"optional,omitempty"`
	Reason   string `json:"reason"`
}

// corpusUnits lists the units; commits and licences come from
// ../shared/corpus/README.md, and for the projects added from upstream
// (scripts/add-corpus-project.sh) from testdata/corpus/README.md.
var corpusUnits = []unit{
	{Name: "trigger.dev/database", Project: "triggerdotdev__trigger.dev", Commit: "b082e44389337dc6505d590737a6df70867cc8f4", License: "Apache-2.0",
		Schema: "internal-packages/database/prisma/schema.prisma", Migrations: "internal-packages/database/prisma/migrations",
		Provider: "postgresql", Datasource: "postgresql", Reference: "reference-drift-database.sql"},
	{Name: "trigger.dev/run-ops-database", Project: "triggerdotdev__trigger.dev", Commit: "b082e44389337dc6505d590737a6df70867cc8f4", License: "Apache-2.0",
		Schema: "internal-packages/run-ops-database/prisma/schema.prisma", Migrations: "internal-packages/run-ops-database/prisma/migrations",
		Provider: "postgresql", Datasource: "postgresql"},
	{Name: "documenso", Project: "documenso__documenso", Commit: "75330166cc00b29c14399bc2e391e4b4d8080c00", License: "AGPL-3.0",
		Schema: "packages/prisma/schema.prisma", Migrations: "packages/prisma/migrations", Provider: "postgresql", Datasource: "postgresql"},
	{Name: "papermark", Project: "mfts__papermark", Commit: "7ff2e657ed09b56f0afcc863a5db52d0debd2e6a", License: "AGPL-3.0",
		Schema: "prisma/schema", Migrations: "prisma/migrations", Provider: "postgresql", Datasource: "postgresql"},
	{Name: "hoppscotch", Project: "hoppscotch__hoppscotch", Commit: "afc2cf181c16e56647b099e5d18cfe55710c6cdd", License: "MIT",
		Schema: "packages/hoppscotch-backend/prisma/schema.prisma", Migrations: "packages/hoppscotch-backend/prisma/migrations",
		Provider: "postgresql", Datasource: "postgresql", Reference: "reference-drift-main.sql"},
	{Name: "umami", Project: "umami-software__umami", Commit: "c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1", License: "MIT",
		Schema: "prisma/schema.prisma", Migrations: "prisma/migrations", Provider: "postgresql", Datasource: "postgresql", Reference: "reference-drift-main.sql"},
	{Name: "taxonomy", Project: "shadcn-ui__taxonomy", Commit: "651f984e52edd65d40ccd55e299c1baeea3ff017", License: "MIT",
		Schema: "prisma/schema.prisma", Migrations: "prisma/migrations", Provider: "mysql", Datasource: "mysql"},
	{Name: "umami/mysql", Project: "umami-software__umami-mysql", Commit: "94b4b66a3d86288fb0f970eab19a4171d9e14e6f", License: "MIT",
		Schema: "db/mysql/schema.prisma", Migrations: "db/mysql/migrations", Provider: "mysql", Datasource: "mysql"},
	{Name: "discord-tickets", Project: "discord-tickets__bot", Commit: "8a08ab5dd6a47ae1f2c0bfed06d44afc2e822d5e", License: "GPL-3.0",
		Schema: "db/mysql/schema.prisma", Migrations: "db/mysql/migrations", Provider: "mysql", Datasource: "mysql"},
	{Name: "pingvin-share", Project: "stonith404__pingvin-share", Commit: "4f9a502e40360a062ced981010566744e05a1c33", License: "BSD-2-Clause",
		Schema: "backend/prisma/schema.prisma", Migrations: "backend/prisma/migrations", Provider: "sqlite", Datasource: "sqlite"},
	{Name: "teable/postgres", Project: "teableio__teable", Commit: "c398cf4e0d79dfba72a3c8e98234e6b5d8bc17a6", License: "MIT",
		Schema: "packages/db-main-prisma/prisma/postgres/schema.prisma", Migrations: "packages/db-main-prisma/prisma/postgres/migrations",
		Provider: "postgresql", Datasource: "postgres"},
	{Name: "teable/sqlite", Project: "teableio__teable", Commit: "c398cf4e0d79dfba72a3c8e98234e6b5d8bc17a6", License: "MIT",
		Schema: "packages/db-main-prisma/prisma/sqlite/schema.prisma", Migrations: "packages/db-main-prisma/prisma/sqlite/migrations",
		Provider: "sqlite", Datasource: "sqlite"},
}

// expectedFile is testdata/corpus/expected.json.
type expectedFile struct {
	Comment string `json:"comment"`
	Units   []unit `json:"units"`
}

func genCorpus(verify bool) error {
	out := expectedFile{Comment: "Reference verdicts of the corpus units (Prisma 7.10.1 migrate diff --from-migrations --to-schema --script --exit-code). " +
		"Written by scripts/regen-corpus.sh; see README.md."}
	for _, u := range corpusUnits {
		root := filepath.Join(corpusDir, u.Project)
		n, err := countMigrations(filepath.Join(root, u.Migrations))
		if err != nil {
			return err
		}
		u.MigrationCount = n
		switch {
		case u.Reference != "":
			sql, err := os.ReadFile(filepath.Join(root, u.Reference))
			if err != nil {
				return err
			}
			u.Verdict, u.Basis = Drift, "reference SQL from ../shared/corpus, re-checked with the oracle on PostgreSQL 15"
			if u.Differences, err = parseReference(string(sql)); err != nil {
				return fmt.Errorf("%s: %w", u.Reference, err)
			}
		case u.Provider == "mysql":
			u.Verdict, u.Basis = NoReference, "the offline oracle has no MySQL connector; a checker must not report errors"
		case u.Provider == "sqlite":
			u.Verdict, u.Basis = InSync, "oracle on SQLite with the migrations' data statements (UPDATE/DELETE/INSERT…VALUES) replaced by SELECT 1, "+
				"because the oracle's SQLite rejects their double-quoted string literals; rows do not change the schema"
		default:
			u.Verdict, u.Basis = InSync, "oracle exit 0 on PostgreSQL 15"
		}
		if u.Notices, err = scanIgnored(root, u.Migrations); err != nil {
			return err
		}
		if verify && u.Verdict != NoReference {
			if err := verifyUnit(u); err != nil {
				return err
			}
		}
		out.Units = append(out.Units, u)
	}
	return writeJSON(filepath.Join(corpusDir, "expected.json"), out)
}

// verifyUnit re-runs the oracle and compares with the recorded verdict/SQL.
func verifyUnit(u unit) error {
	root := filepath.Join(corpusDir, u.Project)
	res, err := runOracle(project{Root: root, Schema: u.Schema, Migrations: u.Migrations, Provider: u.Provider})
	if err != nil {
		return err
	}
	if res.Verdict != u.Verdict {
		return fmt.Errorf("%s: oracle says %s, recorded %s", u.Name, res.Verdict, u.Verdict)
	}
	if u.Reference != "" {
		ref, _ := os.ReadFile(filepath.Join(root, u.Reference))
		if strings.TrimSpace(string(ref)) != strings.TrimSpace(res.SQL) {
			return fmt.Errorf("%s: oracle SQL differs from %s:\n%s", u.Name, u.Reference, res.SQL)
		}
	}
	fmt.Fprintf(os.Stderr, "verified %s: %s\n", u.Name, res.Verdict)
	return nil
}

func countMigrations(dir string) (int, error) {
	m, err := filepath.Glob(filepath.Join(dir, "*", "migration.sql"))
	return len(m), err
}

var (
	reComment    = regexp.MustCompile(`(?m)^-- (\w+)\s*$`)
	reDropIndex  = regexp.MustCompile(`^DROP INDEX "([^"]+)"`)
	reCreateIdx  = regexp.MustCompile(`^CREATE (?:UNIQUE )?INDEX "([^"]+)" ON "([^"]+)"`)
	reDropDef    = regexp.MustCompile(`^ALTER TABLE "([^"]+)" ALTER COLUMN "([^"]+)" DROP DEFAULT`)
	reAddPkey    = regexp.MustCompile(`^ALTER TABLE "([^"]+)" ADD CONSTRAINT "([^"]+)" PRIMARY KEY`)
	reAddFK      = regexp.MustCompile(`^ALTER TABLE "([^"]+)" ADD CONSTRAINT "([^"]+)" FOREIGN KEY`)
	reRenameIdx  = regexp.MustCompile(`^ALTER INDEX "([^"]+)" RENAME TO "([^"]+)"`)
	reImplicitAB = regexp.MustCompile(`^(_\w+)_AB_(?:unique|pkey)$`)
)

// parseReference splits Prisma's script into statements (each preceded by a
// `-- Kind` comment) and classifies them.
func parseReference(sql string) ([]difference, error) {
	locs := reComment.FindAllStringSubmatchIndex(sql, -1)
	var out []difference
	for i, l := range locs {
		end := len(sql)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		kind := sql[l[2]:l[3]]
		for _, st := range strings.Split(sql[l[1]:end], ";") {
			st = strings.TrimSpace(st)
			if st == "" {
				continue
			}
			d, err := describe(kind, st+";")
			if err != nil {
				return nil, err
			}
			out = append(out, d)
		}
	}
	classify(out)
	return out, nil
}

// describe names the statement's action and object.
func describe(kind, st string) (difference, error) {
	d := difference{Kind: kind, Statement: st}
	switch m := []string(nil); {
	case match(reDropIndex, st, &m):
		d.Action, d.Object = "drop index", m[1]
	case match(reCreateIdx, st, &m):
		d.Action, d.Object, d.Table = "create index", m[1], m[2]
	case match(reDropDef, st, &m):
		d.Action, d.Object, d.Table = "drop default", m[1]+"."+m[2], m[1]
	case match(reAddPkey, st, &m):
		d.Action, d.Object, d.Table = "add primary key", m[2], m[1]
	case match(reAddFK, st, &m):
		d.Action, d.Object, d.Table = "add foreign key", m[2], m[1]
	case match(reRenameIdx, st, &m):
		d.Action, d.Object = "rename index", m[2]
		d.Match = []string{m[1], m[2]}
	default:
		return d, fmt.Errorf("unrecognised statement: %s", st)
	}
	return d, nil
}

func match(re *regexp.Regexp, s string, m *[]string) bool {
	*m = re.FindStringSubmatch(s)
	return *m != nil
}

// classify groups statements and sets class, severity and reason, following
// what each difference means for the running application.
func classify(ds []difference) {
	created := map[string]bool{}
	dropped := map[string]bool{}
	for _, d := range ds {
		switch d.Action {
		case "create index":
			created[d.Object] = true
		case "drop index":
			dropped[d.Object] = true
		}
	}
	for i := range ds {
		d := &ds[i]
		d.Group = d.Object
		if d.Match == nil {
			d.Match = []string{d.Object}
		}
		if m := reImplicitAB.FindStringSubmatch(d.Object); m != nil {
			d.Group = m[1]
			d.Match = []string{m[1] + "_AB_unique", m[1] + "_AB_pkey", m[1]}
			d.Class, d.Severity = "extra", "notice"
			d.Reason = "implicit many-to-many table created before Prisma 6: a unique index _AB_unique where Prisma now declares the primary key _AB_pkey; same rows allowed"
			continue
		}
		switch {
		case (d.Action == "drop index" || d.Action == "create index") && created[d.Object] && dropped[d.Object]:
			d.Class, d.Severity = "extra", "notice"
			d.Reason = "the migrations create an index of this name with a different definition than the schema declares (hand-tuned); Prisma drops and re-creates it"
		case d.Action == "drop index":
			d.Class, d.Severity = "extra", "notice"
			d.Reason = "hand-written index in the migrations that the schema does not declare"
		case d.Action == "create index":
			d.Class, d.Severity = "missing", "warning"
			d.Reason = "the schema declares this index but no migration creates it"
		case d.Action == "drop default":
			d.Class, d.Severity = "extra", "notice"
			d.Reason = "the migrations give the column a DEFAULT the schema does not have (@updatedAt is set by the client)"
		case d.Action == "add foreign key":
			d.Class, d.Severity = "missing", "warning"
			d.Reason = "the schema's relation has a foreign key that the migrations dropped or never created"
		case d.Action == "rename index":
			d.Class, d.Severity = "missing", "warning"
			d.Reason = "the index exists under another name (PostgreSQL truncated the hand-written 64+ character name); Prisma expects its own truncated name"
		}
	}
	markRawOpsArtefacts(ds)
}

// markRawOpsArtefacts flags a changed index whose schema uses
// `ops: raw(...)`: Prisma always drops and re-creates such indexes even when
// the definition is identical (prisma/prisma#17518, #16275), so a checker
// that sees them equal may stay silent.
func markRawOpsArtefacts(ds []difference) {
	for i := range ds {
		d := &ds[i]
		if d.Object == "SecretStore_key_idx" {
			d.Optional = true
			d.Reason = "the schema's @@index([key(ops: raw(\"text_pattern_ops\"))]) and the migration's index are identical; Prisma re-creates indexes with raw() operator classes on every diff (prisma/prisma#17518)"
		}
	}
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

var (
	reIndexStmt   = regexp.MustCompile(`(?is)^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?"?([\w.]+)"?\s+ON\s+[^(]*(\(.*)$`)
	reCheck       = regexp.MustCompile(`(?is)CONSTRAINT\s+"?(\w+)"?\s+CHECK\b`)
	reTrigger     = regexp.MustCompile(`(?is)^CREATE\s+(?:OR\s+REPLACE\s+)?TRIGGER\s+"?(\w+)"?`)
	reWhere       = regexp.MustCompile(`(?i)\bWHERE\b`)
	reLineComment = regexp.MustCompile(`(?m)--[^\n]*$`)
)

// scanIgnored lists the partial and expression indexes, CHECK constraints
// and triggers the migrations create. Statements are split on ';' outside
// dollar-quoted bodies (good enough for listing names).
func scanIgnored(root, migrations string) ([]ignoredObject, error) {
	files, err := filepath.Glob(filepath.Join(root, migrations, "*", "migration.sql"))
	if err != nil {
		return nil, err
	}
	var out []ignoredObject
	seen := map[string]bool{}
	add := func(kind, name, file string) {
		if !seen[kind+name] {
			seen[kind+name] = true
			rel, _ := filepath.Rel(root, file)
			out = append(out, ignoredObject{Kind: kind, Object: name, File: filepath.ToSlash(rel)})
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, st := range splitStatements(reLineComment.ReplaceAllString(string(b), "")) {
			st = strings.TrimSpace(st)
			if m := reIndexStmt.FindStringSubmatch(st); m != nil {
				cols, rest := balanced(m[2])
				switch {
				case reWhere.MatchString(rest):
					add("partial index", m[1], f)
				case strings.Contains(cols, "("):
					add("expression index", m[1], f)
				}
			}
			for _, m := range reCheck.FindAllStringSubmatch(st, -1) {
				add("check constraint", m[1], f)
			}
			if m := reTrigger.FindStringSubmatch(st); m != nil {
				add("trigger", m[1], f)
			}
		}
	}
	return out, nil
}

// splitStatements splits SQL on semicolons outside $$ bodies.
func splitStatements(sql string) []string {
	var out []string
	for i, part := range strings.Split(sql, "$$") {
		if i%2 == 1 { // a dollar-quoted body: keep it in the current statement
			if len(out) == 0 {
				out = append(out, "")
			}
			out[len(out)-1] += "$$" + part + "$$"
			continue
		}
		pieces := strings.Split(part, ";")
		if len(out) > 0 {
			out[len(out)-1] += pieces[0]
			pieces = pieces[1:]
		}
		out = append(out, pieces...)
	}
	return out
}

// balanced splits "(a, lower(b)) rest" into the inside of the first
// parenthesised group and what follows it.
func balanced(s string) (inside, rest string) {
	depth := 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return s[1:i], s[i+1:]
			}
		}
	}
	return s, ""
}
