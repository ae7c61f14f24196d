package fakegithub

import (
	"fmt"
	"net/http"
	"strings"
)

// wantMedia reports which of GitHub's non-JSON media types the request
// asks for: "raw", "diff", "patch", or "" for JSON.
func wantMedia(r *http.Request) string {
	accept := r.Header.Get("Accept")
	for _, kind := range []string{"raw", "diff", "patch"} {
		if strings.Contains(accept, "vnd.github.v3."+kind) || strings.Contains(accept, "vnd.github."+kind) {
			return kind
		}
	}
	return ""
}

// rawResponse is a 200 with a non-JSON body.
func rawResponse(kind string, body []byte) response {
	return response{status: http.StatusOK, raw: body, contentType: "application/vnd.github." + kind + "; charset=utf-8"}
}

// diffMedia answers a diff or patch request for base..head.
func diffMedia(g gitRepo, kind, base, head string) response {
	var out []byte
	var err error
	if kind == "patch" {
		out, err = g.run("format-patch", "--stdout", base+".."+head)
	} else {
		out, err = g.run("diff", "--full-index", "-M", "--no-color", "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/", base, head)
	}
	if err != nil {
		return errorResponse(http.StatusInternalServerError, err.Error())
	}
	return rawResponse(kind, out)
}

// downloadRoute returns the Calls name and the server of a non-API
// download path (nil for an API path).
func (s *Server) downloadRoute(p string) (string, http.HandlerFunc) {
	switch {
	case strings.HasPrefix(p, rawDownloadPrefix):
		return "raw/download", s.serveRawDownload
	case strings.HasPrefix(p, codeloadPrefix):
		return "codeload/tarball", s.serveCodeload
	}
	if _, ok := appsNewRoute(p); ok {
		return "web/apps-new", s.serveAppsNew
	}
	return "", nil
}

// download splits a non-API download's path after prefix into owner, repo
// and two more parts (the last keeps its slashes); the repository is nil
// when the request is not a GET of a known one.
func (s *Server) download(r *http.Request, prefix string) ([]string, *repo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	parts := strings.SplitN(strings.TrimPrefix(r.URL.Path, prefix), "/", 4)
	if r.Method != http.MethodGet || len(parts) != 4 {
		return nil, nil
	}
	return parts, s.repos[repoKey(parts[0], parts[1])]
}

// rawDownloadPrefix serves contents' download_url, as raw.githubusercontent.com
// would: /raw/{owner}/{repo}/{commit sha}/{path}. It is not an API
// operation; Calls counts it as "raw/download".
const rawDownloadPrefix = "/raw/"

func (s *Server) serveRawDownload(w http.ResponseWriter, r *http.Request) {
	parts, rp := s.download(r, rawDownloadPrefix)
	if rp == nil {
		http.NotFound(w, r)
		return
	}
	entries, err := rp.git.lsTree(parts[2], false, parts[3])
	if err != nil || len(entries) != 1 || entries[0].kind != "blob" {
		http.NotFound(w, r)
		return
	}
	content, err := rp.git.blob(entries[0].sha)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write(content)
}

// codeloadPrefix is where the fake serves repository archives, as GitHub's
// codeload.github.com does behind the tarball redirect.
const codeloadPrefix = "/codeload/"

// downloadTarball answers GET /repos/{owner}/{repo}/tarball/{ref} as GitHub
// does: 302 to a short-lived codeload URL.
func downloadTarball(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	sha, err := r.git.resolve(q.param("ref"), "commit")
	if err != nil {
		return notFound()
	}
	h := http.Header{}
	h.Set("Location", s.http.URL+codeloadPrefix+strings.Join([]string{r.owner, r.name, "legacy.tar.gz", sha}, "/")+"?token=codeload-token")
	return response{status: http.StatusFound, header: h}
}

// serveCodeload streams `git archive` of a commit as GitHub's tarball: one
// top folder named owner-repo-<short sha>.
func (s *Server) serveCodeload(w http.ResponseWriter, r *http.Request) {
	parts, rp := s.download(r, codeloadPrefix)
	if rp == nil || parts[2] != "legacy.tar.gz" || r.URL.Query().Get("token") == "" {
		http.NotFound(w, r)
		return
	}
	sha := parts[3]
	prefix := fmt.Sprintf("%s-%s-%s/", parts[0], parts[1], sha[:min(7, len(sha))])
	out, err := rp.git.run("archive", "--format=tar.gz", "--prefix="+prefix, sha)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/x-gzip")
	_, _ = w.Write(out)
}
