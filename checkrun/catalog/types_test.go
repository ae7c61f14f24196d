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
		// Every other spelling CanonicalType knows, one row each.
		{Postgres, "text", nil, "TEXT", true},
		{Postgres, "varchar", nil, "VARCHAR", true},
		{Postgres, "character varying(20)", nil, "VARCHAR(20)", true},
		{Postgres, "character", []int{3}, "CHAR(3)", true},
		{Postgres, "char", nil, "CHAR(1)", true},
		{Postgres, "int", nil, "INTEGER", true},
		{Postgres, "int4", nil, "INTEGER", true},
		{Postgres, "serial4", nil, "INTEGER", true},
		{Postgres, "int2", nil, "SMALLINT", true},
		{Postgres, "smallserial", nil, "SMALLINT", true},
		{Postgres, "int8", nil, "BIGINT", true},
		{Postgres, "bigserial", nil, "BIGINT", true},
		{Postgres, "float4", nil, "REAL", true},
		{Postgres, "float8", nil, "DOUBLE PRECISION", true},
		{Postgres, "float", []int{25}, "DOUBLE PRECISION", true},
		{Postgres, "float", nil, "DOUBLE PRECISION", true},
		{Postgres, "decimal", nil, "DECIMAL", true},
		{Postgres, "numeric(10,2)", nil, "DECIMAL(10,2)", true},
		{Postgres, "money", nil, "MONEY", true},
		{Postgres, "bool", nil, "BOOLEAN", true},
		{Postgres, "date", nil, "DATE", true},
		{Postgres, "timestamp without time zone", []int{3}, "TIMESTAMP(3)", true},
		{Postgres, "timestamptz", nil, "TIMESTAMPTZ(6)", true},
		{Postgres, "time", nil, "TIME(6)", true},
		{Postgres, "time with time zone", []int{2}, "TIMETZ(2)", true},
		{Postgres, "timetz", nil, "TIMETZ(6)", true},
		{Postgres, "json", nil, "JSON", true},
		{Postgres, "jsonb", nil, "JSONB", true},
		{Postgres, "bytea", nil, "BYTEA", true},
		{Postgres, "uuid", nil, "UUID", true},
		{Postgres, "xml", nil, "XML", true},
		{Postgres, "inet", nil, "INET", true},
		{Postgres, "citext", nil, "CITEXT", true},
		{Postgres, "oid", nil, "OID", true},
		{Postgres, "bit", nil, "BIT(1)", true},
		{Postgres, "bit varying(5)", nil, "VARBIT(5)", true},
		{Postgres, "varbit", nil, "VARBIT", true},
		{Postgres, "geometry(Point, 4326)", nil, "GEOMETRY(POINT, 4326)", false}, // kept, upper-cased
		{MySQL, "integer", nil, "INT", true},
		{MySQL, "tinyint", nil, "TINYINT", true},
		{MySQL, "tinyint(1) unsigned", nil, "TINYINT UNSIGNED", true},
		{MySQL, "bool", nil, "TINYINT(1)", true},
		{MySQL, "smallint(6)", nil, "SMALLINT", true},
		{MySQL, "mediumint unsigned", nil, "MEDIUMINT UNSIGNED", true},
		{MySQL, "float", nil, "FLOAT", true},
		{MySQL, "double precision", nil, "DOUBLE", true},
		{MySQL, "real", nil, "DOUBLE", true},
		{MySQL, "decimal", nil, "DECIMAL(10,0)", true},
		{MySQL, "numeric(8)", nil, "DECIMAL(8,0)", true},
		{MySQL, "fixed(8,2) unsigned", nil, "DECIMAL(8,2) UNSIGNED", true},
		{MySQL, "char", nil, "CHAR(1)", true},
		{MySQL, "character varying(10)", nil, "VARCHAR(10)", true},
		{MySQL, "binary", nil, "BINARY(1)", true},
		{MySQL, "varbinary(16)", nil, "VARBINARY(16)", true},
		{MySQL, "bit(3)", nil, "BIT(3)", true},
		{MySQL, "longtext", nil, "LONGTEXT", true},
		{MySQL, "mediumblob", nil, "MEDIUMBLOB", true},
		{MySQL, "json", nil, "JSON", true},
		{MySQL, "year", nil, "YEAR", true},
		{MySQL, "timestamp", nil, "TIMESTAMP(0)", true},
		{MySQL, "time(3)", nil, "TIME(3)", true},
		{MySQL, "point", nil, "POINT", false},
		{"oracle", "number", nil, "NUMBER", false},
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
