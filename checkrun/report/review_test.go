package report

import (
	"reflect"

	"github.com/migsync/migsync/checkrun/finding"
	"strings"
	"testing"
)

func TestPlanReviewGolden(t *testing.T) {
	res := incident()
	// The schema's lines 20-32 are in the diff (the model was added).
	inDiff := func(path string, line int) bool {
		return path == "prisma/schema.prisma" && line >= 20 && line <= 32
	}
	r := PlanReview(res, inDiff)
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
	golden(t, "review-comment.golden", c.Body)
	golden(t, "review-body.golden", ReviewBody(r, "migsync"))
}

func TestPlanReviewGroupsFindingsOnALine(t *testing.T) {
	res := incident()
	rule := res.Findings[0]
	rule.Rule, rule.Class, rule.SQL = "rules/schema-changed-without-migration", finding.Change, ""
	rule.Message = "the schema changes the database but this change adds no migration."
	rule.SetFingerprint()
	res.Findings = append(res.Findings, rule)
	r := PlanReview(res, func(string, int) bool { return true })
	if len(r.Comments) != 1 {
		t.Fatalf("%d comments, want one for the line", len(r.Comments))
	}
	c := r.Comments[0]
	if len(c.Fingerprints) != 2 || !reflect.DeepEqual(ParseMarkers(c.Body), c.Fingerprints) {
		t.Errorf("fingerprints %q, markers %q", c.Fingerprints, ParseMarkers(c.Body))
	}
	if strings.Count(c.Body, "CREATE TABLE") != 1 {
		t.Errorf("SQL repeated or missing:\n%s", c.Body)
	}
	if !strings.Contains(ReviewBody(r, "migsync"), "2 problems") {
		t.Errorf("review body: %s", ReviewBody(r, "migsync"))
	}
}

func TestPlanReviewOutsideDiff(t *testing.T) {
	r := PlanReview(incident(), func(string, int) bool { return false })
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
