package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
)

// writeWorkflow prints GitHub Actions workflow commands (--format github),
// which the runner turns into annotations on the changed files.
func writeWorkflow(w io.Writer, res *checkrun.Result, o Options) error {
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
		fmt.Fprintf(w, "::%s %s::%s\n", level, strings.Join(props, ","), escapeData(withSQL(f)))
	}
	for _, p := range res.Projects {
		if p.MissingSQL == "" {
			continue
		}
		// The log shows the whole migration and the call to action once:
		// in a group, unless an annotation above already carries it.
		carried := false
		for _, f := range p.Findings {
			carried = carried || f.SQL == p.MissingSQL
		}
		fmt.Fprintf(w, "::group::The migration missing for %s\n", p.Schema)
		if !carried {
			fmt.Fprintf(w, "%s\n\n", strings.TrimRight(p.MissingSQL, "\n"))
		}
		fmt.Fprint(w, FixSentence(p, false, ""))
		if link := fixLink(p, o); link != "" {
			fmt.Fprintf(w, "\nOr create it on GitHub in one click (on %s):\n%s\n", o.Branch.Name, link)
		}
		fmt.Fprint(w, "::endgroup::\n")
	}
	return nil
}

// escapeData escapes a workflow command's message.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProp escapes a workflow command's property value.
func escapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
