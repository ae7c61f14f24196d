package fakegithub

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// pull is an open (or closed) pull request between two branches of a repo.
type pull struct {
	number           int
	id               int64
	base, head       string // branch names
	title, body      string
	state            string
	draft            bool
	author           string
	created, updated time.Time
}

// OpenPR opens a pull request from branch head into branch base and returns
// its number. Its head and base SHAs follow the branches, as on GitHub.
func (s *Server) OpenPR(owner, repo, base, head string) int {
	s.t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.repos[repoKey(owner, repo)]
	if r == nil {
		s.t.Fatalf("fakegithub: OpenPR: unknown repository %s/%s", owner, repo)
		return 0
	}
	for _, branch := range []string{base, head} {
		if _, err := r.git.resolve("refs/heads/"+branch, "commit"); err != nil {
			s.t.Fatalf("fakegithub: OpenPR: no branch %q in %s/%s", branch, owner, repo)
		}
	}
	now := s.now()
	p := &pull{
		number: len(r.pulls) + 1, id: s.newID(), base: base, head: head,
		title: "Merge " + head + " into " + base, state: "open", author: "octocat",
		created: now, updated: now,
	}
	r.pulls = append(r.pulls, p)
	return p.number
}

// ClosePR closes a pull request.
func (s *Server) ClosePR(owner, repo string, number int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.repos[repoKey(owner, repo)]; r != nil && number >= 1 && number <= len(r.pulls) {
		r.pulls[number-1].state = "closed"
	}
}

// SetPRDraft marks a pull request as draft or ready for review.
func (s *Server) SetPRDraft(owner, repo string, number int, draft bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.repos[repoKey(owner, repo)]; r != nil && number >= 1 && number <= len(r.pulls) {
		r.pulls[number-1].draft = draft
	}
}

// PRHeadSHA returns the current head SHA of a pull request.
func (s *Server) PRHeadSHA(owner, repo string, number int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.repos[repoKey(owner, repo)]
	if r == nil || number < 1 || number > len(r.pulls) {
		return ""
	}
	return s.pullHeadSHA(r, r.pulls[number-1])
}

func (s *Server) pullHeadSHA(r *repo, p *pull) string {
	sha, _ := r.git.resolve("refs/heads/"+p.head, "commit")
	return sha
}

func (s *Server) pullBaseSHA(r *repo, p *pull) string {
	sha, _ := r.git.resolve("refs/heads/"+p.base, "commit")
	return sha
}

// pullFor finds the pull request of a request. Callers hold s.mu.
func (s *Server) pullFor(q *request) (*repo, *pull) {
	r := s.repoFor(q)
	if r == nil {
		return nil, nil
	}
	n, err := strconv.Atoi(q.param("pull_number"))
	if err != nil || n < 1 || n > len(r.pulls) {
		return r, nil
	}
	return r, r.pulls[n-1]
}

// pullFiles is the diff GitHub shows for a PR: merge base to head.
func (s *Server) pullFiles(r *repo, p *pull) ([]fileDiff, error) {
	head, base := s.pullHeadSHA(r, p), s.pullBaseSHA(r, p)
	mb, err := r.git.mergeBase(base, head)
	if err != nil {
		return nil, err
	}
	return r.git.diff(mb, head)
}

// branchJSON is a pull request's head or base.
func (s *Server) branchJSON(r *repo, branch, sha string) M {
	return M{
		"label": r.owner + ":" + branch, "ref": branch, "sha": sha,
		"user": s.userJSON(r.owner), "repo": s.repoJSON(r),
	}
}

// pullJSON is a pull-request (full when detailed) or pull-request-simple.
func (s *Server) pullJSON(r *repo, p *pull, detailed bool) M {
	n := strconv.Itoa(p.number)
	self := s.apiURL("repos", r.owner, r.name, "pulls", n)
	html := s.htmlURL(r.owner, r.name, "pull", n)
	issue := s.apiURL("repos", r.owner, r.name, "issues", n)
	head, base := s.pullHeadSHA(r, p), s.pullBaseSHA(r, p)
	out := M{
		"id": p.id, "node_id": fmt.Sprintf("PR_%d", p.id), "number": p.number,
		"state": p.state, "locked": false, "title": p.title, "body": nullable(p.body),
		"draft": p.draft, "user": s.userJSON(p.author),
		"url": self, "html_url": html, "issue_url": issue,
		"diff_url": html + ".diff", "patch_url": html + ".patch",
		"commits_url":         self + "/commits",
		"review_comments_url": self + "/comments",
		"review_comment_url":  s.apiURL("repos", r.owner, r.name, "pulls", "comments") + "{/number}",
		"comments_url":        issue + "/comments",
		"statuses_url":        s.apiURL("repos", r.owner, r.name, "statuses", head),
		"created_at":          p.created, "updated_at": p.updated,
		"closed_at": nil, "merged_at": nil, "merge_commit_sha": nil,
		"assignee": nil, "milestone": nil, "labels": []M{}, "auto_merge": nil,
		"author_association": "CONTRIBUTOR",
		"head":               s.branchJSON(r, p.head, head),
		"base":               s.branchJSON(r, p.base, base),
		"_links": M{
			"self": M{"href": self}, "html": M{"href": html}, "issue": M{"href": issue},
			"comments": M{"href": issue + "/comments"}, "review_comments": M{"href": self + "/comments"},
			"review_comment": M{"href": s.apiURL("repos", r.owner, r.name, "pulls", "comments") + "{/number}"},
			"commits":        M{"href": self + "/commits"}, "statuses": M{"href": s.apiURL("repos", r.owner, r.name, "statuses", head)},
		},
	}
	if p.state == "closed" {
		out["closed_at"] = p.updated
	}
	if detailed {
		files, _ := s.pullFiles(r, p)
		adds, dels := 0, 0
		for _, f := range files {
			adds += f.additions
			dels += f.deletions
		}
		mb, _ := r.git.mergeBase(base, head)
		out["additions"], out["deletions"], out["changed_files"] = adds, dels, len(files)
		out["commits"] = r.git.countCommits(mb, head)
		out["comments"], out["review_comments"] = 0, 0
		out["merged"], out["mergeable"], out["mergeable_state"] = false, true, "clean"
		out["maintainer_can_modify"], out["rebaseable"] = false, true
		out["merged_by"] = nil
	}
	return out
}

// pullMinimalJSON is the pull-request-minimal of check runs and suites.
func (s *Server) pullMinimalJSON(r *repo, p *pull) M {
	ref := func(branch, sha string) M {
		return M{"ref": branch, "sha": sha, "repo": M{"id": r.id, "url": s.apiURL("repos", r.owner, r.name), "name": r.name}}
	}
	return M{
		"id": p.id, "number": p.number, "url": s.apiURL("repos", r.owner, r.name, "pulls", strconv.Itoa(p.number)),
		"head": ref(p.head, s.pullHeadSHA(r, p)), "base": ref(p.base, s.pullBaseSHA(r, p)),
	}
}

func getPull(s *Server, q *request) response {
	r, p := s.pullFor(q)
	if p == nil {
		return notFound()
	}
	if kind := wantMedia(q.r); kind == "diff" || kind == "patch" {
		head := s.pullHeadSHA(r, p)
		mb, err := r.git.mergeBase(s.pullBaseSHA(r, p), head)
		if err != nil {
			return errorResponse(http.StatusInternalServerError, err.Error())
		}
		return diffMedia(r.git, kind, mb, head)
	}
	return ok(s.shaped(q.rt.opID, 200, s.pullJSON(r, p, true)))
}

func listPulls(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	query := q.r.URL.Query()
	state := query.Get("state")
	if state == "" {
		state = "open"
	}
	var list []M
	for i := len(r.pulls) - 1; i >= 0; i-- {
		p := r.pulls[i]
		if state != "all" && p.state != state {
			continue
		}
		if head := query.Get("head"); head != "" {
			owner, branch, found := strings.Cut(head, ":")
			if !found || !strings.EqualFold(owner, r.owner) || branch != p.head {
				continue
			}
		}
		if base := query.Get("base"); base != "" && base != p.base {
			continue
		}
		list = append(list, s.pullJSON(r, p, false))
	}
	page, header := paginate(q, list, 30, 100)
	resp := ok(s.shaped(q.rt.opID, 200, nonNil(page)))
	resp.header = header
	return resp
}

func listPullFiles(s *Server, q *request) response {
	r, p := s.pullFor(q)
	if p == nil {
		return notFound()
	}
	files, err := s.pullFiles(r, p)
	if err != nil {
		return errorResponse(http.StatusInternalServerError, err.Error())
	}
	if len(files) > MaxPullFiles {
		files = files[:MaxPullFiles]
	}
	page, header := paginate(q, files, 30, 100)
	resp := ok(s.shaped(q.rt.opID, 200, s.filesJSON(r, s.pullHeadSHA(r, p), page)))
	resp.header = header
	return resp
}

// listPullsForCommit returns the open PRs whose head contains the commit
// and whose base does not, plus PRs whose head is exactly the commit.
func listPullsForCommit(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	sha, err := r.git.resolve(q.param("commit_sha"), "commit")
	if err != nil {
		return errorResponse(http.StatusUnprocessableEntity, "No commit found for SHA: "+q.param("commit_sha"))
	}
	var list []M
	for _, p := range r.pulls {
		head, base := s.pullHeadSHA(r, p), s.pullBaseSHA(r, p)
		if head == sha || (r.git.isAncestor(sha, head) && !r.git.isAncestor(sha, base)) {
			list = append(list, s.pullJSON(r, p, false))
		}
	}
	page, header := paginate(q, list, 30, 100)
	resp := ok(s.shaped(q.rt.opID, 200, nonNil(page)))
	resp.header = header
	return resp
}

func nonNil(list []M) []M {
	if list == nil {
		return []M{}
	}
	return list
}
