package rules

import (
	"time"
)

// timestampLayout is Prisma's migration folder prefix: the UTC time as
// YYYYMMDDHHMMSS.
const timestampLayout = "20060102150405"

// NewMigrationFolder names a new migration folder as prisma migrate dev
// does — the UTC time, "_", the name — so that it sorts after every
// migration in after (any number of lists: the base's, the head's): when
// now does not, one second after the newest timestamp. A newest name without
// a timestamp prefix is passed over (it cannot be followed by a timestamp).
func NewMigrationFolder(now time.Time, name string, after ...[]string) string {
	newest := ""
	for _, names := range after {
		for _, n := range names {
			if _, ok := timestampOf(n); ok && n > newest {
				newest = n
			}
		}
	}
	ts := now.UTC().Truncate(time.Second)
	if t, ok := timestampOf(newest); ok && ts.Format(timestampLayout)+"_"+name <= newest {
		ts = t.Add(time.Second)
	}
	return ts.Format(timestampLayout) + "_" + name
}

// timestampOf reads a folder name's Prisma timestamp prefix.
func timestampOf(name string) (time.Time, bool) {
	if len(name) < len(timestampLayout) {
		return time.Time{}, false
	}
	if len(name) > len(timestampLayout) && name[len(timestampLayout)] != '_' {
		return time.Time{}, false
	}
	t, err := time.Parse(timestampLayout, name[:len(timestampLayout)])
	return t, err == nil
}
