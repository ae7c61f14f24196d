package report

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun"
)

// TestFormatsCarryTheFinding writes the incident in every CLI format and
// checks that each names the finding's rule, file, line and message: the
// fields a reader acts on, whatever the format.
func TestFormatsCarryTheFinding(t *testing.T) {
	res := incident()
	f := res.Findings[0]
	for _, name := range Formats(true) {
		var b bytes.Buffer
		if err := Write(&b, name, res, Options{Version: "1.2.3"}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := b.String()
		// JSON and SARIF escape quotes: compare against the message as
		// each format spells it.
		msg := f.Message
		if name == "json" || name == "sarif" {
			m, _ := json.Marshal(f.Message)
			msg = strings.Trim(string(m), `"`)
		}
		for field, want := range map[string]string{
			"rule": f.Rule, "file": f.File, "line": "24", "message": msg,
		} {
			if !strings.Contains(out, want) {
				t.Errorf("format %s: the %s %q is missing from:\n%s", name, field, want, out)
			}
		}
	}
}

func TestFormats(t *testing.T) {
	if got := Formats(true); !slices.Equal(got, []string{"text", "json", "github", "sarif"}) {
		t.Errorf("Formats(true) = %v", got)
	}
	if got := Formats(false); !slices.Equal(got, []string{"text", "json", "github"}) {
		t.Errorf("Formats(false) = %v", got)
	}
	err := Write(&bytes.Buffer{}, "xml", &checkrun.Result{}, Options{})
	if err == nil || !strings.Contains(err.Error(), `"xml"`) {
		t.Errorf("unknown format: %v", err)
	}
}

func TestSARIFNamesTheVersionAndEachRuleOnce(t *testing.T) {
	res := incident()
	res.Findings = append(res.Findings, res.Findings[0])
	var b bytes.Buffer
	if err := Write(&b, "sarif", res, Options{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version string
					Rules   []struct{ ID string }
				}
			}
			Results []json.RawMessage
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	d := log.Runs[0].Tool.Driver
	if d.Version != "1.2.3" {
		t.Errorf("driver version %q, want 1.2.3", d.Version)
	}
	var ids []string
	for _, r := range d.Rules {
		ids = append(ids, r.ID)
	}
	if want := []string{"drift/missing-index", "rules/schema-changed-without-migration"}; !slices.Equal(ids, want) {
		t.Errorf("rules %v, want %v (sorted, each once)", ids, want)
	}
	if len(log.Runs[0].Results) != 3 {
		t.Errorf("%d results, want 3", len(log.Runs[0].Results))
	}
}

func TestLocation(t *testing.T) {
	for _, c := range []struct {
		file string
		line int
		want string
	}{
		{"a.prisma", 3, "a.prisma:3"},
		{"a.prisma", 0, "a.prisma"},
		{"", 0, ""},
	} {
		f := incident().Findings[0]
		f.File, f.Line = c.file, c.line
		if got := Location(f); got != c.want {
			t.Errorf("Location(file %q, line %d) = %q, want %q", c.file, c.line, got, c.want)
		}
	}
}
