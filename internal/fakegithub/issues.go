package fakegithub

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// IssueComment is a comment on an issue or pull request conversation.
type IssueComment struct {
	ID          int64
	Owner, Repo string
	Number      int
	User        string
	Body        string
	Created     time.Time
	Updated     time.Time
}

// Reaction is a reaction to an issue comment.
type Reaction struct {
	ID        int64
	CommentID int64
	User      string
	Content   string
}

// IssueComments returns the conversation comments on issue or PR number.
func (s *Server) IssueComments(owner, repo string, number int) []IssueComment {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []IssueComment
	for _, c := range s.issueComms {
		if repoKey(c.Owner, c.Repo) == repoKey(owner, repo) && c.Number == number {
			out = append(out, *c)
		}
	}
	return out
}

// AddIssueComment records a comment by user (for example a "/migsync
// recheck" command) and returns its id, for use in an issue_comment payload.
func (s *Server) AddIssueComment(owner, repo string, number int, user, body string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	c := &IssueComment{ID: s.newID(), Owner: owner, Repo: repo, Number: number, User: user, Body: body, Created: now, Updated: now}
	s.issueComms = append(s.issueComms, c)
	return c.ID
}

// Reactions returns the reactions to an issue comment.
func (s *Server) Reactions(commentID int64) []Reaction {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Reaction
	for _, r := range s.reactions {
		if r.CommentID == commentID {
			out = append(out, *r)
		}
	}
	return out
}

func (s *Server) issueCommentJSON(r *repo, c *IssueComment) M {
	id := strconv.FormatInt(c.ID, 10)
	issue := s.apiURL("repos", r.owner, r.name, "issues", strconv.Itoa(c.Number))
	return M{
		"id": c.ID, "node_id": "IC_" + id, "url": s.apiURL("repos", r.owner, r.name, "issues", "comments", id),
		"html_url":  s.htmlURL(r.owner, r.name, "pull", strconv.Itoa(c.Number)) + "#issuecomment-" + id,
		"issue_url": issue, "body": c.Body, "user": s.userJSON(c.User),
		"created_at": c.Created, "updated_at": c.Updated, "author_association": "NONE",
	}
}

// issueExists reports whether number is a PR of r (the fake has no plain issues).
func issueExists(r *repo, number string) (int, bool) {
	n, err := strconv.Atoi(number)
	return n, err == nil && n >= 1 && n <= len(r.pulls)
}

func createIssueComment(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	n, found := issueExists(r, q.param("issue_number"))
	if !found {
		return notFound()
	}
	var body struct {
		Body string `json:"body"`
	}
	if err := q.decode(&body); err != nil {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON")
	}
	if len(body.Body) > maxCommentBody {
		return validationFailed("IssueComment", "body", tooLong)
	}
	now := s.now()
	c := &IssueComment{ID: s.newID(), Owner: r.owner, Repo: r.name, Number: n, User: s.botLogin(), Body: body.Body, Created: now, Updated: now}
	s.issueComms = append(s.issueComms, c)
	return created(s.shaped(q.rt.opID, 201, s.issueCommentJSON(r, c)))
}

func listIssueComments(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	n, found := issueExists(r, q.param("issue_number"))
	if !found {
		return notFound()
	}
	var list []M
	for _, c := range s.issueComms {
		if c.Number == n && repoKey(c.Owner, c.Repo) == repoKey(r.owner, r.name) {
			list = append(list, s.issueCommentJSON(r, c))
		}
	}
	page, header := paginate(q, list, 30, 100)
	resp := ok(s.shaped(q.rt.opID, 200, nonNil(page)))
	resp.header = header
	return resp
}

func (s *Server) findIssueComment(r *repo, idText string) *IssueComment {
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil {
		return nil
	}
	for _, c := range s.issueComms {
		if c.ID == id && repoKey(c.Owner, c.Repo) == repoKey(r.owner, r.name) {
			return c
		}
	}
	return nil
}

func updateIssueComment(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	c := s.findIssueComment(r, q.param("comment_id"))
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
	return ok(s.shaped(q.rt.opID, 200, s.issueCommentJSON(r, c)))
}

func createReaction(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	c := s.findIssueComment(r, q.param("comment_id"))
	if c == nil {
		return notFound()
	}
	var body struct {
		Content string `json:"content"`
	}
	if err := q.decode(&body); err != nil {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON")
	}
	status := http.StatusCreated
	var rx *Reaction
	for _, existing := range s.reactions {
		if existing.CommentID == c.ID && existing.User == s.botLogin() && existing.Content == body.Content {
			rx, status = existing, http.StatusOK
		}
	}
	if rx == nil {
		rx = &Reaction{ID: s.newID(), CommentID: c.ID, User: s.botLogin(), Content: body.Content}
		s.reactions = append(s.reactions, rx)
	}
	return response{status: status, body: s.shaped(q.rt.opID, status, M{
		"id": rx.ID, "node_id": fmt.Sprintf("REA_%d", rx.ID), "user": s.userJSON(rx.User),
		"content": rx.Content, "created_at": s.now(),
	})}
}
