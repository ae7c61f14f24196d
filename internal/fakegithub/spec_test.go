package fakegithub

import (
	"testing"
)

func TestMatch(t *testing.T) {
	spec, err := loadSpec()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		method, path, op string
		params           map[string]string
	}{
		{"GET", "/repos/o/r/contents/prisma/schema.prisma", "repos/get-content", map[string]string{"path": "prisma/schema.prisma"}},
		{"GET", "/repos/o/r/compare/main...feature/x", "repos/compare-commits-with-basehead", map[string]string{"basehead": "main...feature/x"}},
		{"GET", "/repos/o/r/commits/feature/x/check-runs", "checks/list-for-ref", map[string]string{"ref": "feature/x"}},
		{"GET", "/repos/o/r/commits/feature%2Fx/check-runs", "checks/list-for-ref", map[string]string{"ref": "feature/x"}},
		{"GET", "/repos/o/r/commits/abc/pulls", "repos/list-pull-requests-associated-with-commit", map[string]string{"commit_sha": "abc"}},
		{"GET", "/repos/o/r/commits/abc", "repos/get-commit", map[string]string{"ref": "abc"}},
		{"PATCH", "/repos/o/r/pulls/comments/7", "pulls/update-review-comment", map[string]string{"comment_id": "7"}},
		{"GET", "/repos/o/r/pulls/7/comments", "pulls/list-review-comments", map[string]string{"pull_number": "7"}},
		{"POST", "/repos/o/r/pulls/7/comments/9/replies", "pulls/create-reply-for-review-comment", map[string]string{"comment_id": "9"}},
		{"GET", "/repos/o/r", "repos/get", map[string]string{"owner": "o", "repo": "r"}},
	}
	for _, c := range cases {
		rt, params, _ := spec.match(c.method, c.path)
		if rt == nil || rt.opID != c.op {
			t.Errorf("%s %s matched %v, want %s", c.method, c.path, rt, c.op)
			continue
		}
		for k, v := range c.params {
			if params[k] != v {
				t.Errorf("%s %s: %s = %q, want %q", c.method, c.path, k, params[k], v)
			}
		}
	}
	if rt, _, known := spec.match("PUT", "/repos/o/r"); rt != nil || !known {
		t.Errorf("PUT /repos/o/r: route %v, known %v; want no route on a known path", rt, known)
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("GET", "/repos/o/r/contents/a/b")
	f.Add("POST", "/repos/o/r/pulls/1/reviews")
	f.Add("GET", "/repos/%zz/r")
	spec, err := loadSpec()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, method, path string) {
		rt, params, _ := spec.match(method, path)
		if rt == nil {
			return
		}
		if rt.method != method || len(params) != len(rt.params) {
			t.Fatalf("%s %s matched %s %s with %v", method, path, rt.method, rt.template, params)
		}
	})
}
