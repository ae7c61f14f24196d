package myquery

import (
	"database/sql"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

func row(vals ...any) []sql.NullString {
	out := make([]sql.NullString, len(vals))
	for i, v := range vals {
		if s, ok := v.(string); ok {
			out[i] = sql.NullString{String: s, Valid: true}
		}
	}
	return out
}

func TestAddIndexes(t *testing.T) {
	cat := catalog.New(catalog.MySQL)
	cat.AddTable(&catalog.Table{Name: "users"})
	AddIndexes(cat, [][]sql.NullString{
		row("users", "PRIMARY", "0", "id", nil, "A", "BTREE"),
		row("users", "users_name_idx", "1", "name", "10", "D", "BTREE"),
		row("users", "users_name_idx", "1", "age", nil, "A", "BTREE"),
		row("users", "users_bio_ft", "1", "bio", nil, nil, "FULLTEXT"),
		row("users", "users_expr_idx", "0", nil, nil, "A", "BTREE"),
		row("gone", "gone_idx", "0", "id", nil, "A", "BTREE"), // no such table: skipped
	})
	tb := cat.Table("", "users")
	if tb.PrimaryKey == nil || len(tb.PrimaryKey.Columns) != 1 || tb.PrimaryKey.Columns[0].Name != "id" {
		t.Fatalf("primary key = %+v, want (id)", tb.PrimaryKey)
	}
	if len(tb.Indexes) != 3 {
		t.Fatalf("%d indexes, want 3", len(tb.Indexes))
	}
	ix := tb.Index(catalog.MySQL, "users_name_idx")
	if ix.Unique || len(ix.Columns) != 2 || ix.Columns[0].Length != 10 || ix.Columns[0].Sort != "DESC" || ix.Columns[1].Sort != "" {
		t.Errorf("users_name_idx = %+v, want non-unique (name(10) DESC, age)", ix)
	}
	if ft := tb.Index(catalog.MySQL, "users_bio_ft"); ft.Method != "FULLTEXT" {
		t.Errorf("users_bio_ft: method %q, want FULLTEXT", ft.Method)
	}
	if ex := tb.Index(catalog.MySQL, "users_expr_idx"); !ex.Unique || !ex.Columns[0].Expression {
		t.Errorf("users_expr_idx = %+v, want a unique index on an expression", ex)
	}
}

func TestAddForeignKeys(t *testing.T) {
	cat := catalog.New(catalog.MySQL)
	cat.AddTable(&catalog.Table{Name: "posts"})
	AddForeignKeys(cat, [][]sql.NullString{
		row("posts", "posts_author_fkey", "author_org", "users", "org", "CASCADE", "NO ACTION"),
		row("posts", "posts_author_fkey", "author_id", "users", "id", "CASCADE", "NO ACTION"),
		row("gone", "gone_fkey", "a", "users", "id", "RESTRICT", "RESTRICT"),
	})
	tb := cat.Table("", "posts")
	if len(tb.ForeignKeys) != 1 {
		t.Fatalf("%d foreign keys, want 1", len(tb.ForeignKeys))
	}
	fk := tb.ForeignKeys[0]
	if fk.RefTable != "users" || len(fk.Columns) != 2 || fk.Columns[1] != "author_id" || fk.RefColumns[1] != "id" {
		t.Errorf("columns: %+v", fk)
	}
	if fk.OnDelete != catalog.Cascade || fk.OnUpdate != "" {
		t.Errorf("actions: ON DELETE %q ON UPDATE %q, want %q and \"\" (NO ACTION)", fk.OnDelete, fk.OnUpdate, catalog.Cascade)
	}
}
