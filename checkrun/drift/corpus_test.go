package drift

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
)

// corpusDir holds copies of real projects with Prisma's reference answers
// (see its README.md and LICENSE files).
var corpusDir = filepath.Join("..", "..", "testdata", "corpus")

type corpusUnit struct {
	Name        string `json:"name"`
	Project     string `json:"project"`
	Schema      string `json:"schema"`
	Migrations  string `json:"migrations"`
	Provider    string `json:"provider"`
	Verdict     string `json:"verdict"`
	Reference   string `json:"reference"`
	Differences []struct {
		Kind     string `json:"kind"`
		Object   string `json:"object"`
		Class    string `json:"class"`
		Severity string `json:"severity"`
	} `json:"differences"`
}

// TestCorpus compares the whole pipeline with Prisma's reference answer on
// every PostgreSQL and SQLite unit of the corpus: the same SQL, and each
// difference classified as the reference verdicts say.
func TestCorpus(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpusDir, "expected.json"))
	if err != nil {
		t.Skipf("no corpus: %v", err)
	}
	var ref struct {
		Units []corpusUnit `json:"units"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	for _, u := range ref.Units {
		d, ok := catalog.DialectForProvider(u.Provider)
		if !ok || d == catalog.MySQL || u.Verdict == "no reference" {
			continue
		}
		t.Run(u.Name, func(t *testing.T) {
			root := filepath.Join(corpusDir, u.Project)
			want := loadWant(t, filepath.Join(root, u.Schema))
			have := loadHave(t, want.Dialect, filepath.Join(root, u.Migrations))
			diffs := Compare(want, have)
			expected := ""
			if u.Reference != "" {
				b, err := os.ReadFile(filepath.Join(root, u.Reference))
				if err != nil {
					t.Fatal(err)
				}
				expected = string(b)
			}
			if got := RenderSQL(want.Dialect, diffs); got != expected {
				t.Errorf("SQL differs from Prisma's\n--- got\n%s--- want\n%s--- differences\n%s", got, expected, describe(diffs))
			}
			for _, x := range u.Differences {
				if !classified(diffs, x.Object, finding.Class(x.Class)) {
					t.Errorf("%s %s: want a %s difference; got\n%s", x.Kind, x.Object, x.Class, describe(diffs))
				}
			}
		})
	}
}

// classified reports whether some difference mentions the object with the
// class.
func classified(diffs []Difference, object string, class finding.Class) bool {
	for _, d := range diffs {
		if d.Class != class {
			continue
		}
		if containsName(d.Object, object) || containsName(d.Message, object) || d.Table+"."+d.Column == object || d.Table == object {
			return true
		}
	}
	return false
}

func containsName(s, name string) bool {
	return len(name) > 0 && (s == name || len(s) >= len(name)+2 && strings.Contains(s, `"`+name+`"`))
}
