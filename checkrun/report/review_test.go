package report

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
)

func TestPlanReviewGolden(t *testing.T) {
	res := incident()
	// The schema's lines 20-32 are in the diff (the model was added).
	inDiff := func(path string, line int) bool {
		return path == "prisma/schema.prisma" && line >= 20 && line <= 32
	}
	branch := &Branch{RepoURL: "https://github.com/acme/api", Name: "feature/refresh-tokens"}
	r := PlanReview(ReviewInput{Result: res, InDiff: inDiff, Branch: branch})
	if len(r.Comments) != 1 || len(r.Outside) != 0 {
		t.Fatalf("comments %d, outside %d; want 1, 0 (pre-existing findings are not commented)", len(r.Comments), len(r.Outside))
	}
	c := r.Comments[0]
	if c.Path != "prisma/schema.prisma" || c.Line != 24 {
		t.Errorf("comment at %s:%d, want prisma/schema.prisma:24", c.Path, c.Line)
	}
	if !strings.Contains(c.Body, `CREATE TABLE "RefreshToken"`) {
		t.Error("comment lacks the missing SQL")
	}
	if fps := ParseMarkers(c.Body); !reflect.DeepEqual(fps, c.Fingerprints) || len(fps) != 1 {
		t.Errorf("markers %q, want %q", fps, c.Fingerprints)
	}
	// The one-click fix: GitHub's new-file page on the head branch whose
	// decoded filename and content are the folder and the exact SQL.
	link := linkIn(t, c.Body, "https://github.com/acme/api/new/feature/refresh-tokens?")
	q := link.Query()
	if q.Get("filename") != "prisma/migrations/20250102000001_add_refresh_token/migration.sql" || q.Get("value") != refreshSQL {
		t.Errorf("link filename %q, value %q", q.Get("filename"), q.Get("value"))
	}
	for _, once := range []string{"CREATE TABLE", "npx prisma migrate dev", "To fix"} {
		if n := strings.Count(c.Body, once); n != 1 {
			t.Errorf("%q appears %d times, want once:\n%s", once, n, c.Body)
		}
	}
	golden(t, "review-comment.golden", c.Body)
	golden(t, "review-body.golden", ReviewBody(r, "migsync"))
}

func TestPlanReviewGroupsFindingsOnALine(t *testing.T) {
	res := incident()
	// A second finding on the change's line, with its own SQL.
	other := res.Findings[1]
	other.Rule, other.Line, other.Introduced, other.Object = "drift/missing-index", 24, true, "index RefreshToken_token_idx"
	other.SQL = `CREATE INDEX "RefreshToken_token_idx" ON "RefreshToken"("token");`
	other.SetFingerprint()
	third := other
	third.Line, third.Object = 40, "index Post_title_idx"
	third.SQL = `CREATE INDEX "Post_title_idx" ON "Post"("title");`
	third.SetFingerprint()
	res.Findings = append(res.Findings, other, third)
	r := PlanReview(ReviewInput{Result: res, InDiff: func(string, int) bool { return true }})
	if len(r.Comments) != 2 {
		t.Fatalf("%d comments, want one per line (24 and 40; the pre-existing finding is not commented)", len(r.Comments))
	}
	c := r.Comments[0]
	if c.Line != 24 || len(c.Fingerprints) != 2 || !reflect.DeepEqual(ParseMarkers(c.Body), c.Fingerprints) {
		t.Errorf("line %d, fingerprints %q, markers %q", c.Line, c.Fingerprints, ParseMarkers(c.Body))
	}
	for _, want := range []string{"CREATE TABLE", `"RefreshToken_token_idx"`, "npx prisma migrate dev"} {
		if n := strings.Count(c.Body, want); n != 1 {
			t.Errorf("%q appears %d times in the comment, want once:\n%s", want, n, c.Body)
		}
	}
	// The fix is carried once per project: the other line's comment has
	// its own SQL but no second call to action.
	if strings.Contains(r.Comments[1].Body, "npx prisma") {
		t.Errorf("the call to action is repeated on another line:\n%s", r.Comments[1].Body)
	}
	if body := ReviewBody(r, "migsync"); !strings.Contains(body, "found 1 problem in this pull request (and 2 other findings that do not fail the check).") {
		t.Errorf("review body: %s", body)
	}
}

func TestPlanReviewOutsideDiff(t *testing.T) {
	r := PlanReview(ReviewInput{Result: incident(), InDiff: func(string, int) bool { return false }})
	if len(r.Comments) != 0 || len(r.Outside) != 1 {
		t.Fatalf("comments %d, outside %d; want 0, 1", len(r.Comments), len(r.Outside))
	}
	if !strings.Contains(ReviewBody(r, "migsync"), "prisma/schema.prisma:24") {
		t.Error("review body does not list the finding outside the diff")
	}
}

func TestMarkers(t *testing.T) {
	body := "text\n" + Marker("00ff") + "\n" + Marker("ab12") + "\n"
	if fps := ParseMarkers(body); !reflect.DeepEqual(fps, []string{"00ff", "ab12"}) {
		t.Errorf("ParseMarkers = %q", fps)
	}
	if fps := ParseMarkers("no marker <!-- other -->"); len(fps) != 0 {
		t.Error("found a marker in a body without one")
	}
	if fp, ok := ParseResolved(ResolvedBody("abcd", "0123456789")); !ok || fp != "abcd" {
		t.Errorf("ParseResolved = %q, %v", fp, ok)
	}
	if len(ParseMarkers(ResolvedBody("abcd", "0123456789"))) != 0 {
		t.Error("a resolved reply must not count as a finding comment")
	}
}

func TestPatchLines(t *testing.T) {
	patch := "@@ -1,3 +1,4 @@\n model User {\n-  id Int\n+  id String\n+  name String\n }\n@@ -20,2 +21,3 @@ model Post {\n ctx\n+added\n\\ No newline at end of file"
	got := PatchLines(patch)
	want := map[int]bool{1: true, 2: true, 3: true, 4: true, 21: true, 22: true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PatchLines = %v, want %v", got, want)
	}
	if len(PatchLines("")) != 0 {
		t.Error("empty patch has lines")
	}
}

func FuzzPatchLines(f *testing.F) {
	f.Add("@@ -1,3 +1,4 @@\n a\n+b\n-c\n")
	f.Add("@@ -0,0 +1 @@\n+x")
	f.Fuzz(func(t *testing.T, patch string) {
		for line := range PatchLines(patch) {
			if line < 0 {
				t.Fatalf("negative line %d", line)
			}
		}
	})
}

// linkIn finds the markdown link target starting with prefix in body.
func linkIn(t *testing.T, body, prefix string) *url.URL {
	t.Helper()
	i := strings.Index(body, "]("+prefix)
	if i < 0 {
		t.Fatalf("no link to %s in:\n%s", prefix, body)
	}
	rest := body[i+2:]
	u, err := url.Parse(rest[:strings.IndexByte(rest, ')')])
	if err != nil {
		t.Fatal(err)
	}
	return u
}
