package main

import (
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/config"
)

// actionsFlags are the flags for GitHub Actions (the migsync Action passes
// them; any workflow can): the job summary and the step outputs.
type actionsFlags struct {
	summary, output string
	// branch is where the job summary may offer the one-click fix.
	branch *report.Branch
}

func (a *actionsFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&a.summary, "github-summary", "", "append the App's check-run markdown for this result to `FILE` (in a workflow: $GITHUB_STEP_SUMMARY)")
	fs.StringVar(&a.output, "github-output", "", "append the step outputs result, errors, warnings, notices, failing to `FILE` (in a workflow: $GITHUB_OUTPUT)")
}

// write appends the summary and the outputs. code is the exit status the
// command is about to return (exitOK or exitFindings); baseSHA and headSHA
// are the compared commits, if any.
func (a actionsFlags) write(res *checkrun.Result, cfg *config.Repo, strict bool, code int, baseSHA, headSHA string) error {
	if strict && (cfg == nil || !cfg.Strict) {
		// --strict means what `strict: true` in .github/migsync.yml means,
		// so the summary says what the App would say for that repository.
		c := config.Repo{}
		if cfg != nil {
			c = *cfg
		}
		c.Strict = true
		cfg = &c
	}
	if a.summary != "" {
		md := report.JobSummary(report.Input{Result: res, Config: cfg, BaseSHA: baseSHA, HeadSHA: headSHA, Branch: a.branch})
		if err := appendFile(a.summary, md); err != nil {
			return fmt.Errorf("--github-summary: %w", err)
		}
	}
	if a.output != "" {
		if err := appendFile(a.output, report.StepOutputs(res, cfg, code == exitFindings)); err != nil {
			return fmt.Errorf("--github-output: %w", err)
		}
	}
	return nil
}

func appendFile(name, s string) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	_, err = f.WriteString(s)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// repoRelative returns res with every path made relative to the repository
// root instead of --dir: GitHub places annotations (and the App names
// files) by their path in the repository. prefix is --dir's path within the
// repository ("packages/db/"); res itself is not changed.
func repoRelative(res *checkrun.Result, prefix string) *checkrun.Result {
	prefix = strings.Trim(filepath.ToSlash(prefix), "/")
	if prefix == "" || prefix == "." {
		return res
	}
	join := func(p string) string {
		if p == "" {
			return ""
		}
		return path.Join(prefix, p)
	}
	fix := func(fs []finding.Finding) []finding.Finding {
		out := make([]finding.Finding, len(fs))
		for i, f := range fs {
			f.File, f.Project = join(f.File), join(f.Project)
			out[i] = f
		}
		return out
	}
	out := *res
	out.Findings, out.Suppressed, out.Projects = fix(res.Findings), fix(res.Suppressed), nil
	for _, p := range res.Projects {
		q := *p
		q.Schema, q.Migrations, q.Findings = join(p.Schema), join(p.Migrations), fix(p.Findings)
		if p.NewMigration != "" {
			q.NewMigration = join(p.NewMigration)
		}
		q.Command = rootCommand(p.Command, prefix)
		out.Projects = append(out.Projects, &q)
	}
	return &out
}

// withRootCommands returns res with each project's command run from the
// repository root instead of --dir (the report says "from the repository
// root"); paths stay as they are.
func withRootCommands(res *checkrun.Result, prefix string) *checkrun.Result {
	prefix = strings.Trim(filepath.ToSlash(prefix), "/")
	if prefix == "" || prefix == "." {
		return res
	}
	out := *res
	out.Projects = nil
	for _, p := range res.Projects {
		q := *p
		q.Command = rootCommand(p.Command, prefix)
		out.Projects = append(out.Projects, &q)
	}
	return &out
}

// rootCommand makes a command written for --dir run from the repository
// root: "cd X && cmd" becomes "cd prefix/X && cmd", any other "cd prefix &&
// cmd".
func rootCommand(cmd, prefix string) string {
	if cmd == "" {
		return ""
	}
	if rest, ok := strings.CutPrefix(cmd, "cd "); ok {
		if dir, tail, ok := strings.Cut(rest, " && "); ok && !strings.HasPrefix(dir, "'") {
			return "cd " + path.Join(prefix, dir) + " && " + tail
		}
	}
	return "cd " + prefix + " && " + cmd
}

// repoPrefix is dir's path within its git repository, or, outside git,
// within $GITHUB_WORKSPACE (the folder a workflow's paths are relative to);
// empty when neither applies.
func repoPrefix(dir string, gitPrefix string, inGit bool) string {
	if inGit {
		return gitPrefix
	}
	ws := os.Getenv("GITHUB_WORKSPACE")
	if ws == "" {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	rel, err := filepath.Rel(ws, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return ""
	}
	return rel
}
