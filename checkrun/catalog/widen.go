package catalog

import "strings"

// Widens reports whether changing a column from one type to another keeps
// every value as it is: the change can neither fail on existing rows nor
// truncate or round them (SMALLINT → INTEGER → BIGINT, VARCHAR(50) →
// VARCHAR(255) or TEXT, DECIMAL(10,2) → DECIMAL(12,2), REAL → DOUBLE
// PRECISION, TIMESTAMP(3) → TIMESTAMP(6)). It is conservative: a change it
// does not know to be safe is not a widening.
func Widens(d Dialect, from, to Type) bool {
	if from.Array != to.Array || from.Unsupported || to.Unsupported || from.Enum != "" || to.Enum != "" {
		return false
	}
	if from.Name == to.Name {
		return true
	}
	fb, fm := splitMods(from.Name)
	tb, tm := splitMods(to.Name)
	switch d {
	case Postgres:
		return widensPostgres(fb, fm, tb, tm)
	case MySQL:
		return widensMySQL(fb, fm, tb, tm)
	}
	return false // SQLite keeps declared types; its changes rebuild the table
}

var pgIntRank = map[string]int{"SMALLINT": 1, "INTEGER": 2, "BIGINT": 3}

func widensPostgres(fb string, fm []int, tb string, tm []int) bool {
	if fr, tr := pgIntRank[fb], pgIntRank[tb]; fr > 0 && tr > 0 {
		return tr >= fr
	}
	switch fb {
	case "VARCHAR":
		switch tb {
		case "TEXT":
			return true
		case "VARCHAR":
			return len(tm) == 0 || (len(fm) == 1 && tm[0] >= fm[0])
		}
	case "TEXT":
		return tb == "VARCHAR" && len(tm) == 0 // both unbounded
	case "REAL":
		return tb == "DOUBLE PRECISION"
	case "DECIMAL":
		return tb == "DECIMAL" && decimalWidens(fm, tm, true)
	case "TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ":
		return tb == fb && len(fm) == 1 && len(tm) == 1 && tm[0] >= fm[0]
	case "VARBIT":
		return tb == "VARBIT" && (len(tm) == 0 || (len(fm) == 1 && tm[0] >= fm[0]))
	}
	return false
}

// decimalWidens: DECIMAL(p,s) → DECIMAL(p2,s2) keeps values when it has at
// least as many digits after the point and before it; unbounded (PostgreSQL's
// bare NUMERIC) holds anything.
func decimalWidens(fm, tm []int, unboundedOK bool) bool {
	if len(tm) == 0 {
		return unboundedOK
	}
	if len(fm) != 2 || len(tm) != 2 {
		return false
	}
	return tm[1] >= fm[1] && tm[0]-tm[1] >= fm[0]-fm[1]
}

var (
	myIntRank  = map[string]int{"TINYINT": 1, "SMALLINT": 2, "MEDIUMINT": 3, "INT": 4, "BIGINT": 5}
	myTextRank = map[string]int{"TINYTEXT": 1, "TEXT": 2, "MEDIUMTEXT": 3, "LONGTEXT": 4}
	myBlobRank = map[string]int{"TINYBLOB": 1, "BLOB": 2, "MEDIUMBLOB": 3, "LONGBLOB": 4}
)

func widensMySQL(fb string, fm []int, tb string, tm []int) bool {
	fu, tu := strings.HasSuffix(fb, " UNSIGNED"), strings.HasSuffix(tb, " UNSIGNED")
	fb, tb = strings.TrimSuffix(fb, " UNSIGNED"), strings.TrimSuffix(tb, " UNSIGNED")
	if fr, tr := myIntRank[fb], myIntRank[tb]; fr > 0 && tr > 0 && len(fm) == 0 && len(tm) == 0 {
		switch {
		case fu == tu:
			return tr >= fr
		case fu && !tu:
			return tr > fr // the next signed size holds every unsigned value
		}
		return false // signed → unsigned drops negatives
	}
	if fu != tu {
		return false
	}
	switch fb {
	case "VARCHAR":
		// Not to a TEXT kind: an indexed column cannot become one without
		// an index prefix length, so that change can fail.
		return tb == "VARCHAR" && len(fm) == 1 && len(tm) == 1 && tm[0] >= fm[0]
	case "TINYTEXT", "TEXT", "MEDIUMTEXT":
		return myTextRank[tb] >= myTextRank[fb]
	case "TINYBLOB", "BLOB", "MEDIUMBLOB":
		return myBlobRank[tb] >= myBlobRank[fb]
	case "VARBINARY":
		return tb == "VARBINARY" && len(fm) == 1 && len(tm) == 1 && tm[0] >= fm[0]
	case "FLOAT":
		return tb == "DOUBLE"
	case "DECIMAL":
		return tb == "DECIMAL" && decimalWidens(fm, tm, false)
	case "DATETIME", "TIMESTAMP", "TIME":
		return tb == fb && len(fm) == 1 && len(tm) == 1 && tm[0] >= fm[0]
	}
	return false
}
