package checkrun

import "testing"

// TestCheckedProvidersNamed: the unsupported-provider notice names the
// providers from the one list (catalog.providers), not a copy of it.
func TestCheckedProvidersNamed(t *testing.T) {
	if got, want := checkedProviders(), "postgresql, cockroachdb, mysql and sqlite"; got != want {
		t.Errorf("checkedProviders() = %q, want %q", got, want)
	}
}
