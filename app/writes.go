package app

import (
	"context"
	"errors"

	"github.com/cenkalti/backoff/v5"
	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"
)

// GitHub writes that survive a lost answer: every write this App makes
// (check runs in publish.go and later.go, reviews in review.go, replies in
// reply.go) goes through idempotent.

// idempotent performs one GitHub write with retries. GitHub may have
// performed an attempt whose answer never arrived (a 5xx, a reset, a
// timeout, a truncated answer): before the next attempt, find (when given)
// looks for what the write would have made, and a found object ends the
// write. Writes that do the same thing twice (a PATCH without annotations, a
// DELETE) need no find. Attempts are spaced by the retry policy's backoff
// (github.com/cenkalti/backoff); answers that certainly changed nothing (a
// 4xx) are final.
func idempotent[T any](ctx context.Context, p retryPolicy, what string, do func(context.Context) (T, error),
	find func(context.Context) (T, bool, error)) (T, error) {
	lost := false
	attempt := 0
	return backoff.Retry(ctx, func() (T, error) {
		var zero T
		attempt++
		if lost && find != nil {
			v, found, err := find(ctx)
			if err != nil {
				return zero, err
			}
			if found {
				zerolog.Ctx(ctx).Info().Str("write", what).Int("attempt", attempt).Msg("a lost answer's write was found on GitHub; not repeated")
				return v, nil
			}
		}
		v, err := do(ctx)
		if err == nil {
			return v, nil
		}
		if !maybePerformed(ctx, err) {
			return zero, backoff.Permanent(err)
		}
		lost = true
		zerolog.Ctx(ctx).Debug().Err(err).Str("write", what).Int("attempt", attempt).Msg("GitHub write failed; reconciling before retrying")
		return zero, err
	}, backoff.WithBackOff(p.newBackOff()), backoff.WithMaxTries(uint(p.Max)+1), backoff.WithMaxElapsedTime(0))
}

// maybePerformed reports whether a failed write may nonetheless have been
// performed by GitHub: its answer was lost (a network error, a truncated
// body) or GitHub failed in the middle (5xx).
func maybePerformed(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	var ghErr *github.ErrorResponse
	if errors.As(err, &ghErr) {
		return ghErr.Response != nil && ghErr.Response.StatusCode >= 500
	}
	var rate *github.RateLimitError
	var abuse *github.AbuseRateLimitError
	if errors.As(err, &rate) || errors.As(err, &abuse) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	return true // network errors and truncated answers
}

// isStatus reports whether err is GitHub's answer with that status.
func isStatus(err error, status int) bool {
	var ghErr *github.ErrorResponse
	return errors.As(err, &ghErr) && ghErr.Response != nil && ghErr.Response.StatusCode == status
}
