package checkrun

import (
	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/prisma"
)

// DriftFindings turns differences between a project's lowered schema (want)
// and a database (the replayed migrations, or a live database for
// db-check) into findings of the project, each message prefixed with the
// schema element a developer recognises ("model RefreshToken", "field
// User.email") when the difference is positioned on the schema. Object keeps
// the database object's name, which ignore rules match.
func DriftFindings(project string, l *prisma.Lowered, diffs []drift.Difference) []finding.Finding {
	out := make([]finding.Finding, 0, len(diffs))
	var origins map[catalog.Pos]prisma.Origin
	if l != nil {
		origins = originsByLine(l)
	}
	for _, d := range diffs {
		f := d.Finding(project)
		if o, ok := origins[d.Want]; ok && !d.Want.IsZero() {
			f.Message = o.String() + ": " + f.Message
		}
		out = append(out, f)
	}
	return out
}
