package drift

import (
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// TestEveryCheckedProviderHasADialect fails when the provider list gains a
// dialect the comparison has no rules for: dialectFor would quietly compare
// it as PostgreSQL.
func TestEveryCheckedProviderHasADialect(t *testing.T) {
	for _, name := range catalog.CheckedProviders() {
		d, ok := catalog.DialectForProvider(name)
		if !ok {
			t.Errorf("provider %q is checked but has no dialect", name)
			continue
		}
		if _, ok := dialects[d]; !ok {
			t.Errorf("provider %q: dialect %q has no rules in drift's dialects (dialect.go)", name, d)
		}
	}
}
