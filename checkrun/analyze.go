// Package checkrun is migsync's domain: find the Prisma projects in a tree,
// analyse each one (schema ↔ migrations drift on the head tree, change rules
// between base and head), and hand back findings that every face renders (CLI
// formats, the GitHub check run and review comments, db-check).
//
// The engine packages live below it: prisma (schema language), sqlddl
// (migration replay), drift (comparison and fix SQL), rules (change rules),
// catalog (the shared database model), finding, tree, report.
package checkrun

import (
	"time"

	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
)

// Options tune one analysis.
type Options struct {
	// Config is the repository configuration (nil: defaults).
	Config *config.Repo
	// BaseConfig is the configuration on the base (nil: none or unknown):
	// a problem of Config that it has too is pre-existing, not introduced.
	BaseConfig *config.Repo
	// Untracked lists repository-relative paths git does not track (CLI
	// only), to flag migration folders that were never committed.
	Untracked []string
	// Unstaged holds, by path, the migration.sql files that are on disk but
	// not in the checked tree (the index, for a pre-commit check): their
	// folders are reported as not staged (git add), with the drift they
	// would resolve, instead of as missing migrations.
	Unstaged map[string]string
	// Only restricts the analysis to explicitly given projects (CLI
	// --schema/--migrations); nil: config projects or discovery.
	Only []config.Project
	// ParseCache keeps PostgreSQL parse results across analyses (the App
	// keeps one for the server's life); nil: one for this analysis, shared
	// by its base and head.
	ParseCache *sqlddl.ParseCache
	// Now is the clock for the suggested migration folder name (nil:
	// time.Now).
	Now func() time.Time
	// Tip is the current tip of the base branch when the base tree given to
	// Analyze is the merge base of a change (a pull request, a branch):
	// each project is then judged as it will be after merging the head into
	// the tip (a three-way merge of its files from the merge base: the
	// union of the migrations, the schema merged line by line), while the
	// change rules still judge the change's own diff. nil, or the merge base
	// itself: the head is judged alone.
	Tip tree.Tree
}

// Conclusion is the overall verdict of a check.
type Conclusion string

const (
	Success Conclusion = "success" // nothing fails
	Failure Conclusion = "failure" // at least one failing finding
	Neutral Conclusion = "neutral" // no Prisma project, or only notices
)

// Project is one analysed schema/migrations pair.
type Project struct {
	Schema     string `json:"schema"`     // schema file or folder, repository-relative
	Migrations string `json:"migrations"` // migrations folder
	Provider   string `json:"provider"`   // datasource provider as written
	// MigrationCount is the number of migrations replayed on head.
	MigrationCount int `json:"migrationCount"`
	// Findings of this project, sorted (finding.Sort).
	Findings []finding.Finding `json:"findings"`
	// MissingSQL is the whole migration.sql that would bring the migrations
	// in line with the schema (empty when in sync), in Prisma's format.
	MissingSQL string `json:"missingSQL,omitempty"`
	// SuggestedName is a migration name for `prisma migrate dev --name`.
	SuggestedName string `json:"suggestedName,omitempty"`
	// Command is the exact command that creates the missing migration, run
	// from the repository root.
	Command string `json:"command,omitempty"`
	// Paired says by which rule discovery paired this schema and migrations
	// folder, when Prisma's own layout does not ("" otherwise).
	Paired string `json:"paired,omitempty"`
	// NewMigration is the folder to write the missing migration.sql to by
	// hand: Prisma's "<UTC timestamp>_<name>", sorting after every migration
	// of the base and the head (rules.NewMigrationFolder).
	NewMigration string `json:"newMigration,omitempty"`

	// Compared is true when the schema and the migrations could be
	// compared (no schema error, the migrations could be read and a
	// supported provider).
	Compared bool `json:"compared"`

	// suppressions are the project's migsync-ignore comments (head).
	suppressions []*suppression
}

// Result is the outcome of Analyze.
type Result struct {
	Projects []*Project        `json:"projects"`
	Findings []finding.Finding `json:"findings"` // all projects' findings plus repository-level ones, sorted
	// Suppressed are the findings migsync-ignore comments silenced (they
	// are not in Findings); the surfaces count them.
	Suppressed []finding.Finding `json:"suppressed,omitempty"`
	Conclusion Conclusion        `json:"conclusion"`
}

// Failing reports whether a finding fails the check under the configuration:
// introduced errors always; pre-existing errors with FailOnPreexisting; any
// introduced finding with Strict.
func Failing(f finding.Finding, cfg *config.Repo, strict bool) bool {
	if cfg != nil && cfg.Strict {
		strict = true
	}
	pre := cfg != nil && cfg.FailOnPreexisting
	switch {
	case f.Severity == finding.Error && (f.Introduced || pre):
		return true
	case strict && (f.Introduced || pre):
		return true
	}
	return false
}
