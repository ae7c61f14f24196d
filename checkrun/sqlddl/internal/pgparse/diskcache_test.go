package pgparse

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// withCache points the package's disk cache at a fresh folder for one test.
func withCache(t *testing.T) string {
	t.Helper()
	base := t.TempDir()
	dir := cacheFolder(base)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	disk.Store(&store{dir: dir})
	t.Cleanup(func() { disk.Store(nil) })
	return dir
}

// TestMemo: a result and a syntax error are kept and returned without the
// call; other errors are not kept; a damaged entry is a miss and rewritten.
func TestMemo(t *testing.T) {
	dir := withCache(t)
	n := 0
	ok := func() ([]byte, error) { n++; return []byte("tree"), nil }
	for i := 0; i < 2; i++ {
		if out, err := memo("parse", []byte("SELECT 1"), ok); err != nil || string(out) != "tree" {
			t.Fatalf("memo = %q, %v", out, err)
		}
	}
	if n != 1 {
		t.Fatalf("%d calls for one input, want 1", n)
	}
	// The same input to another call is another entry.
	if _, _ = memo("scan", []byte("SELECT 1"), ok); n != 2 {
		t.Fatalf("another call's entry was used: %d calls", n)
	}

	syntax := func() ([]byte, error) { n++; return nil, &Error{Message: `syntax error at or near ","`, Cursorpos: 34} }
	for i := 0; i < 2; i++ {
		_, err := memo("parse", []byte("bad"), syntax)
		var perr *Error
		if !errors.As(err, &perr) || perr.Cursorpos != 34 || perr.Message != `syntax error at or near ","` {
			t.Fatalf("memo error = %v (%T)", err, err)
		}
	}
	if n != 3 {
		t.Fatalf("%d calls after a kept syntax error, want 3", n)
	}

	other := func() ([]byte, error) { n++; return nil, errors.New("out of memory") }
	for i := 0; i < 2; i++ {
		if _, err := memo("parse", []byte("big"), other); err == nil {
			t.Fatal("the error was lost")
		}
	}
	if n != 5 {
		t.Fatalf("an error that is not the input's was kept: %d calls", n)
	}

	// Damage every entry: each is read as a miss, called again and rewritten.
	files := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files++
			return os.WriteFile(p, []byte("rtruncated"), 0o644)
		}
		return err
	})
	if err != nil || files != 3 {
		t.Fatalf("%d entries (%v), want 3", files, err)
	}
	for i := 0; i < 2; i++ {
		if out, err := memo("parse", []byte("SELECT 1"), ok); err != nil || string(out) != "tree" {
			t.Fatalf("after damage: memo = %q, %v", out, err)
		}
	}
	if n != 6 {
		t.Fatalf("%d calls after damaging the entry, want 6 (one more, then the rewritten entry)", n)
	}
}

// TestMemoConcurrent: runs that fill the same entries at once see whole
// entries only.
func TestMemoConcurrent(t *testing.T) {
	withCache(t)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				out, err := memo("parse", []byte{byte(j)}, func() ([]byte, error) { return []byte{byte(j), 'x'}, nil })
				if err != nil || len(out) != 2 || out[0] != byte(j) {
					t.Errorf("entry %d: %q, %v", j, out, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestMemoUnwritable: a cache folder that cannot be written (here: below a
// file, which even root cannot create folders in) costs nothing but the
// keeping: every call returns its result, and none is kept.
func TestMemoUnwritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	disk.Store(&store{dir: filepath.Join(file, "cache")})
	t.Cleanup(func() { disk.Store(nil) })
	n := 0
	for i := 0; i < 2; i++ {
		if out, err := memo("parse", []byte("SELECT 1"), func() ([]byte, error) { n++; return []byte("tree"), nil }); err != nil || string(out) != "tree" {
			t.Fatalf("memo = %q, %v", out, err)
		}
	}
	if n != 2 {
		t.Errorf("%d calls, want 2: nothing can be kept", n)
	}
}
