package catalog

import "testing"

func TestWidens(t *testing.T) {
	ty := func(name string) Type { return Type{Name: name} }
	for _, tt := range []struct {
		d        Dialect
		from, to string
		want     bool
	}{
		{Postgres, "INTEGER", "BIGINT", true},
		{Postgres, "SMALLINT", "INTEGER", true},
		{Postgres, "BIGINT", "INTEGER", false},
		{Postgres, "VARCHAR(50)", "VARCHAR(255)", true},
		{Postgres, "VARCHAR(255)", "VARCHAR(50)", false},
		{Postgres, "VARCHAR(255)", "TEXT", true},
		{Postgres, "VARCHAR(255)", "VARCHAR", true},
		{Postgres, "TEXT", "VARCHAR(255)", false},
		{Postgres, "TEXT", "VARCHAR", true},
		{Postgres, "REAL", "DOUBLE PRECISION", true},
		{Postgres, "DOUBLE PRECISION", "REAL", false},
		{Postgres, "DECIMAL(10,2)", "DECIMAL(12,2)", true},
		{Postgres, "DECIMAL(10,2)", "DECIMAL(10,3)", false}, // one digit fewer before the point
		{Postgres, "DECIMAL(10,2)", "DECIMAL(11,3)", true},
		{Postgres, "DECIMAL(10,2)", "DECIMAL", true},
		{Postgres, "DECIMAL(10,2)", "DECIMAL(10,1)", false},
		{Postgres, "TIMESTAMP(3)", "TIMESTAMP(6)", true},
		{Postgres, "TIMESTAMP(6)", "TIMESTAMP(3)", false},
		{Postgres, "TIMESTAMP(3)", "TIMESTAMPTZ(3)", false}, // reinterpreted in the session's time zone
		{Postgres, "INTEGER", "TEXT", false},
		{Postgres, "TEXT", "INTEGER", false},
		{Postgres, "UUID", "TEXT", false}, // conservative
		{MySQL, "INT", "BIGINT", true},
		{MySQL, "BIGINT", "INT", false},
		{MySQL, "INT UNSIGNED", "BIGINT", true},
		{MySQL, "INT UNSIGNED", "INT", false},
		{MySQL, "INT", "INT UNSIGNED", false},
		{MySQL, "TINYINT(1)", "INT", false}, // Prisma's Boolean: a different field type
		{MySQL, "VARCHAR(191)", "VARCHAR(255)", true},
		{MySQL, "VARCHAR(255)", "VARCHAR(191)", false},
		{MySQL, "VARCHAR(255)", "TEXT", false},     // fails if the column is indexed (TEXT needs a prefix length)
		{MySQL, "VARCHAR(255)", "LONGTEXT", false}, // likewise
		{MySQL, "TEXT", "MEDIUMTEXT", true},
		{MySQL, "MEDIUMTEXT", "TEXT", false},
		{MySQL, "FLOAT", "DOUBLE", true},
		{MySQL, "DECIMAL(65,30)", "DECIMAL(65,30)", true},
		{MySQL, "DATETIME(3)", "DATETIME(6)", true},
		{MySQL, "DATETIME(3)", "TIMESTAMP(3)", false},
		{SQLite, "INTEGER", "BIGINT", false},
		{SQLite, "TEXT", "TEXT", true},
	} {
		if got := Widens(tt.d, ty(tt.from), ty(tt.to)); got != tt.want {
			t.Errorf("%s: Widens(%s → %s) = %v, want %v", tt.d, tt.from, tt.to, got, tt.want)
		}
	}
	if Widens(Postgres, Type{Name: "INTEGER", Array: true}, Type{Name: "BIGINT"}) {
		t.Error("an array to a scalar is not a widening")
	}
	if !Widens(Postgres, Type{Name: "INTEGER", Array: true}, Type{Name: "BIGINT", Array: true}) {
		t.Error("INTEGER[] → BIGINT[] widens")
	}
	if Widens(Postgres, Type{Name: `"Role"`, Enum: "Role"}, Type{Name: "TEXT"}) {
		t.Error("enum changes are not judged")
	}
}
