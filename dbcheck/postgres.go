package dbcheck

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/dbcheck/pgquery"
)

// pgSession is one read-only transaction on a PostgreSQL database.
type pgSession struct {
	conn    *pgx.Conn
	tx      pgx.Tx
	schema  string   // the search schema (?schema=), whose objects are the catalogue's default schema
	schemas []string // every schema introspected
}

// openPostgres connects and starts a READ ONLY, REPEATABLE READ transaction
// with statement and lock timeouts: nothing db-check sends can change the
// database, wait on a lock for long or run away.
func openPostgres(ctx context.Context, t *Target, limits Limits) (*pgSession, error) {
	cfg := t.pg.Copy()
	if t.rootCert != "" {
		p, _, err := t.rootCertFile() // tls.go
		if err != nil {
			return nil, &ConnError{Target: t.String(), Reason: err.Error()}
		}
		if cfg, err = t.pgConfig(p); err != nil {
			return nil, err
		}
	}
	cfg.ConnectTimeout = limits.Connect
	cfg.RuntimeParams["application_name"] = "migsync db-check"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, connectFailed(t, err)
	}
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		conn.Close(context.Background())
		return nil, connectError(t, err)
	}
	for _, set := range []string{
		fmt.Sprintf("SET LOCAL statement_timeout = %d", limits.Statement.Milliseconds()),
		fmt.Sprintf("SET LOCAL lock_timeout = %d", limits.Lock.Milliseconds()),
		fmt.Sprintf("SET LOCAL idle_in_transaction_session_timeout = %d", (limits.Statement * 4).Milliseconds()),
	} {
		if _, err := tx.Exec(ctx, set); err != nil {
			tx.Rollback(context.Background())
			conn.Close(context.Background())
			return nil, connectError(t, err)
		}
	}
	return &pgSession{conn: conn, tx: tx, schema: t.Schema}, nil
}

func (s *pgSession) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.tx.Rollback(ctx)
	s.conn.Close(ctx)
}

// History reads _prisma_migrations in the search schema; ok is false when
// the table does not exist.
func (s *pgSession) History(ctx context.Context) (rows []MigrationRow, ok bool, err error) {
	var exists bool
	if err := s.tx.QueryRow(ctx, `SELECT to_regclass(quote_ident($1) || '._prisma_migrations') IS NOT NULL`, s.schema).Scan(&exists); err != nil {
		return nil, false, err
	}
	if !exists {
		return nil, false, nil
	}
	q := `SELECT id::text, checksum::text, finished_at, migration_name::text, coalesce(logs, ''), rolled_back_at, started_at,
		applied_steps_count::int FROM ` + pgx.Identifier{s.schema, "_prisma_migrations"}.Sanitize() + ` ORDER BY started_at, migration_name`
	r, err := s.tx.Query(ctx, q)
	if err != nil {
		return nil, true, err
	}
	defer r.Close()
	rows, err = scanHistory(r)
	return rows, true, err
}

// pgSchemaFilter selects the schemas to read (bound as $1).
const pgSchemaFilter = `n.nspname = ANY($1::text[])`

// pgTypmodLast matches a format_type spelling with modifiers in the middle
// ("timestamp(3) without time zone").
var pgTypmodLast = regexp.MustCompile(`^([^(]*)\(([\d,]+)\)(.+)$`)

// Catalog reads the schemas into a catalogue in the replay's canonical
// forms. extra lists schemas besides the search schema that the Prisma
// schema uses (multiSchema).
func (s *pgSession) Catalog(ctx context.Context, extra []string) (*catalog.Catalog, error) {
	s.schemas = append([]string{s.schema}, extra...)
	cat := catalog.New(catalog.Postgres)
	steps := []func(context.Context, *catalog.Catalog, map[uint32]*catalog.Table) error{
		s.namespaces, s.enums, s.extensions, s.relations, s.columns, s.indexes, s.constraints, s.triggers,
	}
	tables := map[uint32]*catalog.Table{}
	for _, step := range steps {
		if err := step(ctx, cat, tables); err != nil {
			return nil, err
		}
	}
	cat.Sort()
	return cat, nil
}

// key maps a schema name to the catalogue's: the search schema is the
// default one ("").
func (s *pgSession) key(schema string) string {
	if schema == s.schema {
		return ""
	}
	return schema
}

func (s *pgSession) query(ctx context.Context, sql string, scan func(pgx.Rows) error) error {
	rows, err := s.tx.Query(ctx, sql, s.schemas)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// namespaces lists the schemas of the Prisma schema that exist.
func (s *pgSession) namespaces(ctx context.Context, cat *catalog.Catalog, _ map[uint32]*catalog.Table) error {
	return s.query(ctx, `SELECT n.nspname::text FROM pg_namespace n WHERE `+pgSchemaFilter+` ORDER BY 1`, func(r pgx.Rows) error {
		var name string
		if err := r.Scan(&name); err != nil {
			return err
		}
		cat.AddNamespace(s.key(name))
		return nil
	})
}

func (s *pgSession) enums(ctx context.Context, cat *catalog.Catalog, _ map[uint32]*catalog.Table) error {
	return s.query(ctx, `SELECT n.nspname::text, t.typname::text, array_agg(e.enumlabel::text ORDER BY e.enumsortorder)
		FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
		WHERE `+pgSchemaFilter+` GROUP BY 1, 2 ORDER BY 1, 2`, func(r pgx.Rows) error {
		e := &catalog.Enum{}
		if err := r.Scan(&e.Schema, &e.Name, &e.Values); err != nil {
			return err
		}
		e.Schema = s.key(e.Schema)
		cat.Enums = append(cat.Enums, e)
		return nil
	})
}

func (s *pgSession) extensions(ctx context.Context, cat *catalog.Catalog, _ map[uint32]*catalog.Table) error {
	return s.query(ctx, `SELECT x.extname::text, n.nspname::text, x.extversion FROM pg_extension x
		JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname <> 'plpgsql' AND $1::text[] IS NOT NULL ORDER BY 1`, func(r pgx.Rows) error {
		x := &catalog.Extension{}
		if err := r.Scan(&x.Name, &x.Schema, &x.Version); err != nil {
			return err
		}
		x.Schema = s.key(x.Schema)
		cat.Extensions = append(cat.Extensions, x)
		return nil
	})
}

// relations reads tables, views and standalone sequences (not those a
// SERIAL or identity column owns). _prisma_migrations is not part of the
// application's schema.
func (s *pgSession) relations(ctx context.Context, cat *catalog.Catalog, tables map[uint32]*catalog.Table) error {
	return s.query(ctx, `SELECT c.oid, n.nspname::text, c.relname::text, c.relkind::text FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE `+pgSchemaFilter+` AND NOT c.relispartition AND (c.relkind IN ('r', 'p', 'v', 'm') OR (c.relkind = 'S' AND NOT EXISTS (
			SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))))
		ORDER BY c.oid`, func(r pgx.Rows) error {
		var oid uint32
		var schema, name, kind string
		if err := r.Scan(&oid, &schema, &name, &kind); err != nil {
			return err
		}
		switch kind {
		case "S":
			cat.Sequences = append(cat.Sequences, &catalog.Sequence{Schema: s.key(schema), Name: name})
		case "v", "m":
			cat.Views = append(cat.Views, &catalog.View{Schema: s.key(schema), Name: name})
		default:
			if name == "_prisma_migrations" && schema == s.schema {
				return nil
			}
			tb := &catalog.Table{Schema: s.key(schema), Name: name}
			tables[oid] = tb
			cat.Tables = append(cat.Tables, tb)
		}
		return nil
	})
}

func (s *pgSession) columns(ctx context.Context, _ *catalog.Catalog, tables map[uint32]*catalog.Table) error {
	return s.query(ctx, `SELECT a.attrelid, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
			coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attgenerated::text, a.attidentity::text,
			coalesce(et.typtype::text, t.typtype::text), coalesce(et.typname, t.typname)::text,
			coalesce(etn.nspname, tn.nspname)::text, t.typcategory = 'A',
			coalesce(pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname), '')
		FROM pg_attribute a
		JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
		JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace
		LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
		LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
		LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
		WHERE `+pgSchemaFilter+` AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
		ORDER BY a.attrelid, a.attnum`, func(r pgx.Rows) error {
		var oid uint32
		var name, format, def, generated, identity, typtype, typname, typschema, serialSeq string
		var notNull, array bool
		if err := r.Scan(&oid, &name, &format, &notNull, &def, &generated, &identity, &typtype, &typname, &typschema, &array, &serialSeq); err != nil {
			return err
		}
		tb := tables[oid]
		if tb == nil {
			return nil
		}
		col := &catalog.Column{Name: name, NotNull: notNull, Type: s.columnType(format, typtype, typname, typschema, array)}
		var err error
		switch {
		case generated == "s":
			if col.Generated, err = sqlddl.PostgresExpr(def); err != nil {
				return fmt.Errorf("generated column %s.%s: %w", tb.Name, name, err)
			}
		case identity != "":
			col.Default = &catalog.Default{Kind: catalog.DefaultSequence, Value: unqualifiedSequence(serialSeq)}
		case def != "":
			if col.Default, err = sqlddl.PostgresDefault(def, col.Type); err != nil {
				return fmt.Errorf("default of %s.%s: %w", tb.Name, name, err)
			}
		}
		tb.Columns = append(tb.Columns, col)
		return nil
	})
}

// columnType canonicalises format_type's spelling as the replay does.
func (s *pgSession) columnType(format, typtype, typname, typschema string, array bool) catalog.Type {
	if typtype == "e" {
		return catalog.Type{Name: catalog.QuoteIdent(typname), Enum: typname, EnumSchema: s.key(typschema), Array: array}
	}
	// "timestamp(3) without time zone": move the modifiers to the end, where
	// CanonicalType reads them.
	base := pgTypmodLast.ReplaceAllString(strings.TrimSuffix(format, "[]"), "$1$3($2)")
	if typschema != "pg_catalog" {
		base = strings.TrimPrefix(base, typschema+".")
		base = strings.TrimPrefix(base, catalog.QuoteIdent(typschema)+".")
	}
	name, ok := catalog.CanonicalType(catalog.Postgres, base, nil)
	return catalog.Type{Name: name, Array: array, Unsupported: !ok}
}

func (s *pgSession) indexes(ctx context.Context, _ *catalog.Catalog, tables map[uint32]*catalog.Table) error {
	return s.query(ctx, pgquery.Indexes+`
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE `+pgSchemaFilter+` ORDER BY c.relname`, func(r pgx.Rows) error {
		var oid uint32
		var name, method, pred string
		var unique, primary, constraint bool
		var defs, attnames, opclasses, include []string
		var desc, opDefault []bool
		if err := r.Scan(&oid, &name, &unique, &primary, &constraint, &method, &pred, &defs, &attnames, &desc, &opclasses, &opDefault, &include); err != nil {
			return err
		}
		tb := tables[oid]
		if tb == nil {
			return nil
		}
		cols := make([]catalog.IndexColumn, len(defs))
		for k := range defs {
			ic := catalog.IndexColumn{Name: attnames[k]}
			if k < len(opclasses) && k < len(opDefault) && !opDefault[k] {
				ic.Opclass = opclasses[k] // a default class equals none (drift treats them alike)
			}
			if ic.Name == "" {
				ic.Expression = true
				expr, err := sqlddl.PostgresExpr(defs[k])
				if err != nil {
					return fmt.Errorf("index %s: %w", name, err)
				}
				ic.Name = expr
			}
			if k < len(desc) && desc[k] {
				ic.Sort = "DESC"
			}
			cols[k] = ic
		}
		if primary {
			tb.PrimaryKey = &catalog.PrimaryKey{Name: name, Columns: cols}
			return nil
		}
		ix := &catalog.Index{Name: name, Unique: unique, Columns: cols, Constraint: constraint, Include: include}
		if method != "btree" {
			ix.Method = strings.ToUpper(method)
		}
		if pred != "" {
			where, err := sqlddl.PostgresExpr(pred)
			if err != nil {
				return fmt.Errorf("index %s: %w", name, err)
			}
			ix.Where = where
		}
		tb.Indexes = append(tb.Indexes, ix)
		return nil
	})
}

func (s *pgSession) constraints(ctx context.Context, _ *catalog.Catalog, tables map[uint32]*catalog.Table) error {
	return s.query(ctx, `SELECT k.conrelid, k.conname::text, k.contype::text, coalesce(pg_get_expr(k.conbin, k.conrelid), ''),
			coalesce(rn.nspname, '')::text, coalesce(rc.relname, '')::text,
			ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o),
			ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o),
			k.confdeltype::text, k.confupdtype::text
		FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
		LEFT JOIN pg_class rc ON rc.oid = k.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
		WHERE `+pgSchemaFilter+` AND k.contype IN ('f', 'c') ORDER BY k.conname`, func(r pgx.Rows) error {
		var oid uint32
		var name, kind, expr, refSchema, refTable, del, upd string
		var cols, refCols []string
		if err := r.Scan(&oid, &name, &kind, &expr, &refSchema, &refTable, &cols, &refCols, &del, &upd); err != nil {
			return err
		}
		tb := tables[oid]
		if tb == nil {
			return nil
		}
		if kind == "c" {
			e, err := sqlddl.PostgresExpr(strings.TrimPrefix(expr, "CHECK "))
			if err != nil {
				return fmt.Errorf("check constraint %s: %w", name, err)
			}
			tb.Checks = append(tb.Checks, &catalog.Check{Name: name, Expr: e})
			return nil
		}
		tb.ForeignKeys = append(tb.ForeignKeys, &catalog.ForeignKey{
			Name: name, Columns: cols, RefSchema: s.key(refSchema), RefTable: refTable, RefColumns: refCols,
			OnDelete: sqlddl.PostgresFKAction(del), OnUpdate: sqlddl.PostgresFKAction(upd),
		})
		return nil
	})
}

func (s *pgSession) triggers(ctx context.Context, _ *catalog.Catalog, tables map[uint32]*catalog.Table) error {
	return s.query(ctx, `SELECT g.tgrelid, g.tgname::text FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace WHERE `+pgSchemaFilter+` AND NOT g.tgisinternal ORDER BY 2`, func(r pgx.Rows) error {
		var oid uint32
		var name string
		if err := r.Scan(&oid, &name); err != nil {
			return err
		}
		if tb := tables[oid]; tb != nil {
			tb.Triggers = append(tb.Triggers, &catalog.Trigger{Name: name})
		}
		return nil
	})
}

// unqualifiedSequence turns pg_get_serial_sequence's 'public."User_id_seq"'
// into User_id_seq.
func unqualifiedSequence(s string) string {
	if j := strings.Index(s, `."`); j >= 0 {
		s = s[j+1:]
	} else if j := strings.LastIndexByte(s, '.'); j >= 0 && !strings.HasPrefix(s, `"`) {
		s = s[j+1:]
	}
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = strings.ReplaceAll(s[1:len(s)-1], `""`, `"`)
	}
	return s
}
