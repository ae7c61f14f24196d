package fakegithub

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"time"
)

// maxAnnotationsPerRequest is GitHub's limit on output.annotations.
const maxAnnotationsPerRequest = 50

// CheckRun is a check run as the App left it.
type CheckRun struct {
	ID                 int64
	Owner, Repo        string
	HeadSHA, Name      string
	Status, Conclusion string
	ExternalID         string
	DetailsURL         string
	StartedAt          *time.Time
	CompletedAt        *time.Time
	Title, Summary     string
	Text               string
	Annotations        []Annotation // accumulated over all requests
	Actions            []CheckAction
	Requests           int // create + updates
}

// Annotation is one check run annotation.
type Annotation struct {
	Path            string `json:"path"`
	StartLine       int    `json:"start_line"`
	EndLine         int    `json:"end_line"`
	StartColumn     *int   `json:"start_column,omitempty"`
	EndColumn       *int   `json:"end_column,omitempty"`
	AnnotationLevel string `json:"annotation_level"`
	Message         string `json:"message"`
	Title           string `json:"title,omitempty"`
	RawDetails      string `json:"raw_details,omitempty"`
}

// CheckAction is a requested-action button.
type CheckAction struct {
	Label       string `json:"label"`
	Description string `json:"description"`
	Identifier  string `json:"identifier"`
}

// checkRunBody is the create/update request body.
type checkRunBody struct {
	Name        *string    `json:"name"`
	HeadSHA     string     `json:"head_sha"`
	DetailsURL  *string    `json:"details_url"`
	ExternalID  *string    `json:"external_id"`
	Status      *string    `json:"status"`
	Conclusion  *string    `json:"conclusion"`
	StartedAt   *time.Time `json:"started_at"`
	CompletedAt *time.Time `json:"completed_at"`
	Output      *struct {
		Title       *string      `json:"title"`
		Summary     *string      `json:"summary"`
		Text        *string      `json:"text"`
		Annotations []Annotation `json:"annotations"`
	} `json:"output"`
	Actions []CheckAction `json:"actions"`
}

// CheckRuns returns copies of the check runs on owner/repo, oldest first.
func (s *Server) CheckRuns(owner, repo string) []CheckRun {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []CheckRun
	for _, cr := range s.checkRuns {
		if repoKey(cr.Owner, cr.Repo) == repoKey(owner, repo) {
			c := *cr
			c.Annotations = append([]Annotation(nil), cr.Annotations...)
			c.Actions = append([]CheckAction(nil), cr.Actions...)
			out = append(out, c)
		}
	}
	return out
}

// CompletedCheckRun returns the newest completed check run named name on
// sha, if there is one. With Await it waits for the App to finish a check.
func (s *Server) CompletedCheckRun(owner, repo, sha, name string) (CheckRun, bool) {
	runs := s.CheckRuns(owner, repo)
	for i := len(runs) - 1; i >= 0; i-- {
		if cr := runs[i]; cr.HeadSHA == sha && cr.Name == name && cr.Status == "completed" {
			return cr, true
		}
	}
	return CheckRun{}, false
}

// checkAnnotations applies GitHub's rules the schema does not express.
func checkAnnotations(list []Annotation) (response, bool) {
	if len(list) > maxAnnotationsPerRequest {
		return validationFailed("CheckRun", "output.annotations",
			fmt.Sprintf("Only %d annotations may be sent per request, got %d", maxAnnotationsPerRequest, len(list))), true
	}
	for i, a := range list {
		if a.StartLine < 1 || a.EndLine < a.StartLine {
			return validationFailed("CheckRun", fmt.Sprintf("output.annotations[%d].end_line", i),
				"end_line must be greater than or equal to start_line, and lines start at 1"), true
		}
		if len(a.Message) > 64*1024 || len(a.RawDetails) > 64*1024 || len([]rune(a.Title)) > 255 {
			return validationFailed("CheckRun", fmt.Sprintf("output.annotations[%d]", i),
				"message and raw_details are limited to 64 KB and title to 255 characters"), true
		}
		if (a.StartColumn != nil || a.EndColumn != nil) && a.StartLine != a.EndLine {
			return validationFailed("CheckRun", fmt.Sprintf("output.annotations[%d].start_column", i),
				"start_column and end_column may only be used when start_line and end_line are the same"), true
		}
	}
	return response{}, false
}

// apply merges a create/update body into cr.
func (s *Server) apply(cr *CheckRun, body checkRunBody) {
	set := func(dst *string, src *string) {
		if src != nil {
			*dst = *src
		}
	}
	set(&cr.Name, body.Name)
	set(&cr.DetailsURL, body.DetailsURL)
	set(&cr.ExternalID, body.ExternalID)
	set(&cr.Status, body.Status)
	if body.Status != nil && *body.Status != "completed" && body.Conclusion == nil {
		// Back in progress (a re-run): the old conclusion no longer holds.
		cr.Conclusion, cr.CompletedAt = "", nil
	}
	if body.StartedAt != nil {
		cr.StartedAt = body.StartedAt
	}
	if body.Conclusion != nil {
		cr.Conclusion = *body.Conclusion
		cr.Status = "completed"
	}
	if body.CompletedAt != nil {
		cr.CompletedAt = body.CompletedAt
	}
	if cr.Status == "completed" && cr.CompletedAt == nil {
		now := s.now()
		cr.CompletedAt = &now
	}
	if body.Output != nil {
		set(&cr.Title, body.Output.Title)
		set(&cr.Summary, body.Output.Summary)
		set(&cr.Text, body.Output.Text)
		cr.Annotations = append(cr.Annotations, body.Output.Annotations...)
	}
	if body.Actions != nil {
		cr.Actions = body.Actions
	}
	cr.Requests++
}

func createCheckRun(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	var body checkRunBody
	if err := q.decode(&body); err != nil {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON")
	}
	sha, err := r.git.resolve(body.HeadSHA, "commit")
	if err != nil || len(body.HeadSHA) != 40 || sha != body.HeadSHA {
		return validationFailed("CheckRun", "head_sha", "No commit found for SHA: "+body.HeadSHA)
	}
	if body.Output != nil {
		if resp, bad := checkAnnotations(body.Output.Annotations); bad {
			return resp
		}
	}
	if resp, bad := checkConclusion(body, ""); bad {
		return resp
	}
	now := s.now()
	cr := &CheckRun{ID: s.newID(), Owner: r.owner, Repo: r.name, HeadSHA: sha, Status: "queued", StartedAt: &now}
	s.apply(cr, body)
	s.checkRuns = append(s.checkRuns, cr)
	return created(s.shaped(q.rt.opID, 201, s.checkRunJSON(r, cr)))
}

// checkConclusion rejects status "completed" without a conclusion.
func checkConclusion(body checkRunBody, current string) (response, bool) {
	if body.Status != nil && *body.Status == "completed" && body.Conclusion == nil && current == "" {
		return validationFailed("CheckRun", "conclusion", "conclusion must be provided when status is completed"), true
	}
	return response{}, false
}

func (s *Server) findCheckRun(r *repo, idText string) *CheckRun {
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil {
		return nil
	}
	for _, cr := range s.checkRuns {
		if cr.ID == id && repoKey(cr.Owner, cr.Repo) == repoKey(r.owner, r.name) {
			return cr
		}
	}
	return nil
}

func updateCheckRun(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	cr := s.findCheckRun(r, q.param("check_run_id"))
	if cr == nil {
		return notFound()
	}
	var body checkRunBody
	if err := q.decode(&body); err != nil {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON")
	}
	if body.Output != nil {
		if resp, bad := checkAnnotations(body.Output.Annotations); bad {
			return resp
		}
	}
	if resp, bad := checkConclusion(body, cr.Conclusion); bad {
		return resp
	}
	s.apply(cr, body)
	return ok(s.shaped(q.rt.opID, 200, s.checkRunJSON(r, cr)))
}

func getCheckRun(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	cr := s.findCheckRun(r, q.param("check_run_id"))
	if cr == nil {
		return notFound()
	}
	return ok(s.shaped(q.rt.opID, 200, s.checkRunJSON(r, cr)))
}

func listCheckRunAnnotations(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	cr := s.findCheckRun(r, q.param("check_run_id"))
	if cr == nil {
		return notFound()
	}
	list := make([]M, 0, len(cr.Annotations))
	for _, a := range cr.Annotations {
		m := normalise(a).(map[string]any)
		m["blob_href"] = s.htmlURL(r.owner, r.name, "blob", cr.HeadSHA, a.Path)
		for _, k := range []string{"start_column", "end_column", "title", "raw_details"} {
			if _, present := m[k]; !present {
				m[k] = nil
			}
		}
		list = append(list, m)
	}
	page, header := paginate(q, list, 30, 100)
	resp := ok(s.shaped(q.rt.opID, 200, page))
	resp.header = header
	return resp
}

func listCheckRunsForRef(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	sha, err := r.git.resolve(q.param("ref"), "commit")
	if err != nil {
		return errorResponse(http.StatusUnprocessableEntity, "No commit found for SHA: "+q.param("ref"))
	}
	query := q.r.URL.Query()
	var runs []*CheckRun
	for i := len(s.checkRuns) - 1; i >= 0; i-- { // newest first
		cr := s.checkRuns[i]
		if repoKey(cr.Owner, cr.Repo) != repoKey(r.owner, r.name) || cr.HeadSHA != sha {
			continue
		}
		if name := query.Get("check_name"); name != "" && name != cr.Name {
			continue
		}
		if status := query.Get("status"); status != "" && status != cr.Status {
			continue
		}
		if app := query.Get("app_id"); app != "" && app != strconv.FormatInt(s.appID, 10) {
			continue
		}
		runs = append(runs, cr)
	}
	if query.Get("filter") != "all" {
		runs = latestPerName(runs)
	}
	page, header := paginate(q, runs, 30, 100)
	list := make([]M, 0, len(page))
	for _, cr := range page {
		list = append(list, s.checkRunJSON(r, cr))
	}
	resp := ok(s.shaped(q.rt.opID, 200, M{"total_count": len(runs), "check_runs": list}))
	resp.header = header
	return resp
}

// latestPerName keeps the newest run of each name (runs are newest first).
func latestPerName(runs []*CheckRun) []*CheckRun {
	seen := map[string]bool{}
	var out []*CheckRun
	for _, cr := range runs {
		if !seen[cr.Name] {
			seen[cr.Name] = true
			out = append(out, cr)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID > out[j].ID })
	return out
}

// checkRunJSON renders a check-run.
func (s *Server) checkRunJSON(r *repo, cr *CheckRun) M {
	var conclusion any
	if cr.Conclusion != "" {
		conclusion = cr.Conclusion
	}
	var prs []M
	for _, p := range r.pulls {
		if p.state == "open" && s.pullHeadSHA(r, p) == cr.HeadSHA {
			prs = append(prs, s.pullMinimalJSON(r, p))
		}
	}
	if prs == nil {
		prs = []M{}
	}
	id := strconv.FormatInt(cr.ID, 10)
	return M{
		"id": cr.ID, "node_id": "CR_" + id, "head_sha": cr.HeadSHA, "name": cr.Name,
		"url":         s.apiURL("repos", r.owner, r.name, "check-runs", id),
		"html_url":    s.htmlURL(r.owner, r.name, "runs", id),
		"details_url": nullable(cr.DetailsURL), "external_id": nullable(cr.ExternalID),
		"status": cr.Status, "conclusion": conclusion,
		"started_at": cr.StartedAt, "completed_at": cr.CompletedAt,
		"output": M{
			"title": nullable(cr.Title), "summary": nullable(cr.Summary), "text": nullable(cr.Text),
			"annotations_count": len(cr.Annotations),
			"annotations_url":   s.apiURL("repos", r.owner, r.name, "check-runs", id, "annotations"),
		},
		"check_suite":   M{"id": stableID(cr.HeadSHA + "/suite")},
		"app":           s.appJSON(),
		"pull_requests": prs,
	}
}

// nullable maps "" to JSON null.
func nullable(v string) any {
	if v == "" {
		return nil
	}
	return v
}
