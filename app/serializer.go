package app

import (
	"context"
	"sync"

	"github.com/migsync/migsync/handlers"
)

// serializer runs at most one check per key; a request arriving while one
// runs waits as the key's single pending request (a pull request target is
// preferred over a push target) and runs right after, with its own context
// (its delivery's logger and cancellation), not the one it waited behind.
type serializer struct {
	mu    sync.Mutex
	slots map[string]*slot
}

type slot struct {
	pending *request
}

type request struct {
	ctx context.Context
	t   handlers.Target
}

func newSerializer() *serializer { return &serializer{slots: map[string]*slot{}} }

func (s *serializer) do(ctx context.Context, key string, t handlers.Target, run func(context.Context, handlers.Target) error) error {
	s.mu.Lock()
	if sl, busy := s.slots[key]; busy {
		if sl.pending == nil || t.PR != 0 || sl.pending.t.PR == 0 {
			sl.pending = &request{ctx: ctx, t: t}
		}
		s.mu.Unlock()
		return nil
	}
	sl := &slot{}
	s.slots[key] = sl
	s.mu.Unlock()

	err := run(ctx, t)
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
		if e := run(next.ctx, next.t); e != nil {
			err = e
		}
	}
}
