package app

import (
	"context"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/palantir/go-githubapp/appconfig"

	"github.com/migsync/migsync/config"
)

// orgDefaultTTL is how long an organisation's default configuration is
// reused before it is read again.
const orgDefaultTTL = 5 * time.Minute

// configLoader reads a repository's .github/migsync.yml from the base
// commit's tree (through the blob cache), following a remote reference with
// go-githubapp's appconfig, and falls back to the organisation's defaults in
// its .github repository (migsync.yml or .github/migsync.yml there).
type configLoader struct {
	remote *appconfig.Loader // follows `remote:` references
	org    *appconfig.Loader // organisation defaults only

	cache *lru.Cache[string, orgDefault] // by owner; entries expire after orgDefaultTTL
	now   func() time.Time
}

type orgDefault struct {
	cfg     appconfig.Config
	err     error
	expires time.Time
}

func newConfigLoader() *configLoader {
	return &configLoader{
		remote: appconfig.NewLoader([]string{config.RepoConfigPath}, appconfig.WithOwnerDefault("", nil)),
		org:    appconfig.NewLoader(nil, appconfig.WithOwnerDefault(".github", []string{"migsync.yml", config.RepoConfigPath})),
		cache:  mustLRU[string, orgDefault](maxOrgDefaults),
		now:    time.Now,
	}
}

// load returns the configuration that applies to a check and, when it
// cannot be used, why (defaults apply then: a broken configuration never
// fails the check closed).
func (l *configLoader) load(ctx context.Context, g *ghContext, base *ghTree, baseSHA string) (*config.Repo, string) {
	data, source, err := l.read(ctx, g, base, baseSHA)
	if err != nil {
		return nil, source + ": " + err.Error()
	}
	if len(data) == 0 {
		return nil, ""
	}
	cfg, err := config.ParseRepo(data)
	if err != nil {
		if source != config.RepoConfigPath {
			return nil, source + ": " + err.Error()
		}
		return nil, err.Error()
	}
	return cfg, ""
}

func (l *configLoader) read(ctx context.Context, g *ghContext, base *ghTree, baseSHA string) ([]byte, string, error) {
	if base != nil {
		if _, ok := base.entry(config.RepoConfigPath); ok {
			data, err := base.Read(ctx, config.RepoConfigPath)
			if err != nil {
				return nil, config.RepoConfigPath, err
			}
			ref, err := appconfig.YAMLRemoteRefParser(config.RepoConfigPath, data)
			if err != nil || ref == nil {
				// Not a remote reference: the file is the configuration
				// (ParseRepo reports its errors).
				return data, config.RepoConfigPath, nil
			}
			c, err := l.remote.LoadConfig(ctx, g.client, g.owner, g.repo, baseSHA)
			if err != nil {
				return nil, "remote configuration " + ref.Remote, err
			}
			return c.Content, c.Source + ":" + c.Path, nil
		}
	}
	return l.orgDefault(ctx, g)
}

// orgDefault reads (or reuses) the owner's default configuration.
func (l *configLoader) orgDefault(ctx context.Context, g *ghContext) ([]byte, string, error) {
	d, ok := l.cache.Get(g.owner)
	if !ok || l.now().After(d.expires) {
		c, err := l.org.LoadConfig(ctx, g.client, g.owner, g.repo, "")
		d = orgDefault{cfg: c, err: err, expires: l.now().Add(orgDefaultTTL)}
		if err == nil { // errors are not cached: the next check tries again
			l.cache.Add(g.owner, d)
		}
	}
	source := "organisation default " + d.cfg.Source
	if d.cfg.Path != "" {
		source += ":" + d.cfg.Path
	}
	return d.cfg.Content, source, d.err
}
