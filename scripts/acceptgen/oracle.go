package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// oracleScript is the oracle's entry point.
func oracleScript() string {
	if s := os.Getenv("ORACLE"); s != "" {
		return s
	}
	return "../shared/oracle/oracle.sh"
}

// Verdicts, as written to the JSON files.
const (
	InSync      = "in sync"
	Drift       = "drift"
	NoReference = "no reference"
)

// oracleResult is one oracle answer.
type oracleResult struct {
	SQL     string
	Verdict string // InSync or Drift
}

// project is a schema/migrations pair materialised on disk for the oracle.
type project struct {
	Root       string // folder holding the repository-relative paths
	Schema     string // file or folder, relative to Root
	Migrations string // relative to Root
	Provider   string // postgresql or sqlite
}

// path resolves a project path against Root (absolute paths are kept).
func (p project) path(rel string) string {
	if filepath.IsAbs(rel) {
		return rel
	}
	return filepath.Join(p.Root, rel)
}

// runOracle asks Prisma what the migrations miss. SQLite projects are run on
// a copy whose data statements are stubbed out (see stubDataStatements).
func runOracle(p project) (oracleResult, error) {
	migs := p.path(p.Migrations)
	if p.Provider == "sqlite" {
		tmp, err := os.MkdirTemp("", "acceptgen-sqlite-")
		if err != nil {
			return oracleResult{}, err
		}
		defer os.RemoveAll(tmp)
		if err := copyTree(migs, tmp, stubDataStatements); err != nil {
			return oracleResult{}, err
		}
		migs = tmp
	}
	cmd := exec.Command(oracleScript(), p.path(p.Schema), migs, p.Provider)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return oracleResult{SQL: out.String(), Verdict: InSync}, nil
	case errors.As(err, &exit) && exit.ExitCode() == 2:
		return oracleResult{SQL: out.String(), Verdict: Drift}, nil
	}
	code := ""
	if c := prismaErrorCode.FindString(errb.String()); c != "" {
		code = " (" + c + ")"
	}
	return oracleResult{}, fmt.Errorf("oracle %s %s: %v%s\n%s", p.Schema, p.Migrations, err, code, tail(errb.String(), 1500))
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// prismaErrorCode finds Prisma's error code (P1012, P3006, …) in its output.
var prismaErrorCode = regexp.MustCompile(`\bP[1-5][0-9]{3}\b`)

// dataStatement matches a statement that only changes rows: UPDATE, DELETE,
// or INSERT … VALUES (INSERT … SELECT of a RedefineTables copy is kept).
var dataStatement = regexp.MustCompile(`(?is)^\s*(?:--[^\n]*\n\s*)*(UPDATE|DELETE)\b|^\s*(?:--[^\n]*\n\s*)*INSERT\b.*\bVALUES\b`)

// stubDataStatements replaces each data statement of a SQLite migration by
// `SELECT 1`. The oracle's SQLite builds reject the double-quoted string
// literals those statements use ("internal"), which Prisma's native engine
// accepts; rows never change the schema, so the verdict is unaffected.
// Statements are split on ';' (none of the corpus's literals contain one).
func stubDataStatements(name string, data []byte) []byte {
	if filepath.Base(name) != "migration.sql" {
		return data
	}
	parts := strings.Split(string(data), ";")
	for i, s := range parts[:len(parts)-1] {
		if dataStatement.MatchString(s) {
			lead := s[:len(s)-len(strings.TrimLeft(s, " \t\r\n"))]
			parts[i] = lead + "SELECT 1"
		}
	}
	return []byte(strings.Join(parts, ";"))
}

// copyTree copies the files under src to dst, passing each through filter.
func copyTree(src, dst string, filter func(name string, data []byte) []byte) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if filter != nil {
			data = filter(p, data)
		}
		return os.WriteFile(target, data, 0o644)
	})
}
