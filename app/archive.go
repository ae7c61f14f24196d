package app

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/go-github/v60/github"
	"github.com/rs/zerolog"

	"github.com/migsync/migsync/checkrun/tree"
)

// archiveMin is how many of a folder's blobs must be missing from the cache
// before the App downloads the commit's archive instead of fetching them one
// request each: a long migration history seen for the first time (after a
// restart, or a new repository) would otherwise cost a request per migration
// out of the installation's hourly rate limit.
const archiveMin = 50

// maxArchiveBytes bounds the compressed archive read; a larger repository
// falls back to blob requests for what was not reached.
const maxArchiveBytes = 1 << 30

// archiveTimeout bounds one archive download.
const archiveTimeout = 2 * time.Minute

type archiveOnce struct{ once sync.Once }

// fromArchive downloads the commit's tarball (one API request for the
// redirect, then the download) and puts every uncached file the engine reads
// into the blob cache: those of the listing, plus extra (a folder listed by
// itself beyond a truncated listing). A file whose content does not hash to
// its listed blob SHA (export-subst, eol attributes, LFS pointers) is left
// out, to be fetched as a blob. A failed download is retried like any
// request (a download cut short keeps what it cached: the next attempt
// wants only the rest); when it keeps failing, the blobs are fetched one by
// one within the check's request budget. Archive downloads are low-priority
// work: they are held back first when the installation is short of
// headroom.
func (g *ghTree) fromArchive(ctx context.Context, extra []tree.Entry) {
	log := zerolog.Ctx(ctx)
	want := map[string]string{}
	for _, e := range append(g.uncached(g.entries), extra...) {
		want[e.Path] = e.SHA
	}
	wanted := len(want)
	start := time.Now()
	ctx = withPriority(ctx, priorityLow)
	total := 0
	b := g.policy.newBackOff()
	for attempt := 0; ; attempt++ {
		n, err := g.readArchive(ctx, want)
		total += n
		if err == nil {
			log.Debug().Str("commit", g.commit).Int("files", total).Int("wanted", wanted).Dur("took", time.Since(start)).Msg("blobs cached from the commit's archive")
			return
		}
		var reserve *reserveError
		if attempt >= g.policy.Max || ctx.Err() != nil || errors.As(err, &reserve) {
			log.Warn().Err(err).Str("commit", g.commit).Int("cached", total).Int("attempts", attempt+1).
				Msg("archive download failed; fetching blobs one by one within the check's request budget")
			return
		}
		wait := min(b.NextBackOff(), g.policy.Cap)
		log.Debug().Err(err).Dur("wait", wait).Int("attempt", attempt+1).Msg("retrying the archive download")
		if sleep(ctx, wait) != nil {
			return
		}
	}
}

func (g *ghTree) readArchive(ctx context.Context, want map[string]string) (int, error) {
	u, _, err := g.client.Repositories.GetArchiveLink(ctx, g.owner, g.repo, github.Tarball,
		&github.RepositoryContentGetOptions{Ref: g.commit}, 0)
	if err != nil {
		return 0, fmt.Errorf("archive link of %s: %w", short(g.commit), err)
	}
	ctx, cancel := context.WithTimeout(ctx, archiveTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, redact(err)
	}
	resp, err := g.download.Do(req)
	if err != nil {
		return 0, fmt.Errorf("archive of %s: %w", short(g.commit), redact(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("archive of %s: %s", short(g.commit), resp.Status)
	}
	n, err := cacheFromTarball(io.LimitReader(resp.Body, maxArchiveBytes), want, g.blobs)
	return n, redact(err)
}

// redact removes the query (the download URL's access token) from the URL
// an error names: errors are logged.
func redact(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if p, perr := url.Parse(ue.URL); perr == nil && p.RawQuery != "" {
			p.RawQuery = "REDACTED"
			ue.URL = p.String()
		}
	}
	return err
}

// cacheFromTarball reads a gzipped tarball with one top folder (GitHub's
// owner-repo-sha/) and caches the wanted files (path → blob SHA) whose
// content matches their SHA. It returns how many it cached.
func cacheFromTarball(r io.Reader, want map[string]string, blobs *BlobCache) (int, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return 0, fmt.Errorf("archive: %w", err)
	}
	tr := tar.NewReader(zr)
	n := 0
	for len(want) > 0 {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, fmt.Errorf("archive: %w", err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		_, name, ok := strings.Cut(h.Name, "/")
		sha, wanted := want[name]
		if !ok || !wanted || h.Size > tree.MaxFileSize {
			continue
		}
		data, err := io.ReadAll(io.LimitReader(tr, tree.MaxFileSize+1))
		if err != nil {
			return n, fmt.Errorf("archive: %s: %w", name, err)
		}
		if gitBlobSHA(data) != sha {
			continue
		}
		blobs.Put(sha, data)
		delete(want, name) // a retried download wants only the rest
		n++
	}
	return n, nil
}

// gitBlobSHA is git's object id of a blob with this content.
func gitBlobSHA(data []byte) string {
	h := sha1.New()
	h.Write([]byte("blob " + strconv.Itoa(len(data)) + "\x00"))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}
