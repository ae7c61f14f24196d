package checkrun

import (
	"fmt"
	"sort"

	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/rules"
	"github.com/migsync/migsync/config"
)

// RuleUnknownRule flags a rule id in .github/migsync.yml that names no rule:
// a typo there would otherwise silently change nothing.
const RuleUnknownRule = "config/unknown-rule"

// Rule ids of `migsync db-check`'s migration-history findings (package
// dbcheck makes them; they are declared here so that the one list of rules
// covers every id .github/migsync.yml may name).
const (
	RuleDBPending    = "dbcheck/pending-migration"
	RuleDBFailed     = "dbcheck/failed-migration"
	RuleDBEdited     = "dbcheck/edited-migration"
	RuleDBMissing    = "dbcheck/missing-migration"
	RuleDBOutOfOrder = "dbcheck/out-of-order"
)

// dbcheckRules documents db-check's migration-history rules.
var dbcheckRules = []finding.Rule{
	{ID: RuleDBPending, Severity: finding.Error, Summary: "db-check: a migration in the repository is not applied to the database (prisma migrate deploy has not run, or failed)."},
	{ID: RuleDBFailed, Severity: finding.Error, Summary: "db-check: a migration failed on the database (finished_at is null, or it was rolled back and never applied again); prisma migrate deploy refuses to continue."},
	{ID: RuleDBEdited, Severity: finding.Error, Summary: "db-check: a migration.sql was edited after it was applied; its checksum differs from the one recorded at deploy."},
	{ID: RuleDBMissing, Severity: finding.Warning, Summary: "db-check: a migration applied to the database is not in the repository (deleted or renamed)."},
	{ID: RuleDBOutOfOrder, Severity: finding.Warning, Summary: "db-check: a pending migration sorts before one the database already has, so it would be applied out of order."},
}

// engineRules are the rules the engine itself applies.
var engineRules = []finding.Rule{
	{ID: RuleSchemaSyntax, Severity: finding.Error, Also: finding.Warning, Summary: "The schema does not parse (an error: nothing else is checked for that project) or has a problem Prisma only warns about (a warning)."},
	{ID: RuleSchemaInvalid, Severity: finding.Error, Also: finding.Warning, Summary: "The schema parses but Prisma would reject it (an unknown type, a relation without its fields, …: an error) or warn about it (a warning)."},
	{ID: RuleUnsupportedProvider, Severity: finding.Notice, Summary: "The datasource provider is one Prisma has but migsync does not compare (SQL Server, MongoDB); the project is skipped."},
	{ID: RuleMigrationError, Severity: finding.Error, Summary: "A migration would fail to apply (a syntax error, an object that does not exist at that point) or its migration.sql cannot be read (over the size limit), so what follows it is unknown."},
	{ID: RuleMigrationSkipped, Severity: finding.Notice, Summary: "A migration statement migsync cannot follow; its effect is left out of the comparison."},
	{ID: RuleTreeIncomplete, Severity: finding.Warning, Summary: "The repository's file listing was truncated by GitHub, so some projects may not have been found."},
	{ID: RuleSkippedSchema, Severity: finding.Notice, Summary: "A schema with a datasource has no migrations folder (its first migration was never committed, or it is a db push project): it was not checked. Exclude a db push project in .github/migsync.yml."},
	{ID: RuleUnclaimedMigrations, Severity: finding.Notice, Summary: "A folder of Prisma migrations that no schema claims and no rule pairs with one: it was not checked. Name the pair in .github/migsync.yml (projects:)."},
	{ID: RuleUnknownRule, Severity: finding.Warning, Summary: "A rule id in .github/migsync.yml (rules: or ignore:) or in a migsync-ignore comment names no rule, so it changes nothing."},
	{ID: RuleMergeSchemaConflict, Severity: finding.Error, Summary: "The change and its base branch (since the change started) both changed the same lines of the schema: the merge conflicts, so rebase first (\"rebase: both branches changed model X\")."},
	{ID: RuleMergeMigrationConflict, Severity: finding.Error, Summary: "The change and its base branch both added or edited a migration of the same name differently (or one deleted what the other changed); databases get the base branch's."},
}

// Rules lists every rule (the engine's own, the change rules, the kinds of
// drift and db-check's migration-history rules), sorted by id, with default
// severities.
func Rules() []finding.Rule {
	out := append(append(append(append([]finding.Rule{}, engineRules...), rules.All...), drift.Rules...), dbcheckRules...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// ConfigFindings checks the rule ids a repository configuration names against
// Rules (which include db-check's) and returns a warning for each one that
// names no rule or family, with a "did you mean" where one is close.
func ConfigFindings(cfg *config.Repo) []finding.Finding {
	known := Rules()
	var out []finding.Finding
	for _, ref := range cfg.RuleRefs() {
		if finding.Known(known, ref.ID) {
			continue
		}
		msg := fmt.Sprintf("%s: %q is not a migsync rule, so this entry changes nothing", ref.Where, ref.ID)
		if c := finding.Closest(known, ref.ID); c != "" {
			msg += fmt.Sprintf("; did you mean %q?", c)
		} else {
			msg += "; `migsync rules` lists the rule ids."
		}
		f := finding.Finding{Rule: RuleUnknownRule, Severity: finding.Warning, Class: finding.Change,
			File: config.RepoConfigPath, Line: ref.Line, Object: "rule " + ref.ID, Message: msg, Introduced: true}
		f.SetFingerprint()
		out = append(out, f)
	}
	return out
}
