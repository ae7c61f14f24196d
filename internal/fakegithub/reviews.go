package fakegithub

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Review is a pull request review.
type Review struct {
	ID          int64
	Owner, Repo string
	PR          int
	User        string
	State       string // APPROVED, CHANGES_REQUESTED, COMMENTED or PENDING
	Body        string
	CommitID    string
	Submitted   time.Time
}

// ReviewComment is a pull request review comment (a line comment).
type ReviewComment struct {
	ID          int64
	Owner, Repo string
	PR          int
	ReviewID    int64
	User        string
	Path        string
	Line        int    // line on Side (0 for a file-level comment)
	Side        string // LEFT or RIGHT
	StartLine   int    // first line of a multi-line comment, else 0
	StartSide   string
	Position    int // position in the patch at CommitID
	DiffHunk    string
	CommitID    string
	InReplyTo   int64
	Body        string
	Created     time.Time
	Updated     time.Time
}

// Reviews returns the reviews on a pull request, oldest first.
func (s *Server) Reviews(owner, repo string, number int) []Review {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Review
	for _, rv := range s.reviews {
		if repoKey(rv.Owner, rv.Repo) == repoKey(owner, repo) && rv.PR == number {
			out = append(out, *rv)
		}
	}
	return out
}

// ReviewComments returns the review comments on a pull request, oldest first.
func (s *Server) ReviewComments(owner, repo string, number int) []ReviewComment {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []ReviewComment
	for _, c := range s.comments {
		if repoKey(c.Owner, c.Repo) == repoKey(owner, repo) && c.PR == number {
			out = append(out, *c)
		}
	}
	return out
}

// maxCommentBody is GitHub's limit on a comment or review body.
const maxCommentBody = 65536

const tooLong = "Body is too long (maximum is 65536 characters)"

// draftComment is a review comment as requested.
type draftComment struct {
	Path        string `json:"path"`
	Position    *int   `json:"position"`
	Body        string `json:"body"`
	Line        *int   `json:"line"`
	Side        string `json:"side"`
	StartLine   *int   `json:"start_line"`
	StartSide   string `json:"start_side"`
	InReplyTo   *int64 `json:"in_reply_to"`
	SubjectType string `json:"subject_type"`
	CommitID    string `json:"commit_id"`
}

// diffAt returns the PR diff as of commit (which must be in the PR).
func (s *Server) diffAt(r *repo, p *pull, commit string) ([]fileDiff, string, *response) {
	head := s.pullHeadSHA(r, p)
	if commit == "" {
		commit = head
	}
	sha, err := r.git.resolve(commit, "commit")
	if err != nil || !r.git.isAncestor(sha, head) {
		resp := validationFailed("PullRequestReviewComment", "commit_id", "commit_id is not part of the pull request")
		return nil, "", &resp
	}
	mb, err := r.git.mergeBase(s.pullBaseSHA(r, p), sha)
	if err != nil {
		resp := errorResponse(http.StatusInternalServerError, err.Error())
		return nil, "", &resp
	}
	files, err := r.git.diff(mb, sha)
	if err != nil {
		resp := errorResponse(http.StatusInternalServerError, err.Error())
		return nil, "", &resp
	}
	return files, sha, nil
}

// resolveComment checks a comment against the diff like GitHub and fills
// in line, side and position.
func resolveComment(files []fileDiff, d draftComment) (ReviewComment, *response) {
	fail := func(field, msg string) (ReviewComment, *response) {
		resp := validationFailed("PullRequestReviewComment", "pull_request_review_thread."+field, msg)
		return ReviewComment{}, &resp
	}
	if len(d.Body) > maxCommentBody {
		resp := validationFailed("PullRequestReviewComment", "body", tooLong)
		return ReviewComment{}, &resp
	}
	var file *fileDiff
	for i := range files {
		if files[i].filename == d.Path {
			file = &files[i]
		}
	}
	if file == nil {
		return fail("path", "pull_request_review_thread.path could not be resolved")
	}
	c := ReviewComment{Path: d.Path, Body: d.Body, Side: "RIGHT"}
	if d.SubjectType == "file" {
		return c, nil
	}
	for field, side := range map[string]string{"side": d.Side, "start_side": d.StartSide} {
		if side != "" && side != "LEFT" && side != "RIGHT" {
			return fail(field, fmt.Sprintf("pull_request_review_thread.%s must be LEFT or RIGHT, got %q", field, side))
		}
	}
	if d.Side != "" {
		c.Side = d.Side
	}
	switch {
	case d.Line != nil:
		lines := file.sideLines(c.Side)
		pos, inDiff := lines[*d.Line]
		if !inDiff {
			return fail("line", "pull_request_review_thread.line must be part of the diff")
		}
		c.Line, c.Position = *d.Line, pos
		if d.StartLine != nil {
			c.StartSide = c.Side
			if d.StartSide != "" {
				c.StartSide = d.StartSide
			}
			startPos, ok := file.sideLines(c.StartSide)[*d.StartLine]
			if !ok {
				return fail("start_line", "pull_request_review_thread.start_line must be part of the diff")
			}
			if startPos >= pos {
				return fail("start_line", "pull_request_review_thread.start_line must precede the end line")
			}
			if !sameHunk(file, startPos, pos) {
				return fail("start_line", "pull_request_review_thread.start_line must be part of the same hunk as the line")
			}
			c.StartLine = *d.StartLine
		}
	case d.Position != nil:
		if *d.Position < 1 || *d.Position > file.patchLines() {
			return fail("position", "pull_request_review_thread.position is not part of the diff")
		}
		c.Position = *d.Position
		c.Line, c.Side = lineAtPosition(file, c.Position)
	default:
		return fail("line", "pull_request_review_thread.line is missing")
	}
	c.DiffHunk = file.diffHunkUpTo(c.Position)
	return c, nil
}

func sameHunk(f *fileDiff, a, b int) bool {
	for i := len(f.hunks) - 1; i >= 0; i-- {
		if f.hunks[i].position < b {
			return f.hunks[i].position < a
		}
	}
	return false
}

// lineAtPosition maps a patch position back to a line and side.
func lineAtPosition(f *fileDiff, position int) (int, string) {
	for _, side := range []string{"RIGHT", "LEFT"} {
		for line, pos := range f.sideLines(side) {
			if pos == position {
				return line, side
			}
		}
	}
	return 0, "RIGHT"
}

func createReview(s *Server, q *request) response {
	r, p := s.pullFor(q)
	if p == nil {
		return notFound()
	}
	var body struct {
		CommitID string         `json:"commit_id"`
		Body     string         `json:"body"`
		Event    string         `json:"event"`
		Comments []draftComment `json:"comments"`
	}
	if err := q.decode(&body); err != nil {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON")
	}
	if (body.Event == "REQUEST_CHANGES" || (body.Event == "COMMENT" && len(body.Comments) == 0)) && body.Body == "" {
		return validationFailed("PullRequestReview", "body", fmt.Sprintf("body is required when event is %s", body.Event))
	}
	if len(body.Body) > maxCommentBody {
		return validationFailed("PullRequestReview", "body", tooLong)
	}
	files, commit, fail := s.diffAt(r, p, body.CommitID)
	if fail != nil {
		return *fail
	}
	resolved := make([]ReviewComment, 0, len(body.Comments))
	for _, d := range body.Comments {
		c, fail := resolveComment(files, d)
		if fail != nil {
			return *fail
		}
		resolved = append(resolved, c)
	}
	state := map[string]string{"APPROVE": "APPROVED", "REQUEST_CHANGES": "CHANGES_REQUESTED", "COMMENT": "COMMENTED", "": "PENDING"}[body.Event]
	now := s.now()
	rv := &Review{ID: s.newID(), Owner: r.owner, Repo: r.name, PR: p.number, User: s.botLogin(),
		State: state, Body: body.Body, CommitID: commit, Submitted: now}
	s.reviews = append(s.reviews, rv)
	for _, c := range resolved {
		s.addComment(r, p, rv.ID, commit, c)
	}
	return ok(s.shaped(q.rt.opID, 200, s.reviewJSON(r, rv)))
}

// addComment stores a resolved review comment. Callers hold s.mu.
func (s *Server) addComment(r *repo, p *pull, reviewID int64, commit string, c ReviewComment) *ReviewComment {
	now := s.now()
	c.ID, c.Owner, c.Repo, c.PR, c.ReviewID = s.newID(), r.owner, r.name, p.number, reviewID
	c.User, c.CommitID, c.Created, c.Updated = s.botLogin(), commit, now, now
	stored := &c
	s.comments = append(s.comments, stored)
	return stored
}

func listReviews(s *Server, q *request) response {
	r, p := s.pullFor(q)
	if p == nil {
		return notFound()
	}
	var list []M
	for _, rv := range s.reviews {
		if rv.PR == p.number && repoKey(rv.Owner, rv.Repo) == repoKey(r.owner, r.name) {
			list = append(list, s.reviewJSON(r, rv))
		}
	}
	page, header := paginate(q, list, 30, 100)
	resp := ok(s.shaped(q.rt.opID, 200, nonNil(page)))
	resp.header = header
	return resp
}

// updateReview answers PUT .../pulls/{n}/reviews/{review_id}: the review's
// body is replaced (only its author may, as on GitHub: others get 403).
func updateReview(s *Server, q *request) response {
	r, p := s.pullFor(q)
	if p == nil {
		return notFound()
	}
	var rv *Review
	for _, x := range s.reviews {
		if strconv.FormatInt(x.ID, 10) == q.param("review_id") && x.PR == p.number && repoKey(x.Owner, x.Repo) == repoKey(r.owner, r.name) {
			rv = x
		}
	}
	if rv == nil {
		return notFound()
	}
	var body struct {
		Body *string `json:"body"`
	}
	if err := q.decode(&body); err != nil {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON")
	}
	if body.Body == nil {
		return validationFailed("PullRequestReview", "body", "body is required")
	}
	if len(*body.Body) > maxCommentBody {
		return validationFailed("PullRequestReview", "body", tooLong)
	}
	if rv.User != s.botLogin() {
		return errorResponse(http.StatusForbidden, "Resource not accessible by integration")
	}
	rv.Body = *body.Body
	return ok(s.shaped(q.rt.opID, 200, s.reviewJSON(r, rv)))
}

// AddReview adds a submitted review by user (another reviewer) to a pull
// request, for tests.
func (s *Server) AddReview(owner, repo string, number int, user, body string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	rv := &Review{ID: s.newID(), Owner: owner, Repo: repo, PR: number, User: user, State: "COMMENTED", Body: body, Submitted: s.now()}
	s.reviews = append(s.reviews, rv)
	return rv.ID
}

func (s *Server) reviewJSON(r *repo, rv *Review) M {
	pr := s.apiURL("repos", r.owner, r.name, "pulls", strconv.Itoa(rv.PR))
	html := s.htmlURL(r.owner, r.name, "pull", strconv.Itoa(rv.PR)) + fmt.Sprintf("#pullrequestreview-%d", rv.ID)
	out := M{
		"id": rv.ID, "node_id": fmt.Sprintf("PRR_%d", rv.ID), "user": s.userJSON(rv.User),
		"body": rv.Body, "state": rv.State, "commit_id": rv.CommitID,
		"html_url": html, "pull_request_url": pr, "author_association": "NONE",
		"_links": M{"html": M{"href": html}, "pull_request": M{"href": pr}},
	}
	if rv.State != "PENDING" {
		out["submitted_at"] = rv.Submitted
	}
	return out
}

func createReviewComment(s *Server, q *request) response {
	r, p := s.pullFor(q)
	if p == nil {
		return notFound()
	}
	var d draftComment
	if err := q.decode(&d); err != nil {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON")
	}
	if d.InReplyTo != nil {
		parent := s.findComment(r, strconv.FormatInt(*d.InReplyTo, 10))
		if parent == nil || parent.PR != p.number {
			return notFound()
		}
		c := *parent
		c.Body, c.InReplyTo = d.Body, parent.ID
		return created(s.shaped(q.rt.opID, 201, s.commentJSON(r, s.addComment(r, p, 0, parent.CommitID, c))))
	}
	files, commit, fail := s.diffAt(r, p, d.CommitID)
	if fail != nil {
		return *fail
	}
	c, fail := resolveComment(files, d)
	if fail != nil {
		return *fail
	}
	return created(s.shaped(q.rt.opID, 201, s.commentJSON(r, s.addComment(r, p, 0, commit, c))))
}

// createReply answers POST .../pulls/{n}/comments/{comment_id}/replies.
func createReply(s *Server, q *request) response {
	r, p := s.pullFor(q)
	if p == nil {
		return notFound()
	}
	parent := s.findComment(r, q.param("comment_id"))
	if parent == nil || parent.PR != p.number {
		return notFound()
	}
	var body struct {
		Body string `json:"body"`
	}
	if err := q.decode(&body); err != nil {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON")
	}
	c := *parent
	c.Body, c.InReplyTo = body.Body, parent.ID
	return created(s.shaped(q.rt.opID, 201, s.commentJSON(r, s.addComment(r, p, 0, parent.CommitID, c))))
}

func (s *Server) findComment(r *repo, idText string) *ReviewComment {
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil {
		return nil
	}
	for _, c := range s.comments {
		if c.ID == id && repoKey(c.Owner, c.Repo) == repoKey(r.owner, r.name) {
			return c
		}
	}
	return nil
}

func listReviewComments(s *Server, q *request) response {
	r, p := s.pullFor(q)
	if p == nil {
		return notFound()
	}
	var list []M
	for _, c := range s.comments {
		if c.PR == p.number && repoKey(c.Owner, c.Repo) == repoKey(r.owner, r.name) {
			list = append(list, s.commentJSON(r, c))
		}
	}
	page, header := paginate(q, list, 30, 100)
	resp := ok(s.shaped(q.rt.opID, 200, nonNil(page)))
	resp.header = header
	return resp
}

func updateReviewComment(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	c := s.findComment(r, q.param("comment_id"))
	if c == nil {
		return notFound()
	}
	var body struct {
		Body string `json:"body"`
	}
	if err := q.decode(&body); err != nil {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON")
	}
	c.Body, c.Updated = body.Body, s.now()
	return ok(s.shaped(q.rt.opID, 200, s.commentJSON(r, c)))
}

func deleteReviewComment(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	c := s.findComment(r, q.param("comment_id"))
	if c == nil {
		return notFound()
	}
	for i, other := range s.comments {
		if other == c {
			s.comments = append(s.comments[:i], s.comments[i+1:]...)
			break
		}
	}
	return response{status: http.StatusNoContent}
}

// currentPlacement maps a comment to the PR's current head: the same line
// when the file did not change since the comment's commit, else outdated
// (line and position null), as GitHub shows it.
func (s *Server) currentPlacement(r *repo, c *ReviewComment) (line, position any) {
	p := r.pulls[c.PR-1]
	head := s.pullHeadSHA(r, p)
	if head == c.CommitID {
		return orNil(c.Line), orNil(c.Position)
	}
	before, err1 := r.git.lsTree(c.CommitID, false, c.Path)
	after, err2 := r.git.lsTree(head, false, c.Path)
	if err1 != nil || err2 != nil || len(before) != 1 || len(after) != 1 || before[0].sha != after[0].sha {
		return nil, nil
	}
	files, _, fail := s.diffAt(r, p, head)
	if fail != nil {
		return nil, nil
	}
	for i := range files {
		if files[i].filename == c.Path {
			if pos, ok := files[i].sideLines(c.Side)[c.Line]; ok {
				return orNil(c.Line), pos
			}
		}
	}
	return nil, nil
}

func orNil(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func (s *Server) commentJSON(r *repo, c *ReviewComment) M {
	id := strconv.FormatInt(c.ID, 10)
	self := s.apiURL("repos", r.owner, r.name, "pulls", "comments", id)
	pr := s.apiURL("repos", r.owner, r.name, "pulls", strconv.Itoa(c.PR))
	html := s.htmlURL(r.owner, r.name, "pull", strconv.Itoa(c.PR)) + "#discussion_r" + id
	line, position := s.currentPlacement(r, c)
	subject := "line"
	if c.Line == 0 && c.Position == 0 {
		subject = "file"
	}
	out := M{
		"id": c.ID, "node_id": "PRRC_" + id, "url": self, "html_url": html, "pull_request_url": pr,
		"pull_request_review_id": orNil(int(c.ReviewID)),
		"diff_hunk":              c.DiffHunk, "path": c.Path,
		"position": position, "original_position": c.Position,
		"line": line, "original_line": orNil(c.Line), "side": c.Side,
		"start_line": orNil(c.StartLine), "original_start_line": orNil(c.StartLine),
		"commit_id": c.CommitID, "original_commit_id": c.CommitID,
		"user": s.userJSON(c.User), "body": c.Body,
		"created_at": c.Created, "updated_at": c.Updated,
		"author_association": "NONE", "subject_type": subject,
		"_links": M{"self": M{"href": self}, "html": M{"href": html}, "pull_request": M{"href": pr}},
	}
	if c.StartLine != 0 {
		out["start_side"] = c.StartSide
	} else {
		out["start_side"] = nil
	}
	if c.InReplyTo != 0 {
		out["in_reply_to_id"] = c.InReplyTo
	}
	return out
}

// AddReviewReply records user's reply to review comment parent (as a person
// answering in the pull request's conversation) and returns its id; it
// returns 0 when there is no such comment.
func (s *Server) AddReviewReply(parent int64, user, body string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.comments {
		if p.ID != parent {
			continue
		}
		now := s.now()
		c := *p
		c.ID, c.ReviewID, c.User, c.Body, c.InReplyTo, c.Created, c.Updated = s.newID(), 0, user, body, p.ID, now, now
		s.comments = append(s.comments, &c)
		return c.ID
	}
	return 0
}
