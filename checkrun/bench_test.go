package checkrun

import (
	"context"
	"testing"

	"github.com/migsync/migsync/checkrun/tree"
)

// BenchmarkAnalyzeTriggerDev checks the largest corpus project (two
// projects, 820 + 3 PostgreSQL migrations) from disk, as `migsync check`
// does. bench/run.sh records its output with the reference's timing.
func BenchmarkAnalyzeTriggerDev(b *testing.B) {
	benchmarkAnalyze(b, "../testdata/corpus/triggerdotdev__trigger.dev")
}

// BenchmarkAnalyzeDocumenso is a mid-sized project (163 migrations).
func BenchmarkAnalyzeDocumenso(b *testing.B) {
	benchmarkAnalyze(b, "../testdata/corpus/documenso__documenso")
}

func benchmarkAnalyze(b *testing.B, dir string) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		// A fresh tree each time, so files are listed and read again; the
		// PostgreSQL parse trees stay in the process's cache after the first
		// iteration, as on the App's warm checks (sqlddl's
		// BenchmarkReplayTriggerDev measures the replay from cold).
		res, err := Analyze(context.Background(), nil, tree.NewDir(dir), Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Projects) == 0 {
			b.Fatal("no project found")
		}
	}
}
