package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/migsync/migsync/checkrun/report"
)

// The GitHub Action (action.yml and its step scripts under action/) is run
// here the way a runner runs a composite action: every step's `run` script
// with bash -eo pipefail, its env with the ${{ inputs.* }} and
// ${{ steps.*.outputs.* }} expressions filled in, a real pull_request
// payload (octokit's webhook example, with this repository's commits) in
// GITHUB_EVENT_PATH, and fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
// The install step's MIGSYNC_BINARY override points at this test binary,
// which acts as migsync (TestMain), instead of installing from npm.

func TestMain(m *testing.M) {
	if os.Getenv("MIGSYNC_TEST_AS_MIGSYNC") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

type actionFile struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			ID    string            `yaml:"id"`
			Shell string            `yaml:"shell"`
			Run   string            `yaml:"run"`
			Env   map[string]string `yaml:"env"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

type actionRun struct {
	code    int               // the status of the step that ended the job (0: all passed)
	log     string            // every step's stdout and stderr
	summary string            // the job summary (all steps' summaries)
	outputs map[string]string // the action's outputs
}

var expr = regexp.MustCompile(`\$\{\{\s*([^}]*?)\s*\}\}`)

// runAction runs action.yml's steps in workspace with the given inputs.
func runAction(t *testing.T, workspace, event string, payload []byte, inputs map[string]string) actionRun {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("action.yml runs.using %q", a.Runs.Using)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	eventPath := filepath.Join(tmp, "event.json")
	if err := os.WriteFile(eventPath, payload, 0o644); err != nil {
		t.Fatal(err)
	}
	steps := map[string]map[string]string{}
	eval := func(s string) string {
		return expr.ReplaceAllStringFunc(s, func(m string) string {
			e := expr.FindStringSubmatch(m)[1]
			switch parts := strings.Split(e, "."); {
			case len(parts) == 2 && parts[0] == "inputs":
				in, ok := a.Inputs[parts[1]]
				if !ok {
					t.Fatalf("action.yml uses undeclared input %s", parts[1])
				}
				if v, ok := inputs[parts[1]]; ok {
					return v
				}
				return in.Default
			case len(parts) == 4 && parts[0] == "steps" && parts[2] == "outputs":
				return steps[parts[1]][parts[3]]
			}
			t.Fatalf("action.yml: expression %q is not supported by this test's runner", e)
			return ""
		})
	}
	for name := range inputs {
		if _, ok := a.Inputs[name]; !ok {
			t.Fatalf("the test passes input %q, which action.yml does not declare", name)
		}
	}
	var res actionRun
	var log, summary strings.Builder
	for i, st := range a.Runs.Steps {
		if st.Shell != "bash" {
			t.Fatalf("step %s: shell %q", st.ID, st.Shell)
		}
		script := filepath.Join(tmp, fmt.Sprintf("step%d.sh", i))
		if err := os.WriteFile(script, []byte(eval(st.Run)), 0o755); err != nil {
			t.Fatal(err)
		}
		outFile, sumFile := filepath.Join(tmp, fmt.Sprintf("output%d", i)), filepath.Join(tmp, fmt.Sprintf("summary%d", i))
		for _, f := range []string{outFile, sumFile} {
			if err := os.WriteFile(f, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = workspace
		cmd.Env = append(os.Environ(),
			"GITHUB_ACTIONS=true", "CI=true",
			"GITHUB_ACTION_PATH="+root, "GITHUB_WORKSPACE="+workspace,
			"GITHUB_EVENT_NAME="+event, "GITHUB_EVENT_PATH="+eventPath,
			"GITHUB_OUTPUT="+outFile, "GITHUB_STEP_SUMMARY="+sumFile,
			"RUNNER_TEMP="+tmp,
			"MIGSYNC_BINARY="+self, "MIGSYNC_TEST_AS_MIGSYNC=1")
		for k, v := range st.Env {
			cmd.Env = append(cmd.Env, k+"="+eval(v))
		}
		out, err := cmd.CombinedOutput()
		log.Write(out)
		s, _ := os.ReadFile(sumFile)
		summary.Write(s)
		steps[st.ID] = readOutputs(t, outFile)
		if err != nil {
			ee, ok := err.(*exec.ExitError)
			if !ok {
				t.Fatalf("step %s: %v", st.ID, err)
			}
			res.code = ee.ExitCode()
			break
		}
	}
	res.log, res.summary = log.String(), summary.String()
	res.outputs = map[string]string{}
	for name, o := range a.Outputs {
		res.outputs[name] = eval(o.Value)
	}
	return res
}

// readOutputs parses a GITHUB_OUTPUT file: name=value lines and
// name<<DELIMITER blocks.
func readOutputs(t *testing.T, file string) map[string]string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if name, delim, ok := strings.Cut(line, "<<"); ok && !strings.Contains(name, "=") {
			var val []string
			for sc.Scan() && sc.Text() != delim {
				val = append(val, sc.Text())
			}
			out[name] = strings.Join(val, "\n")
			continue
		}
		if name, val, ok := strings.Cut(line, "="); ok {
			out[name] = val
		} else if line != "" {
			t.Fatalf("GITHUB_OUTPUT line %q is neither name=value nor name<<DELIMITER", line)
		}
	}
	return out
}

// pullRequestPayload is octokit's real pull_request.opened example with
// the base and head commits of repo.
func pullRequestPayload(t *testing.T, base, head string) []byte {
	t.Helper()
	var p map[string]any
	if err := json.Unmarshal([]byte(readFile(t, "../../testdata/github/webhooks/pull_request.opened.json")), &p); err != nil {
		t.Fatal(err)
	}
	pr := p["pull_request"].(map[string]any)
	pr["base"].(map[string]any)["sha"] = base
	pr["head"].(map[string]any)["sha"] = head
	out, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func gitOut(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).Output()
	if err != nil {
		t.Fatalf("git %v: %v", args, err)
	}
	return strings.TrimSpace(string(out))
}

// TestActionPullRequest: the incident as a pull request to a monorepo whose
// Prisma project lives in packages/db (working-directory), then the fix.
func TestActionPullRequest(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not installed")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	repo := t.TempDir()
	gitCmd(t, repo, "init", "-q", "-b", "main")
	const db = "packages/db"
	writeFile(t, repo, db+"/prisma/schema.prisma", incidentBase(t))
	writeFile(t, repo, db+"/prisma/migrations/migration_lock.toml", readFile(t, "../../examples/incident/prisma/migrations/migration_lock.toml"))
	writeFile(t, repo, db+"/prisma/migrations/20250101000000_init/migration.sql", readFile(t, "../../examples/incident/prisma/migrations/20250101000000_init/migration.sql"))
	writeFile(t, repo, "README.md", "an app\n")
	gitCmd(t, repo, "add", "-A")
	gitCmd(t, repo, "commit", "-q", "-m", "init")
	base := gitOut(t, repo, "rev-parse", "HEAD")

	// The incident: the model, no migration.
	gitCmd(t, repo, "checkout", "-q", "-b", "feature")
	schema := readFile(t, "../../examples/incident/prisma/schema.prisma")
	writeFile(t, repo, db+"/prisma/schema.prisma", schema)
	gitCmd(t, repo, "commit", "-q", "-am", "add RefreshToken")
	head := gitOut(t, repo, "rev-parse", "HEAD")

	inputs := map[string]string{"working-directory": db}
	r := runAction(t, repo, "pull_request", pullRequestPayload(t, base, head), inputs)
	if r.code != exitFindings {
		t.Fatalf("incident: exit %d, want 1\n%s", r.code, r.log)
	}
	// annotations: workflow commands naming the file from the repository root
	modelLine := lineOf(t, schema, "model RefreshToken")
	ann := fmt.Sprintf("::error file=%s/prisma/schema.prisma,line=%d,", db, modelLine)
	// with the base, the incident is the change rule's finding (the schema
	// changed, no migration was added)
	if !strings.Contains(r.log, ann) || !strings.Contains(r.log, "title=migsync rules/schema-changed-without-migration::") {
		t.Errorf("no change-rule annotation %q… on the model line (the base was not used?):\n%s", ann, r.log)
	}
	if !strings.Contains(r.log, `CREATE TABLE "RefreshToken"`) {
		t.Errorf("the log lacks the missing SQL:\n%s", r.log)
	}
	// outputs
	if r.outputs["result"] != "failure" || r.outputs["errors"] == "0" || r.outputs["errors"] == "" || r.outputs["warnings"] == "" {
		t.Errorf("outputs %v", r.outputs)
	}
	// the summary is the App's check-run markdown for the same result
	want := appMarkdown(t, repo, db, base)
	for _, part := range []string{want.Title, want.Summary, want.Text} {
		if !strings.Contains(r.summary, part) {
			t.Errorf("the job summary lacks the check run's\n%s\n--- summary:\n%s", part, r.summary)
		}
	}
	if !strings.Contains(r.summary, "`"+db+"/prisma/schema.prisma`") || !strings.Contains(r.summary, "❌") {
		t.Errorf("summary:\n%s", r.summary)
	}

	// The fix: the migration Prisma generates.
	writeFile(t, repo, db+"/prisma/migrations/20250102000000_add_refresh_token/migration.sql",
		readFile(t, "../../examples/incident/fix/prisma/migrations/20250102000000_add_refresh_token/migration.sql"))
	gitCmd(t, repo, "add", "-A")
	gitCmd(t, repo, "commit", "-q", "-m", "add the migration")
	head = gitOut(t, repo, "rev-parse", "HEAD")
	r = runAction(t, repo, "pull_request", pullRequestPayload(t, base, head), inputs)
	if r.code != exitOK {
		t.Fatalf("after the fix: exit %d, want 0\n%s", r.code, r.log)
	}
	if strings.Contains(r.log, "::error") {
		t.Errorf("after the fix, error annotations:\n%s", r.log)
	}
	if r.outputs["result"] != "success" || r.outputs["errors"] != "0" || r.outputs["failing"] != "0" {
		t.Errorf("after the fix, outputs %v", r.outputs)
	}
	want = appMarkdown(t, repo, db, base)
	if !strings.Contains(r.summary, "## migsync: "+want.Title) || !strings.Contains(r.summary, want.Summary) || !strings.Contains(r.summary, "✅ in sync") {
		t.Errorf("after the fix, summary:\n%s\nwant the check run's:\n%s", r.summary, want.Summary)
	}

	// a bad strict value is refused before migsync runs
	inputs["strict"] = "maybe"
	r = runAction(t, repo, "pull_request", pullRequestPayload(t, base, head), inputs)
	if r.code != exitUsage || r.outputs["result"] != "error" {
		t.Errorf("strict: maybe: exit %d, outputs %v\n%s", r.code, r.outputs, r.log)
	}
}

// appMarkdown is the check run the App renders for the repository at HEAD
// against base: the same engine on the same trees, paths from the root.
func appMarkdown(t *testing.T, repo, dir, base string) report.Output {
	t.Helper()
	f := checkFlags{dir: filepath.Join(repo, dir), base: base, format: "text"}
	res, cfg, err := check(t.Context(), &f)
	if err != nil {
		t.Fatal(err)
	}
	return report.Check(report.Input{Result: repoRelative(res, dir), Config: cfg, BaseSHA: f.baseRev, HeadSHA: f.headRev})
}

// TestActionPush: on a push the base is the commit before it; a new
// branch's push (before = 0000…) has none.
func TestActionPush(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not installed")
	}
	repo := newIncidentRepo(t)
	base := gitOut(t, repo, "rev-parse", "HEAD")
	writeFile(t, repo, "prisma/schema.prisma", readFile(t, "../../examples/incident/prisma/schema.prisma"))
	gitCmd(t, repo, "commit", "-q", "-am", "add RefreshToken")
	var p map[string]any
	if err := json.Unmarshal([]byte(readFile(t, "../../testdata/github/webhooks/push.json")), &p); err != nil {
		t.Fatal(err)
	}
	p["before"] = base
	payload, _ := json.Marshal(p)
	r := runAction(t, repo, "push", payload, nil)
	if r.code != exitFindings || !strings.Contains(r.log, "::error file=prisma/schema.prisma,line=") || !strings.Contains(r.summary, "Compared `") {
		t.Errorf("push: exit %d\n%s\n%s", r.code, r.log, r.summary)
	}
	p["before"] = "0000000000000000000000000000000000000000"
	payload, _ = json.Marshal(p)
	r = runAction(t, repo, "push", payload, nil)
	if r.code != exitFindings || strings.Contains(r.summary, "Compared `") {
		t.Errorf("push of a new branch: exit %d\n%s\n%s", r.code, r.log, r.summary)
	}
}

// TestActionDBCheckNeedsURL: db-check without a database-url fails clearly.
func TestActionDBCheckNeedsURL(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not installed")
	}
	repo := newIncidentRepo(t)
	r := runAction(t, repo, "schedule", []byte(`{}`), map[string]string{"command": "db-check"})
	if r.code != exitUsage || r.outputs["result"] != "error" || !strings.Contains(r.log, "db-check needs the database-url input") {
		t.Errorf("exit %d, outputs %v\n%s", r.code, r.outputs, r.log)
	}
}
