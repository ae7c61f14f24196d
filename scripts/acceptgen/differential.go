package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// The differential: generated schemas (schemagen.go), each answered by the
// Prisma oracle in two directions, written under testdata/generated/differential:
//
//	<provider>/<n>/schema.prisma   generateSchema(provider, n)
//	<provider>/<n>/create.sql      Prisma's migration from an empty migrations folder
//	<provider>/<n>/roundtrip.sql   Prisma's answer when create.sql is the only migration
//	                               (empty: in sync)
//	<provider>/generated.json      how many schemas were tried, kept and rejected (and why)
//
// MySQL has no offline oracle: its schemas are only checked with `prisma
// validate` (Prisma's own parser and validator) and carry no answer; the
// tests prove them on the MariaDB server instead.

const differentialDir = generatedDir + "/differential"

// differentialCounts is the number of schemas per provider.
var differentialCounts = map[string]int{"postgresql": 320, "sqlite": 320, "mysql": 160}

type generatedSummary struct {
	Comment  string           `json:"comment"`
	Provider string           `json:"provider"`
	Tried    int              `json:"tried"`
	Kept     int              `json:"kept"`
	Rejected []rejectedSchema `json:"rejected"`
}

type rejectedSchema struct {
	N     int    `json:"n"`
	Error string `json:"error"`
}

// genDifferential (re)builds the cases of the providers. Cases whose schema
// and answers are on disk already are kept unless force is set, so an
// interrupted run resumes.
func genDifferential(providers []string, count, jobs int, force bool) error {
	for _, p := range providers {
		n := differentialCounts[p]
		if count > 0 {
			n = count
		}
		if err := genDifferentialProvider(p, n, jobs, force); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	return nil
}

func genDifferentialProvider(provider string, count, jobs int, force bool) error {
	root := filepath.Join(differentialDir, provider)
	if err := os.MkdirAll(root, 0o755); err != nil {
		return err
	}
	type result struct {
		n   int
		err error // a rejected schema (Prisma refused it)
		io  error // anything else: stop
	}
	work := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < max(jobs, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range work {
				rej, err := buildDifferentialCase(provider, root, n, force)
				results <- result{n: n, err: rej, io: err}
			}
		}()
	}
	go func() {
		for n := 0; n < count; n++ {
			work <- n
		}
		close(work)
		wg.Wait()
		close(results)
	}()
	sum := generatedSummary{
		Comment:  "Written by scripts/gen-differential.sh: schemas generated, kept (answered by Prisma) and rejected by Prisma (a generator bug).",
		Provider: provider, Tried: count, Rejected: []rejectedSchema{},
	}
	var firstErr error
	done := 0
	for r := range results {
		done++
		switch {
		case r.io != nil && firstErr == nil:
			firstErr = fmt.Errorf("case %d: %w", r.n, r.io)
		case r.err != nil:
			sum.Rejected = append(sum.Rejected, rejectedSchema{N: r.n, Error: firstLines(r.err.Error(), 12)})
			fmt.Fprintf(os.Stderr, "%s %04d rejected: %s\n", provider, r.n, firstLines(r.err.Error(), 6))
		default:
			sum.Kept++
		}
		if done%20 == 0 {
			fmt.Fprintf(os.Stderr, "%s: %d/%d\n", provider, done, count)
		}
	}
	if firstErr != nil {
		return firstErr
	}
	sort.Slice(sum.Rejected, func(i, j int) bool { return sum.Rejected[i].N < sum.Rejected[j].N })
	// Case folders beyond count (from an earlier, larger run) are removed.
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		var n int
		if _, err := fmt.Sscanf(e.Name(), "%04d", &n); err == nil && e.IsDir() && n >= count {
			_ = os.RemoveAll(filepath.Join(root, e.Name()))
		}
	}
	b, _ := json.MarshalIndent(sum, "", "  ")
	return os.WriteFile(filepath.Join(root, "generated.json"), append(b, '\n'), 0o644)
}

// buildDifferentialCase writes case n. It returns rejected != nil when
// Prisma refuses the schema (the folder is then removed).
func buildDifferentialCase(provider, root string, n int, force bool) (rejected, err error) {
	dir := filepath.Join(root, fmt.Sprintf("%04d", n))
	schema := generateSchema(provider, n)
	answers := []string{"create.sql", "roundtrip.sql"}
	if provider == "mysql" {
		answers = nil
	}
	if !force && upToDate(dir, schema, answers) {
		return nil, nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "acceptgen-diff-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "schema.prisma"), []byte(schema), 0o644); err != nil {
		return nil, err
	}
	if provider == "mysql" {
		if err := prismaValidate(filepath.Join(tmp, "schema.prisma")); err != nil {
			return prismaRefused(err)
		}
		return nil, writeFiles(dir, map[string]string{"schema.prisma": schema})
	}
	lock := "provider = \"" + provider + "\"\n"
	empty := filepath.Join(tmp, "empty")
	if err := writeFiles(empty, map[string]string{"migration_lock.toml": lock}); err != nil {
		return nil, err
	}
	p := project{Root: tmp, Schema: "schema.prisma", Migrations: "empty", Provider: provider}
	create, err := runOracle(p)
	if err != nil {
		return prismaRefused(err)
	}
	once := filepath.Join(tmp, "once")
	if err := writeFiles(once, map[string]string{"migration_lock.toml": lock, "20250101000000_init/migration.sql": create.SQL}); err != nil {
		return nil, err
	}
	p.Migrations = "once"
	round, err := runOracle(p)
	if err != nil {
		if rej, err := prismaRefused(err); rej != nil {
			return fmt.Errorf("round trip: %w", rej), err
		}
		return nil, err
	}
	return nil, writeFiles(dir, map[string]string{"schema.prisma": schema, "create.sql": create.SQL, "roundtrip.sql": round.SQL})
}

// prismaRefused sorts an oracle failure: Prisma's own error (a schema it
// rejects, P1012; a migration its shadow database refuses, P3006/P3018) is
// a rejected case, anything else (the oracle missing or broken) stops the run.
func prismaRefused(err error) (rejected, fatal error) {
	for _, code := range []string{"P1012", "P3006", "P3018"} {
		if strings.Contains(err.Error(), code) {
			return err, nil
		}
	}
	return nil, err
}

func upToDate(dir, schema string, answers []string) bool {
	b, err := os.ReadFile(filepath.Join(dir, "schema.prisma"))
	if err != nil || string(b) != schema {
		return false
	}
	for _, a := range answers {
		if _, err := os.Stat(filepath.Join(dir, a)); err != nil {
			return false
		}
	}
	return true
}

func writeFiles(dir string, files map[string]string) error {
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// prismaValidate runs `prisma validate` (Prisma 7.10.1's own parser and
// validator, from the oracle's installation) on a schema; nil means valid.
// The schema-engine shim stands in for the native engine binary the CLI
// would otherwise download at start-up; validate itself never uses it.
func prismaValidate(schema string) error {
	home := os.Getenv("PRISMA_ORACLE_HOME")
	if home == "" {
		home = "/tmp/prisma-oracle"
	}
	shim, err := filepath.Abs(filepath.Join(filepath.Dir(oracleScript()), "engine-shim.mjs"))
	if err != nil {
		return err
	}
	cmd := exec.Command("node", filepath.Join(home, "node_modules/prisma/build/index.js"), "validate", "--schema", schema)
	cmd.Env = append(os.Environ(), "PRISMA_SCHEMA_ENGINE_BINARY="+shim, "CHECKPOINT_DISABLE=1", "PRISMA_HIDE_UPDATE_MESSAGE=1", "NO_COLOR=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) && strings.Contains(out.String(), "P1012") {
		return fmt.Errorf("prisma validate (P1012): %s", tail(out.String(), 1500))
	}
	if err != nil {
		return fmt.Errorf("prisma validate: %v: %s", err, tail(out.String(), 500))
	}
	return nil
}

func firstLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
