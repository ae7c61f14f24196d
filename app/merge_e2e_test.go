package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/internal/fakegithub"
	"github.com/migsync/migsync/internal/mergecases"
)

// runFindings reads a completed check run's annotations back as findings,
// for mergecases.Check: a failure annotation is an introduced error, and
// report.AfterMergeTag in the title marks the merge side.
func runFindings(t *testing.T, run fakegithub.CheckRun) []finding.Finding {
	t.Helper()
	var out []finding.Finding
	for _, a := range run.Annotations {
		fields := strings.Fields(a.Title)
		if len(fields) < 2 {
			t.Fatalf("annotation title %q names no rule", a.Title)
		}
		f := finding.Finding{
			Severity: finding.Severity(fields[0]), Rule: strings.TrimSuffix(fields[1], ":"),
			File: a.Path, Line: a.StartLine, Message: a.Message,
			Introduced: a.AnnotationLevel == "failure", Side: finding.SideHead,
		}
		if strings.Contains(a.Title, report.AfterMergeTag) {
			f.Side = finding.SideMerge
		}
		out = append(out, f)
	}
	return out
}

// mergeEnv serves a case's repository (main, branches a and b, and c, which
// touches no Prisma file) and opens the three pull requests; each is checked
// once and passes alone.
func mergeEnv(t *testing.T, c mergecases.Case, opts ...envOption) (e *env, r *mergecases.Repo, prA, prB, prC int) {
	t.Helper()
	r = mergecases.NewRepo(t, c)
	r.Git("checkout", "-q", "-b", "c", "main")
	r.Commit(map[string]string{"docs/setup.md": "# Setup\n"}, "docs only")
	r.Git("checkout", "-q", "main")
	e = startEnv(t, &gitRepo{t: t, dir: r.Dir}, nil, opts...)
	prA = e.gh.OpenPR(owner, repo, "main", "a")
	prB = e.gh.OpenPR(owner, repo, "main", "b")
	prC = e.gh.OpenPR(owner, repo, "main", "c")
	for _, pr := range []int{prA, prB, prC} {
		e.deliver("pull_request", e.gh.PayloadFor(fakegithub.Target{PR: pr}, "pull_request", "opened", nil))
		if run := e.onlyRun(e.gh.PRHeadSHA(owner, repo, pr)); run.Conclusion != "success" {
			t.Fatalf("#%d alone: %s (%s)\n%s", pr, run.Conclusion, run.Title, run.Text)
		}
	}
	return e, r, prA, prB, prC
}

// mergeA merges A as GitHub's merge button does and delivers the push to
// main.
func mergeA(e *env, r *mergecases.Repo, prA int) {
	r.MergeA()
	e.gh.ClosePR(owner, repo, prA)
	e.deliver("push", e.gh.PayloadFor(fakegithub.Target{Branch: "main", PR: -1}, "push", "", nil))
}

// TestE2EMergeAware is issue 9's acceptance 1–4 against the fake GitHub: A
// and B pass alone; A merges; the push to main re-checks B, whose check run
// on its head turns failure with the case's findings (the ones the engine
// and the CLI report on the same commits); C, which touches no Prisma file,
// is not re-checked; B rebased as told turns green. A merge group of B
// after A is judged the same way.
func TestE2EMergeAware(t *testing.T) {
	for _, c := range mergecases.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			e, r, prA, prB, prC := mergeEnv(t, c)
			headB, headC := e.gh.PRHeadSHA(owner, repo, prB), e.gh.PRHeadSHA(owner, repo, prC)
			runC := e.onlyRun(headC)

			mergeA(e, r, prA)
			run := e.onlyRun(headB) // the same run, updated
			if run.Conclusion != "failure" {
				t.Fatalf("B after A merged: %s (%s)\n%s", run.Conclusion, run.Title, run.Text)
			}
			suggested := mergecases.Check(t, runFindings(t, run), c.Want)
			if !strings.Contains(run.Text, "introduced by the merge with the base branch") {
				t.Errorf("the check run does not say which findings the merge introduced:\n%s", run.Text)
			}
			if !strings.Contains(run.Summary+run.Text, "as it will merge into the base branch's tip") {
				t.Errorf("the check run does not say it merged B into main's tip:\n%s\n%s", run.Summary, run.Text)
			}
			if got := e.onlyRun(headC); got.Requests != runC.Requests || got.Conclusion != runC.Conclusion {
				t.Errorf("C (no Prisma file) was re-checked: %d requests on its run, was %d", got.Requests, runC.Requests)
			}

			// A merge queue group of B on top of main: the same findings.
			r.Git("checkout", "-q", "-b", "gh-readonly-queue/main/pr-2", "main")
			mergeCmd := []string{"merge", "-q", "--no-ff", "-m", "Merge pull request b", "b"}
			if c.Name != "dropped-column" { // that one conflicts: GitHub builds no group
				r.Git(mergeCmd...)
				group := r.Git("rev-parse", "HEAD")
				e.deliver("merge_group", e.gh.PayloadFor(fakegithub.Target{PR: prB, SHA: group}, "merge_group", "checks_requested", nil))
				grun := e.onlyRun(group)
				if grun.Conclusion != "failure" {
					t.Errorf("merge group: %s (%s)", grun.Conclusion, grun.Title)
				}
				var wants []mergecases.Want
				for _, w := range c.Want {
					w.Side = "head" // the group's head is the merge itself
					wants = append(wants, w)
				}
				mergecases.Check(t, runFindings(t, grun), wants)
			}

			if c.Rebase == nil {
				return
			}
			if suggested <= mergecases.APost {
				t.Fatalf("suggested folder %q does not sort after %s", suggested, mergecases.APost)
			}
			rebased := r.RebaseB(c.Rebase(suggested))
			e.deliver("pull_request", e.gh.PayloadFor(fakegithub.Target{PR: prB}, "pull_request", "synchronize", nil))
			if run := e.onlyRun(rebased); run.Conclusion != "success" {
				t.Fatalf("B rebased as %s: %s (%s)\n%s", suggested, run.Conclusion, run.Title, run.Text)
			}
		})
	}
}

// TestE2EBasePushWithoutPrismaRechecksNothing is acceptance 4's second half:
// a push to the base that touches no Prisma file lists no pull request and
// leaves their check runs alone.
func TestE2EBasePushWithoutPrismaRechecksNothing(t *testing.T) {
	e, r, _, prB, _ := mergeEnv(t, mergecases.Cases()[0])
	headB := e.gh.PRHeadSHA(owner, repo, prB)
	before := e.onlyRun(headB)
	r.Git("checkout", "-q", "main")
	r.Commit(map[string]string{"README.md": "# shop\n\nNow with docs.\n"}, "readme")
	e.gh.ResetCalls()
	e.deliver("push", e.gh.PayloadFor(fakegithub.Target{Branch: "main", PR: -1}, "push", "", nil))
	if n := e.gh.Calls()["pulls/list"]; n != 0 {
		t.Errorf("pulls/list called %d times for a push without Prisma files", n)
	}
	if got := e.onlyRun(headB); got.Requests != before.Requests {
		t.Errorf("B was re-checked: %d requests on its run, was %d", got.Requests, before.Requests)
	}
}

// TestE2EMaxRechecks: migsync.max_rechecks bounds the re-checks of one
// push; -1 turns them off.
func TestE2EMaxRechecks(t *testing.T) {
	off := func(c *Config, _ *[]Option) { c.Migsync.MaxRechecks = -1 }
	e, r, prA, prB, _ := mergeEnv(t, mergecases.Cases()[0], off)
	headB := e.gh.PRHeadSHA(owner, repo, prB)
	before := e.onlyRun(headB)
	e.gh.ResetCalls()
	mergeA(e, r, prA)
	if n := e.gh.Calls()["pulls/list"]; n != 0 {
		t.Errorf("pulls/list called %d times with max_rechecks -1", n)
	}
	if got := e.onlyRun(headB); got.Requests != before.Requests || got.Conclusion != "success" {
		t.Errorf("B was re-checked with max_rechecks -1: %s, %d requests (was %d)", got.Conclusion, got.Requests, before.Requests)
	}
}

// TestE2EMaxRechecksBound: migsync.max_rechecks bounds the open pull
// requests a push to the base considers, the most recently updated first.
// With A merged, the open ones are C (newest: it touches no Prisma file) and
// B: a bound of 1 considers C alone and leaves B's run as it was; a bound of
// 2 reaches B, whose run turns failure.
func TestE2EMaxRechecksBound(t *testing.T) {
	for _, bound := range []int{1, 2} {
		t.Run(fmt.Sprint(bound), func(t *testing.T) {
			e, r, prA, prB, _ := mergeEnv(t, mergecases.Cases()[0], func(c *Config, _ *[]Option) { c.Migsync.MaxRechecks = bound })
			headB := e.gh.PRHeadSHA(owner, repo, prB)
			before := e.onlyRun(headB)
			mergeA(e, r, prA)
			got := e.onlyRun(headB)
			switch bound {
			case 1:
				if got.Requests != before.Requests || got.Conclusion != "success" {
					t.Errorf("B, beyond the bound, was re-checked: %s, %d requests (was %d)", got.Conclusion, got.Requests, before.Requests)
				}
			case 2:
				if got.Conclusion != "failure" {
					t.Errorf("B, within the bound, after A merged: %s (%s)", got.Conclusion, got.Title)
				}
			}
		})
	}
}

// TestE2ERechecksWaitForRateLimitHeadroom: re-checks are low-priority work;
// while the installation is short of rate limit headroom
// (migsync.rate_limit_reserve) they wait for the limit's reset, and the
// push's own check still runs.
func TestE2ERechecksWaitForRateLimitHeadroom(t *testing.T) {
	c := mergecases.Cases()[0]
	r := mergecases.NewRepo(t, c)
	e := startEnv(t, &gitRepo{t: t, dir: r.Dir}, []fakegithub.Option{fakegithub.WithRateLimit(100_000)},
		func(c *Config, _ *[]Option) { c.Migsync.RateLimitReserve = 100_000 }) // always short
	prA := e.gh.OpenPR(owner, repo, "main", "a")
	prB := e.gh.OpenPR(owner, repo, "main", "b")
	e.deliver("pull_request", e.gh.PayloadFor(fakegithub.Target{PR: prB}, "pull_request", "opened", nil))
	headB := e.gh.PRHeadSHA(owner, repo, prB)
	before := e.onlyRun(headB)
	mergeA(e, r, prA)
	if run := e.onlyRun(r.Git("rev-parse", "main")); run.Status != "completed" {
		t.Errorf("the push's own check: %s", run.Status)
	}
	if n := e.gh.Calls()["pulls/list"]; n == 0 {
		t.Errorf("the open pull requests were not listed")
	}
	if got := e.onlyRun(headB); got.Requests != before.Requests || got.Conclusion != before.Conclusion {
		t.Errorf("the re-check ran although the installation is short of headroom: %s, %d requests (was %d)",
			got.Conclusion, got.Requests, before.Requests)
	}
}
