package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
)

// Rule ids.
const (
	SchemaWithoutMigration = "rules/schema-changed-without-migration"
	MigrationWithoutSchema = "rules/migration-without-schema-change"
	MigrationEdited        = "rules/migration-edited"
	MigrationDeleted       = "rules/migration-deleted"
	MigrationOrder         = "rules/migration-order"
	DuplicatePrefix        = "rules/duplicate-prefix"
	LockProvider           = "rules/lock-provider"
	DestructiveSQL         = "rules/destructive-sql"
	UntrackedMigration     = "rules/untracked-migration"
	EmptyMigration         = "rules/migration-without-sql"
)

// Input is what the change rules need to know about one project.
type Input struct {
	Project string // the project's schema path, for findings
	Base    *Set   // nil when there is no base (a plain check of a tree)
	Head    *Set
	// SchemaChanged is true when any schema file's text differs from base.
	SchemaChanged bool
	// DBChange is the first schema object whose database shape changed
	// between base and head (nil: the schema's database is unchanged, e.g.
	// only comments moved). DBChangeObject names it.
	DBChange       *catalog.Pos
	DBChangeObject string
	// Datasource is the head datasource's provider and position.
	Provider     string
	ProviderFile string
	ProviderLine int
	// Untracked lists repository-relative paths git does not track (CLI).
	Untracked []string
	// BaseCatalog is the database the base migrations build (for judging
	// whether an ALTER touches an existing table); may be nil.
	BaseCatalog *catalog.Catalog
	// HeadCatalog is the database the head migrations build (for telling a
	// widening type change from a narrowing one); may be nil.
	HeadCatalog *catalog.Catalog
	// Tip is the base branch's current tip, when the change is judged as
	// it will merge and the tip moved on from Base (the merge base): a new
	// migration must then sort after the tip's newest too. nil: Base is
	// the tip.
	Tip *Set
	// Now is the clock for suggested folder names (zero: time.Now).
	Now time.Time
}

// Check runs every change rule.
func Check(in Input) []finding.Finding {
	var out []finding.Finding
	add := func(f finding.Finding) {
		f.Project = in.Project
		f.Class = finding.Change
		f.Introduced = true
		out = append(out, f)
	}
	head := in.Head
	if head == nil {
		head = &Set{}
	}

	// Head-only rules.
	if in.Provider != "" && head.LockProvider != "" && !sameProvider(in.Provider, head.LockProvider) {
		add(finding.Finding{
			Rule: LockProvider, Severity: finding.Error,
			File: head.Dir + "/migration_lock.toml", Line: head.LockLine,
			Object:  "migration_lock.toml",
			Message: fmt.Sprintf("migration_lock.toml says provider %q but the schema's datasource (%s:%d) says %q; Prisma refuses to apply these migrations. Make them agree, or start a new migration history for the new provider.", head.LockProvider, in.ProviderFile, in.ProviderLine, in.Provider),
		})
	}
	byPrefix := map[string][]string{}
	for _, set := range []*Set{head, in.Tip} {
		if set == nil {
			continue
		}
		for _, m := range set.Migrations {
			if p, _, ok := strings.Cut(m.Name, "_"); ok && p != "" && !containsStr(byPrefix[p], m.Name) {
				byPrefix[p] = append(byPrefix[p], m.Name)
			}
		}
	}
	for _, names := range byPrefix {
		sort.Strings(names)
	}
	for _, m := range head.Migrations {
		// Only a new migration can still be renamed: deployed history is
		// what it is, so without a base nothing is flagged.
		if in.Base == nil || in.Base.ByName(m.Name) != nil {
			continue
		}
		p, _, _ := strings.Cut(m.Name, "_")
		if names := byPrefix[p]; len(names) > 1 && names[0] != m.Name {
			f := finding.Finding{
				Rule: DuplicatePrefix, Severity: finding.Warning,
				File: m.SQLPath, Line: 1, Object: "migration " + m.Name,
				Message: fmt.Sprintf("migration %s shares its prefix %q with %s; their order depends on the rest of the name, which is easy to get wrong when two branches merge. Rename the newer folder with a later timestamp (before it is deployed).", m.Name, p, names[0]),
			}
			if head.ByName(names[0]) == nil {
				f.Side = finding.SideMerge // the other one is the base tip's
			}
			add(f)
		}
	}
	for _, dir := range head.Empty {
		if in.Base != nil && containsStr(in.Base.Empty, dir) {
			continue
		}
		add(finding.Finding{
			Rule: EmptyMigration, Severity: finding.Notice,
			File: dir, Object: "folder " + dir,
			Message: fmt.Sprintf("%s has no migration.sql; Prisma ignores or rejects such a folder. Delete it or add the migration.", dir),
		})
	}
	for _, u := range in.Untracked {
		for _, m := range head.Migrations {
			if u == m.SQLPath || u == m.Dir || u == m.Dir+"/" || strings.HasPrefix(m.SQLPath, strings.TrimSuffix(u, "/")+"/") {
				add(finding.Finding{
					Rule: UntrackedMigration, Severity: finding.Error,
					File: m.SQLPath, Line: 1, Object: "migration " + m.Name,
					Message: fmt.Sprintf("migration %s is not tracked by git: it exists only on this machine and will never reach CI or production. Run `git add %s`.", m.Name, m.Dir),
				})
				break
			}
		}
	}

	if in.Base == nil {
		return out
	}
	base := in.Base

	// Edited and deleted migrations.
	for _, bm := range base.Migrations {
		hm := head.ByName(bm.Name)
		switch {
		case hm == nil:
			add(finding.Finding{
				Rule: MigrationDeleted, Severity: finding.Error,
				File: bm.SQLPath, Object: "migration " + bm.Name,
				Message: fmt.Sprintf("migration %s was deleted; databases that applied it keep its changes and `prisma migrate` reports it as missing from the history. Restore it, and undo its changes with a new migration instead.", bm.Name),
			})
		case !sameContent(bm, *hm):
			add(finding.Finding{
				Rule: MigrationEdited, Severity: finding.Error,
				File: hm.SQLPath, Line: firstDifferentLine(bm.SQL, hm.SQL), Object: "migration " + bm.Name,
				Message: fmt.Sprintf("migration %s was edited after it was committed; databases that already applied it will not run the change, and Prisma reports a checksum mismatch. Revert the edit and put the change in a new migration.", bm.Name),
			})
		}
	}

	// New migrations.
	var added []Migration
	newest, tipNewest := base.Newest(), base.Newest()
	if t := in.Tip.Newest(); t > tipNewest {
		tipNewest = t
	}
	for _, hm := range head.Migrations {
		if base.ByName(hm.Name) != nil {
			continue
		}
		added = append(added, hm)
		out = append(out, destructive(in, hm)...)
		if in.Tip.ByName(hm.Name) != nil {
			continue // the base branch has it too: the same migration, or a merge conflict
		}
		if hm.Name > tipNewest {
			continue
		}
		f := finding.Finding{
			Rule: MigrationOrder, Severity: finding.Error,
			File: hm.SQLPath, Line: 1, Object: "migration " + hm.Name,
		}
		rename := NewMigrationFolder(in.now(), nameOf(hm.Name), base.Names(), in.Tip.Names(), head.Names())
		if newest != "" && hm.Name <= newest {
			f.Message = fmt.Sprintf("new migration %s sorts at or before %s, the newest migration on the base branch; databases already at %s will apply it out of order or not at all. Rename its folder to %s (it then sorts after %s).", hm.Name, newest, newest, rename, newest)
		} else {
			f.Side = finding.SideMerge
			f.Message = fmt.Sprintf("new migration %s sorts at or before %s, which the base branch gained after this branch started; once merged, databases already at %s apply it out of order, and fresh ones apply it first. Rename its folder to %s (it then sorts after %s).", hm.Name, tipNewest, tipNewest, rename, tipNewest)
		}
		add(f)
	}

	switch {
	case in.DBChange != nil && len(added) == 0:
		what := "the database"
		if in.DBChangeObject != "" {
			what = in.DBChangeObject
		}
		add(finding.Finding{
			Rule: SchemaWithoutMigration, Severity: finding.Error,
			File: in.DBChange.File, Line: in.DBChange.Line, Object: "schema " + in.Project,
			Message: fmt.Sprintf("the schema changes %s but this change adds no migration, so databases deployed from the migrations will not have it.", what),
		})
	case len(added) > 0 && !in.SchemaChanged:
		add(finding.Finding{
			Rule: MigrationWithoutSchema, Severity: finding.Notice,
			File: added[0].SQLPath, Line: 1, Object: "migration " + added[0].Name,
			Message: fmt.Sprintf("migration %s is added but the schema is unchanged; fine for data or hand-written SQL, but if it changes tables the schema must say so too.", added[0].Name),
		})
	}
	return out
}

func sameContent(a, b Migration) bool {
	if a.SHA != "" && b.SHA != "" {
		return a.SHA == b.SHA
	}
	return normalizeEOL(a.SQL) == normalizeEOL(b.SQL)
}

// normalizeEOL ignores CRLF differences: Prisma's checksum does not (a CRLF
// conversion is an edit to Prisma), but git's autocrlf makes it local noise.
func normalizeEOL(b []byte) string { return strings.ReplaceAll(string(b), "\r\n", "\n") }

func firstDifferentLine(a, b []byte) int {
	al := strings.Split(normalizeEOL(a), "\n")
	bl := strings.Split(normalizeEOL(b), "\n")
	for i := range bl {
		if i >= len(al) || al[i] != bl[i] {
			return i + 1
		}
	}
	if len(bl) == 0 {
		return 1
	}
	return len(bl)
}

func (in Input) now() time.Time {
	if in.Now.IsZero() {
		return time.Now()
	}
	return in.Now
}

// nameOf is a migration folder's name without its timestamp prefix
// ("20240101000000_add_user" → "add_user").
func nameOf(folder string) string {
	if _, ok := timestampOf(folder); ok {
		if _, rest, ok := strings.Cut(folder, "_"); ok && rest != "" {
			return rest
		}
		return "migration"
	}
	return folder
}

func sameProvider(a, b string) bool {
	norm := func(s string) string {
		if p, ok := catalog.LookupProvider(s); ok {
			return p.Name // "postgres" is "postgresql"
		}
		return strings.ToLower(strings.TrimSpace(s))
	}
	return norm(a) == norm(b)
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var (
	reDropTable  = regexp.MustCompile(`(?i)^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?([^\s;,]+)`)
	reAlterTable = regexp.MustCompile(`(?is)^\s*ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?([^\s;]+)\s+(.*)$`)
	reDropColumn = regexp.MustCompile(`(?i)\bDROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?([` + "`" + `"\w]+)`)
	reAlterType  = regexp.MustCompile(`(?i)\b(?:ALTER\s+(?:COLUMN\s+)?([` + "`" + `"\w]+)\s+(?:SET\s+DATA\s+)?TYPE|MODIFY\s+(?:COLUMN\s+)?([` + "`" + `"\w]+))`)
	reSetNotNull = regexp.MustCompile(`(?i)\bALTER\s+(?:COLUMN\s+)?([` + "`" + `"\w]+)\s+SET\s+NOT\s+NULL`)
	reAddNotNull = regexp.MustCompile(`(?i)\bADD\s+(?:COLUMN\s+)?([` + "`" + `"\w]+)\s+[^,]*\bNOT\s+NULL\b[^,]*`)
	reHasDefault = regexp.MustCompile(`(?i)\bDEFAULT\b|\bGENERATED\b|SERIAL\b|AUTO_INCREMENT`)
	reDropOther  = regexp.MustCompile(`(?i)^\s*DROP\s+(CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN|DEFAULT|NOT\s+NULL)`)
	reAlterDrop  = regexp.MustCompile(`(?i)ALTER\s+(COLUMN\s+)?\S+\s+DROP`)
)

// destructive flags statements of a new migration that can lose data or fail
// on a table that already holds rows.
func destructive(in Input, m Migration) []finding.Finding {
	var out []finding.Finding
	add := func(line int, object, msg string) {
		out = append(out, finding.Finding{
			Rule: DestructiveSQL, Severity: finding.Warning, Class: finding.Change,
			Project: in.Project, File: m.SQLPath, Line: line, Object: object,
			Message: msg, Introduced: true,
		})
	}
	// Two passes over the statements, each holding one at a time (a
	// migration may have a million).
	stmts := Statements(string(m.SQL))
	redefined := map[string]bool{} // SQLite RedefineTables: new_X tables
	for s := range stmts {
		if t := reCreateNew.FindStringSubmatch(s.Text); t != nil {
			redefined[strings.ToLower(t[1])] = true
		}
	}
	existing := func(table string) bool {
		if in.BaseCatalog == nil {
			return true
		}
		return in.BaseCatalog.Table("", table) != nil
	}
	for s := range stmts {
		text := s.Text
		if t := reDropTable.FindStringSubmatch(text); t != nil {
			name := unquote(t[1])
			if redefined[strings.ToLower(name)] || strings.HasPrefix(strings.ToLower(name), "new_") {
				continue // SQLite's RedefineTables copies the rows first
			}
			if existing(name) {
				add(s.Line, "table "+name, fmt.Sprintf("DROP TABLE %s deletes the table and all its rows; make sure that is intended and that no deployed code still reads it.", name))
			}
			continue
		}
		t := reAlterTable.FindStringSubmatch(text)
		if t == nil {
			continue
		}
		table, rest := unquote(t[1]), t[2]
		if i := strings.LastIndex(table, "."); i >= 0 {
			table = unquote(table[i+1:])
		}
		if !existing(table) {
			continue
		}
		for _, clause := range splitClauses(rest) {
			switch {
			case reDropColumn.MatchString(clause) && !reDropOther.MatchString(clause) && !reAlterDrop.MatchString(clause):
				col := unquote(reDropColumn.FindStringSubmatch(clause)[1])
				add(s.Line, "column "+table+"."+col, fmt.Sprintf("dropping column %s.%s deletes its data; deploy code that no longer uses it first.", table, col))
			case reAlterType.MatchString(clause):
				mm := reAlterType.FindStringSubmatch(clause)
				col := mm[1]
				if col == "" {
					col = mm[2]
				}
				col = unquote(col)
				from, to, known := typeChange(in, table, col)
				if known && catalog.Widens(in.BaseCatalog.Dialect, from, to) {
					break // every existing value fits the new type
				}
				change := "changing the type of " + table + "." + col
				if known {
					change += fmt.Sprintf(" from %s to %s", from, to)
				}
				add(s.Line, "column "+table+"."+col, change+" rewrites the table and fails or truncates values that do not fit; check existing data first.")
			case reSetNotNull.MatchString(clause):
				col := unquote(reSetNotNull.FindStringSubmatch(clause)[1])
				add(s.Line, "column "+table+"."+col, fmt.Sprintf("making %s.%s NOT NULL fails if any existing row holds NULL; backfill it in the same migration first.", table, col))
			case reAddNotNull.MatchString(clause) && !reHasDefault.MatchString(clause):
				col := unquote(reAddNotNull.FindStringSubmatch(clause)[1])
				add(s.Line, "column "+table+"."+col, fmt.Sprintf("adding required column %s.%s without a default fails on a table that already has rows; add a default or backfill first.", table, col))
			}
		}
	}
	// Prisma's own warnings, written when it generated the migration, cover
	// what the statements hide (SQLite's table rebuilds, new unique
	// constraints, removed enum values).
	flagged := map[string]bool{}
	for _, f := range out {
		flagged[f.Object] = true
	}
	for _, w := range prismaWarnings(string(m.SQL)) {
		obj := w.object()
		if obj != "" && flagged[obj] {
			continue
		}
		if obj == "" {
			obj = fmt.Sprintf("warning %s:%d", m.SQLPath, w.Line)
		}
		flagged[obj] = true
		add(w.Line, obj, "Prisma warned when it generated this migration: "+w.Text)
	}
	return out
}

// typeChange returns a column's type before and after the change, when both
// catalogues know the column under that name.
func typeChange(in Input, table, col string) (from, to catalog.Type, ok bool) {
	if in.BaseCatalog == nil || in.HeadCatalog == nil {
		return from, to, false
	}
	bt, ht := in.BaseCatalog.Table("", table), in.HeadCatalog.Table("", table)
	if bt == nil || ht == nil {
		return from, to, false
	}
	bc, hc := bt.Column(in.BaseCatalog.Dialect, col), ht.Column(in.HeadCatalog.Dialect, col)
	if bc == nil || hc == nil {
		return from, to, false
	}
	return bc.Type, hc.Type, true
}

var reCreateNew = regexp.MustCompile(`(?i)^\s*CREATE\s+TABLE\s+["` + "`" + `]?new_(\w+)`)

func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' || s[0] == '`') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// splitClauses splits the body of an ALTER TABLE at top-level commas.
func splitClauses(s string) []string {
	var out []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == ',' && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
