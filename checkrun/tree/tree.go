// Package tree is the only thing the engine reads: a set of files under
// repository-relative, slash-separated paths. Implementations: a directory on
// disk, a git commit, an in-memory map (tests), and, outside the engine, the
// GitHub API.
package tree

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
)

// Entry is one file in a tree.
type Entry struct {
	Path string // repository-relative, slash-separated, no leading slash
	// SHA is the git blob SHA when known (git and GitHub trees); it lets
	// callers cache contents and detect unchanged files cheaply.
	SHA  string
	Size int64 // bytes; -1 when unknown
}

// Tree lists and reads files. Implementations are safe for concurrent use:
// the engine reads a migrations folder with several goroutines.
type Tree interface {
	// List returns every file whose path starts with prefix (""
	// for all), sorted by path. A tree that could not list everything (for
	// example GitHub's truncated recursive tree) returns the entries it has
	// and an error wrapping ErrTruncated.
	List(ctx context.Context, prefix string) ([]Entry, error)
	// Read returns a file's contents; a missing file is an error wrapping
	// fs.ErrNotExist.
	Read(ctx context.Context, path string) ([]byte, error)
}

// ErrTruncated marks a listing that is incomplete.
var ErrTruncated = errors.New("tree listing truncated")

// ErrTooLarge marks a file over the reader's size limit.
var ErrTooLarge = errors.New("file too large")

// TooLargeError is a file refused by its size: it says which file, how
// large (Size 0: not known before reading) and the limit, once. It is
// ErrTooLarge to errors.Is.
type TooLargeError struct {
	Path string
	Size int64
}

func (e *TooLargeError) Error() string {
	name := e.Path
	if name == "" {
		name = "the file"
	}
	if e.Size > 0 {
		return fmt.Sprintf("%s is %s, over the %s limit of a file migsync reads", name, Bytes(e.Size), Bytes(MaxFileSize))
	}
	return fmt.Sprintf("%s is over the %s limit of a file migsync reads", name, Bytes(MaxFileSize))
}

// Is makes a TooLargeError match ErrTooLarge.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// TooLargeAt is err, a refusal by size, told of the file at path (with the
// size err knows, if any); nil when err is not ErrTooLarge. A reader that
// fetches a file by another name (a blob) names it so.
func TooLargeAt(path string, err error) error {
	if !errors.Is(err, ErrTooLarge) {
		return nil
	}
	size := int64(0)
	if tl := (*TooLargeError)(nil); errors.As(err, &tl) {
		size = tl.Size
	}
	return &TooLargeError{Path: path, Size: size}
}

// Bytes writes a size for people: "8 MiB", "47.7 MiB", "512 bytes".
func Bytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// MaxFileSize is the largest file the engine reads (schemas and migrations);
// larger files are refused with ErrTooLarge rather than loaded.
const MaxFileSize = 8 << 20

// IsNotExist reports whether err means the file does not exist.
func IsNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
