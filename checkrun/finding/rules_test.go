package finding

import "testing"

func TestKnownAndClosest(t *testing.T) {
	rules := []Rule{{ID: "drift/missing-index"}, {ID: "drift/missing-table"}, {ID: "rules/destructive-sql"}}
	for id, want := range map[string]bool{
		"drift/missing-index": true, "drift/": true, "rules/": true,
		"drift": false, "drift/missing": false, "drift/mising-index": false, "": false, "dbcheck/": false,
	} {
		if got := Known(rules, id); got != want {
			t.Errorf("Known(%q) = %v, want %v", id, got, want)
		}
	}
	for id, want := range map[string]string{
		"drift/mising-index":   "drift/missing-index",
		"drift/missing-tables": "drift/missing-table",
		"rule/":                "rules/",
		"rules/destructive":    "rules/destructive-sql",
		"migrations/none":      "", // too far from anything to be a typo
		"schema/syntax":        "",
	} {
		if got := Closest(rules, id); got != want {
			t.Errorf("Closest(%q) = %q, want %q", id, got, want)
		}
	}
}
