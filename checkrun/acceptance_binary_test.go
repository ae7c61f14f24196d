package checkrun_test

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/finding"
)

// TestAcceptanceCorpusBinary runs the corpus acceptance test against a
// built migsync binary instead of the engine in this process: with
// MIGSYNC_TEST_BINARY=dist/bin/linux-x64/migsync (what scripts/build-binaries
// ships; an absolute path or relative to the repository root), each unit's
// schema and migrations are copied out of git and checked with
// `migsync check --schema … --migrations … --format json`, and the findings
// must be Prisma's verdict exactly as TestAcceptanceCorpus demands. It also
// runs a cross-built binary under an emulator, e.g.
// MIGSYNC_TEST_BINARY_RUNNER=qemu-aarch64-static. Skipped without the
// variable.
func TestAcceptanceCorpusBinary(t *testing.T) {
	bin := os.Getenv("MIGSYNC_TEST_BINARY")
	if bin == "" {
		t.Skip("MIGSYNC_TEST_BINARY is not set")
	}
	if !filepath.IsAbs(bin) {
		bin = filepath.Join("..", bin)
	}
	bin, _ = filepath.Abs(bin)
	for _, u := range loadUnits(t) {
		t.Run(u.Name, func(t *testing.T) {
			dir := t.TempDir()
			for rel, content := range unitTree(t, filepath.Join(testdataDir, "corpus", u.Project), u.Schema, u.Migrations) {
				p := filepath.Join(dir, filepath.FromSlash(rel))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args := []string{"check", "--dir", dir, "--schema", u.Schema, "--migrations", u.Migrations, "--format", "json"}
			var cmd *exec.Cmd
			if runner := os.Getenv("MIGSYNC_TEST_BINARY_RUNNER"); runner != "" {
				cmd = exec.Command(runner, append([]string{bin}, args...)...)
			} else {
				cmd = exec.Command(bin, args...)
			}
			var stderr strings.Builder
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code > 1 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			var fs []finding.Finding
			if err := json.Unmarshal(out, &fs); err != nil {
				t.Fatalf("--format json: %v\n%s", err, out)
			}
			hasError := false
			for _, f := range fs {
				hasError = hasError || f.Severity == finding.Error
			}
			if hasError != (code == 1) {
				t.Errorf("exit %d with error findings: %v", code, hasError)
			}
			if problems := u.problems(t, fs); len(problems) > 0 {
				t.Errorf("%s (%s): Prisma says %s\n%s\nall findings:\n%s", u.Name, u.Schema, u.Verdict,
					strings.Join(problems, "\n"), listFindings(fs))
			}
		})
	}
}
