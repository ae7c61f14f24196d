package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/config"
)

// Options is what a CLI format needs besides the result.
type Options struct {
	// Config is the repository configuration the analysis used (nil:
	// defaults); it decides which findings fail.
	Config *config.Repo
	// Strict counts every finding as failing (`migsync check --strict`).
	Strict bool
	// Version is migsync's version, named by formats that record the tool.
	Version string
	// Branch is where the missing migration can be created in one click
	// (GitHub's new-file page); nil: no link.
	Branch *Branch
	// Prefix is the checked folder's path in the repository when the
	// result's paths are relative to it (text), for the link's file name.
	Prefix string
}

// Format is one CLI output format.
type Format struct {
	// Name is the value of --format.
	Name string
	// CommitOnly marks a format whose results only make sense against a
	// commit (a SARIF upload is tied to one), so `migsync db-check`, which
	// reads a live database, does not offer it.
	CommitOnly bool
	write      func(w io.Writer, res *checkrun.Result, o Options) error
}

// formats lists the CLI formats in the order the help names them; the first
// is the default.
var formats = []Format{
	{Name: "text", write: writeText},
	{Name: "json", write: writeJSON},
	{Name: "github", write: writeWorkflow},
	{Name: "sarif", CommitOnly: true, write: writeSARIF},
}

// Formats names the CLI formats: all of them for a check of a commit or a
// checkout, those that suit a live database when commit is false.
func Formats(commit bool) []string {
	var out []string
	for _, f := range formats {
		if commit || !f.CommitOnly {
			out = append(out, f.Name)
		}
	}
	return out
}

// Write writes res to w in the named CLI format.
func Write(w io.Writer, format string, res *checkrun.Result, o Options) error {
	for _, f := range formats {
		if f.Name == format {
			return f.write(w, res, o)
		}
	}
	return fmt.Errorf("unknown output format %q (one of %s)", format, strings.Join(Formats(true), ", "))
}
