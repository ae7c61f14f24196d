package checkrun

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/internal/mergecases"
)

// mergeNow is before every migration of the cases, so the suggested folder
// name is the one after the tip's newest.
var mergeNow = func() time.Time { return time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC) }

func analyzeMerged(t *testing.T, base, tip, head map[string]string) *Result {
	t.Helper()
	opts := Options{Now: mergeNow}
	if tip != nil {
		opts.Tip = tree.Map(tip)
	}
	res, err := Analyze(context.Background(), tree.Map(base), tree.Map(head), opts)
	if err != nil {
		t.Fatal(err)
	}
	CheckDocumented(t, res.Findings)
	return res
}

func describeFindings(fs []finding.Finding) string { return mergecases.Describe(fs) }

func TestMergeAcceptanceCases(t *testing.T) {
	for _, c := range mergecases.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			base := mergecases.Base()
			tip := mergecases.Apply(base, c.A)
			head := mergecases.Apply(base, c.B)
			// Each passes alone.
			for name, side := range map[string]map[string]string{"A": tip, "B": head} {
				if res := analyzeMerged(t, base, nil, side); res.Conclusion != Success {
					t.Fatalf("%s alone: %s%s", name, res.Conclusion, describeFindings(res.Findings))
				}
			}
			// The tip as the tip of its own history changes nothing.
			if res := analyzeMerged(t, base, base, head); res.Conclusion != Success {
				t.Fatalf("B with an unmoved tip: %s%s", res.Conclusion, describeFindings(res.Findings))
			}
			res := analyzeMerged(t, base, tip, head)
			if res.Conclusion != Failure {
				t.Fatalf("B after A merged: %s%s", res.Conclusion, describeFindings(res.Findings))
			}
			suggested := mergecases.Check(t, res.Findings, c.Want)
			if c.Rebase == nil {
				return
			}
			if suggested != mergecases.APost[:13]+"1_add_tag" {
				t.Fatalf("suggested folder %q, want the second after %s", suggested, mergecases.APost)
			}
			rebased := mergecases.Apply(tip, c.Rebase(suggested))
			if res := analyzeMerged(t, tip, tip, rebased); res.Conclusion != Success {
				t.Fatalf("B rebased: %s%s", res.Conclusion, describeFindings(res.Findings))
			}
		})
	}
}

// A tip that moved in other files only, or that changed the project in a way
// that merges cleanly, leaves B's verdict as it was, with every finding
// marked with its side.
func TestMergeCleanTipKeepsTheVerdict(t *testing.T) {
	base := mergecases.Base()
	head := mergecases.Apply(base, map[string]string{mergecases.SchemaPath: mergecases.SchemaWithTag}) // no migration
	for name, tip := range map[string]map[string]string{
		"readme": mergecases.Apply(base, map[string]string{"README.md": "# shop, renamed\n"}),
		"a post": mergecases.Apply(base, map[string]string{mergecases.SchemaPath: mergecases.Schema + "\nmodel Post {\n  id Int @id\n}\n",
			"prisma/migrations/20240301000000_add_post/migration.sql": "-- CreateTable\nCREATE TABLE \"Post\" (\n    \"id\" INTEGER NOT NULL,\n\n    CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\")\n);\n"}),
	} {
		t.Run(name, func(t *testing.T) {
			res := analyzeMerged(t, base, tip, head)
			var rules []string
			for _, f := range res.Findings {
				rules = append(rules, f.Rule)
				if f.Side != finding.SideHead {
					t.Errorf("%s: side %q, want head", f.Rule, f.Side)
				}
			}
			if strings.Join(rules, ",") != "rules/schema-changed-without-migration" {
				t.Fatalf("findings %s", describeFindings(res.Findings))
			}
			f := res.Findings[0]
			if f.File != mergecases.SchemaPath || f.Line != 6 {
				t.Errorf("at %s:%d, want the head's line of model Tag (6)", f.File, f.Line)
			}
			newest := ""
			for p := range tip {
				if strings.HasSuffix(p, "/migration.sql") && p > newest {
					newest = p
				}
			}
			if nm := res.Projects[0].NewMigration; !strings.HasSuffix(nm, "_add_tag") || nm+"/migration.sql" <= newest {
				t.Errorf("new migration %q must sort after the tip's newest, %s", nm, newest)
			}
		})
	}
}

// Both branches added a migration folder of the same name with different
// SQL: a conflict at the head's file.
func TestMergeMigrationConflict(t *testing.T) {
	base := mergecases.Base()
	dir := "prisma/migrations/20240301000000_add_index/migration.sql"
	tip := mergecases.Apply(base, map[string]string{dir: "-- CreateIndex\nCREATE INDEX \"User_bio_idx\" ON \"User\"(\"bio\");\n"})
	head := mergecases.Apply(base, map[string]string{dir: "-- CreateIndex\nCREATE INDEX \"User_bio_key\" ON \"User\"(\"bio\");\n"})
	res := analyzeMerged(t, base, tip, head)
	found := false
	for _, f := range res.Findings {
		if f.Rule == RuleMergeMigrationConflict && f.File == dir && f.Side == finding.SideMerge {
			found = strings.Contains(f.Message, "migration 20240301000000_add_index")
		}
	}
	if !found || res.Conclusion != Failure {
		t.Fatalf("%s%s", res.Conclusion, describeFindings(res.Findings))
	}
}
