//go:build cgo

package pgparse

import (
	pg "github.com/pganalyze/pg_query_go/v6"
	pgparser "github.com/pganalyze/pg_query_go/v6/parser"
)

// Backend is the libpg_query build in use.
const Backend = "cgo"

// Error is a parse error; Cursorpos is the 1-based character position.
type Error = pgparser.Error

// Parse parses SQL into a tree.
func Parse(sql string) (*pg.ParseResult, error) { return pg.Parse(sql) }

// Deparse turns a tree back into SQL.
func Deparse(tree *pg.ParseResult) (string, error) { return pg.Deparse(tree) }

// ParsePlPgSqlToJSON parses a PL/pgSQL function body to pg_query's JSON.
func ParsePlPgSqlToJSON(sql string) (string, error) { return pg.ParsePlPgSqlToJSON(sql) }
