package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/config"
)

// writeResult prints a result in one of the CLI formats.
func writeResult(w io.Writer, format string, res *checkrun.Result, cfg *config.Repo, strict bool) error {
	switch format {
	case "json":
		return writeJSON(w, res)
	case "github":
		return writeGitHub(w, res)
	case "sarif":
		return writeSARIF(w, res)
	}
	return writeText(w, res, cfg, strict)
}

// jsonFinding is the JSON form of a finding: every field of finding.Finding
// (rule, severity, message, file, line, project, sql, …).
type jsonFinding = finding.Finding

func writeJSON(w io.Writer, res *checkrun.Result) error {
	out := res.Findings
	if out == nil {
		out = []jsonFinding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeText(w io.Writer, res *checkrun.Result, cfg *config.Repo, strict bool) error {
	if len(res.Projects) == 0 {
		fmt.Fprintln(w, "migsync: no Prisma project with a migrations folder found.")
		return nil
	}
	for _, p := range res.Projects {
		fmt.Fprintf(w, "%s ↔ %s (%s, %d migrations)\n", p.Schema, p.Migrations, p.Provider, p.MigrationCount)
		if len(p.Findings) == 0 {
			fmt.Fprintln(w, "  in sync")
		}
		for _, f := range p.Findings {
			loc := f.File
			if f.Line > 0 {
				loc = fmt.Sprintf("%s:%d", f.File, f.Line)
			}
			tag := ""
			if !f.Introduced {
				tag = " (pre-existing)"
			}
			fmt.Fprintf(w, "  %s: %s%s [%s] %s\n", loc, f.Severity, tag, f.Rule, f.Message)
		}
		if p.MissingSQL != "" {
			fmt.Fprintf(w, "\n  The migration Prisma would generate for %s:\n\n", p.Schema)
			for _, line := range strings.Split(strings.TrimRight(p.MissingSQL, "\n"), "\n") {
				fmt.Fprintf(w, "    %s\n", line)
			}
			if p.Command != "" {
				fmt.Fprintf(w, "\n  Create it with: %s\n", p.Command)
			}
		}
		fmt.Fprintln(w)
	}
	counts := map[finding.Severity]int{}
	failing := 0
	for _, f := range res.Findings {
		counts[f.Severity]++
		if checkrun.Failing(f, cfg, strict) {
			failing++
		}
	}
	fmt.Fprintf(w, "%d error(s), %d warning(s), %d notice(s); %d failing.\n", counts[finding.Error], counts[finding.Warning], counts[finding.Notice], failing)
	return nil
}

// writeGitHub prints GitHub Actions workflow commands, which the runner turns
// into annotations on the changed files.
func writeGitHub(w io.Writer, res *checkrun.Result) error {
	for _, f := range res.Findings {
		level := "notice"
		switch f.Severity {
		case finding.Error:
			level = "error"
		case finding.Warning:
			level = "warning"
		}
		props := []string{}
		if f.File != "" {
			props = append(props, "file="+escapeProp(f.File))
			if f.Line > 0 {
				props = append(props, fmt.Sprintf("line=%d", f.Line))
				if f.EndLine > f.Line {
					props = append(props, fmt.Sprintf("endLine=%d", f.EndLine))
				}
			}
		}
		props = append(props, "title="+escapeProp("migsync "+f.Rule))
		msg := f.Message
		if f.SQL != "" {
			msg += "\n\n" + f.SQL
		}
		fmt.Fprintf(w, "::%s %s::%s\n", level, strings.Join(props, ","), escapeData(msg))
	}
	for _, p := range res.Projects {
		if p.MissingSQL != "" {
			fmt.Fprintf(w, "::group::migration.sql missing for %s\n%s\n::endgroup::\n", p.Schema, p.MissingSQL)
		}
	}
	return nil
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// SARIF 2.1.0, the subset code-scanning tools read.
type sarifLog struct {
	Version string     `json:"version"`
	Schema  string     `json:"$schema"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	ShortDescription sarifMessage `json:"shortDescription"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
	EndLine   int `json:"endLine,omitempty"`
}

func writeSARIF(w io.Writer, res *checkrun.Result) error {
	run := sarifRun{Tool: sarifTool{Driver: sarifDriver{Name: "migsync", Version: version}}, Results: []sarifResult{}}
	rules := map[string]bool{}
	for _, f := range res.Findings {
		rules[f.Rule] = true
		level := map[finding.Severity]string{finding.Error: "error", finding.Warning: "warning"}[f.Severity]
		if level == "" {
			level = "note"
		}
		text := f.Message
		if f.SQL != "" {
			text += "\n\n" + f.SQL
		}
		r := sarifResult{RuleID: f.Rule, Level: level, Message: sarifMessage{Text: text},
			PartialFingerprints: map[string]string{"migsync/v1": f.Fingerprint}}
		if f.File != "" {
			loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: f.File}}}
			if f.Line > 0 {
				loc.PhysicalLocation.Region = &sarifRegion{StartLine: f.Line}
				if f.EndLine > f.Line {
					loc.PhysicalLocation.Region.EndLine = f.EndLine
				}
			}
			r.Locations = []sarifLocation{loc}
		}
		run.Results = append(run.Results, r)
	}
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: id, ShortDescription: sarifMessage{Text: id}})
	}
	if run.Tool.Driver.Rules == nil {
		run.Tool.Driver.Rules = []sarifRule{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Version: "2.1.0", Schema: "https://json.schemastore.org/sarif-2.1.0.json", Runs: []sarifRun{run}})
}
