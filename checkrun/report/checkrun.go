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
	out.Text = Trim(text(res, in.Config), MaxOutputChars)
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

// Failing counts the findings that fail the check.
func failing(fs []finding.Finding, cfg *config.Repo) int {
	n := 0
	for _, f := range fs {
		if checkrun.Failing(f, cfg, false) {
			n++
		}
	}
	return n
}

func title(res *checkrun.Result, cfg *config.Repo) string {
	if len(res.Projects) == 0 && len(res.Findings) == 0 {
		return "No Prisma project found"
	}
	fail := failing(res.Findings, cfg)
	intro, pre := split(res.Findings)
	switch {
	case fail > 0:
		if f, ok := firstFailing(res.Findings, cfg); ok && fail == 1 {
			return "1 problem: " + f.Message
		}
		return fmt.Sprintf("%d problems need fixing", fail)
	case len(res.Findings) == 0:
		return "Schema and migrations agree"
	case len(intro) == 0:
		return fmt.Sprintf("No new problems (%s pre-existing)", plural(len(pre), "finding"))
	default:
		return fmt.Sprintf("Passed with %s", plural(len(res.Findings), "note"))
	}
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
		b.WriteString("No Prisma project was found in this commit (no `schema.prisma` with a migrations folder). " +
			"Name projects explicitly in `.github/migsync.yml` if they live somewhere unusual.\n")
		writeRepoFindings(&b, res, in.Config)
		return b.String()
	}
	if in.BaseSHA != "" && in.HeadSHA != "" {
		fmt.Fprintf(&b, "Compared `%s` with its base `%s`.\n\n", short(in.HeadSHA), short(in.BaseSHA))
	}
	b.WriteString("| Project | Provider | Migrations | Introduced | Pre-existing | Result |\n")
	b.WriteString("|---|---|---:|---|---|---|\n")
	for _, p := range res.Projects {
		intro, pre := split(p.Findings)
		fmt.Fprintf(&b, "| `%s` | %s | %d | %s | %s | %s |\n",
			cell(p.Schema), cell(orDash(p.Provider)), p.MigrationCount,
			counts(intro), counts(pre), projectVerdict(p, in.Config))
	}
	writeRepoFindings(&b, res, in.Config)
	if n := len(res.Findings); n > 0 {
		fmt.Fprintf(&b, "\nDetails, the missing SQL and the command that creates it are below (%s).\n", plural(n, "finding"))
	}
	return b.String()
}

// writeRepoFindings lists findings that belong to no project (for example a
// repository-level problem) in the summary.
func writeRepoFindings(b *strings.Builder, res *checkrun.Result, cfg *config.Repo) {
	var repo []finding.Finding
	for _, f := range res.Findings {
		if f.Project == "" {
			repo = append(repo, f)
		}
	}
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
		return "⚠️ passes with findings"
	}
	return "✅ in sync"
}

func counts(fs []finding.Finding) string {
	if len(fs) == 0 {
		return "—"
	}
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
	return strings.Join(parts, ", ")
}

func text(res *checkrun.Result, cfg *config.Repo) string {
	var b strings.Builder
	for _, p := range res.Projects {
		if len(p.Findings) == 0 && p.MissingSQL == "" {
			continue
		}
		fmt.Fprintf(&b, "## `%s`\n\n", p.Schema)
		if p.Migrations != "" {
			fmt.Fprintf(&b, "Migrations: `%s` (%d)\n\n", p.Migrations, p.MigrationCount)
		}
		for _, f := range p.Findings {
			writeFindingLine(&b, f, cfg)
		}
		if p.MissingSQL != "" {
			b.WriteString("\n### The missing migration\n\n")
			if cmd := Command(p); cmd != "" {
				b.WriteString("Create it with Prisma, from the project's folder:\n\n```sh\n" + cmd + "\n```\n\n")
			}
			b.WriteString("It will contain this `migration.sql`:\n\n")
			b.WriteString(fence("sql", p.MissingSQL))
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// Command is the command that creates a project's missing migration: the
// engine's when it gives one, else built from the suggested name.
func Command(p *checkrun.Project) string {
	if p.Command != "" {
		return p.Command
	}
	if p.SuggestedName != "" {
		return "npx prisma migrate dev --name " + p.SuggestedName
	}
	return ""
}

func writeFindingLine(b *strings.Builder, f finding.Finding, cfg *config.Repo) {
	where := Location(f)
	state := "pre-existing"
	if f.Introduced {
		state = "introduced"
	}
	mark := ""
	if checkrun.Failing(f, cfg, false) {
		mark = " (fails the check)"
	}
	fmt.Fprintf(b, "- **%s** `%s` %s", f.Severity, f.Rule, oneLine(f.Message))
	if where != "" {
		fmt.Fprintf(b, " — `%s`", where)
	}
	fmt.Fprintf(b, " · %s%s\n", state, mark)
	if f.Detail != "" {
		fmt.Fprintf(b, "  %s\n", oneLine(f.Detail))
	}
}

// Annotations turns positioned findings into annotations: errors that fail
// the check are failures, other errors and warnings warnings, notices
// notices. Findings without a file are left to the text.
func Annotations(fs []finding.Finding, cfg *config.Repo) []Annotation {
	var out []Annotation
	for _, f := range fs {
		if f.File == "" {
			continue
		}
		start := max(f.Line, 1)
		end := max(f.EndLine, start)
		msg := f.Message
		if f.Detail != "" {
			msg += "\n\n" + f.Detail
		}
		t := f.Rule
		if f.Object != "" {
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
