package app

import (
	"sync"

	"github.com/migsync/migsync/handlers"
)

// serializer runs at most one check per key; a request arriving while one
// runs waits as the key's single pending request (a pull request target is
// preferred over a push target) and runs right after.
type serializer struct {
	mu    sync.Mutex
	slots map[string]*slot
}

type slot struct {
	pending *handlers.Target
}

func newSerializer() *serializer { return &serializer{slots: map[string]*slot{}} }

func (s *serializer) do(key string, t handlers.Target, run func(handlers.Target) error) error {
	s.mu.Lock()
	if sl, busy := s.slots[key]; busy {
		if sl.pending == nil || t.PR != 0 || sl.pending.PR == 0 {
			sl.pending = &t
		}
		s.mu.Unlock()
		return nil
	}
	sl := &slot{}
	s.slots[key] = sl
	s.mu.Unlock()

	err := run(t)
	for {
		s.mu.Lock()
		next := sl.pending
		sl.pending = nil
		if next == nil {
			delete(s.slots, key)
			s.mu.Unlock()
			return err
		}
		s.mu.Unlock()
		if e := run(*next); e != nil {
			err = e
		}
	}
}
