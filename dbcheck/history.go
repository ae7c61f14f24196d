package dbcheck

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/rules"
)

// Rule ids of the migration-history findings.
// (declared in checkrun, which documents every rule of
// .github/migsync.yml).
const (
	RulePending    = checkrun.RuleDBPending
	RuleFailed     = checkrun.RuleDBFailed
	RuleEdited     = checkrun.RuleDBEdited
	RuleMissing    = checkrun.RuleDBMissing
	RuleOutOfOrder = checkrun.RuleDBOutOfOrder
)

// MigrationRow is one row of Prisma's _prisma_migrations table.
type MigrationRow struct {
	ID                string
	Checksum          string
	FinishedAt        *time.Time
	Name              string
	Logs              string
	RolledBackAt      *time.Time
	StartedAt         time.Time
	AppliedStepsCount int
}

// historyRows is what database/sql's and pgx's row sets share.
type historyRows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// sqlHistory is History for the database/sql dialects (MySQL, SQLite):
// exists counts the _prisma_migrations tables visible (0: ok is false),
// query selects its rows as scanHistory reads them.
func sqlHistory(ctx context.Context, tx *sql.Tx, exists, query string) ([]MigrationRow, bool, error) {
	var n int
	if err := tx.QueryRowContext(ctx, exists).Scan(&n); err != nil {
		return nil, false, err
	}
	if n == 0 {
		return nil, false, nil
	}
	rs, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, true, err
	}
	defer rs.Close()
	out, err := scanHistory(rs)
	return out, true, err
}

// scanHistory reads the rows of a _prisma_migrations query selecting, in
// order: id, checksum, finished_at, migration_name, logs (NULL as ”),
// rolled_back_at, started_at, applied_steps_count. Every dialect's History
// uses it.
func scanHistory(rs historyRows) ([]MigrationRow, error) {
	var out []MigrationRow
	for rs.Next() {
		var m MigrationRow
		var finished, rolled, started any
		if err := rs.Scan(&m.ID, &m.Checksum, &finished, &m.Name, &m.Logs, &rolled, &started, &m.AppliedStepsCount); err != nil {
			return nil, err
		}
		m.FinishedAt = scanTime(finished)
		m.RolledBackAt = scanTime(rolled)
		if st := scanTime(started); st != nil {
			m.StartedAt = *st
		}
		out = append(out, m)
	}
	return out, rs.Err()
}

// scanTime reads a timestamp column as the drivers return it: a time
// (PostgreSQL, MySQL with parseTime), or as Prisma writes it in SQLite: Unix
// milliseconds (an integer), or text (current_timestamp's
// "2006-01-02 15:04:05", RFC 3339). nil is NULL.
func scanTime(v any) *time.Time {
	switch x := v.(type) {
	case nil:
		return nil
	case time.Time:
		return &x
	case int64:
		t := time.UnixMilli(x).UTC()
		return &t
	case float64:
		t := time.UnixMilli(int64(x)).UTC()
		return &t
	case []byte:
		return scanTime(string(x))
	case string:
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05.999999999", "2006-01-02T15:04:05.999999999"} {
			if t, err := time.Parse(layout, x); err == nil {
				return &t
			}
		}
		t := time.Time{}
		return &t // present but unreadable: still "set"
	}
	t := time.Time{}
	return &t
}

// Applied reports whether the row records a successful, not rolled back,
// application.
func (r MigrationRow) Applied() bool { return r.FinishedAt != nil && r.RolledBackAt == nil }

// Failed reports whether the row blocks prisma migrate deploy (P3009): it
// started and neither finished nor was marked rolled back.
func (r MigrationRow) Failed() bool { return r.FinishedAt == nil && r.RolledBackAt == nil }

// Checksum is Prisma's checksum of a migration script: the SHA-256 of its
// bytes in lower-case hex.
func Checksum(script []byte) string {
	sum := sha256.Sum256(script)
	return hex.EncodeToString(sum[:])
}

// ChecksumMatches reports whether a recorded checksum is the script's, with
// Prisma's tolerance: the script's line endings may have been converted
// (CRLF ↔ LF, by git on Windows), and checksums recorded by early versions
// of Prisma's engine lack the leading zero of each byte below 0x10.
func ChecksumMatches(script []byte, recorded string) bool {
	recorded = strings.TrimSpace(recorded)
	variants := [][]byte{script}
	variants = append(variants, []byte(strings.ReplaceAll(string(script), "\r\n", "\n")))
	variants = append(variants, []byte(strings.ReplaceAll(string(script), "\n", "\r\n")))
	for _, v := range variants {
		sum := sha256.Sum256(v)
		if recorded != "" && len(recorded) != 64 {
			var b strings.Builder
			for _, c := range sum {
				fmt.Fprintf(&b, "%x", c)
			}
			if b.String() == recorded {
				return true
			}
			continue
		}
		if hex.EncodeToString(sum[:]) == recorded {
			return true
		}
	}
	return false
}

// CompareHistory compares the repository's migrations with the rows of
// _prisma_migrations and returns the findings of project (the schema path):
// pending, failed, edited, missing from the repository and out of order.
// db names the database in messages (never with a password).
func CompareHistory(project string, set *rules.Set, rows []MigrationRow, db string) []finding.Finding {
	var out []finding.Finding
	add := func(f finding.Finding) {
		f.Project = project
		f.Class = finding.Change
		f.Introduced = true
		f.SetFingerprint()
		out = append(out, f)
	}
	byName := map[string][]MigrationRow{}
	for _, r := range rows {
		byName[r.Name] = append(byName[r.Name], r)
	}
	inRepo := map[string]bool{}
	var repoMigs []rules.Migration
	if set != nil {
		repoMigs = set.Migrations
	}
	// the latest applied migration (by name) tells which pending ones are
	// older than what the database already has
	lastApplied := ""
	for _, r := range rows {
		if r.Applied() && r.Name > lastApplied {
			lastApplied = r.Name
		}
	}
	for _, m := range repoMigs {
		inRepo[m.Name] = true
		obj := "migration " + m.Name
		rs := byName[m.Name]
		applied, failed, rolledBack := pick(rs)
		switch {
		case failed != nil:
			msg := fmt.Sprintf("migration %s failed on %s (started %s, never finished), so prisma migrate deploy refuses to run (P3009): "+
				"fix the database by hand, then mark it with `prisma migrate resolve --rolled-back %s` (or --applied) and deploy again",
				m.Name, db, failed.StartedAt.UTC().Format(time.RFC3339), m.Name)
			add(finding.Finding{Rule: RuleFailed, Severity: finding.Error, File: m.SQLPath, Line: 1, Object: obj,
				Message: msg, Detail: firstLines(failed.Logs, 5)})
		case applied == nil && rolledBack != nil:
			add(finding.Finding{Rule: RuleFailed, Severity: finding.Error, File: m.SQLPath, Line: 1, Object: obj,
				Message: fmt.Sprintf("migration %s failed on %s and was marked rolled back (%s) but never applied again: "+
					"run prisma migrate deploy to apply it", m.Name, db, rolledBack.RolledBackAt.UTC().Format(time.RFC3339)),
				Detail: firstLines(rolledBack.Logs, 5)})
		case applied == nil:
			msg := fmt.Sprintf("migration %s is in the repository but not applied to %s: the deploy did not run prisma migrate deploy, "+
				"so the application runs against an older database; run it", m.Name, db)
			add(finding.Finding{Rule: RulePending, Severity: finding.Error, File: m.SQLPath, Line: 1, Object: obj, Message: msg})
			if lastApplied != "" && m.Name < lastApplied {
				add(finding.Finding{Rule: RuleOutOfOrder, Severity: finding.Warning, File: m.SQLPath, Line: 1, Object: obj,
					Message: fmt.Sprintf("pending migration %s sorts before %s, which %s already has: prisma migrate deploy will apply it "+
						"after newer migrations (a merged branch?); check that it still applies on top of them", m.Name, lastApplied, db)})
			}
		case m.SQL != nil && !ChecksumMatches(m.SQL, applied.Checksum):
			add(finding.Finding{Rule: RuleEdited, Severity: finding.Error, File: m.SQLPath, Line: 1, Object: obj,
				Message: fmt.Sprintf("migration %s was edited after it was applied to %s: the checksum recorded at deploy (%s) is not "+
					"the one of this migration.sql (%s), so the database has the old version; restore the file and put the change "+
					"in a new migration", m.Name, db, short(applied.Checksum), short(Checksum(m.SQL)))})
		}
	}
	// applied in the database, unknown to the repository
	var missing []string
	for name, rs := range byName {
		if inRepo[name] {
			continue
		}
		if applied, failed, _ := pick(rs); applied != nil || failed != nil {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	dir := ""
	if set != nil {
		dir = set.Dir
	}
	for _, name := range missing {
		applied, failed, _ := pick(byName[name])
		if failed != nil && applied == nil {
			add(finding.Finding{Rule: RuleFailed, Severity: finding.Error, File: dir, Object: "migration " + name,
				Message: fmt.Sprintf("migration %s failed on %s and is not in the repository (%s); prisma migrate deploy refuses "+
					"to run until it is resolved with prisma migrate resolve", name, db, dir), Detail: firstLines(failed.Logs, 5)})
			continue
		}
		add(finding.Finding{Rule: RuleMissing, Severity: finding.Warning, File: dir, Object: "migration " + name,
			Message: fmt.Sprintf("migration %s is applied to %s but is not in the repository (%s): it was deleted or renamed, "+
				"or deployed from another branch; restore it, or the database has changes no migration here describes", name, db, dir)})
	}
	out = append(out, appliedOutOfOrder(project, set, rows, db)...)
	finding.Sort(out)
	return out
}

// appliedOutOfOrder finds migrations that were applied after a migration
// whose name sorts later: the database's history is not the repository's
// order, so a fresh database built from the repository may differ.
func appliedOutOfOrder(project string, set *rules.Set, rows []MigrationRow, db string) []finding.Finding {
	applied := make([]MigrationRow, 0, len(rows))
	for _, r := range rows {
		if r.Applied() {
			applied = append(applied, r)
		}
	}
	sort.SliceStable(applied, func(i, j int) bool {
		a, b := applied[i], applied[j]
		if !a.StartedAt.Equal(b.StartedAt) {
			return a.StartedAt.Before(b.StartedAt)
		}
		return a.Name < b.Name
	})
	var out []finding.Finding
	maxName := ""
	for _, r := range applied {
		if r.Name < maxName {
			f := finding.Finding{Rule: RuleOutOfOrder, Severity: finding.Warning, Class: finding.Change, Project: project,
				Object: "migration " + r.Name, Introduced: true,
				Message: fmt.Sprintf("migration %s was applied to %s after %s, which sorts later: the database's history is not "+
					"the repository's order, so a database built from the repository can differ from this one", r.Name, db, maxName)}
			if m := set.ByName(r.Name); m != nil {
				f.File, f.Line = m.SQLPath, 1
			} else if set != nil {
				f.File = set.Dir
			}
			f.SetFingerprint()
			out = append(out, f)
			continue
		}
		maxName = r.Name
	}
	return out
}

// pick classifies a migration's rows: the successful application (if any),
// a failed attempt that blocks deploys, and a rolled-back attempt.
func pick(rs []MigrationRow) (applied, failed, rolledBack *MigrationRow) {
	for i := range rs {
		r := &rs[i]
		switch {
		case r.Applied():
			applied = r
		case r.Failed():
			failed = r
		case r.RolledBackAt != nil:
			rolledBack = r
		}
	}
	return applied, failed, rolledBack
}

func short(sum string) string {
	if len(sum) > 12 {
		return sum[:12] + "…"
	}
	return sum
}

func firstLines(s string, n int) string {
	s = strings.TrimSpace(s)
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "\n")
}
