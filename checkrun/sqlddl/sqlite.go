package sqlddl

import "github.com/migsync/migsync/checkrun/catalog"

// replaySQLite is being written; until then every migration is reported.
func replaySQLite(cat *catalog.Catalog, m Migration) []Notice {
	return []Notice{{Pos: catalog.Pos{File: m.Path, Line: 1}, Message: "sqlite replay is not implemented yet", Error: true}}
}
