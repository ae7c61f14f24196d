package dbcheck

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/dbcheck/myquery"
)

// mySession is one read-only transaction on a MySQL or MariaDB database.
type mySession struct {
	db      *sql.DB
	conn    *sql.Conn
	tx      *sql.Tx
	mariadb bool
	// pendingChecks are CHECK constraints (table, name, clause) read before
	// the tables, added to them afterwards.
	pendingChecks [][3]string
}

// openMySQL connects and starts a READ ONLY transaction after setting the
// session's statement and lock timeouts (max_statement_time on MariaDB,
// max_execution_time on MySQL; lock_wait_timeout on both).
func openMySQL(ctx context.Context, t *Target, limits Limits) (*mySession, error) {
	cfg := t.my.Clone()
	if t.rootCert != "" {
		tlsCfg, err := t.mysqlTLS() // tls.go
		if err != nil {
			return nil, &ConnError{Target: t.String(), Reason: err.Error()}
		}
		cfg.TLS = tlsCfg
	}
	cfg.Timeout = limits.Connect
	cfg.ReadTimeout = limits.Statement + 5*time.Second
	cfg.WriteTimeout = limits.Statement + 5*time.Second
	cfg.MultiStatements = false
	cfg.ParseTime = true
	cfg.Loc = time.UTC
	connector, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, fmt.Errorf("--database-url: %s", t.Redact(err.Error()))
	}
	db := sql.OpenDB(connector)
	db.SetMaxOpenConns(1)
	// connecting and the handshake are bounded by the connect timeout
	cctx, cancel := context.WithTimeout(ctx, limits.Connect)
	defer cancel()
	conn, err := db.Conn(cctx)
	if err != nil {
		db.Close()
		return nil, connectFailed(t, err)
	}
	s := &mySession{db: db, conn: conn}
	var version string
	if err := conn.QueryRowContext(cctx, "SELECT VERSION()").Scan(&version); err != nil {
		s.close()
		return nil, connectFailed(t, err)
	}
	s.mariadb = strings.Contains(strings.ToLower(version), "mariadb")
	sets := []string{fmt.Sprintf("SET SESSION lock_wait_timeout = %d", max(1, int(limits.Lock.Seconds())))}
	if s.mariadb {
		sets = append(sets, fmt.Sprintf("SET SESSION max_statement_time = %g", limits.Statement.Seconds()))
	} else {
		sets = append(sets, fmt.Sprintf("SET SESSION max_execution_time = %d", limits.Statement.Milliseconds()))
	}
	for _, q := range sets {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			s.close()
			return nil, connectError(t, err)
		}
	}
	// database/sql sends START TRANSACTION READ ONLY for a read-only
	// transaction on this driver.
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		s.close()
		return nil, connectError(t, err)
	}
	s.tx = tx
	return s, nil
}

func (s *mySession) close() {
	if s.tx != nil {
		s.tx.Rollback()
	}
	if s.conn != nil {
		s.conn.Close()
	}
	s.db.Close()
}

// Close ends the transaction (rolled back: it changed nothing) and the
// connection.
func (s *mySession) Close() { s.close() }

func (s *mySession) rows(ctx context.Context, q string, args ...any) ([][]sql.NullString, error) {
	return myquery.Rows(ctx, s.tx, q, args...)
}

// History reads _prisma_migrations; ok is false when the table does not exist.
func (s *mySession) History(ctx context.Context) ([]MigrationRow, bool, error) {
	return sqlHistory(ctx, s.tx, `SELECT COUNT(*) FROM information_schema.TABLES
		WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '_prisma_migrations'`,
		"SELECT id, checksum, finished_at, migration_name, COALESCE(logs, ''), rolled_back_at, started_at, applied_steps_count "+
			"FROM `_prisma_migrations` ORDER BY started_at, migration_name")
}

// Catalog reads the current database's tables from information_schema into
// the replay's canonical forms.
func (s *mySession) Catalog(ctx context.Context) (*catalog.Catalog, error) {
	cat := catalog.New(catalog.MySQL)
	jsonChecks, err := s.checks(ctx, cat)
	if err != nil {
		return nil, err
	}
	rows, err := s.rows(ctx, `SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE, c.COLUMN_DEFAULT, c.EXTRA, c.DATA_TYPE,
			COALESCE(c.GENERATION_EXPRESSION, '')
		FROM information_schema.COLUMNS c JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
		WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE' AND c.TABLE_NAME <> '_prisma_migrations'
		ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION`)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		tb := cat.Table("", r[0].String)
		if tb == nil {
			tb = cat.AddTable(&catalog.Table{Name: r[0].String})
		}
		extra := strings.ToLower(r[5].String)
		c := &catalog.Column{Name: r[1].String, NotNull: r[3].String == "NO", AutoIncrement: strings.Contains(extra, "auto_increment")}
		c.Type = myquery.Type(r[2].String)
		if jsonChecks[strings.ToLower(tb.Name)+"."+strings.ToLower(c.Name)] && strings.EqualFold(r[6].String, "longtext") {
			c.Type = catalog.Type{Name: "JSON"} // MariaDB's JSON is LONGTEXT CHECK (json_valid(…))
		}
		if r[4].Valid {
			c.Default = s.columnDefault(r[4].String, extra, r[6].String, c.Type)
		}
		if g := strings.TrimSpace(r[7].String); g != "" && !strings.Contains(extra, "default_generated") {
			c.Generated = g
		}
		tb.Columns = append(tb.Columns, c)
	}
	for _, read := range []struct {
		query string
		add   func(*catalog.Catalog, [][]sql.NullString)
	}{{myquery.Indexes, myquery.AddIndexes}, {myquery.ForeignKeys, myquery.AddForeignKeys}} {
		rows, err := s.rows(ctx, read.query)
		if err != nil {
			return nil, err
		}
		read.add(cat, rows)
	}
	if err := s.viewsAndTriggers(ctx, cat); err != nil {
		return nil, err
	}
	cat.Sort()
	return cat, nil
}

var reJSONValid = regexp.MustCompile("^json_valid\\(`([^`]+)`\\)$")

// checks reads CHECK constraints: MariaDB's json_valid checks mark JSON
// columns (returned as table.column, lower case); the others are kept as
// extras, added once the tables exist.
func (s *mySession) checks(ctx context.Context, cat *catalog.Catalog) (map[string]bool, error) {
	// MariaDB's CHECK_CONSTRAINTS names the table (and shows to a user with
	// SELECT only, unlike TABLE_CONSTRAINTS); MySQL's needs the join.
	q := `SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
		FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc
		  ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
		WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_NAME <> '_prisma_migrations'
		ORDER BY 1, 2`
	if s.mariadb {
		q = `SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
		WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME <> '_prisma_migrations' ORDER BY 1, 2`
	}
	rows, err := s.rows(ctx, q)
	var me *mysql.MySQLError
	if errors.As(err, &me) && me.Number == 1109 {
		// information_schema.CHECK_CONSTRAINTS is missing before MySQL
		// 8.0.16 / MariaDB 10.2: no checks to report.
		return map[string]bool{}, nil
	}
	if err != nil {
		return nil, err
	}
	json := map[string]bool{}
	s.pendingChecks = nil
	for _, r := range rows {
		clause := strings.TrimSpace(r[2].String)
		if m := reJSONValid.FindStringSubmatch(clause); m != nil {
			json[strings.ToLower(r[0].String)+"."+strings.ToLower(m[1])] = true
			continue
		}
		s.pendingChecks = append(s.pendingChecks, [3]string{r[0].String, r[1].String, clause})
	}
	return json, nil
}

func (s *mySession) viewsAndTriggers(ctx context.Context, cat *catalog.Catalog) error {
	for _, c := range s.pendingChecks {
		if tb := cat.Table("", c[0]); tb != nil {
			tb.Checks = append(tb.Checks, &catalog.Check{Name: c[1], Expr: c[2]})
		}
	}
	views, err := s.rows(ctx, `SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1`)
	if err != nil {
		return err
	}
	for _, r := range views {
		cat.Views = append(cat.Views, &catalog.View{Name: r[0].String})
	}
	triggers, err := s.rows(ctx, `SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY 2`)
	if err != nil {
		return err
	}
	for _, r := range triggers {
		if tb := cat.Table("", r[0].String); tb != nil {
			tb.Triggers = append(tb.Triggers, &catalog.Trigger{Name: r[1].String})
		}
	}
	return nil
}

var (
	reMyNumber  = regexp.MustCompile(`^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$`)
	reMyNowFunc = regexp.MustCompile(`(?i)^(current_timestamp|now|localtime|localtimestamp)(\(\d*\))?$`)
)

// columnDefault classifies information_schema's COLUMN_DEFAULT as the
// replay classifies a DEFAULT clause. MariaDB quotes string defaults and
// reports a NULL default as the text NULL; MySQL reports strings unquoted
// and marks expression defaults DEFAULT_GENERATED.
func (s *mySession) columnDefault(v, extra, dataType string, typ catalog.Type) *catalog.Default {
	switch {
	case s.mariadb && v == "NULL":
		return nil
	case reMyNowFunc.MatchString(v):
		return &catalog.Default{Kind: catalog.DefaultNow}
	case s.mariadb && strings.HasPrefix(v, "'"):
		// MariaDB writes the literal as SQL ('it''s \\ x'): the canonical
		// form quotes the value itself, as the replay does.
		return &catalog.Default{Kind: catalog.DefaultValue, Value: "'" + strings.ReplaceAll(unescapeMySQLString(v), "'", "''") + "'"}
	case !s.mariadb && strings.Contains(extra, "default_generated"):
		return &catalog.Default{Kind: catalog.DefaultExpr, Value: myExpression(v)}
	}
	if reMyNumber.MatchString(v) && isNumericType(dataType) {
		if typ.Name == "TINYINT(1)" && (v == "0" || v == "1") {
			return &catalog.Default{Kind: catalog.DefaultValue, Value: map[string]string{"0": "false", "1": "true"}[v]}
		}
		return &catalog.Default{Kind: catalog.DefaultValue, Value: trimDecimal(v)}
	}
	if !s.mariadb {
		return &catalog.Default{Kind: catalog.DefaultValue, Value: "'" + strings.ReplaceAll(v, "'", "''") + "'"}
	}
	return &catalog.Default{Kind: catalog.DefaultExpr, Value: myExpression(v)}
}

// myExpression is an expression default as Prisma's describer keeps it
// (dbgenerated_expression) and a migration must write it: in parentheses.
func myExpression(v string) string {
	if strings.HasPrefix(v, "(") {
		return v
	}
	return "(" + v + ")"
}

// unescapeMySQLString is the value of a quoted MySQL string literal: ”
// is a quote, a backslash escapes the next character (\n, \t, \0, \Z
// and \b are control characters).
func unescapeMySQLString(lit string) string {
	if len(lit) < 2 || lit[0] != '\'' || lit[len(lit)-1] != '\'' {
		return lit
	}
	body := lit[1 : len(lit)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '\'' && i+1 < len(body) && body[i+1] == '\'':
			b.WriteByte('\'')
			i++
		case c == '\\' && i+1 < len(body):
			i++
			switch body[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case '0':
				b.WriteByte(0)
			case 'Z':
				b.WriteByte(26)
			case 'b':
				b.WriteByte('\b')
			default:
				b.WriteByte(body[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isNumericType(dataType string) bool {
	switch strings.ToLower(dataType) {
	case "tinyint", "smallint", "mediumint", "int", "integer", "bigint", "decimal", "numeric", "float", "double", "real", "bit", "year":
		return true
	}
	return false
}

// trimDecimal drops the zeros a DECIMAL column's default is padded with
// (1.500000 → 1.5), as the migration wrote it.
func trimDecimal(v string) string {
	if !strings.Contains(v, ".") || strings.ContainsAny(v, "eE") {
		return v
	}
	v = strings.TrimRight(v, "0")
	return strings.TrimSuffix(v, ".")
}
