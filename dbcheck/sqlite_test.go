package dbcheck

import (
	"path/filepath"
	"testing"

	"github.com/migsync/migsync/config"
	"github.com/migsync/migsync/dbcheck/dbtest"
)

// TestSQLiteCorpus: the SQLite corpus projects, deployed to a file,
// differ from their schemas exactly as their replayed migrations do.
func TestSQLiteCorpus(t *testing.T) {
	projects := map[string]string{ // corpus folder → schema
		"stonith404__pingvin-share": "backend/prisma/schema.prisma",
		"teableio__teable":          "packages/db-main-prisma/prisma/sqlite/schema.prisma",
	}
	for folder, schema := range projects {
		t.Run(folder, func(t *testing.T) {
			dir := dbtest.CopyDir(t, "../testdata/corpus/"+folder)
			migrations := defaultMigrations(schema)
			lite := dbtest.NewSQLite(t, filepath.Join(dir, filepath.Dir(schema), "dev.db"))
			lite.Deploy(t, dbtest.ReadMigrations(t, filepath.Join(dir, migrations)))
			lite.Close(t)
			res := runWith(t, Options{DatabaseURL: "file:./dev.db", Dir: dir, Schema: schema})
			if errs := errorsOf(res); len(errs) > 0 {
				t.Errorf("errors on a clean deploy:\n%s", dump(res))
			}
			sameAsRepositoryCheck(t, res, dir, config.Project{Schema: schema, Migrations: migrations})
		})
	}
}
