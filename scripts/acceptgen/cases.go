package main

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

const generatedDir = "testdata/generated"

// suite is one project's set of generated cases.
type suite struct {
	Key        string // folder under testdata/generated
	Unit       string // corpus unit (expected.json name) the cases start from
	Base       string // project folder, relative to testdata/
	Schema     string // file or folder, relative to the project folder
	Migrations string
	Provider   string
	Cases      []caseSpec
}

// caseSpec is one mutation.
type caseSpec struct {
	Name        string
	Description string
	Edits       map[string][]edit // repository-relative file → edits (a missing file starts empty)
	Remove      []string          // migration folders to remove
	Expect      []expectSpec      // findings that must be reported
	Allow       []allowSpec       // where further findings may be reported
	// Cosmetic: the oracle must find nothing beyond the unit's own
	// reference drift, and a checker must report nothing above notice.
	Cosmetic bool
}

// loc points at a line of a mutated file: the line of block header
// containing contains ("" the header itself). Line, when set, is taken
// as is (for files that are not edited, like a migration).
type loc struct {
	File, Header, Contains string
	Line                   int
}

type expectSpec struct {
	Severity, Class string
	Objects         []string // a finding's Object contains one of these
	At              []loc    // acceptable positions (any one)
}

type allowSpec struct {
	At    loc
	Block bool // the whole block, not only the line
}

// caseFile is a generated case.json.
type caseFile struct {
	Description string `json:"description"`
	// Base is the unmodified project, relative to testdata/.
	Base       string `json:"base"`
	Unit       string `json:"unit"` // its expected.json unit: those differences stay allowed
	Schema     string `json:"schema"`
	Migrations string `json:"migrations"`
	Provider   string `json:"provider"`
	// Replace maps a project path to the case file replacing (or adding) it.
	Replace map[string]string `json:"replace,omitempty"`
	// Remove lists project folders deleted for the case.
	Remove []string `json:"remove,omitempty"`
	// Verdict is the oracle's: "in sync" or "drift".
	Verdict     string `json:"verdict"`
	ExpectedSQL string `json:"expectedSQL"` // file with the oracle's SQL (Result MissingSQL must equal it)
	Cosmetic    bool   `json:"cosmetic,omitempty"`
	// Findings must each be reported: family (rule prefix), severity, class,
	// one of Objects in the finding's Object, at one of Locations.
	Findings []findingSpec `json:"findings,omitempty"`
	// Allowed lists the spans where other findings may be reported.
	Allowed []span `json:"allowed,omitempty"`
}

type findingSpec struct {
	Family    string     `json:"family"`
	Severity  string     `json:"severity"`
	Class     string     `json:"class"`
	Objects   []string   `json:"objects"`
	Locations []position `json:"locations"`
}

type position struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Text string `json:"text"` // the line, for readable failures
}

type span struct {
	File string `json:"file"`
	From int    `json:"from"`
	To   int    `json:"to"`
}

func genCases(only string) error {
	ref, err := loadReferences()
	if err != nil {
		return err
	}
	for _, s := range suites() {
		if only != "" && s.Key != only {
			continue
		}
		for _, c := range s.Cases {
			if err := buildCase(s, c, ref[s.Unit]); err != nil {
				return fmt.Errorf("%s/%s: %w", s.Key, c.Name, err)
			}
			fmt.Fprintf(os.Stderr, "built %s/%s\n", s.Key, c.Name)
		}
	}
	return nil
}

// loadReferences maps each corpus unit to its reference SQL ("" in sync).
func loadReferences() (map[string]string, error) {
	out := map[string]string{}
	for _, u := range corpusUnits {
		if u.Reference == "" {
			out[u.Name] = ""
			continue
		}
		b, err := os.ReadFile(filepath.Join(corpusDir, u.Project, u.Reference))
		if err != nil {
			return nil, err
		}
		out[u.Name] = string(b)
	}
	return out, nil
}

func buildCase(s suite, c caseSpec, baseline string) error {
	dir := filepath.Join(generatedDir, s.Key, c.Name)
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	base := filepath.Join("testdata", s.Base)
	cf, mutated, err := planCase(s, c)
	if err != nil {
		return err
	}
	for f, lines := range mutated {
		if err := writeFile(filepath.Join(dir, cf.Replace[f]), strings.Join(lines, "\n")); err != nil {
			return err
		}
	}
	// Ask the oracle.
	res, err := oracleOnCase(s, base, mutated, c.Remove)
	if err != nil {
		return err
	}
	cf.Verdict = res.Verdict
	sameAsBase := strings.TrimSpace(res.SQL) == strings.TrimSpace(baseline)
	switch {
	case c.Cosmetic && !sameAsBase:
		return fmt.Errorf("cosmetic case, but the oracle reports:\n%s", res.SQL)
	case !c.Cosmetic && sameAsBase:
		return fmt.Errorf("the oracle reports no change for a drift case")
	}
	if err := writeFile(filepath.Join(dir, "expected.sql"), res.SQL); err != nil {
		return err
	}
	if err := writeDiff(dir, base, cf); err != nil {
		return err
	}
	return writeJSON(filepath.Join(dir, "case.json"), cf)
}

// planCase is everything of a case but the oracle's verdict: the mutated
// files (repository-relative path → lines), and the case file naming them
// with the expected findings' positions and the allowed spans resolved on
// them. It reads the committed project, runs nothing and writes nothing.
func planCase(s suite, c caseSpec) (caseFile, map[string][]string, error) {
	base := filepath.Join("testdata", s.Base)
	mutated := map[string][]string{}
	for _, f := range slices.Sorted(maps.Keys(c.Edits)) {
		text, err := os.ReadFile(filepath.Join(base, f))
		if err != nil && !os.IsNotExist(err) {
			return caseFile{}, nil, err
		}
		lines := strings.Split(string(text), "\n")
		if len(text) == 0 {
			lines = nil
		}
		for _, e := range c.Edits[f] {
			if lines, err = e(lines); err != nil {
				return caseFile{}, nil, fmt.Errorf("%s: %w", f, err)
			}
		}
		mutated[f] = lines
	}
	cf := caseFile{Description: c.Description, Base: s.Base, Unit: s.Unit, Schema: s.Schema, Migrations: s.Migrations,
		Provider: s.Provider, Remove: c.Remove, ExpectedSQL: "expected.sql", Cosmetic: c.Cosmetic, Replace: map[string]string{}}
	for f := range mutated {
		cf.Replace[f] = filepath.ToSlash(filepath.Join("files", f))
	}
	for _, e := range c.Expect {
		fs := findingSpec{Family: "drift", Severity: e.Severity, Class: e.Class, Objects: e.Objects}
		for _, l := range e.At {
			p, err := resolve(base, mutated, l)
			if err != nil {
				return caseFile{}, nil, err
			}
			fs.Locations = append(fs.Locations, p)
		}
		cf.Findings = append(cf.Findings, fs)
	}
	for _, a := range c.Allow {
		sp, err := resolveSpan(base, mutated, a)
		if err != nil {
			return caseFile{}, nil, err
		}
		cf.Allowed = append(cf.Allowed, sp)
	}
	return cf, mutated, nil
}

// resolve turns a loc into a position on the mutated (or original) file.
func resolve(base string, mutated map[string][]string, l loc) (position, error) {
	lines, err := fileLines(base, mutated, l.File)
	if err != nil {
		return position{}, err
	}
	i := l.Line - 1
	if l.Line == 0 {
		if i, err = findLine(lines, l.Header, l.Contains); err != nil {
			return position{}, fmt.Errorf("%s: %w", l.File, err)
		}
	}
	return position{File: l.File, Line: i + 1, Text: strings.TrimSpace(lines[i])}, nil
}

func resolveSpan(base string, mutated map[string][]string, a allowSpec) (span, error) {
	p, err := resolve(base, mutated, a.At)
	if err != nil || !a.Block {
		return span{File: p.File, From: p.Line, To: p.Line}, err
	}
	lines, _ := fileLines(base, mutated, a.At.File)
	start, end, err := findBlock(lines, a.At.Header)
	return span{File: p.File, From: start + 1, To: end + 1}, err
}

func fileLines(base string, mutated map[string][]string, f string) ([]string, error) {
	if lines, ok := mutated[f]; ok {
		return lines, nil
	}
	b, err := os.ReadFile(filepath.Join(base, f))
	return strings.Split(string(b), "\n"), err
}

// oracleOnCase materialises the case's project in a temporary folder and
// runs the oracle on it.
func oracleOnCase(s suite, base string, mutated map[string][]string, remove []string) (oracleResult, error) {
	tmp, err := os.MkdirTemp("", "acceptgen-case-")
	if err != nil {
		return oracleResult{}, err
	}
	defer os.RemoveAll(tmp)
	for _, p := range []string{s.Schema, s.Migrations} {
		src := filepath.Join(base, p)
		st, err := os.Stat(src)
		if err != nil {
			return oracleResult{}, err
		}
		if st.IsDir() {
			err = copyTree(src, filepath.Join(tmp, p), nil)
		} else {
			err = copyFile(src, filepath.Join(tmp, p))
		}
		if err != nil {
			return oracleResult{}, err
		}
	}
	for f, lines := range mutated {
		if err := writeFile(filepath.Join(tmp, f), strings.Join(lines, "\n")); err != nil {
			return oracleResult{}, err
		}
	}
	for _, r := range remove {
		if err := os.RemoveAll(filepath.Join(tmp, r)); err != nil {
			return oracleResult{}, err
		}
	}
	return runOracle(project{Root: tmp, Schema: s.Schema, Migrations: s.Migrations, Provider: s.Provider})
}

// writeDiff stores change.diff, a unified diff of the case for readers.
func writeDiff(dir, base string, cf caseFile) error {
	var b strings.Builder
	for _, f := range slices.Sorted(maps.Keys(cf.Replace)) {
		orig := filepath.Join(base, f)
		if _, err := os.Stat(orig); err != nil {
			orig = "/dev/null"
		}
		out, _ := exec.Command("diff", "-u", "--label", "a/"+f, "--label", "b/"+f, orig, filepath.Join(dir, cf.Replace[f])).Output()
		b.Write(out)
	}
	for _, r := range cf.Remove {
		fmt.Fprintf(&b, "removed folder %s\n", r)
	}
	return writeFile(filepath.Join(dir, "change.diff"), b.String())
}

func writeFile(path, text string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(text), 0o644)
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return writeFile(dst, string(b))
}
