package similar

import "testing"

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "", 3}, {"", "ab", 2}, {"kitten", "sitting", 3}, {"drift/", "drift/", 0}, {"ab", "ba", 2}, {"modle", "model", 2}} {
		if got := Distance(tt.a, tt.b); got != tt.d {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.d)
		}
	}
}

func TestClosest(t *testing.T) {
	names := []string{"String", "Int", "Role", "strict", "path"}
	for _, tt := range []struct{ word, want string }{
		{"Strin", "String"}, {"Rol", "Role"}, {"strictt", "strict"}, {"file", ""}, {"String", ""}, {"xyzzy", ""},
	} {
		if got := Closest(tt.word, names); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
