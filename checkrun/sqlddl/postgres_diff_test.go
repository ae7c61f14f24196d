package sqlddl

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/dbcheck/pgquery"
)

// TestPostgresDifferential applies every corpus project's migrations to a
// real PostgreSQL (MIGSYNC_TEST_POSTGRES_URL), reads the resulting schema
// back with plain catalogue queries and compares it with the replay's
// catalogue. Any difference is a bug in the replay, except the documented
// canonicalisation choices applied by pgIntrospect (expressions are
// compared in pg_query's deparse of what PostgreSQL prints).
func TestPostgresDifferential(t *testing.T) {
	url := os.Getenv("MIGSYNC_TEST_POSTGRES_URL")
	if url == "" {
		t.Skip("MIGSYNC_TEST_POSTGRES_URL is not set")
	}
	ctx, admin := pgAdmin(t, url)
	for project, dir := range pgCorpus(t) {
		t.Run(project, func(t *testing.T) {
			ms := loadMigrations(t, dir)
			want, _ := Replay(catalog.Postgres, ms)
			defaultOps := map[string]bool{}
			got := pgApplyAndIntrospect(ctx, t, admin, url, "migsync_diff_"+pgDBName(project), ms, defaultOps)
			pgNormalizeOpclasses(got, want, defaultOps)
			pgCompareDumps(t, pgDump(got, false), pgDump(want, false), pgKnownSpellings[project])
		})
	}
}

// pgAdmin connects to the test server's maintenance database; the
// connection closes when the test ends.
func pgAdmin(t *testing.T, url string) (context.Context, *pgx.Conn) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	t.Cleanup(cancel)
	admin, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close(context.Background()) })
	return ctx, admin
}

// pgCaseSpellings is pgKnownSpellings for the statement cases: PostgreSQL
// normalises JSONB constants; the replay keeps the default as written, which
// is how Prisma renders @default("…") for a Json field.
var pgCaseSpellings = map[string]string{
	`DEFAULT[value] '{"a": 1}'`: `DEFAULT[value] '{"a":1}'`,
	// PostgreSQL prints the implicit casts of constants
	`check t_score_check score >= 0::numeric`: `check t_score_check score >= 0`,
	`data ->> 'kind'::text`:                   `data ->> 'kind'`,
	`data ->> 'name'::text`:                   `data ->> 'name'`,
	`WHERE mail <> 'num'::text`:               `WHERE mail <> 'num'`,
}

// pgTypmodLast matches a format_type spelling with modifiers in the middle.
var pgTypmodLast = regexp.MustCompile(`^([^(]*)\(([\d,]+)\)(.+)$`)

// pgDBName makes a database name from a project folder name.
func pgDBName(s string) string {
	return strings.ToLower(regexp.MustCompile(`[^A-Za-z0-9]+`).ReplaceAllString(s, "_"))
}

// pgKnownSpellings lists, per project, expressions that PostgreSQL prints
// differently from how the migration wrote them (the replay keeps the
// migration's spelling, deparsed): database text → replay text, replaced in
// the database's dump lines. These are canonicalisation choices, not replay
// bugs.
var pgKnownSpellings = map[string]map[string]string{
	"trigger.dev-database": {
		`WHERE "parentEnvironmentId" IS NULL AND type = ANY(ARRAY['STAGING'::"RuntimeEnvironmentType", 'PREVIEW'::"RuntimeEnvironmentType"])`: `WHERE "parentEnvironmentId" IS NULL AND type IN ('STAGING', 'PREVIEW')`,
	},
}

// pgCompareDumps reports the lines only one side has; known maps database
// lines to the replay's spelling of the same thing.
func pgCompareDumps(t *testing.T, db, replay string, known map[string]string) {
	t.Helper()
	dbLines, rLines := strings.Split(db, "\n"), strings.Split(replay, "\n")
	for i, l := range dbLines {
		for from, to := range known {
			l = strings.ReplaceAll(l, from, to)
		}
		dbLines[i] = l
	}
	if strings.Join(dbLines, "\n") == replay {
		return
	}
	count := map[string]int{}
	for _, l := range dbLines {
		count[l]++
	}
	for _, l := range rLines {
		count[l]--
	}
	var diffs []string
	for _, l := range dbLines {
		if count[l] > 0 {
			diffs = append(diffs, "database only: "+l)
			count[l]--
		}
	}
	for _, l := range rLines {
		if count[l] < 0 {
			diffs = append(diffs, "replay only:   "+l)
			count[l]++
		}
	}
	if len(diffs) == 0 {
		t.Errorf("same lines in a different order:\n--- database\n%s\n--- replay\n%s", db, replay)
		return
	}
	t.Errorf("%d differences between the database and the replay:\n%s", len(diffs), strings.Join(diffs, "\n"))
}

// pgApplyAndIntrospect creates a fresh database, applies the migrations in
// it as Prisma does (each file as one simple-protocol script) and reads the
// schema back.
func pgApplyAndIntrospect(ctx context.Context, t *testing.T, admin *pgx.Conn, url, db string, ms []Migration, defaultOps map[string]bool) *catalog.Catalog {
	t.Helper()
	if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+db+" WITH (FORCE)"); err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+db); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = admin.Exec(context.Background(), "DROP DATABASE IF EXISTS "+db+" WITH (FORCE)") })
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Database = db
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, m := range ms {
		if _, err := conn.PgConn().Exec(ctx, string(m.SQL)).ReadAll(); err != nil {
			t.Fatalf("%s: the database rejected the migration: %v", m.Path, err)
		}
	}
	cat, err := pgIntrospect(ctx, conn, defaultOps)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// pgUserSchemas restricts catalogue queries to the schemas a migration
// creates objects in.
const pgUserSchemas = `nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'`

// pgIntrospect reads a live schema into a catalogue in the replay's
// canonical forms.
func pgIntrospect(ctx context.Context, conn *pgx.Conn, defaultOps map[string]bool) (*catalog.Catalog, error) {
	cat := catalog.New(catalog.Postgres)
	schemaKey := func(s string) string {
		if s == "public" {
			return ""
		}
		return s
	}
	// enums
	rows, err := conn.Query(ctx, `SELECT n.nspname, t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)
		FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
		WHERE `+pgUserSchemas+` GROUP BY 1, 2`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		e := &catalog.Enum{}
		if err := rows.Scan(&e.Schema, &e.Name, &e.Values); err != nil {
			return nil, err
		}
		e.Schema = schemaKey(e.Schema)
		cat.Enums = append(cat.Enums, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// extensions
	rows, err = conn.Query(ctx, `SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		x := &catalog.Extension{}
		if err := rows.Scan(&x.Name); err != nil {
			return nil, err
		}
		cat.Extensions = append(cat.Extensions, x)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// standalone sequences, views
	rows, err = conn.Query(ctx, `SELECT n.nspname, c.relname, c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE `+pgUserSchemas+` AND (c.relkind IN ('v', 'm') OR (c.relkind = 'S' AND NOT EXISTS (
			SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))))`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var schema, name, kind string
		if err := rows.Scan(&schema, &name, &kind); err != nil {
			return nil, err
		}
		if kind == "S" {
			cat.Sequences = append(cat.Sequences, &catalog.Sequence{Schema: schemaKey(schema), Name: name})
		} else {
			cat.Views = append(cat.Views, &catalog.View{Schema: schemaKey(schema), Name: name})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	tables := map[uint32]*catalog.Table{}
	rows, err = conn.Query(ctx, `SELECT c.oid, n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE `+pgUserSchemas+` AND c.relkind IN ('r', 'p') ORDER BY c.oid`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var oid uint32
		tb := &catalog.Table{}
		if err := rows.Scan(&oid, &tb.Schema, &tb.Name); err != nil {
			return nil, err
		}
		tb.Schema = schemaKey(tb.Schema)
		tables[oid] = tb
		cat.Tables = append(cat.Tables, tb)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := pgIntrospectColumns(ctx, conn, tables, schemaKey); err != nil {
		return nil, err
	}
	if err := pgIntrospectIndexes(ctx, conn, tables, defaultOps); err != nil {
		return nil, err
	}
	if err := pgIntrospectConstraints(ctx, conn, tables, schemaKey); err != nil {
		return nil, err
	}
	rows, err = conn.Query(ctx, `SELECT tgrelid, tgname FROM pg_trigger WHERE NOT tgisinternal`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var oid uint32
		var name string
		if err := rows.Scan(&oid, &name); err != nil {
			return nil, err
		}
		if tb := tables[oid]; tb != nil {
			tb.Triggers = append(tb.Triggers, &catalog.Trigger{Name: name})
		}
	}
	return cat, rows.Err()
}

// pgIntrospectColumns reads columns with canonical types and classified
// defaults.
func pgIntrospectColumns(ctx context.Context, conn *pgx.Conn, tables map[uint32]*catalog.Table, schemaKey func(string) string) error {
	rows, err := conn.Query(ctx, `SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
			coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attgenerated::text, a.attidentity::text,
			coalesce(et.typtype::text, t.typtype::text), coalesce(et.typname, t.typname)::text,
			coalesce(etn.nspname, tn.nspname)::text, t.typcategory = 'A',
			CASE WHEN a.attidentity <> '' THEN pg_get_serial_sequence(a.attrelid::regclass::text, a.attname) ELSE '' END
		FROM pg_attribute a
		JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace
		LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
		LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
		LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
		WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var oid uint32
		var name, format, def, generated, identity, typtype, typname, typschema, identitySeq string
		var notNull, array bool
		if err := rows.Scan(&oid, &name, &format, &notNull, &def, &generated, &identity, &typtype, &typname, &typschema, &array, &identitySeq); err != nil {
			return err
		}
		tb := tables[oid]
		if tb == nil {
			continue
		}
		col := &catalog.Column{Name: name, NotNull: notNull}
		if typtype == "e" {
			col.Type = catalog.Type{Name: catalog.QuoteIdent(typname), Enum: typname, EnumSchema: schemaKey(typschema), Array: array}
		} else {
			// format_type prints "timestamp(3) without time zone": move the
			// modifiers to the end, where CanonicalType reads them.
			base := pgTypmodLast.ReplaceAllString(strings.TrimSuffix(format, "[]"), "$1$3($2)")
			if schemaKey(typschema) != "" && typschema != "pg_catalog" {
				base = strings.TrimPrefix(base, typschema+".")
			}
			name, ok := catalog.CanonicalType(catalog.Postgres, base, nil)
			col.Type = catalog.Type{Name: name, Array: array, Unsupported: !ok}
		}
		switch {
		case generated == "s":
			col.Generated, err = PostgresExpr(def)
			if err != nil {
				return fmt.Errorf("generated %s.%s: %w", tb.Name, name, err)
			}
		case identity != "":
			parts := pgSplitQualified(identitySeq)
			col.Default = &catalog.Default{Kind: catalog.DefaultSequence, Value: parts[len(parts)-1]}
		case def != "":
			col.Default, err = PostgresDefault(def, col.Type)
			if err != nil {
				return fmt.Errorf("default of %s.%s: %w", tb.Name, name, err)
			}
		}
		tb.Columns = append(tb.Columns, col)
	}
	return rows.Err()
}

// pgDefaultOpclass marks an index key part whose operator class is its
// type's default one: equal to none, or to the default's name written out.
const pgDefaultOpclass = "(default)"

// pgNormalizeOpclasses makes default operator classes compare equal: the
// replay keeps what the migration wrote ("" or, for example, array_ops), the
// database only says "default".
func pgNormalizeOpclasses(db, replay *catalog.Catalog, defaults map[string]bool) {
	for _, c := range []*catalog.Catalog{db, replay} {
		for _, t := range c.Tables {
			keys := [][]catalog.IndexColumn{}
			if t.PrimaryKey != nil {
				keys = append(keys, t.PrimaryKey.Columns)
			}
			for _, ix := range t.Indexes {
				keys = append(keys, ix.Columns)
			}
			for _, cols := range keys {
				for k := range cols {
					if op := cols[k].Opclass; op == "" || defaults[op] {
						cols[k].Opclass = pgDefaultOpclass
					}
				}
			}
		}
	}
}

// pgIntrospectIndexes reads primary keys, unique constraints and indexes.
func pgIntrospectIndexes(ctx context.Context, conn *pgx.Conn, tables map[uint32]*catalog.Table, defaultOps map[string]bool) error {
	rows, err := conn.Query(ctx, pgquery.Indexes) // the query db-check runs
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var oid uint32
		var name, method, pred string
		var unique, primary, constraint bool
		var defs, attnames, opclasses, include []string
		var desc, opDefault []bool
		if err := rows.Scan(&oid, &name, &unique, &primary, &constraint, &method, &pred, &defs, &attnames, &desc, &opclasses, &opDefault, &include); err != nil {
			return err
		}
		tb := tables[oid]
		if tb == nil {
			continue
		}
		cols := make([]catalog.IndexColumn, len(defs))
		for k := range defs {
			ic := catalog.IndexColumn{Name: attnames[k], Opclass: opclasses[k]}
			if opDefault[k] {
				// the replay keeps an operator class as written; the
				// database does not say whether a default one was
				ic.Opclass = pgDefaultOpclass
				defaultOps[opclasses[k]] = true
			}
			if ic.Name == "" {
				ic.Expression = true
				if ic.Name, err = PostgresExpr(defs[k]); err != nil {
					return fmt.Errorf("index %s: %w", name, err)
				}
			}
			if desc[k] {
				ic.Sort = "DESC"
			}
			cols[k] = ic
		}
		if primary {
			tb.PrimaryKey = &catalog.PrimaryKey{Name: name, Columns: cols}
			continue
		}
		ix := &catalog.Index{Name: name, Unique: unique, Columns: cols, Constraint: constraint}
		if len(include) > 0 {
			ix.Include = include
		}
		if method != "btree" {
			ix.Method = strings.ToUpper(method)
		}
		if pred != "" {
			if ix.Where, err = PostgresExpr(pred); err != nil {
				return fmt.Errorf("index %s: %w", name, err)
			}
		}
		tb.Indexes = append(tb.Indexes, ix)
	}
	return rows.Err()
}

// pgIntrospectConstraints reads foreign keys and CHECK constraints.
func pgIntrospectConstraints(ctx context.Context, conn *pgx.Conn, tables map[uint32]*catalog.Table, schemaKey func(string) string) error {
	rows, err := conn.Query(ctx, `SELECT k.conrelid, k.conname, k.contype::text, coalesce(pg_get_expr(k.conbin, k.conrelid), ''),
			coalesce(rn.nspname, '')::text, coalesce(rc.relname, '')::text,
			ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o),
			ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o),
			k.confdeltype::text, k.confupdtype::text
		FROM pg_constraint k LEFT JOIN pg_class rc ON rc.oid = k.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
		WHERE k.contype IN ('f', 'c')`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var oid uint32
		var name, kind, expr, refSchema, refTable, del, upd string
		var cols, refCols []string
		if err := rows.Scan(&oid, &name, &kind, &expr, &refSchema, &refTable, &cols, &refCols, &del, &upd); err != nil {
			return err
		}
		tb := tables[oid]
		if tb == nil {
			continue
		}
		if kind == "c" {
			// CHECK (x) is printed with parentheses around the expression
			e, err := PostgresExpr(strings.TrimPrefix(expr, "CHECK "))
			if err != nil {
				return fmt.Errorf("check %s: %w", name, err)
			}
			tb.Checks = append(tb.Checks, &catalog.Check{Name: name, Expr: e})
			continue
		}
		tb.ForeignKeys = append(tb.ForeignKeys, &catalog.ForeignKey{
			Name: name, Columns: cols, RefSchema: schemaKey(refSchema), RefTable: refTable, RefColumns: refCols,
			OnDelete: PostgresFKAction(del), OnUpdate: PostgresFKAction(upd),
		})
	}
	return rows.Err()
}
