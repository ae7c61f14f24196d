package checkrun

import (
	"context"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/prisma"
	"github.com/migsync/migsync/checkrun/tree"
)

// TestDriftFindings: differences against an empty database are named after
// the schema elements that declare them, at their lines.
func TestDriftFindings(t *testing.T) {
	schema, diags, err := prisma.LoadSchema(context.Background(), tree.NewDir("../examples/incident"), "prisma/schema.prisma")
	if err != nil || len(diags) > 0 {
		t.Fatal(err, diags)
	}
	l, ldiags := prisma.Lower(schema)
	if len(ldiags) > 0 {
		t.Fatal(ldiags)
	}
	diffs := drift.Compare(l.Catalog, catalog.New(catalog.Postgres))
	fs := DriftFindings("prisma/schema.prisma", l, diffs)
	if len(fs) != len(diffs) || len(fs) == 0 {
		t.Fatalf("%d findings for %d differences", len(fs), len(diffs))
	}
	var found bool
	for _, f := range fs {
		if f.Project != "prisma/schema.prisma" || f.Fingerprint == "" {
			t.Errorf("finding fields: %+v", f)
		}
		if f.Rule == drift.KindMissingTable && f.Line == 28 && strings.HasPrefix(f.Message, "model RefreshToken: ") {
			found = true
		}
	}
	if !found {
		t.Errorf("no missing-table finding for model RefreshToken at line 28: %+v", fs)
	}
}
