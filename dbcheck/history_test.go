package dbcheck

import (
	"crypto/sha256"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/rules"
)

func TestChecksum(t *testing.T) {
	// Prisma's own test vector (checksum.rs: format_checksum_does_not_strip_zeros)
	if got := Checksum([]byte("hello")); got != "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824" {
		t.Errorf("Checksum(hello) = %s", got)
	}
}

// oldFormat renders a checksum as early Prisma engines did: each byte in hex
// without its leading zero.
func oldFormat(script string) string {
	sum := sha256.Sum256([]byte(script))
	var b strings.Builder
	for _, c := range sum {
		fmt.Fprintf(&b, "%x", c)
	}
	return b.String()
}

func TestChecksumMatches(t *testing.T) {
	lf := "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n"
	crlf := strings.ReplaceAll(lf, "\n", "\r\n")
	cases := []struct {
		name     string
		script   string
		recorded string
		want     bool
	}{
		{"same", lf, Checksum([]byte(lf)), true},
		{"recorded from a CRLF checkout", lf, Checksum([]byte(crlf)), true},
		{"CRLF checkout of an LF record", crlf, Checksum([]byte(lf)), true},
		{"edited", lf + "-- more\n", Checksum([]byte(lf)), false},
		{"trailing newline added", "abc\n", Checksum([]byte("abc")), false},
		{"unpadded legacy checksum", lf, oldFormat(lf), true},
		{"unpadded legacy checksum of another script", lf + " ", oldFormat(lf), false},
		{"empty record", lf, "", false},
		{"upper-case hex is not Prisma's", lf, strings.ToUpper(Checksum([]byte(lf))), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ChecksumMatches([]byte(c.script), c.recorded); got != c.want {
				t.Errorf("ChecksumMatches = %v, want %v", got, c.want)
			}
		})
	}
	// the legacy format really is shorter for some script (else the case
	// above proves nothing)
	if len(oldFormat(lf)) == 64 {
		t.Fatalf("pick a script whose SHA-256 has a byte below 0x10")
	}
}

func TestCompareHistory(t *testing.T) {
	at := func(min int) time.Time { return time.Date(2025, 1, 1, 0, min, 0, 0, time.UTC) }
	tp := func(x time.Time) *time.Time { return &x }
	sql := map[string][]byte{"01_init": []byte("CREATE TABLE a ();"), "02_b": []byte("CREATE TABLE b ();"), "03_c": []byte("CREATE TABLE c ();")}
	set := &rules.Set{Dir: "prisma/migrations"}
	for _, n := range []string{"01_init", "02_b", "03_c"} {
		set.Migrations = append(set.Migrations, rules.Migration{Name: n, Dir: "prisma/migrations/" + n, SQLPath: "prisma/migrations/" + n + "/migration.sql", SQL: sql[n]})
	}
	ok := func(name string, min int) MigrationRow {
		return MigrationRow{ID: name, Name: name, Checksum: Checksum(sql[name]), StartedAt: at(min), FinishedAt: tp(at(min)), AppliedStepsCount: 1}
	}
	cases := []struct {
		name string
		rows []MigrationRow
		want []string // rule file:line, sorted
	}{
		{"all applied", []MigrationRow{ok("01_init", 1), ok("02_b", 2), ok("03_c", 3)}, nil},
		{"last pending", []MigrationRow{ok("01_init", 1), ok("02_b", 2)},
			[]string{"dbcheck/pending-migration prisma/migrations/03_c/migration.sql:1"}},
		{"middle pending, older than applied", []MigrationRow{ok("01_init", 1), ok("03_c", 3)}, []string{
			"dbcheck/out-of-order prisma/migrations/02_b/migration.sql:1",
			"dbcheck/pending-migration prisma/migrations/02_b/migration.sql:1"}},
		{"failed", []MigrationRow{ok("01_init", 1), ok("02_b", 2), {Name: "03_c", Checksum: Checksum(sql["03_c"]), StartedAt: at(3)}},
			[]string{"dbcheck/failed-migration prisma/migrations/03_c/migration.sql:1"}},
		{"failed, rolled back, applied again", []MigrationRow{ok("01_init", 1), ok("02_b", 2),
			{Name: "03_c", Checksum: Checksum(sql["03_c"]), StartedAt: at(3), RolledBackAt: tp(at(4))}, ok("03_c", 5)}, nil},
		{"rolled back, never applied again", []MigrationRow{ok("01_init", 1), ok("02_b", 2),
			{Name: "03_c", Checksum: Checksum(sql["03_c"]), StartedAt: at(3), RolledBackAt: tp(at(4))}},
			[]string{"dbcheck/failed-migration prisma/migrations/03_c/migration.sql:1"}},
		{"edited", []MigrationRow{ok("01_init", 1), {Name: "02_b", Checksum: Checksum([]byte("old")), StartedAt: at(2), FinishedAt: tp(at(2))}, ok("03_c", 3)},
			[]string{"dbcheck/edited-migration prisma/migrations/02_b/migration.sql:1"}},
		{"unknown to the repository", []MigrationRow{ok("01_init", 1), ok("02_b", 2), ok("03_c", 3),
			{Name: "04_elsewhere", Checksum: "x", StartedAt: at(4), FinishedAt: tp(at(4))}},
			[]string{"dbcheck/missing-migration prisma/migrations:0"}},
		{"failed and unknown to the repository", []MigrationRow{ok("01_init", 1), ok("02_b", 2), ok("03_c", 3),
			{Name: "04_elsewhere", Checksum: "x", StartedAt: at(4)}},
			[]string{"dbcheck/failed-migration prisma/migrations:0"}},
		{"applied in another order", []MigrationRow{ok("01_init", 1), ok("03_c", 2), ok("02_b", 3)},
			[]string{"dbcheck/out-of-order prisma/migrations/02_b/migration.sql:1"}},
		{"empty history", nil, []string{
			"dbcheck/pending-migration prisma/migrations/01_init/migration.sql:1",
			"dbcheck/pending-migration prisma/migrations/02_b/migration.sql:1",
			"dbcheck/pending-migration prisma/migrations/03_c/migration.sql:1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := CompareHistory("prisma/schema.prisma", set, c.rows, "app@db:5432/prod")
			var got []string
			for _, f := range fs {
				got = append(got, fmt.Sprintf("%s %s:%d", f.Rule, f.File, f.Line))
				if f.Project != "prisma/schema.prisma" || f.Fingerprint == "" || !f.Introduced || !strings.Contains(f.Message, "app@db:5432/prod") {
					t.Errorf("finding fields: %+v", f)
				}
				wantSev := finding.Error
				if f.Rule == RuleMissing || f.Rule == RuleOutOfOrder {
					wantSev = finding.Warning
				}
				if f.Severity != wantSev {
					t.Errorf("%s: severity %s, want %s", f.Rule, f.Severity, wantSev)
				}
				if !documented(f) {
					t.Errorf("%s (%s) is not in checkrun.Rules with that severity", f.Rule, f.Severity)
				}
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// documented reports whether a finding's rule is in checkrun.Rules (the list
// `migsync rules` and docs/rules.md print) with its severity.
func documented(f finding.Finding) bool {
	for _, r := range checkrun.Rules() {
		if r.ID == f.Rule {
			return r.Allows(f.Severity)
		}
	}
	return false
}
