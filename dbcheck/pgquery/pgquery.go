// Package pgquery holds catalogue queries that db-check runs against
// PostgreSQL and that the replay's differential test (checkrun/sqlddl) runs
// too: the test must read a database the way db-check does, not with a
// copy that drifts from it. It imports nothing.
package pgquery

// Indexes lists every index with, in order: its table's oid, its name,
// unique, primary, whether it backs a unique or primary key constraint, the
// access method, the predicate (” for none), each key's definition
// (pg_get_indexdef), each key's column name (” for an expression), each
// key's DESC flag, operator class and whether that class is its type's
// default, and the INCLUDE columns. c is the index's pg_class row: a caller
// appends its own JOINs (pg_namespace n ON n.oid = c.relnamespace), WHERE
// and ORDER BY.
const Indexes = `SELECT i.indrelid, c.relname::text, i.indisunique, i.indisprimary,
			EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('u', 'p')),
			am.amname::text, coalesce(pg_get_expr(i.indpred, i.indrelid), ''),
			ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k ORDER BY k),
			ARRAY(SELECT coalesce(a.attname::text, '') FROM generate_series(0, i.indnkeyatts - 1) k
				LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k] ORDER BY k),
			ARRAY(SELECT (i.indoption[k] & 1) = 1 FROM generate_series(0, i.indnkeyatts - 1) k ORDER BY k),
			ARRAY(SELECT o.opcname::text FROM generate_series(0, i.indnkeyatts - 1) k
				JOIN pg_opclass o ON o.oid = i.indclass[k] ORDER BY k),
			ARRAY(SELECT o.opcdefault FROM generate_series(0, i.indnkeyatts - 1) k
				JOIN pg_opclass o ON o.oid = i.indclass[k] ORDER BY k),
			ARRAY(SELECT a.attname::text FROM generate_series(i.indnkeyatts, i.indnatts - 1) k
				JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k] ORDER BY k)
		FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam`
