package fakegithub

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// repo is a repository served from a local git repository.
type repo struct {
	id            int64
	owner, name   string
	git           gitRepo
	defaultBranch string
	pulls         []*pull
}

func (r *repo) fullName() string { return r.owner + "/" + r.name }

func repoKey(owner, name string) string { return strings.ToLower(owner + "/" + name) }

// AddRepo serves the git repository at gitDir (a work tree or a bare
// repository) as owner/name. Its default branch is the branch HEAD names.
func (s *Server) AddRepo(owner, name, gitDir string) {
	s.t.Helper()
	g := gitRepo{dir: gitDir}
	branch := "main"
	if out, err := g.run("symbolic-ref", "--short", "HEAD"); err == nil {
		branch = strings.TrimSpace(string(out))
	} else if _, err := g.run("rev-parse", "--git-dir"); err != nil {
		s.t.Fatalf("fakegithub: AddRepo %s/%s: %v", owner, name, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	key := repoKey(owner, name)
	if _, dup := s.repos[key]; !dup {
		s.repoOrder = append(s.repoOrder, key)
	}
	s.repos[key] = &repo{id: s.newID(), owner: owner, name: name, git: g, defaultBranch: branch}
}

// SetDefaultBranch changes a repository's default branch.
func (s *Server) SetDefaultBranch(owner, name, branch string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.repos[repoKey(owner, name)]; r != nil {
		r.defaultBranch = branch
	}
}

// repoFor finds the repository of a request. Callers hold s.mu.
func (s *Server) repoFor(q *request) *repo {
	return s.repos[repoKey(q.param("owner"), q.param("repo"))]
}

// apiURL builds an absolute API URL from path segments.
func (s *Server) apiURL(parts ...string) string {
	return s.http.URL + "/" + strings.Join(parts, "/")
}

func (s *Server) htmlURL(parts ...string) string {
	return s.http.URL + "/html/" + strings.Join(parts, "/")
}

// userJSON is a simple-user. Logins ending in [bot] are Bots.
func (s *Server) userJSON(login string) M {
	kind := "User"
	if strings.HasSuffix(login, "[bot]") {
		kind = "Bot"
	}
	return M{
		"login": login, "id": stableID(login), "node_id": "U_" + login, "type": kind,
		"site_admin": false, "url": s.apiURL("users", login), "html_url": s.htmlURL(login),
		"avatar_url": "https://avatars.invalid/" + url.PathEscape(login),
	}
}

// botLogin is the App's bot user.
func (s *Server) botLogin() string { return s.appSlug + "[bot]" }

// stableID derives a positive id from a name.
func stableID(name string) int64 {
	var h int64 = 7
	for _, c := range strings.ToLower(name) {
		h = (h*31 + int64(c)) % 1_000_000_007
	}
	return h + 1
}

// repoJSON is a repository / full-repository object.
func (s *Server) repoJSON(r *repo) M {
	return M{
		"id": r.id, "node_id": fmt.Sprintf("R_%d", r.id), "name": r.name, "full_name": r.fullName(),
		"owner": s.userJSON(r.owner), "private": false, "fork": false, "visibility": "public",
		"default_branch": r.defaultBranch, "url": s.apiURL("repos", r.owner, r.name),
		"html_url": s.htmlURL(r.owner, r.name), "archived": false, "disabled": false,
		"permissions": M{"admin": false, "maintain": false, "push": true, "triage": true, "pull": true},
	}
}

func getRepo(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	return ok(s.shaped(q.rt.opID, 200, s.repoJSON(r)))
}

func getTree(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	treeSHA, err := r.git.resolve(q.param("tree_sha"), "tree")
	if err != nil {
		return notFound()
	}
	recursive := q.r.URL.Query().Get("recursive") != ""
	entries, err := r.git.lsTree(treeSHA, recursive)
	if err != nil {
		return errorResponse(http.StatusInternalServerError, err.Error())
	}
	truncated := false
	if recursive && len(entries) > s.treeLimit {
		entries, truncated = entries[:s.treeLimit], true
	}
	tree := make([]M, 0, len(entries))
	for _, e := range entries {
		item := M{"path": e.path, "mode": e.mode, "type": e.kind, "sha": e.sha}
		switch e.kind {
		case "blob":
			item["size"] = e.size
			item["url"] = s.apiURL("repos", r.owner, r.name, "git", "blobs", e.sha)
		case "tree":
			item["url"] = s.apiURL("repos", r.owner, r.name, "git", "trees", e.sha)
		}
		tree = append(tree, item)
	}
	return ok(s.shaped(q.rt.opID, 200, M{
		"sha": treeSHA, "url": s.apiURL("repos", r.owner, r.name, "git", "trees", treeSHA),
		"tree": tree, "truncated": truncated,
	}))
}

func getBlob(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	sha := q.param("file_sha")
	content, err := r.git.blob(sha)
	if err != nil {
		return notFound()
	}
	if wantMedia(q.r) == "raw" {
		return rawResponse("raw", content)
	}
	return ok(s.shaped(q.rt.opID, 200, M{
		"sha": sha, "node_id": "B_" + sha, "size": len(content),
		"url":      s.apiURL("repos", r.owner, r.name, "git", "blobs", sha),
		"content":  base64Lines(content),
		"encoding": "base64",
	}))
}

// base64Lines encodes like GitHub: base64 wrapped at 60 columns.
func base64Lines(b []byte) string {
	enc := base64.StdEncoding.EncodeToString(b)
	var sb strings.Builder
	for len(enc) > 60 {
		sb.WriteString(enc[:60])
		sb.WriteByte('\n')
		enc = enc[60:]
	}
	sb.WriteString(enc)
	sb.WriteByte('\n')
	return sb.String()
}

func getContent(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	ref := q.r.URL.Query().Get("ref")
	if ref == "" {
		ref = r.defaultBranch
	}
	commit, err := r.git.resolve(ref, "commit")
	if err != nil {
		return errorResponse(http.StatusNotFound, "No commit found for the ref "+ref)
	}
	p := strings.Trim(q.param("path"), "/")
	entries, err := r.git.lsTree(commit, false, p)
	if err != nil || len(entries) != 1 || entries[0].path != p {
		return notFound()
	}
	e := entries[0]
	if e.kind == "tree" {
		children, err := r.git.lsTree(commit+":"+p, false)
		if err != nil {
			return errorResponse(http.StatusInternalServerError, err.Error())
		}
		list := make([]M, 0, len(children))
		for _, c := range children {
			c.path = p + "/" + c.path
			list = append(list, s.contentJSON(r, commit, c, nil))
		}
		return ok(s.shaped(q.rt.opID, 200, list))
	}
	if e.kind != "blob" {
		return notFound()
	}
	content, err := r.git.blob(e.sha)
	if err != nil {
		return notFound()
	}
	if wantMedia(q.r) == "raw" {
		return rawResponse("raw", content)
	}
	return ok(s.shaped(q.rt.opID, 200, s.contentJSON(r, commit, e, content)))
}

// contentJSON is a content-file (content != nil) or a directory entry, at
// commit ref.
func (s *Server) contentJSON(r *repo, ref string, e treeEntry, content []byte) M {
	kind := map[string]string{"blob": "file", "tree": "dir", "commit": "submodule"}[e.kind]
	if e.mode == "120000" {
		kind = "symlink"
	}
	name := e.path[strings.LastIndex(e.path, "/")+1:]
	self := s.apiURL("repos", r.owner, r.name, "contents", e.path) + "?ref=" + url.QueryEscape(ref)
	gitURL := s.apiURL("repos", r.owner, r.name, "git", map[bool]string{true: "trees", false: "blobs"}[e.kind == "tree"], e.sha)
	html := s.htmlURL(r.owner, r.name, "blob", ref, e.path)
	size := e.size
	if size < 0 {
		size = 0
	}
	out := M{
		"type": kind, "name": name, "path": e.path, "sha": e.sha, "size": size,
		"url": self, "git_url": gitURL, "html_url": html, "download_url": nil,
		"_links": M{"self": self, "git": gitURL, "html": html},
	}
	if e.kind == "blob" {
		out["download_url"] = s.http.URL + rawDownloadPrefix + strings.Join([]string{r.owner, r.name, ref, e.path}, "/")
	}
	if content != nil {
		out["content"] = base64Lines(content)
		out["encoding"] = "base64"
	}
	return out
}

// commitJSON is a commit object; files are included when given.
func (s *Server) commitJSON(r *repo, c commitInfo, files []fileDiff) M {
	parents := make([]M, 0, len(c.parents))
	for _, p := range c.parents {
		parents = append(parents, M{"sha": p, "url": s.apiURL("repos", r.owner, r.name, "commits", p), "html_url": s.htmlURL(r.owner, r.name, "commit", p)})
	}
	out := M{
		"sha": c.sha, "node_id": "C_" + c.sha,
		"url":          s.apiURL("repos", r.owner, r.name, "commits", c.sha),
		"html_url":     s.htmlURL(r.owner, r.name, "commit", c.sha),
		"comments_url": s.apiURL("repos", r.owner, r.name, "commits", c.sha, "comments"),
		"commit": M{
			"author":        M{"name": c.authorName, "email": c.authorEmail, "date": c.authorDate},
			"committer":     M{"name": c.committerName, "email": c.committerEmail, "date": c.committerDate},
			"message":       c.message,
			"tree":          M{"sha": c.tree, "url": s.apiURL("repos", r.owner, r.name, "git", "trees", c.tree)},
			"url":           s.apiURL("repos", r.owner, r.name, "git", "commits", c.sha),
			"comment_count": 0,
		},
		"author": nil, "committer": nil, "parents": parents,
	}
	if files != nil {
		adds, dels := 0, 0
		for _, f := range files {
			adds += f.additions
			dels += f.deletions
		}
		out["files"] = s.filesJSON(r, c.sha, files)
		out["stats"] = M{"additions": adds, "deletions": dels, "total": adds + dels}
	}
	return out
}

// maxFilePatch is the largest diff of one file GitHub shows (1 MB of raw
// diff data); a larger one is left out of the file's entry, as GitHub
// does.
const maxFilePatch = 1 << 20

// filesJSON renders diff entries.
func (s *Server) filesJSON(r *repo, ref string, files []fileDiff) []M {
	out := make([]M, 0, len(files))
	for _, f := range files {
		sha := f.newSHA
		if f.status == "removed" {
			sha = f.oldSHA
		}
		entry := M{
			"sha": sha, "filename": f.filename, "status": f.status,
			"additions": f.additions, "deletions": f.deletions, "changes": f.additions + f.deletions,
			"blob_url":     s.htmlURL(r.owner, r.name, "blob", ref, f.filename),
			"raw_url":      s.htmlURL(r.owner, r.name, "raw", ref, f.filename),
			"contents_url": s.apiURL("repos", r.owner, r.name, "contents", f.filename) + "?ref=" + ref,
		}
		if f.patch != "" && len(f.patch) <= maxFilePatch {
			entry["patch"] = f.patch
		}
		if f.previous != "" {
			entry["previous_filename"] = f.previous
		}
		out = append(out, entry)
	}
	return out
}

func getCommit(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	sha, err := r.git.resolve(q.param("ref"), "commit")
	if err != nil {
		return errorResponse(http.StatusUnprocessableEntity, "No commit found for SHA: "+q.param("ref"))
	}
	c, err := r.git.commit(sha)
	if err != nil {
		return notFound()
	}
	base := emptyTree
	if len(c.parents) > 0 {
		base = c.parents[0]
	}
	if kind := wantMedia(q.r); kind == "diff" || kind == "patch" {
		return diffMedia(r.git, kind, base, sha)
	}
	files, err := r.git.diff(base, sha)
	if err != nil {
		return errorResponse(http.StatusInternalServerError, err.Error())
	}
	files, header := paginate(q, files, 300, 300)
	resp := ok(s.shaped(q.rt.opID, 200, s.commitJSON(r, c, files)))
	resp.header = header
	return resp
}

// emptyTree is git's empty tree, the base of a root commit's diff.
const emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

func compareCommits(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	baseRef, headRef, found := strings.Cut(q.param("basehead"), "...")
	if !found {
		return notFound()
	}
	base, err1 := r.git.resolve(baseRef, "commit")
	head, err2 := r.git.resolve(headRef, "commit")
	if err1 != nil || err2 != nil {
		return notFound()
	}
	mb, err := r.git.mergeBase(base, head)
	if err != nil {
		return notFound()
	}
	if kind := wantMedia(q.r); kind == "diff" || kind == "patch" {
		return diffMedia(r.git, kind, mb, head)
	}
	ahead, behind := r.git.countCommits(mb, head), r.git.countCommits(mb, base)
	status := "diverged"
	switch {
	case ahead == 0 && behind == 0:
		status = "identical"
	case behind == 0:
		status = "ahead"
	case ahead == 0:
		status = "behind"
	}
	commits, err := r.git.log(mb, head)
	if err != nil {
		return errorResponse(http.StatusInternalServerError, err.Error())
	}
	files, err := r.git.diff(mb, head)
	if err != nil {
		return errorResponse(http.StatusInternalServerError, err.Error())
	}
	if len(files) > MaxCompareFiles {
		files = files[:MaxCompareFiles]
	}
	baseInfo, _ := r.git.commit(base)
	mbInfo, _ := r.git.commit(mb)
	commitList := make([]M, 0, len(commits))
	for _, c := range commits {
		commitList = append(commitList, s.commitJSON(r, c, nil))
	}
	basehead := baseRef + "..." + headRef
	return ok(s.shaped(q.rt.opID, 200, M{
		"url":               s.apiURL("repos", r.owner, r.name, "compare", basehead),
		"html_url":          s.htmlURL(r.owner, r.name, "compare", basehead),
		"permalink_url":     s.htmlURL(r.owner, r.name, "compare", base+"..."+head),
		"diff_url":          s.htmlURL(r.owner, r.name, "compare", basehead+".diff"),
		"patch_url":         s.htmlURL(r.owner, r.name, "compare", basehead+".patch"),
		"base_commit":       s.commitJSON(r, baseInfo, nil),
		"merge_base_commit": s.commitJSON(r, mbInfo, nil),
		"status":            status, "ahead_by": ahead, "behind_by": behind,
		"total_commits": len(commits), "commits": commitList,
		"files": s.filesJSON(r, head, files),
	}))
}

// paginate applies page/per_page and returns the page and its Link header.
func paginate[T any](q *request, items []T, defPer, maxPer int) ([]T, http.Header) {
	query := q.r.URL.Query()
	per := defPer
	if v, err := strconv.Atoi(query.Get("per_page")); err == nil && v > 0 {
		per = min(v, maxPer)
	}
	page := 1
	if v, err := strconv.Atoi(query.Get("page")); err == nil && v > 0 {
		page = v
	}
	last := max(1, (len(items)+per-1)/per)
	start := min((page-1)*per, len(items))
	end := min(start+per, len(items))
	header := http.Header{}
	link := func(p int, rel string) string {
		u := *q.r.URL
		vals := u.Query()
		vals.Set("page", strconv.Itoa(p))
		vals.Set("per_page", strconv.Itoa(per))
		u.RawQuery = vals.Encode()
		return fmt.Sprintf(`<http://%s%s>; rel="%s"`, q.r.Host, u.RequestURI(), rel)
	}
	var links []string
	if page < last {
		links = append(links, link(page+1, "next"), link(last, "last"))
	}
	if page > 1 {
		links = append(links, link(1, "first"), link(page-1, "prev"))
	}
	if len(links) > 0 {
		header.Set("Link", strings.Join(links, ", "))
	}
	return items[start:end], header
}
