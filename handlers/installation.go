package handlers

import (
	"context"

	"github.com/google/go-github/v60/github"
	"github.com/palantir/go-githubapp/githubapp"
	"github.com/rs/zerolog"
)

// Installation logs installation changes; checks start with the next event.
type Installation struct{ *Base }

func (h *Installation) Handles() []string {
	return []string{"installation", "installation_repositories"}
}

func (h *Installation) Handle(ctx context.Context, eventType, deliveryID string, payload []byte) error {
	var ev struct {
		Action       string               `json:"action"`
		Installation *github.Installation `json:"installation"`
		Repositories []*github.Repository `json:"repositories"`
		Added        []*github.Repository `json:"repositories_added"`
		Removed      []*github.Repository `json:"repositories_removed"`
		Sender       *github.User         `json:"sender"`
	}
	if err := decode(eventType, payload, &ev); err != nil {
		return err
	}
	// The dispatcher's logger already names the event and the delivery.
	zerolog.Ctx(ctx).Info().
		Str("action", ev.Action).
		Int64(githubapp.LogKeyInstallationID, ev.Installation.GetID()).
		Str("account", ev.Installation.GetAccount().GetLogin()).
		Int("repositories", len(ev.Repositories)).
		Int("repositories_added", len(ev.Added)).
		Int("repositories_removed", len(ev.Removed)).
		Str("sender", ev.Sender.GetLogin()).
		Msg("installation changed")
	return nil
}
