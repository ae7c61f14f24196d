package pgparse

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync/atomic"
)

// The WebAssembly build compiles libpg_query's 2.2 MB module in every
// process before its first call (about 1.2 s of CPU and 300 MB), which is
// most of a CLI run's time. A disk cache of the calls' results, by the call
// and its input, lets a run whose migrations, defaults and expressions were
// all seen before make no call at all, so the module is never compiled: a
// pre-commit hook on a Mac pays the compile only when a migration changes.
// The C build needs none (SetCacheDir does nothing there).
//
// Each entry is a file named by the SHA-256 of the call's name and input,
// holding a kind byte, the SHA-256 of the payload and the payload: written
// to a temporary file and renamed, so that concurrent runs never see half
// an entry, and an entry whose checksum does not match (a torn or altered
// file) is a miss, parsed again and rewritten. The results are libpg_query's
// own (protobuf trees, deparsed SQL, PL/pgSQL JSON, positioned syntax
// errors), so a hit returns exactly what the call would. The folder's name
// carries the go-pgquery version: another build never reads this one's
// entries. Nothing is evicted: entries are a few times the size of the SQL
// they stand for; deleting the folder is always safe.

// disk is the cache in use; nil: none.
var disk atomic.Pointer[store]

// store is a cache folder.
type store struct{ dir string }

// cacheFormat changes when the entries' layout or meaning does.
const cacheFormat = "1"

const (
	entryResult = 'r' // the payload is the call's result
	entryError  = 'e' // the payload is a syntax error (*Error, as JSON)
)

// cacheFolder is the folder under base for this build's entries.
func cacheFolder(base string) string {
	version := "unknown"
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, m := range info.Deps {
			if m.Path == "github.com/wasilibs/go-pgquery" {
				version = m.Version
				if m.Replace != nil {
					version = m.Replace.Version
				}
			}
		}
	}
	return filepath.Join(base, "pgquery-"+Backend+"-"+version+"-"+cacheFormat)
}

func (s *store) path(key [sha256.Size]byte) string {
	h := hex.EncodeToString(key[:])
	return filepath.Join(s.dir, h[:2], h[2:])
}

// get reads an entry; ok is false for a missing or damaged one.
func (s *store) get(key [sha256.Size]byte) (kind byte, payload []byte, ok bool) {
	b, err := os.ReadFile(s.path(key))
	if err != nil || len(b) < 1+sha256.Size {
		return 0, nil, false
	}
	sum := sha256.Sum256(b[1+sha256.Size:])
	if !bytes.Equal(sum[:], b[1:1+sha256.Size]) {
		return 0, nil, false
	}
	return b[0], b[1+sha256.Size:], true
}

// put writes an entry; a cache that cannot be written (a read-only home, a
// full disk) only costs the next run its parse.
func (s *store) put(key [sha256.Size]byte, kind byte, payload []byte) {
	p := s.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return
	}
	sum := sha256.Sum256(payload)
	_, werr := f.Write(append(append([]byte{kind}, sum[:]...), payload...))
	if cerr := f.Close(); werr != nil || cerr != nil || os.Rename(f.Name(), p) != nil {
		_ = os.Remove(f.Name())
	}
}

// memo returns call's result for (op, input) from the cache, or calls it
// and keeps its result or syntax error. Without a cache it calls.
func memo(op string, input []byte, call func() ([]byte, error)) ([]byte, error) {
	s := disk.Load()
	if s == nil {
		return call()
	}
	h := sha256.New()
	h.Write([]byte(op))
	h.Write([]byte{0})
	h.Write(input)
	var key [sha256.Size]byte
	h.Sum(key[:0])
	if kind, payload, ok := s.get(key); ok {
		switch kind {
		case entryResult:
			return payload, nil
		case entryError:
			e := &Error{}
			if json.Unmarshal(payload, e) == nil {
				return nil, e
			}
		}
	}
	out, err := call()
	var perr *Error
	switch {
	case err == nil:
		s.put(key, entryResult, out)
	case errors.As(err, &perr):
		if b, jerr := json.Marshal(perr); jerr == nil {
			s.put(key, entryError, b)
		}
	}
	return out, err
}
