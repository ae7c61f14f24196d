package catalog

import "testing"

func TestCanonicalType(t *testing.T) {
	tests := []struct {
		d      Dialect
		name   string
		mods   []int
		want   string
		prisma bool
	}{
		{Postgres, "pg_catalog.int4", nil, "INTEGER", true},
		{Postgres, "serial", nil, "INTEGER", true},
		{Postgres, "timestamp", nil, "TIMESTAMP(6)", true},
		{Postgres, "TIMESTAMP(3)", nil, "TIMESTAMP(3)", true},
		{Postgres, "timestamp with time zone", []int{3}, "TIMESTAMPTZ(3)", true},
		{Postgres, "numeric", []int{10}, "DECIMAL(10,0)", true},
		{Postgres, "DECIMAL(65,30)", nil, "DECIMAL(65,30)", true},
		{Postgres, "double precision", nil, "DOUBLE PRECISION", true},
		{Postgres, "float", []int{20}, "REAL", true},
		{Postgres, "character varying", []int{255}, "VARCHAR(255)", true},
		{Postgres, "bpchar", nil, "CHAR(1)", true},
		{Postgres, "tsvector", nil, "TSVECTOR", false},
		{MySQL, "int(10) unsigned", nil, "INT UNSIGNED", true},
		{MySQL, "int(11)", nil, "INT", true},
		{MySQL, "tinyint(1)", nil, "TINYINT(1)", true},
		{MySQL, "boolean", nil, "TINYINT(1)", true},
		{MySQL, "datetime(3)", nil, "DATETIME(3)", true},
		{MySQL, "datetime", nil, "DATETIME(0)", true},
		{MySQL, "decimal(65,30)", nil, "DECIMAL(65,30)", true},
		{MySQL, "varchar(191)", nil, "VARCHAR(191)", true},
		{MySQL, "bigint(20) unsigned zerofill", nil, "BIGINT UNSIGNED", true},
		{SQLite, "text", nil, "TEXT", true},
		{SQLite, "decimal(10, 2)", nil, "DECIMAL(10,2)", true},
	}
	for _, tc := range tests {
		got, ok := CanonicalType(tc.d, tc.name, tc.mods)
		if got != tc.want || ok != tc.prisma {
			t.Errorf("CanonicalType(%s, %q, %v) = %q, %v; want %q, %v", tc.d, tc.name, tc.mods, got, ok, tc.want, tc.prisma)
		}
	}
}

func FuzzCanonicalType(f *testing.F) {
	for _, s := range []string{"int(10) unsigned", "TIMESTAMP(3) WITH TIME ZONE", "x(", "numeric(1,2,3)", ")("} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range []Dialect{Postgres, MySQL, SQLite} {
			CanonicalType(d, s, nil)
		}
	})
}
