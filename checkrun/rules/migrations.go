// Package rules holds the change-level rules: what a change between a base
// and a head tree does to a project's migrations (a schema changed without a
// migration, edited or reordered migrations, destructive SQL, …). They reuse
// the engine's finding type; drift itself is checkrun/drift's job.
package rules

import (
	"context"
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/migsync/migsync/checkrun/tree"
)

// Migration is one migration folder as found in a tree.
type Migration struct {
	Name string // folder name
	Dir  string // repository-relative folder path
	// SQLPath is the migration.sql path, "" when the folder has none.
	SQLPath string
	// SHA is the blob SHA of migration.sql when the tree knows it.
	SHA string
	SQL []byte // contents; nil when not loaded or absent
}

// Set is a project's migrations folder in one tree.
type Set struct {
	Dir        string      // the migrations folder
	Migrations []Migration // sorted by name, as Prisma applies them
	// LockProvider is migration_lock.toml's provider ("" when absent).
	LockProvider string
	// LockLine is the provider line in migration_lock.toml.
	LockLine int
	// Empty lists folders without migration.sql.
	Empty []string
	// TooLarge lists migration.sql files over tree.MaxFileSize; they are
	// not loaded (SQL is nil) and the engine reports them.
	TooLarge []string
}

// Names lists the set's migration folder names, in order (none for nil).
func (s *Set) Names() []string {
	if s == nil {
		return nil
	}
	out := make([]string, 0, len(s.Migrations))
	for _, m := range s.Migrations {
		out = append(out, m.Name)
	}
	return out
}

// Newest is the name of the set's last migration in Prisma's order ("" for
// none, or nil).
func (s *Set) Newest() string {
	if s == nil || len(s.Migrations) == 0 {
		return ""
	}
	return s.Migrations[len(s.Migrations)-1].Name
}

// ByName finds a migration by folder name.
func (s *Set) ByName(name string) *Migration {
	if s == nil {
		return nil
	}
	i := sort.Search(len(s.Migrations), func(i int) bool { return s.Migrations[i].Name >= name })
	if i < len(s.Migrations) && s.Migrations[i].Name == name {
		return &s.Migrations[i]
	}
	return nil
}

// LoadSet lists and reads a migrations folder: every direct child folder
// holding migration.sql, in Prisma's order, and migration_lock.toml.
func LoadSet(ctx context.Context, t tree.Tree, dir string) (*Set, error) {
	dir = strings.TrimSuffix(tree.Clean(dir), "/")
	entries, err := t.List(ctx, dir+"/")
	if err != nil {
		// A partial listing (tree.ErrTruncated) would replay some of the
		// history and report the rest as drift: refuse it.
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	s := &Set{Dir: dir}
	folders := map[string]bool{}
	var sqlFiles []tree.Entry
	for _, e := range entries {
		rel := strings.TrimPrefix(e.Path, dir+"/")
		parts := strings.Split(rel, "/")
		switch {
		case len(parts) == 1 && parts[0] == "migration_lock.toml":
			data, err := t.Read(ctx, e.Path)
			if err != nil {
				return nil, err
			}
			s.LockProvider, s.LockLine = lockProvider(data)
		case len(parts) >= 2:
			if _, ok := folders[parts[0]]; !ok {
				folders[parts[0]] = false
			}
			if len(parts) == 2 && parts[1] == "migration.sql" {
				folders[parts[0]] = true
				sqlFiles = append(sqlFiles, e)
			}
		}
	}
	contents, errs := readAll(ctx, t, sqlFiles)
	for i, e := range sqlFiles {
		switch err := errs[i]; {
		case errors.Is(err, tree.ErrTooLarge):
			s.TooLarge = append(s.TooLarge, e.Path)
			continue
		case err != nil:
			return nil, fmt.Errorf("read %s: %w", e.Path, err)
		}
		name := path.Base(path.Dir(e.Path))
		s.Migrations = append(s.Migrations, Migration{Name: name, Dir: dir + "/" + name, SQLPath: e.Path, SHA: e.SHA, SQL: contents[i]})
	}
	for name, hasSQL := range folders {
		if !hasSQL {
			s.Empty = append(s.Empty, path.Join(dir, name))
		}
	}
	sort.Strings(s.Empty)
	sort.SliceStable(s.Migrations, func(i, j int) bool { return s.Migrations[i].Name < s.Migrations[j].Name })
	return s, nil
}

// readWorkers bounds the files LoadSet reads at once: a history of hundreds
// of migrations is mostly file reads (or blob fetches), which overlap well.
const readWorkers = 8

// readAll reads files concurrently; contents and errors come back in the
// order of files.
func readAll(ctx context.Context, t tree.Tree, files []tree.Entry) ([][]byte, []error) {
	contents := make([][]byte, len(files))
	errs := make([]error, len(files))
	next := make(chan int, len(files))
	for i := range files {
		next <- i
	}
	close(next)
	var wg sync.WaitGroup
	for w := 0; w < min(readWorkers, len(files)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				contents[i], errs[i] = t.Read(ctx, files[i].Path)
			}
		}()
	}
	wg.Wait()
	return contents, errs
}

// lockProvider reads `provider = "x"` from migration_lock.toml.
func lockProvider(data []byte) (string, int) {
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "provider") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.TrimSpace(k) != "provider" {
			continue
		}
		return strings.Trim(strings.TrimSpace(v), `"'`), i + 1
	}
	return "", 0
}
