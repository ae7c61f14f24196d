package fakegithub

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// call sends a raw JSON request with an installation token and decodes the reply.
func call(t *testing.T, s *Server, method, path string, body any) (int, map[string]any) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequest(method, strings.TrimSuffix(s.URL(), "/")+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "token "+s.InstallationToken())
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	raw, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(raw, &out)
	return resp.StatusCode, out
}

func annotations(n int) []map[string]any {
	list := make([]map[string]any, n)
	for i := range list {
		list[i] = map[string]any{"path": "prisma/schema.prisma", "start_line": 1, "end_line": 1,
			"annotation_level": "warning", "message": fmt.Sprint("finding ", i)}
	}
	return list
}

func TestRejections(t *testing.T) {
	s := New(t, WithRejectionsAllowed())
	s.AddRepo("octo", "app", gitFixture(t))
	n := s.OpenPR("octo", "app", "main", "feature")
	head := s.PRHeadSHA("octo", "app", n)
	status, body := call(t, s, "POST", "/repos/octo/app/check-runs", map[string]any{"name": "migsync", "head_sha": head})
	if status != http.StatusCreated {
		t.Fatalf("create check run: %d %v", status, body)
	}
	runPath := fmt.Sprintf("/repos/octo/app/check-runs/%v", body["id"])
	pulls := fmt.Sprintf("/repos/octo/app/pulls/%d", n)
	comment := func(line int, side string) map[string]any {
		return map[string]any{"path": "prisma/schema.prisma", "line": line, "side": side, "body": "x"}
	}

	tests := []struct {
		name, method, path string
		body               any
		status             int
		message            string // substring of the error
	}{
		{"bad conclusion enum", "PATCH", runPath, map[string]any{"conclusion": "passed"}, 422, "conclusion"},
		{"bad status enum", "POST", "/repos/octo/app/check-runs", map[string]any{"name": "m", "head_sha": head, "status": "done"}, 422, "status"},
		{"missing head_sha", "POST", "/repos/octo/app/check-runs", map[string]any{"name": "m"}, 422, "head_sha"},
		{"unknown head_sha", "POST", "/repos/octo/app/check-runs", map[string]any{"name": "m", "head_sha": strings.Repeat("ab", 20)}, 422, "No commit found"},
		{"completed without conclusion", "POST", "/repos/octo/app/check-runs", map[string]any{"name": "m", "head_sha": head, "status": "completed"}, 422, "conclusion"},
		{"51 annotations", "PATCH", runPath, map[string]any{"output": map[string]any{"title": "t", "summary": "s", "annotations": annotations(51)}}, 422, "annotations"},
		{"bad annotation level", "PATCH", runPath, map[string]any{"output": map[string]any{"title": "t", "summary": "s",
			"annotations": []map[string]any{{"path": "a", "start_line": 1, "end_line": 1, "annotation_level": "error", "message": "m"}}}}, 422, "annotation_level"},
		{"columns on a multi-line annotation", "PATCH", runPath, map[string]any{"output": map[string]any{"title": "t", "summary": "s",
			"annotations": []map[string]any{{"path": "a", "start_line": 1, "end_line": 2, "start_column": 1, "end_column": 2, "annotation_level": "notice", "message": "m"}}}}, 422, "start_column"},
		{"review line outside the diff", "POST", pulls + "/reviews", map[string]any{"event": "COMMENT", "body": "b",
			"comments": []any{comment(1, "RIGHT")}}, 422, "pull_request_review_thread.line must be part of the diff"},
		{"review line past the hunk", "POST", pulls + "/reviews", map[string]any{"event": "COMMENT", "body": "b",
			"comments": []any{comment(9, "RIGHT")}}, 422, "must be part of the diff"},
		{"review path not in the diff", "POST", pulls + "/reviews", map[string]any{"event": "COMMENT", "body": "b",
			"comments": []any{map[string]any{"path": "README.md", "line": 1, "body": "x"}}}, 422, "path"},
		{"bad review event", "POST", pulls + "/reviews", map[string]any{"event": "REJECT", "body": "b"}, 422, "event"},
		{"request changes without body", "POST", pulls + "/reviews", map[string]any{"event": "REQUEST_CHANGES"}, 422, "body is required"},
		{"bad side enum", "POST", pulls + "/reviews", map[string]any{"event": "COMMENT", "body": "b",
			"comments": []any{comment(5, "MIDDLE")}}, 422, "side"},
		{"review comment body too long", "POST", pulls + "/reviews", map[string]any{"event": "COMMENT", "body": "b",
			"comments": []any{map[string]any{"path": "prisma/schema.prisma", "line": 5, "body": strings.Repeat("x", 65537)}}}, 422, "too long"},
		{"issue comment too long", "POST", fmt.Sprintf("/repos/octo/app/issues/%d/comments", n), map[string]any{"body": strings.Repeat("x", 65537)}, 422, "too long"},
		{"annotation title too long", "PATCH", runPath, map[string]any{"output": map[string]any{"title": "t", "summary": "s",
			"annotations": []map[string]any{{"path": "a", "start_line": 1, "end_line": 1, "annotation_level": "notice", "message": "m", "title": strings.Repeat("t", 256)}}}}, 422, "255"},
		{"bad reaction", "POST", "/repos/octo/app/issues/comments/1/reactions", map[string]any{"content": "thumbsup"}, 422, "content"},
		{"non-integer pull number", "GET", "/repos/octo/app/pulls/abc", nil, 422, "pull_number"},
		{"unknown operation", "GET", "/repos/octo/app/branches", nil, 404, "Not Found"},
		{"method not in spec", "DELETE", "/repos/octo/app", nil, 405, "Method Not Allowed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := len(s.Rejections())
			status, body := call(t, s, tc.method, tc.path, tc.body)
			if status != tc.status {
				t.Fatalf("status = %d, want %d (%v)", status, tc.status, body)
			}
			raw, _ := json.Marshal(body)
			if !strings.Contains(string(raw), tc.message) {
				t.Errorf("error body %s does not mention %q", raw, tc.message)
			}
			if len(s.Rejections()) != before+1 {
				t.Errorf("rejection not recorded")
			}
		})
	}
	// The rejected requests changed nothing.
	if runs := s.CheckRuns("octo", "app"); len(runs) != 1 || len(runs[0].Annotations) != 0 || runs[0].Conclusion != "" {
		t.Errorf("check runs after rejections = %+v", runs)
	}
	if got := s.Reviews("octo", "app", n); len(got) != 0 {
		t.Errorf("reviews after rejections = %+v", got)
	}
}

func TestAcceptsDiffLines(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	n := s.OpenPR("octo", "app", "main", "feature")
	pulls := fmt.Sprintf("/repos/octo/app/pulls/%d", n)
	// The hunk shows lines 2-8 on both sides (3 lines of context); 5 changed.
	for _, c := range []map[string]any{
		{"path": "prisma/schema.prisma", "line": 2, "side": "RIGHT", "body": "context"},
		{"path": "prisma/schema.prisma", "line": 5, "side": "LEFT", "body": "deleted"},
		{"path": "prisma/schema.prisma", "start_line": 4, "line": 6, "body": "range"},
		{"path": "prisma/migrations/1_init/migration.sql", "line": 1, "body": "added file"},
		{"path": "prisma/schema.prisma", "position": 4, "body": "legacy position"},
	} {
		status, body := call(t, s, "POST", pulls+"/reviews", map[string]any{"event": "COMMENT", "comments": []any{c}})
		if status != http.StatusOK {
			t.Errorf("comment %v: %d %v", c, status, body)
		}
	}
	if got := len(s.ReviewComments("octo", "app", n)); got != 5 {
		t.Errorf("stored %d comments, want 5", got)
	}
}

func TestFiftyAnnotationsAccumulate(t *testing.T) {
	s := New(t)
	s.AddRepo("octo", "app", gitFixture(t))
	head := s.PRHeadSHA("octo", "app", s.OpenPR("octo", "app", "main", "feature"))
	status, body := call(t, s, "POST", "/repos/octo/app/check-runs", map[string]any{"name": "migsync", "head_sha": head,
		"output": map[string]any{"title": "t", "summary": "s", "annotations": annotations(50)}})
	if status != http.StatusCreated {
		t.Fatalf("create: %d %v", status, body)
	}
	status, body = call(t, s, "PATCH", fmt.Sprintf("/repos/octo/app/check-runs/%v", body["id"]), map[string]any{
		"conclusion": "neutral", "output": map[string]any{"title": "t", "summary": "s", "annotations": annotations(50)}})
	if status != http.StatusOK {
		t.Fatalf("update: %d %v", status, body)
	}
	output := body["output"].(map[string]any)
	if output["annotations_count"] != float64(100) || body["status"] != "completed" {
		t.Errorf("output = %v, status = %v", output, body["status"])
	}
}

func TestResponseValidationCatchesMissingFields(t *testing.T) {
	s := New(t)
	rt := s.spec.operation("repos/get")
	r := httptest.NewRequest("GET", "/repos/octo/app", nil)
	q := &request{r: r, rt: rt, params: map[string]string{"owner": "octo", "repo": "app"}}
	if err := s.validateResponse(q, 200, http.Header{"Content-Type": {"application/json"}}, []byte(`{"id": 1}`)); err == nil {
		t.Error("a repository without its required fields passed response validation")
	}
	full, _ := json.Marshal(s.shaped("repos/get", 200, M{"id": 1, "name": "app"}))
	if err := s.validateResponse(q, 200, http.Header{"Content-Type": {"application/json"}}, full); err != nil {
		t.Errorf("shaped repository fails validation: %v", err)
	}
}

func TestEveryOperationHasAHandler(t *testing.T) {
	spec, err := loadSpec()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, rt := range spec.routes {
		seen[rt.opID] = true
		if handlers[rt.opID] == nil {
			t.Errorf("no handler for %s %s (%s)", rt.method, rt.template, rt.opID)
		}
	}
	for op := range handlers {
		if !seen[op] {
			t.Errorf("handler %s has no operation in the spec", op)
		}
	}
}
