package tree

import (
	"context"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Map is an in-memory tree: path → contents. Handy in tests and for trees
// assembled from other sources.
type Map map[string]string

// List returns the files under prefix, sorted.
func (m Map) List(_ context.Context, prefix string) ([]Entry, error) {
	prefix = Clean(prefix)
	var out []Entry
	for p, c := range m {
		if strings.HasPrefix(p, prefix) {
			out = append(out, Entry{Path: p, Size: int64(len(c))})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// Read returns a file's contents.
func (m Map) Read(_ context.Context, p string) ([]byte, error) {
	c, ok := m[Clean(p)]
	if !ok {
		return nil, fmt.Errorf("read %s: %w", p, fs.ErrNotExist)
	}
	if len(c) > MaxFileSize {
		return nil, &TooLargeError{Path: p, Size: int64(len(c))}
	}
	return []byte(c), nil
}
