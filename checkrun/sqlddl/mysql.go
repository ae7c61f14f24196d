package sqlddl

import "github.com/migsync/migsync/checkrun/catalog"

// replayMySQL is being written; until then every migration is reported.
func replayMySQL(cat *catalog.Catalog, m Migration) []Notice {
	return []Notice{{Pos: catalog.Pos{File: m.Path, Line: 1}, Message: "mysql replay is not implemented yet", Error: true}}
}
