package dbcheck

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/dbcheck/myquery"
)

// These tests need no database server: they cover the pieces db-check
// shares between dialects.

func TestScanTime(t *testing.T) {
	at := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, tt := range []struct {
		name string
		in   any
		want *time.Time // nil: NULL
	}{
		{"NULL", nil, nil},
		{"a driver's time", at, &at},
		{"SQLite integer milliseconds", at.UnixMilli(), &at},
		{"SQLite real milliseconds", float64(at.UnixMilli()), &at},
		{"RFC 3339 text", "2025-01-02T03:04:05Z", &at},
		{"current_timestamp text", "2025-01-02 03:04:05", &at},
		{"text with a zone", "2025-01-02 03:04:05+00:00", &at},
		{"bytes", []byte("2025-01-02 03:04:05"), &at},
		{"unreadable text: set, zero", "yesterday", &time.Time{}},
		{"another type: set, zero", true, &time.Time{}},
	} {
		got := scanTime(tt.in)
		switch {
		case tt.want == nil && got != nil:
			t.Errorf("%s: scanTime(%v) = %v, want nil (NULL)", tt.name, tt.in, *got)
		case tt.want != nil && got == nil:
			t.Errorf("%s: scanTime(%v) = nil, want %v", tt.name, tt.in, *tt.want)
		case tt.want != nil && !got.Equal(*tt.want):
			t.Errorf("%s: scanTime(%v) = %v, want %v", tt.name, tt.in, *got, *tt.want)
		}
	}
}

// fakeRows plays a driver's row set for scanHistory.
type fakeRows struct {
	rows    [][]any
	i       int
	scanErr error
	err     error
}

func (r *fakeRows) Next() bool { r.i++; return r.i <= len(r.rows) }
func (r *fakeRows) Err() error { return r.err }
func (r *fakeRows) Scan(dest ...any) error {
	if r.scanErr != nil {
		return r.scanErr
	}
	for k, v := range r.rows[r.i-1] {
		switch d := dest[k].(type) {
		case *string:
			*d = v.(string)
		case *int:
			*d = v.(int)
		case *any:
			*d = v
		}
	}
	return nil
}

func TestScanHistory(t *testing.T) {
	started := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	finished := started.Add(time.Second)
	rs := &fakeRows{rows: [][]any{
		{"id1", "sum1", finished, "1_init", "", nil, started, 1},
		{"id2", "sum2", nil, "2_next", "boom", nil, started.UnixMilli(), 0},
	}}
	got, err := scanHistory(rs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d rows, want 2", len(got))
	}
	a, b := got[0], got[1]
	for _, tt := range []struct {
		field     string
		got, want any
	}{
		{"rows[0].ID", a.ID, "id1"},
		{"rows[0].Checksum", a.Checksum, "sum1"},
		{"rows[0].Name", a.Name, "1_init"},
		{"rows[0].FinishedAt set", a.FinishedAt != nil && a.FinishedAt.Equal(finished), true},
		{"rows[0].RolledBackAt", a.RolledBackAt == nil, true},
		{"rows[0].StartedAt", a.StartedAt.Equal(started), true},
		{"rows[0].AppliedStepsCount", a.AppliedStepsCount, 1},
		{"rows[0].Applied()", a.Applied(), true},
		{"rows[1].Logs", b.Logs, "boom"},
		{"rows[1].FinishedAt", b.FinishedAt == nil, true},
		{"rows[1].StartedAt (milliseconds)", b.StartedAt.Equal(started), true},
		{"rows[1].Failed()", b.Failed(), true},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.field, tt.got, tt.want)
		}
	}
	boom := errors.New("boom")
	if _, err := scanHistory(&fakeRows{rows: [][]any{{}}, scanErr: boom}); !errors.Is(err, boom) {
		t.Errorf("a scan error is lost: %v", err)
	}
	if _, err := scanHistory(&fakeRows{err: boom}); !errors.Is(err, boom) {
		t.Errorf("the row set's error is lost: %v", err)
	}
}

func TestUnqualifiedSequence(t *testing.T) {
	for in, want := range map[string]string{
		`public."User_id_seq"`: "User_id_seq",
		`"User_id_seq"`:        "User_id_seq",
		`public.user_id_seq`:   "user_id_seq",
		`user_id_seq`:          "user_id_seq",
		`"a.b""c"`:             `a.b"c`,
		`audit."we""ird_seq"`:  `we"ird_seq`,
	} {
		if got := unqualifiedSequence(in); got != want {
			t.Errorf("unqualifiedSequence(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestMyAction(t *testing.T) {
	for in, want := range map[string]string{
		"CASCADE": catalog.Cascade, "restrict": catalog.Restrict, "SET NULL": catalog.SetNull,
		"SET DEFAULT": catalog.SetDefault, "NO ACTION": "", "": "",
	} {
		if got := myquery.Action(in); got != want {
			t.Errorf("myAction(%q) = %q, want %q", in, got, want)
		}
	}
}

const (
	sqliteSchema   = "datasource db {\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}\n"
	postgresSchema = "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n"
)

// TestPickUnit: db-check finds the one project whose provider matches the
// database, and says what to do when there is none or several.
func TestPickUnit(t *testing.T) {
	project := func(dir, schema string) tree.Map {
		return tree.Map{dir + "/schema.prisma": schema, dir + "/migrations/1_init/migration.sql": ""}
	}
	merge := func(ms ...tree.Map) tree.Map {
		out := tree.Map{}
		for _, m := range ms {
			for k, v := range m {
				out[k] = v
			}
		}
		return out
	}
	for _, tt := range []struct {
		name    string
		files   tree.Map
		schema  string
		dialect catalog.Dialect
		want    string // the schema picked, or
		wantErr string // a part of the error
	}{
		{"the one matching project", merge(project("a", sqliteSchema), project("b", postgresSchema)), "", catalog.SQLite, "a/schema.prisma", ""},
		{"no project at all", tree.Map{"README.md": ""}, "", catalog.SQLite, "", "no Prisma schema with a migrations folder under ."},
		{"no project of that provider", project("b", postgresSchema), "", catalog.SQLite, "", "no Prisma project under . uses sqlite (found b/schema.prisma); name one with --schema"},
		{"several of that provider", merge(project("a", sqliteSchema), project("c", sqliteSchema)), "", catalog.SQLite, "", "several Prisma projects use sqlite (a/schema.prisma, c/schema.prisma)"},
		{"--schema names one", merge(project("a", sqliteSchema), project("c", sqliteSchema)), "c/schema.prisma", catalog.SQLite, "c/schema.prisma", ""},
		{"--schema of another provider", project("b", postgresSchema), "b/schema.prisma", catalog.SQLite, "", `b/schema.prisma declares provider "postgresql" but --database-url is a sqlite database`},
	} {
		u, err := pickUnit(context.Background(), tt.files, Options{Schema: tt.schema}, tt.dialect)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.wantErr)
		case tt.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.wantErr == "" && u.Schema != tt.want:
			t.Errorf("%s: picked %q, want %q", tt.name, u.Schema, tt.want)
		}
	}
}

func TestSchemaFile(t *testing.T) {
	for _, tt := range []struct {
		u    checkrun.Unit
		want string
	}{
		{checkrun.Unit{Schema: "prisma/schema.prisma"}, "prisma/schema.prisma"},
		{checkrun.Unit{Schema: "prisma/schema/", DatasourceFile: "prisma/schema/main.prisma"}, "prisma/schema/main.prisma"},
		{checkrun.Unit{Schema: "prisma/schema"}, "prisma/schema/schema.prisma"},
	} {
		if got := schemaFile(tt.u); got != tt.want {
			t.Errorf("schemaFile(schema %q, datasource %q) = %q, want %q", tt.u.Schema, tt.u.DatasourceFile, got, tt.want)
		}
	}
}
