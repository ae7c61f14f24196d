package checkrun_test

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// The layer boundaries the README promises, checked on the real import
// graph (go list): the engine (checkrun/...) and the repository
// configuration link no GitHub library and no database driver, and do no
// process or network I/O of their own; db-check links drivers (reading a
// live database is its job) but no GitHub library.
//
// The one deliberate exception: checkrun/sqlddl replays SQLite migrations
// in an in-memory SQLite database (modernc.org/sqlite, pure Go, no file, no
// network), because SQLite's own parser is the only faithful reading of a
// SQLite migration. No other engine package may import the driver.

var githubModules = []string{
	"github.com/google/go-github/",
	"github.com/palantir/go-githubapp/",
	"github.com/bradleyfalzon/ghinstallation/",
	"github.com/shurcooL/githubv4",
	"golang.org/x/oauth2",
}

var driverModules = []string{
	"github.com/jackc/pgx/",
	"github.com/go-sql-driver/mysql",
	"github.com/lib/pq",
	"github.com/mattn/go-sqlite3",
	"modernc.org/sqlite",
}

// sqliteReplay is the package allowed to import modernc.org/sqlite.
const sqliteReplay = "github.com/migsync/migsync/checkrun/sqlddl"

type listed struct {
	ImportPath string
	Imports    []string
	Deps       []string
}

// goList lists the packages matching patterns and every package they
// depend on, by import path.
func goList(t *testing.T, patterns ...string) map[string]listed {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.Command("go", append([]string{"list", "-deps", "-json=ImportPath,Imports,Deps"}, patterns...)...)
	cmd.Dir = ".."
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("go list: %v\n%s", err, errOut.String())
	}
	pkgs := map[string]listed{}
	dec := json.NewDecoder(&out)
	for dec.More() {
		var p listed
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	return pkgs
}

// chain is the import path from one package to a dependency, for the
// failure message ("a → b → c").
func chain(pkgs map[string]listed, from, to string) string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == to {
			path := []string{to}
			for q := prev[to]; q != ""; q = prev[q] {
				path = append([]string{q}, path...)
			}
			return strings.Join(path, " → ")
		}
		for _, i := range pkgs[p].Imports {
			if _, seen := prev[i]; !seen {
				prev[i] = p
				queue = append(queue, i)
			}
		}
	}
	return from + " → … → " + to
}

func matches(path string, modules []string) bool {
	for _, m := range modules {
		if path == strings.TrimSuffix(m, "/") || strings.HasPrefix(path, m) {
			return true
		}
	}
	return false
}

func TestLayerBoundaries(t *testing.T) {
	const mod = "github.com/migsync/migsync/"
	pkgs := goList(t, "./checkrun/...", "./config/...", "./dbcheck/...")
	isSQLite := func(d string) bool { return d == "modernc.org/sqlite" || strings.HasPrefix(d, "modernc.org/sqlite/") }
	// Each forbidden edge (an allowed package importing a forbidden one)
	// is reported once, with the chain from the first package it was met in.
	reported := map[[2]string]bool{}
	checked := 0
	for path, p := range pkgs {
		rel, ok := strings.CutPrefix(path, mod)
		if !ok {
			continue
		}
		engine := rel == "checkrun" || strings.HasPrefix(rel, "checkrun/") || rel == "config" || strings.HasPrefix(rel, "internal/cache") || rel == "internal/similar"
		live := rel == "dbcheck" || strings.HasPrefix(rel, "dbcheck/")
		if !engine && !live {
			continue
		}
		checked++
		forbidden := func(d string) string {
			switch {
			case matches(d, githubModules):
				return "the GitHub library"
			case engine && matches(d, driverModules) && !isSQLite(d):
				return "the database driver"
			}
			return ""
		}
		for _, q := range append([]string{path}, p.Deps...) {
			if forbidden(q) != "" {
				continue
			}
			for _, d := range pkgs[q].Imports {
				if what := forbidden(d); what != "" && !reported[[2]string{q, d}] {
					reported[[2]string{q, d}] = true
					t.Errorf("%s links %s %s: %s", rel, what, d, chain(pkgs, path, d))
				}
			}
		}
		for _, i := range p.Imports {
			switch {
			case engine && (i == "os/exec" || i == "net" || i == "net/http"):
				t.Errorf("%s imports %s: the engine does no process or network I/O", rel, i)
			case engine && i == "modernc.org/sqlite" && path != sqliteReplay:
				t.Errorf("%s imports modernc.org/sqlite: only %s may (the in-memory SQLite replay)", rel, sqliteReplay)
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d packages checked: go list did not list the engine", checked)
	}
}

// TestHandlersImportNoEngine: the webhook handlers stay thin. They turn a
// payload into a Target and call the checker; they depend on no engine
// package (so they never parse SQL or Prisma) and on no database code.
func TestHandlersImportNoEngine(t *testing.T) {
	const mod = "github.com/migsync/migsync/"
	pkgs := goList(t, "./handlers")
	h, ok := pkgs[mod+"handlers"]
	if !ok {
		t.Fatal("go list did not list ./handlers")
	}
	for _, d := range h.Deps {
		rel, ok := strings.CutPrefix(d, mod)
		if !ok {
			continue
		}
		if rel == "checkrun" || strings.HasPrefix(rel, "checkrun/") || rel == "dbcheck" || strings.HasPrefix(rel, "dbcheck/") {
			t.Errorf("handlers depends on %s: %s", rel, chain(pkgs, mod+"handlers", d))
		}
	}
}
