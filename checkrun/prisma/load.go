package prisma

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/migsync/migsync/checkrun/tree"
)

// LoadSchema reads and parses a schema from a tree. schemaPath names a
// .prisma file or a folder; for a folder every *.prisma file below it,
// recursively, belongs to the schema (Prisma 6.7+ multi-file schemas and the
// older prismaSchemaFolder preview feature). Reading problems, including a
// file over tree.MaxFileSize (tree.ErrTooLarge), are the error result;
// syntax problems are diagnostics.
func LoadSchema(ctx context.Context, t tree.Tree, schemaPath string) (*Schema, []Diagnostic, error) {
	paths, err := schemaFiles(ctx, t, schemaPath)
	if err != nil {
		return nil, nil, err
	}
	files := make(map[string][]byte, len(paths))
	for _, e := range paths {
		if e.Size > tree.MaxFileSize {
			return nil, nil, tooLarge(e.Path, e.Size)
		}
		src, err := t.Read(ctx, e.Path)
		if tl := tree.TooLargeAt(e.Path, err); tl != nil {
			return nil, nil, tl
		}
		if err != nil {
			return nil, nil, fmt.Errorf("read prisma schema: %w", err)
		}
		if len(src) > tree.MaxFileSize {
			return nil, nil, tooLarge(e.Path, int64(len(src)))
		}
		files[e.Path] = src
	}
	s, diags := ParseSchema(files)
	return s, diags, nil
}

func tooLarge(p string, size int64) error {
	return &tree.TooLargeError{Path: p, Size: size}
}

// schemaFiles lists the files of the schema at schemaPath, sorted by path.
func schemaFiles(ctx context.Context, t tree.Tree, schemaPath string) ([]tree.Entry, error) {
	clean := strings.Trim(path.Clean("/"+schemaPath), "/")
	entries, listErr := t.List(ctx, clean)
	if listErr != nil && !errors.Is(listErr, tree.ErrTruncated) {
		return nil, fmt.Errorf("list prisma schema %s: %w", schemaPath, listErr)
	}
	if listErr != nil && clean != "" && !strings.HasSuffix(clean, ".prisma") {
		// A schema folder in a truncated listing: ask for the folder itself,
		// which a tree that can list one folder exactly (GitHub's) does.
		entries, listErr = t.List(ctx, clean+"/")
		if listErr != nil && !errors.Is(listErr, tree.ErrTruncated) {
			return nil, fmt.Errorf("list prisma schema %s: %w", schemaPath, listErr)
		}
	}
	folder := clean + "/"
	if clean == "" {
		folder = ""
	}
	var files []tree.Entry
	for _, e := range entries {
		switch {
		case e.Path == clean:
			return []tree.Entry{e}, nil
		case strings.HasPrefix(e.Path, folder) && strings.HasSuffix(e.Path, ".prisma"):
			files = append(files, e)
		}
	}
	if listErr != nil && len(files) == 0 && strings.HasSuffix(clean, ".prisma") {
		// The file may lie beyond the truncated listing: try to read it.
		return []tree.Entry{{Path: clean, Size: -1}}, nil
	}
	if listErr != nil {
		// An incomplete listing cannot tell which files a folder has.
		return nil, fmt.Errorf("list prisma schema %s: %w", schemaPath, listErr)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("prisma schema %s: no such file, and no *.prisma files in such a folder: %w", schemaPath, fs.ErrNotExist)
	}
	return files, nil
}
