package report

import (
	"fmt"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/config"
)

// GitHub's limits for check runs.
const (
	// MaxOutputChars bounds a check run's summary and text each.
	MaxOutputChars = 65535
	// MaxAnnotationsPerRequest is how many annotations one create or update
	// request may carry; more are sent in further updates.
	MaxAnnotationsPerRequest = 50
	// maxAnnotationMessage bounds an annotation's message and raw details.
	maxAnnotationMessage = 64 << 10
	// maxAnnotationTitle bounds an annotation's title.
	maxAnnotationTitle = 255
	// maxTitle bounds the output title (GitHub has no documented limit;
	// a short title reads better in the checks list).
	maxTitle = 200
)

// Level is an annotation level.
type Level string

const (
	LevelFailure Level = "failure"
	LevelWarning Level = "warning"
	LevelNotice  Level = "notice"
)

// Annotation is one check run annotation.
type Annotation struct {
	Path       string
	StartLine  int
	EndLine    int
	Level      Level
	Message    string
	Title      string
	RawDetails string
}

// Output is a rendered check run result.
type Output struct {
	Conclusion  checkrun.Conclusion
	Title       string
	Summary     string
	Text        string
	Annotations []Annotation
}

// Input is what a check run output is rendered from.
type Input struct {
	Result *checkrun.Result
	// Config is the repository configuration the analysis used (nil:
	// defaults); it decides which findings fail.
	Config *config.Repo
	// ConfigProblem explains why the repository configuration could not be
	// used (empty when it was fine); defaults were applied instead.
	ConfigProblem string
	// Notes are extra lines for the summary (for example an incomplete
	// repository listing).
	Notes []string
	// BaseSHA and HeadSHA name the compared commits (optional).
	BaseSHA, HeadSHA string
	// TipSHA is the base branch's tip the change was merged into, when it
	// is not BaseSHA (a merge-aware check).
	TipSHA string
	// Branch is the pull request's head branch when the App may offer a
	// one-click fix there (a pull request from the same repository); nil:
	// no link.
	Branch *Branch
}

// Check renders a check run output. Its conclusion is the engine's.
func Check(in Input) Output {
	res := in.Result
	if res == nil {
		res = &checkrun.Result{Conclusion: checkrun.Neutral}
	}
	out := Output{Conclusion: res.Conclusion}
	if out.Conclusion == "" {
		out.Conclusion = checkrun.Neutral
	}
	out.Title = truncate(title(res, in.Config), maxTitle)
	out.Summary = Trim(summary(in, res), MaxOutputChars)
	out.Text = Trim(text(res, in.Config, in.Branch), MaxOutputChars)
	out.Annotations = Annotations(res.Findings, in.Config)
	return out
}

// Failure renders the output of a check that could not be completed: the
// check run is completed with this explanation instead of being left in
// progress. Its conclusion is failure: a check that could not look must not
// count as passed for branch protection; the Re-run button is the next step.
func Failure(explanation string) Output {
	sum := "migsync could not complete this check:\n\n```\n" + strings.TrimSpace(explanation) + "\n```\n\n" +
		"Nothing was concluded about the schema and migrations. Re-run the check; if it keeps failing, " +
		"run `migsync check` locally or contact the App's operators."
	return Output{
		Conclusion: checkrun.Failure,
		Title:      "Check could not be completed",
		Summary:    Trim(sum, MaxOutputChars),
	}
}

// title counts what the CLI's closing line counts: problems (the findings
// that fail the check), else the severities of what passes.
func title(res *checkrun.Result, cfg *config.Repo) string {
	if len(res.Projects) == 0 {
		if len(res.Findings) == 0 {
			return "Nothing checked: no Prisma project found"
		}
		return "Nothing checked: " + plural(len(res.Findings), "finding") + " about the repository"
	}
	t := CountResult(res, cfg, false)
	switch {
	case t.Problems == 1:
		f, _ := firstFailing(res.Findings, cfg)
		return "1 problem: " + plain(f.Message)
	case t.Problems > 1:
		return fmt.Sprintf("%d problems need fixing", t.Problems)
	case len(res.Findings) == 0:
		return "Schema and migrations agree"
	case t.Preexisting == len(res.Findings):
		return "No new problems (" + severityList(res.Findings) + " pre-existing)"
	default:
		return "Passed with " + severityList(res.Findings)
	}
}

// severityList is "1 error, 2 warnings and 1 notice": the severities present.
func severityList(fs []finding.Finding) string {
	by := map[finding.Severity]int{}
	for _, f := range fs {
		by[f.Severity]++
	}
	var parts []string
	for _, s := range []finding.Severity{finding.Error, finding.Warning, finding.Notice} {
		if by[s] > 0 {
			parts = append(parts, plural(by[s], string(s)))
		}
	}
	if len(parts) == 0 {
		return "no finding"
	}
	return andList(parts)
}

func andList(xs []string) string {
	if len(xs) <= 1 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func firstFailing(fs []finding.Finding, cfg *config.Repo) (finding.Finding, bool) {
	for _, f := range fs {
		if checkrun.Failing(f, cfg, false) {
			return f, true
		}
	}
	return finding.Finding{}, false
}

// split separates introduced from pre-existing findings.
func split(fs []finding.Finding) (intro, pre []finding.Finding) {
	for _, f := range fs {
		if f.Introduced {
			intro = append(intro, f)
		} else {
			pre = append(pre, f)
		}
	}
	return intro, pre
}

func summary(in Input, res *checkrun.Result) string {
	var b strings.Builder
	if in.ConfigProblem != "" {
		fmt.Fprintf(&b, "> [!WARNING]\n> The repository configuration could not be used, so defaults were applied: %s\n\n",
			oneLine(in.ConfigProblem))
	}
	for _, n := range in.Notes {
		fmt.Fprintf(&b, "> [!NOTE]\n> %s\n\n", oneLine(n))
	}
	if len(res.Projects) == 0 {
		b.WriteString("Nothing was checked: no Prisma schema with a migrations folder was found in this commit. " +
			"Name projects explicitly in `.github/migsync.yml` if they live somewhere unusual:\n\n" + fence("yaml", exampleProjects))
		writeRepoFindings(&b, res, in.Config)
		return b.String()
	}
	if in.BaseSHA != "" && in.HeadSHA != "" {
		if in.TipSHA != "" && in.TipSHA != in.BaseSHA {
			fmt.Fprintf(&b, "Compared `%s` with its merge base `%s`, and judged it as it will merge into the base branch's tip `%s`.\n\n", short(in.HeadSHA), short(in.BaseSHA), short(in.TipSHA))
		} else {
			fmt.Fprintf(&b, "Compared `%s` with its base `%s`.\n\n", short(in.HeadSHA), short(in.BaseSHA))
		}
	}
	b.WriteString("| Project | Provider | Migrations | Introduced | Pre-existing | Result |\n")
	b.WriteString("|---|---|---:|---|---|---|\n")
	for _, p := range res.Projects {
		intro, pre := split(p.Findings)
		migrations := "—"
		if p.Compared {
			migrations = fmt.Sprint(p.MigrationCount)
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n",
			cell(p.Schema), cell(orDash(p.Provider)), migrations,
			counts(intro), counts(pre), projectVerdict(p, in.Config))
	}
	writeRepoFindings(&b, res, in.Config)
	t := CountResult(res, in.Config, false)
	fmt.Fprintf(&b, "\n%s\n", t.Line())
	below := false
	for _, p := range res.Projects {
		below = below || len(p.Findings) > 0
	}
	if below {
		missing := false
		for _, p := range res.Projects {
			missing = missing || p.MissingSQL != ""
		}
		if missing {
			b.WriteString("\nEach finding, the missing migration and how to create it are below.\n")
		} else {
			b.WriteString("\nEach finding is below.\n")
		}
	}
	return b.String()
}

// writeRepoFindings lists findings that belong to no project (for example a
// repository-level problem) in the summary.
func writeRepoFindings(b *strings.Builder, res *checkrun.Result, cfg *config.Repo) {
	repo := repositoryFindings(res)
	if len(repo) == 0 {
		return
	}
	b.WriteString("\n**Repository**\n\n")
	for _, f := range repo {
		writeFindingLine(b, f, cfg)
	}
}

func projectVerdict(p *checkrun.Project, cfg *config.Repo) string {
	if failing(p.Findings, cfg) > 0 {
		if p.MissingSQL != "" {
			return "❌ migration missing"
		}
		return "❌ failing"
	}
	if len(p.Findings) > 0 {
		return "⚠️ passes with " + severityList(p.Findings)
	}
	if !p.Compared {
		return "— not compared"
	}
	return "✅ in sync"
}

// failing counts the findings that fail the check.
func failing(fs []finding.Finding, cfg *config.Repo) int { return Count(fs, cfg, false).Problems }

func counts(fs []finding.Finding) string {
	if len(fs) == 0 {
		return "—"
	}
	return strings.ReplaceAll(severityList(fs), " and ", ", ")
}

func text(res *checkrun.Result, cfg *config.Repo, branch *Branch) string {
	var b strings.Builder
	for _, p := range res.Projects {
		if len(p.Findings) == 0 && p.MissingSQL == "" && len(suppressedOf(res, p)) == 0 {
			continue
		}
		fmt.Fprintf(&b, "## `%s`\n\n", p.Schema)
		if p.Migrations != "" {
			fmt.Fprintf(&b, "Migrations: `%s` (%s)\n\n", p.Migrations, projectFacts(p))
		}
		for _, f := range p.Findings {
			writeFindingLine(&b, f, cfg)
		}
		if silenced := suppressedOf(res, p); len(silenced) > 0 {
			b.WriteString("\nSuppressed by `migsync-ignore` comments:\n\n")
			for _, f := range silenced {
				fmt.Fprintf(&b, "- [`%s`](%s) at `%s` — %s\n", f.Rule, RuleURL(f.Rule), Location(f), oneLine(firstLine(f.Detail)))
			}
		}
		if fix := fixMarkdown(p, branch, true); fix != "" {
			b.WriteString("\n### The missing migration\n\n")
			b.WriteString(fix)
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// Command is the command that creates a project's missing migration: the
// engine's when it gives one, else built from the suggested name.
func Command(p *checkrun.Project) string {
	if p == nil {
		return ""
	}
	if p.Command != "" {
		return p.Command
	}
	if p.SuggestedName != "" && p.NewMigration == "" {
		return "npx prisma migrate dev --name " + p.SuggestedName
	}
	return ""
}

// AfterMergeTag marks a finding only the merge with the base branch's tip
// shows, in the CLI's text and the annotations' titles.
const AfterMergeTag = "(after the merge)"

func writeFindingLine(b *strings.Builder, f finding.Finding, cfg *config.Repo) {
	where := Location(f)
	state := "pre-existing"
	switch {
	case f.Introduced && f.Side == finding.SideMerge:
		state = "introduced by the merge with the base branch"
	case f.Introduced:
		state = "introduced"
	}
	mark := ""
	if checkrun.Failing(f, cfg, false) {
		mark = " (fails the check)"
	}
	fmt.Fprintf(b, "- **%s** [`%s`](%s) %s", f.Severity, f.Rule, RuleURL(f.Rule), oneLine(f.Message))
	if where != "" {
		fmt.Fprintf(b, " — `%s`", where)
	}
	fmt.Fprintf(b, " · %s%s\n", state, mark)
	if f.Detail != "" {
		for _, l := range strings.Split(f.Detail, "\n") {
			fmt.Fprintf(b, "  - %s\n", oneLine(l))
		}
	}
	if f.Config != "" {
		b.WriteString("\n  In `.github/migsync.yml`:\n\n" + indent(fence("yaml", f.Config), "  ") + "\n")
	}
}

// Annotations turns positioned findings into annotations: errors that fail
// the check are failures, other errors and warnings warnings, notices
// notices. Findings without a file are left to the text.
//
// A finding only the merge with the base branch's tip shows has
// AfterMergeTag after its rule in the title.
func Annotations(fs []finding.Finding, cfg *config.Repo) []Annotation {
	var out []Annotation
	for _, f := range fs {
		if f.File == "" {
			continue
		}
		start := max(f.Line, 1)
		end := max(f.EndLine, start)
		msg := plain(f.Message)
		if f.Detail != "" {
			msg += "\n\n" + plain(f.Detail)
		}
		t := string(f.Severity) + " " + f.Rule
		if f.Introduced && f.Side == finding.SideMerge {
			t += " " + AfterMergeTag
		}
		switch {
		case len(f.Objects) > 0:
			t += ": " + strings.Join(f.Objects, ", ")
		case f.Object != "":
			t += ": " + f.Object
		}
		out = append(out, Annotation{
			Path:       f.File,
			StartLine:  start,
			EndLine:    end,
			Level:      level(f, cfg),
			Message:    truncate(msg, maxAnnotationMessage),
			Title:      truncate(t, maxAnnotationTitle),
			RawDetails: truncate(f.SQL, maxAnnotationMessage),
		})
	}
	return out
}

func level(f finding.Finding, cfg *config.Repo) Level {
	switch {
	case checkrun.Failing(f, cfg, false):
		return LevelFailure
	case f.Severity == finding.Error || f.Severity == finding.Warning:
		return LevelWarning
	default:
		return LevelNotice
	}
}

// Batches splits annotations into request-sized groups, keeping all of them.
func Batches(anns []Annotation, size int) [][]Annotation {
	if size <= 0 {
		size = MaxAnnotationsPerRequest
	}
	var out [][]Annotation
	for len(anns) > 0 {
		n := min(size, len(anns))
		out = append(out, anns[:n:n])
		anns = anns[n:]
	}
	return out
}
