package main

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/internal/golden"
)

// TestRulesDoc keeps docs/rules.md equal to `migsync rules --format
// markdown` (MIGSYNC_UPDATE_GOLDEN=1 rewrites it).
func TestRulesDoc(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"rules", "--format", "markdown"}, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	const doc = "../../docs/rules.md"
	if golden.Update() {
		if err := os.WriteFile(doc, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Errorf("%s is out of date: run MIGSYNC_UPDATE_GOLDEN=1 go test ./cmd/migsync -run TestRulesDoc", doc)
	}
	// Every finding links report.RuleURL: the fragment must be the one
	// GitHub gives the rule's heading (github-slugger: lowercase, drop
	// every character but letters, digits, spaces, "-" and "_", spaces as
	// "-").
	slug := func(heading string) string {
		s := strings.ToLower(strings.ReplaceAll(heading, "`", ""))
		s = regexp.MustCompile(`[^\p{L}\p{N}\- _]`).ReplaceAllString(s, "")
		return strings.ReplaceAll(s, " ", "-")
	}
	anchors := map[string]bool{}
	for _, l := range strings.Split(out.String(), "\n") {
		if h, ok := strings.CutPrefix(l, "### "); ok {
			anchors[slug(h)] = true
		}
	}
	for _, r := range checkrun.Rules() {
		if !strings.Contains(out.String(), "| [`"+r.ID+"`](#") {
			t.Errorf("%s missing from the markdown table", r.ID)
		}
		frag := strings.TrimPrefix(report.RuleURL(r.ID), report.RulesDoc+"#")
		if !anchors[frag] {
			t.Errorf("%s: report.RuleURL links #%s, which no heading of docs/rules.md has", r.ID, frag)
		}
	}
}

func TestRulesFormats(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"rules"}, &out, &errOut); code != exitOK || !strings.Contains(out.String(), "drift/missing-table") {
		t.Fatalf("text: exit %d\n%s%s", code, out.String(), errOut.String())
	}
	if n := strings.Count(out.String(), "\n"); n != len(checkrun.Rules()) {
		t.Errorf("text: %d lines for %d rules", n, len(checkrun.Rules()))
	}
	out.Reset()
	if code := run([]string{"rules", "--format", "json"}, &out, &errOut); code != exitOK {
		t.Fatalf("json: exit %d", code)
	}
	var rules []struct{ ID, Severity, Summary string }
	if err := json.Unmarshal(out.Bytes(), &rules); err != nil || len(rules) != len(checkrun.Rules()) || rules[0].Severity == "" {
		t.Errorf("json: %v, %d rules", err, len(rules))
	}
	errOut.Reset()
	if code := run([]string{"rules", "--format", "yaml"}, &out, &errOut); code != exitUsage || !strings.Contains(errOut.String(), "not one of") {
		t.Errorf("bad format: exit %d, %q", code, errOut.String())
	}
}
