package app

import (
	"context"
	"errors"
	"sync"
)

// maxCheckBytes bounds the file contents one check holds: the engine reads
// a project's schema and every migration of its history (base and head)
// before it replays them, so a repository of a hundred 8 MiB migrations
// would otherwise take 800 MB for one check. 64 MiB is a hundred times the
// largest real project of the corpus (trigger.dev's 820 migrations and
// schemas: 574 KB), and with the default four workers keeps file contents
// under a quarter of a GiB. A blob read by both sides of a check counts
// once.
const maxCheckBytes = 64 << 20

// errReadBudget ends a check whose files add up to more than maxCheckBytes.
var errReadBudget = errors.New("the files the check reads add up to more than it may hold")

type readBudgetKey struct{}

// readBudget counts the bytes of the distinct blobs a check has read.
type readBudget struct {
	mu   sync.Mutex
	left int64
	seen map[string]bool
}

func withReadBudget(ctx context.Context, max int64) context.Context {
	if max <= 0 {
		return ctx
	}
	return context.WithValue(ctx, readBudgetKey{}, &readBudget{left: max, seen: map[string]bool{}})
}

// spendBytes takes a blob's size from the check's budget (once per blob);
// false: the check would hold more than its budget.
func spendBytes(ctx context.Context, sha string, n int) bool {
	b, ok := ctx.Value(readBudgetKey{}).(*readBudget)
	if !ok {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if sha != "" && b.seen[sha] {
		return true
	}
	if b.left < int64(n) {
		return false
	}
	b.left -= int64(n)
	if sha != "" {
		b.seen[sha] = true
	}
	return true
}
