package report

import (
	"encoding/json"
	"io"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/finding"
)

// writeJSON prints the findings as a JSON array; each element carries every
// field of finding.Finding (rule, severity, message, file, line, project,
// sql, …) under its JSON tag, so a new field appears here by itself.
func writeJSON(w io.Writer, res *checkrun.Result, _ Options) error {
	out := res.Findings
	if out == nil {
		out = []finding.Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
