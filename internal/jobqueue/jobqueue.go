// Package jobqueue is the App's durable work queue: accepted webhook
// deliveries and the work they leave for later (a check that resumes after a
// rate limit, a check-run completion GitHub refused) are stored before they
// are acknowledged, claimed by workers under a lease, and deleted only when
// done. A process that dies mid-job leaves its lease to expire (or, for the
// same instance restarting, releases it at start), and the job runs again.
//
// Two engines, both through database/sql: SQLite (modernc.org/sqlite, pure
// Go, a file: the embedded default for one process) and PostgreSQL (pgx's
// database/sql driver: shared by replicas). Keys are unique across pending,
// running and recently finished jobs, which makes a delivery id sent to
// every replica, or redelivered, one job. Locks are named leases that keep
// one check per head running across replicas.
//
// The package knows nothing of GitHub.
package jobqueue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	_ "modernc.org/sqlite"             // the "sqlite" database/sql driver
)

// Job states.
const (
	Pending = "pending"
	Running = "running"
	Done    = "done"
	Failed  = "failed"
)

// Job is one unit of work.
type Job struct {
	ID int64
	// Key is unique among stored jobs (a finished one is kept until Purge):
	// "delivery:<X-GitHub-Delivery>", "resume:<repository@sha>".
	Key  string
	Kind string
	// Priority: higher runs first; the App's low-priority work is negative.
	Priority int
	// Installation is the GitHub installation the job spends requests of
	// (0: none known).
	Installation int64
	Payload      []byte
	// NotBefore is when the job may run (zero: now).
	NotBefore time.Time
	Attempts  int
	State     string
	LastError string
}

// Store is an open queue.
type Store struct {
	db      *sql.DB
	dialect string // "sqlite" or "postgres"
	now     func() time.Time
}

// Open opens (and creates the tables of) a queue. url is "postgres://…" or
// "postgresql://…" for PostgreSQL, "sqlite:PATH" or a plain file path for
// SQLite, "sqlite::memory:" for a queue that lasts as long as the process.
func Open(ctx context.Context, url string) (*Store, error) {
	s := &Store{now: time.Now}
	var err error
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		s.dialect = "postgres"
		s.db, err = sql.Open("pgx", url)
		if err == nil {
			s.db.SetMaxOpenConns(8)
		}
	default:
		s.dialect = "sqlite"
		path := strings.TrimPrefix(url, "sqlite:")
		if path == "" {
			return nil, errors.New("queue: empty SQLite path")
		}
		dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
		if path == ":memory:" {
			dsn = "file::memory:?_pragma=busy_timeout(10000)&_txlock=immediate"
		}
		s.db, err = sql.Open("sqlite", dsn)
		if err == nil {
			s.db.SetMaxOpenConns(1) // one writer: SQLite serialises anyway
		}
	}
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("queue: %w", err)
	}
	return s, nil
}

// SetClock replaces the clock (tests).
func (s *Store) SetClock(now func() time.Time) { s.now = now }

// Engine is "sqlite" or "postgres".
func (s *Store) Engine() string { return s.dialect }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) migrate(ctx context.Context) error {
	blob, id := "BLOB", "INTEGER PRIMARY KEY AUTOINCREMENT"
	if s.dialect == "postgres" {
		blob, id = "BYTEA", "BIGSERIAL PRIMARY KEY"
	}
	stmts := []string{
		`CREATE TABLE IF NOT EXISTS migsync_jobs (
			id ` + id + `,
			key TEXT NOT NULL UNIQUE,
			kind TEXT NOT NULL,
			priority INTEGER NOT NULL DEFAULT 0,
			installation BIGINT NOT NULL DEFAULT 0,
			payload ` + blob + ` NOT NULL,
			state TEXT NOT NULL,
			attempts INTEGER NOT NULL DEFAULT 0,
			not_before BIGINT NOT NULL,
			lease_owner TEXT NOT NULL DEFAULT '',
			lease_until BIGINT NOT NULL DEFAULT 0,
			finished BIGINT NOT NULL DEFAULT 0,
			last_error TEXT NOT NULL DEFAULT ''
		)`,
		`CREATE INDEX IF NOT EXISTS migsync_jobs_runnable ON migsync_jobs (state, priority, not_before)`,
		`CREATE TABLE IF NOT EXISTS migsync_locks (
			key TEXT PRIMARY KEY,
			owner TEXT NOT NULL,
			until_ms BIGINT NOT NULL
		)`,
	}
	if s.dialect == "postgres" {
		// Replicas starting together create the tables once.
		stmts = append([]string{`SELECT pg_advisory_lock(7461626)`}, append(stmts, `SELECT pg_advisory_unlock(7461626)`)...)
		conn, err := s.db.Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		for _, q := range stmts {
			if _, err := conn.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	}
	for _, q := range stmts {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

var dollar = regexp.MustCompile(`\$(\d+)`)

// q adapts a query written with $n placeholders to the dialect.
func (s *Store) q(query string) string {
	if s.dialect == "sqlite" {
		return dollar.ReplaceAllString(query, "?$1")
	}
	return query
}

func ms(t time.Time) int64 { return t.UnixMilli() }

// ErrFull is returned by Enqueue when the queue holds its limit of
// unfinished jobs.
var ErrFull = errors.New("queue is full")

// Enqueue stores a job unless one with its key is stored. It reports whether
// the job was added; a key already stored is a duplicate, except that
// reopen (for work that may come again, such as a resumption) replaces a
// finished job of that key, and a failed delivery may come again whatever
// reopen says. limit (> 0) bounds the unfinished jobs of the job's kind:
// beyond it ErrFull; duplicates never count against it.
func (s *Store) Enqueue(ctx context.Context, j Job, reopen bool, limit int) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("queue: %w", err)
	}
	defer tx.Rollback()
	if s.dialect == "postgres" {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7461627)`); err != nil {
			return false, fmt.Errorf("queue: %w", err)
		}
	}
	var state string
	err = tx.QueryRowContext(ctx, s.q(`SELECT state FROM migsync_jobs WHERE key = $1`), j.Key).Scan(&state)
	switch {
	case err == nil && (state == Pending || state == Running):
		return false, nil
	case err == nil && state == Done && !reopen:
		return false, nil
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return false, fmt.Errorf("queue: %w", err)
	}
	if limit > 0 {
		var n int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM migsync_jobs WHERE state IN ('pending', 'running') AND kind = $1`), j.Kind).Scan(&n); err != nil {
			return false, fmt.Errorf("queue: %w", err)
		}
		if n >= limit {
			return false, ErrFull
		}
	}
	if j.Payload == nil {
		j.Payload = []byte{}
	}
	nb := j.NotBefore
	if nb.IsZero() {
		nb = s.now()
	}
	_, err = tx.ExecContext(ctx, s.q(`INSERT INTO migsync_jobs (key, kind, priority, installation, payload, state, not_before)
		VALUES ($1, $2, $3, $4, $5, 'pending', $6)
		ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, priority = excluded.priority,
			installation = excluded.installation, payload = excluded.payload, state = 'pending',
			attempts = 0, not_before = excluded.not_before, lease_owner = '', lease_until = 0, finished = 0, last_error = ''`),
		j.Key, j.Kind, j.Priority, j.Installation, j.Payload, ms(nb))
	if err != nil {
		return false, fmt.Errorf("queue: %w", err)
	}
	return true, tx.Commit()
}

const jobColumns = `id, key, kind, priority, installation, payload, state, attempts, not_before, last_error`

func scanJob(row interface{ Scan(...any) error }) (*Job, error) {
	var j Job
	var nb int64
	if err := row.Scan(&j.ID, &j.Key, &j.Kind, &j.Priority, &j.Installation, &j.Payload, &j.State, &j.Attempts, &nb, &j.LastError); err != nil {
		return nil, err
	}
	j.NotBefore = time.UnixMilli(nb)
	return &j, nil
}

// Claim takes the next runnable job for owner for lease: the highest
// priority, oldest first, among pending jobs due now and running jobs whose
// lease expired. skip leaves a job for later (it stays pending); nil: none.
// It returns nil when nothing is runnable.
func (s *Store) Claim(ctx context.Context, owner string, lease time.Duration, skip func(*Job) bool) (*Job, error) {
	now := s.now()
	lock := ""
	if s.dialect == "postgres" {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, s.q(`SELECT `+jobColumns+` FROM migsync_jobs
		WHERE ((state = 'pending' AND not_before <= $1) OR (state = 'running' AND lease_until < $1))
		ORDER BY priority DESC, id LIMIT 64`+lock), ms(now))
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	var pick *Job
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("queue: %w", err)
		}
		if skip == nil || !skip(j) {
			pick = j
			break
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	if pick == nil {
		return nil, nil
	}
	_, err = tx.ExecContext(ctx, s.q(`UPDATE migsync_jobs SET state = 'running', lease_owner = $1, lease_until = $2,
		attempts = attempts + 1 WHERE id = $3`), owner, ms(now.Add(lease)), pick.ID)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	pick.State = Running
	pick.Attempts++
	return pick, nil
}

// errLost: the job's lease passed to another owner.
var errLost = errors.New("queue: the job's lease was lost")

func (s *Store) owned(res sql.Result, err error) error {
	if err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return errLost
	}
	return nil
}

// Extend renews owner's lease on a running job.
func (s *Store) Extend(ctx context.Context, id int64, owner string, lease time.Duration) error {
	return s.owned(s.db.ExecContext(ctx, s.q(`UPDATE migsync_jobs SET lease_until = $1
		WHERE id = $2 AND lease_owner = $3 AND state = 'running'`), ms(s.now().Add(lease)), id, owner))
}

// Finish records a job as done (kept, for its key, until Purge).
func (s *Store) Finish(ctx context.Context, id int64, owner string) error {
	return s.owned(s.db.ExecContext(ctx, s.q(`UPDATE migsync_jobs SET state = 'done', finished = $1, lease_owner = '',
		lease_until = 0, payload = $2, last_error = '' WHERE id = $3 AND lease_owner = $4 AND state = 'running'`),
		ms(s.now()), []byte{}, id, owner))
}

// Fail records a job as given up (kept until Purge; a delivery of that key
// may come again).
func (s *Store) Fail(ctx context.Context, id int64, owner, reason string) error {
	return s.owned(s.db.ExecContext(ctx, s.q(`UPDATE migsync_jobs SET state = 'failed', finished = $1, lease_owner = '',
		lease_until = 0, last_error = $2 WHERE id = $3 AND lease_owner = $4 AND state = 'running'`),
		ms(s.now()), truncate(reason, 2000), id, owner))
}

// Release hands a running job back to the queue, to run at notBefore;
// uncount takes back the attempt (a job postponed, not failed).
func (s *Store) Release(ctx context.Context, id int64, owner string, notBefore time.Time, reason string, uncount bool) error {
	dec := 0
	if uncount {
		dec = 1
	}
	return s.owned(s.db.ExecContext(ctx, s.q(`UPDATE migsync_jobs SET state = 'pending', lease_owner = '', lease_until = 0,
		not_before = $1, last_error = $2, attempts = attempts - $3 WHERE id = $4 AND lease_owner = $5 AND state = 'running'`),
		ms(notBefore), truncate(reason, 2000), dec, id, owner))
}

// ReleaseOwnedBy hands back every running job of owners whose name starts
// with prefix (an instance restarting after a crash: its old leases are
// void).
func (s *Store) ReleaseOwnedBy(ctx context.Context, prefix string) (int64, error) {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE migsync_jobs SET state = 'pending', lease_owner = '', lease_until = 0
		WHERE state = 'running' AND substr(lease_owner, 1, $1) = $2`), len(prefix), prefix)
	if err != nil {
		return 0, fmt.Errorf("queue: %w", err)
	}
	n, _ := res.RowsAffected()
	if _, err := s.db.ExecContext(ctx, s.q(`DELETE FROM migsync_locks WHERE substr(owner, 1, $1) = $2`), len(prefix), prefix); err != nil {
		return n, fmt.Errorf("queue: %w", err)
	}
	return n, nil
}

// Purge deletes jobs finished before the given time.
func (s *Store) Purge(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, s.q(`DELETE FROM migsync_jobs WHERE state IN ('done', 'failed') AND finished < $1`), ms(before))
	if err != nil {
		return 0, fmt.Errorf("queue: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}

// Counts returns the number of jobs per state.
func (s *Store) Counts(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT state, COUNT(*) FROM migsync_jobs GROUP BY state`)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[st] = n
	}
	return out, rows.Err()
}

// Due counts the pending jobs due now.
func (s *Store) Due(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM migsync_jobs WHERE state = 'pending' AND not_before <= $1`), ms(s.now())).Scan(&n)
	return n, err
}

// Get returns the job of a key (nil: none).
func (s *Store) Get(ctx context.Context, key string) (*Job, error) {
	j, err := scanJob(s.db.QueryRowContext(ctx, s.q(`SELECT `+jobColumns+` FROM migsync_jobs WHERE key = $1`), key))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return j, err
}

// Remember keeps a record under key: a row that is no work (state done,
// finished now), with its payload, until Purge removes it; remembering the
// key again refreshes it. Recent lists records.
func (s *Store) Remember(ctx context.Context, key, kind string, installation int64, payload []byte) error {
	if payload == nil {
		payload = []byte{}
	}
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO migsync_jobs (key, kind, installation, payload, state, not_before, finished)
		VALUES ($1, $2, $3, $4, 'done', 0, $5)
		ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, finished = excluded.finished
		WHERE migsync_jobs.kind = excluded.kind`), key, kind, installation, payload, ms(s.now()))
	if err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	return nil
}

// Recent returns up to limit jobs of a kind, the most recently finished
// first, then the unfinished, the newest first: finished jobs and records
// stay until Purge removes them.
func (s *Store) Recent(ctx context.Context, kind string, limit int) ([]*Job, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+jobColumns+` FROM migsync_jobs WHERE kind = $1 ORDER BY finished DESC, id DESC LIMIT $2`), kind, limit)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	defer rows.Close()
	var out []*Job
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, fmt.Errorf("queue: %w", err)
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

// Lock takes or renews the named lease for owner until lease from now; it
// reports false when another owner holds it.
func (s *Store) Lock(ctx context.Context, name, owner string, lease time.Duration) (bool, error) {
	now := s.now()
	res, err := s.db.ExecContext(ctx, s.q(`INSERT INTO migsync_locks (key, owner, until_ms) VALUES ($1, $2, $3)
		ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms
		WHERE migsync_locks.until_ms < $4 OR migsync_locks.owner = excluded.owner`), name, owner, ms(now.Add(lease)), ms(now))
	if err != nil {
		return false, fmt.Errorf("queue: lock: %w", err)
	}
	n, err := res.RowsAffected()
	return err == nil && n == 1, err
}

// Unlock releases owner's lease.
func (s *Store) Unlock(ctx context.Context, name, owner string) error {
	_, err := s.db.ExecContext(ctx, s.q(`DELETE FROM migsync_locks WHERE key = $1 AND owner = $2`), name, owner)
	return err
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
