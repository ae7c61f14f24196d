package sqlddl

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pingcap/tidb/pkg/parser"
	"github.com/pingcap/tidb/pkg/parser/ast"
)

// errMySQLParserPanic marks a statement the TiDB parser panicked on.
var errMySQLParserPanic = errors.New("the MySQL parser failed on this statement")

// parseMySQL runs the TiDB parser, turning a panic into an error: the
// literal-value driver it is linked with (parser/test_driver) panics on a
// decimal literal of more than 81 digits ("This branch is not
// implemented…", found by FuzzReplayMySQL), which would end the whole
// check. fresh reports that p must not be used again (a panic leaves it
// mid-parse).
func parseMySQL(p *parser.Parser, sql string) (stmts []ast.StmtNode, fresh bool, err error) {
	defer func() {
		if v := recover(); v != nil {
			msg, _, _ := strings.Cut(fmt.Sprint(v), ". ")
			stmts, fresh, err = nil, true, fmt.Errorf("%w (%s)", errMySQLParserPanic, msg)
		}
	}()
	stmts, _, err = p.ParseSQL(sql)
	return stmts, false, err
}

// parse parses a statement of the migration with the replay's parser.
func (r *mysqlReplay) parse(sql string) ([]ast.StmtNode, error) {
	stmts, fresh, err := parseMySQL(r.parser, sql)
	if fresh {
		r.parser = parser.New()
		r.parser.SetMariaDB(true)
	}
	return stmts, err
}
