package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/internal/mergecases"
)

// checkJSON runs `migsync check --base main --format json` in the
// repository (HEAD checked out) and returns the exit code and findings.
func checkJSON(t *testing.T, dir string) (int, []finding.Finding) {
	t.Helper()
	code, out, errOut := runCLI(t, "check", "--dir", dir, "--base", "main", "--format", "json")
	var fs []finding.Finding
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("exit %d, output is not JSON: %v\n%s%s", code, err, out, errOut)
	}
	return code, fs
}

// TestCheckMergeCases is issue 9's acceptance 5 for the CLI: on the same
// commits as the App's end-to-end test (internal/mergecases), `migsync
// check --base main` on B passes while A is open, fails with the same
// findings once A merged, and passes after B is rebased with the folder name
// it was told.
func TestCheckMergeCases(t *testing.T) {
	for _, c := range mergecases.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			r := mergecases.NewRepo(t, c)
			r.Git("checkout", "-q", "b")
			if code, fs := checkJSON(t, r.Dir); code != exitOK {
				t.Fatalf("B alone: exit %d:%s", code, mergecases.Describe(fs))
			}
			r.MergeA()
			r.Git("checkout", "-q", "b")
			code, fs := checkJSON(t, r.Dir)
			if code != exitFindings {
				t.Fatalf("B after A merged: exit %d, want 1:%s", code, mergecases.Describe(fs))
			}
			suggested := mergecases.Check(t, fs, c.Want)
			// The text output says the same, with the side.
			_, text, _ := runCLI(t, "check", "--dir", r.Dir, "--base", "main")
			for _, w := range c.Want {
				if !strings.Contains(text, w.File) || !strings.Contains(text, "["+w.Rule+"]") {
					t.Errorf("text output lacks %s at %s:\n%s", w.Rule, w.File, text)
				}
			}
			if c.Rebase == nil {
				return
			}
			if suggested <= mergecases.APost {
				t.Fatalf("suggested folder %q does not sort after %s", suggested, mergecases.APost)
			}
			r.RebaseB(c.Rebase(suggested))
			if code, fs := checkJSON(t, r.Dir); code != exitOK {
				t.Fatalf("B rebased as %s: exit %d:%s", suggested, code, mergecases.Describe(fs))
			}
		})
	}
}
