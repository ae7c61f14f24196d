package fakegithub

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"net/http"
	"os"
	"strconv"
	"strings"
)

// Target says which repository, pull request and commit a webhook payload
// is about. Zero fields take defaults: the repository added last, its pull
// request opened last (if any), that PR's head SHA, else the tip of the
// default branch.
type Target struct {
	Owner, Repo string
	PR          int    // 0: the last PR of the repository (-1: none)
	SHA         string // head commit; default the PR head or the default branch tip
	Branch      string // branch of push/check_suite events; default the PR head branch or the default branch
}

// Payload loads the committed example of event/action (action "" for push)
// from testdata/github/webhooks, points it at the default Target and the
// fake's installation and App, then applies patch (may be nil).
func (s *Server) Payload(event, action string, patch func(map[string]any)) []byte {
	s.t.Helper()
	return s.PayloadFor(Target{}, event, action, patch)
}

// PayloadFor is Payload for an explicit target.
func (s *Server) PayloadFor(tg Target, event, action string, patch func(map[string]any)) []byte {
	s.t.Helper()
	name := event
	if action != "" {
		name += "." + action
	}
	file, err := findRepoFile("testdata/github/webhooks/" + name + ".json")
	if err != nil {
		s.t.Fatalf("fakegithub: no webhook example %s: %v", name, err)
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		s.t.Fatalf("fakegithub: %v", err)
	}
	var payload map[string]any
	if err := json.Unmarshal(raw, &payload); err != nil {
		s.t.Fatalf("fakegithub: %s: %v", file, err)
	}
	s.mu.Lock()
	err = s.adjust(payload, event, tg)
	s.mu.Unlock()
	if err != nil {
		s.t.Fatalf("fakegithub: payload %s: %v", name, err)
	}
	if patch != nil {
		patch(payload)
	}
	out, err := json.Marshal(payload)
	if err != nil {
		s.t.Fatalf("fakegithub: encode payload: %v", err)
	}
	return out
}

// SetPath sets a dotted path ("comment.user.login") in a payload, creating
// objects on the way. Handy inside a Payload patch.
func SetPath(m map[string]any, dotted string, v any) {
	keys := strings.Split(dotted, ".")
	for _, k := range keys[:len(keys)-1] {
		next, isMap := m[k].(map[string]any)
		if !isMap {
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	m[keys[len(keys)-1]] = v
}

// obj returns m[key] as an object, creating it when missing.
func obj(m map[string]any, key string) map[string]any {
	if v, isMap := m[key].(map[string]any); isMap {
		return v
	}
	v := map[string]any{}
	m[key] = v
	return v
}

// resolved is a Target with its defaults filled in.
type resolved struct {
	r        *repo
	p        *pull
	sha      string
	branch   string
	parent   string
	baseSHA  string
	baseName string
}

// resolveTarget fills a Target's defaults. Callers hold s.mu.
func (s *Server) resolveTarget(tg Target) (resolved, error) {
	var out resolved
	if tg.Owner == "" && len(s.repoOrder) > 0 {
		out.r = s.repos[s.repoOrder[len(s.repoOrder)-1]]
	} else {
		out.r = s.repos[repoKey(tg.Owner, tg.Repo)]
	}
	if out.r == nil {
		return out, fmt.Errorf("unknown repository %s/%s (AddRepo first)", tg.Owner, tg.Repo)
	}
	switch {
	case tg.PR > 0 && tg.PR <= len(out.r.pulls):
		out.p = out.r.pulls[tg.PR-1]
	case tg.PR > 0:
		return out, fmt.Errorf("no pull request #%d", tg.PR)
	case tg.PR == 0 && len(out.r.pulls) > 0:
		out.p = out.r.pulls[len(out.r.pulls)-1]
	}
	out.branch, out.baseName = out.r.defaultBranch, out.r.defaultBranch
	if out.p != nil {
		out.branch, out.baseName = out.p.head, out.p.base
	}
	if tg.Branch != "" {
		out.branch = tg.Branch
	}
	out.sha = tg.SHA
	if out.sha == "" {
		sha, err := out.r.git.resolve("refs/heads/"+out.branch, "commit")
		if err != nil {
			return out, fmt.Errorf("no branch %q", out.branch)
		}
		out.sha = sha
	}
	out.parent = strings.Repeat("0", 40)
	if parent, err := out.r.git.resolve(out.sha+"^", "commit"); err == nil {
		out.parent = parent
	}
	out.baseSHA, _ = out.r.git.resolve("refs/heads/"+out.baseName, "commit")
	return out, nil
}

// adjust points an example payload at the target. Callers hold s.mu.
func (s *Server) adjust(p map[string]any, event string, tg Target) error {
	t, err := s.resolveTarget(tg)
	if err != nil {
		return err
	}
	r := t.r
	if event != "installation" {
		p["installation"] = map[string]any{"id": s.installationID, "node_id": fmt.Sprintf("MDIz%d", s.installationID)}
		s.adjustRepo(obj(p, "repository"), r)
	}
	if org, isMap := p["organization"].(map[string]any); isMap {
		org["login"] = r.owner
	}
	switch event {
	case "pull_request":
		if t.p == nil {
			return fmt.Errorf("pull_request payload needs a pull request (OpenPR first)")
		}
		p["number"] = t.p.number
		s.adjustPull(obj(p, "pull_request"), r, t.p, t.sha)
		if p["action"] == "synchronize" {
			p["before"], p["after"] = t.parent, t.sha
		}
	case "push":
		p["ref"] = "refs/heads/" + t.branch
		p["before"], p["after"] = t.parent, t.sha
		p["created"], p["deleted"], p["forced"] = false, false, false
		p["base_ref"] = nil
		p["compare"] = s.htmlURL(r.owner, r.name, "compare", t.parent[:12]+"..."+t.sha[:12])
		head := obj(p, "head_commit")
		head["id"], head["tree_id"] = t.sha, t.sha
		if info, err := r.git.commit(t.sha); err == nil {
			head["tree_id"], head["message"] = info.tree, info.message
		}
		// The files the push changed, as GitHub lists them per commit; the
		// fake lists them all on the head commit.
		added, removed, modified := []any{}, []any{}, []any{}
		if files, err := r.git.diff(t.parent, t.sha); err == nil && t.parent != strings.Repeat("0", 40) {
			for _, f := range files {
				switch f.status {
				case "added":
					added = append(added, f.filename)
				case "removed":
					removed = append(removed, f.filename)
				case "renamed":
					removed, added = append(removed, f.previous), append(added, f.filename)
				default:
					modified = append(modified, f.filename)
				}
			}
		}
		head["added"], head["removed"], head["modified"] = added, removed, modified
		p["commits"] = []any{head}
	case "check_suite":
		cs := obj(p, "check_suite")
		s.adjustSuite(cs, t)
	case "check_run":
		cr := obj(p, "check_run")
		cr["head_sha"] = t.sha
		cr["app"] = normalise(s.appJSON())
		cr["pull_requests"] = s.minimalPulls(t)
		s.adjustSuite(obj(cr, "check_suite"), t)
		for i := len(s.checkRuns) - 1; i >= 0; i-- {
			if run := s.checkRuns[i]; run.HeadSHA == t.sha && repoKey(run.Owner, run.Repo) == repoKey(r.owner, r.name) {
				cr["id"], cr["name"], cr["external_id"] = run.ID, run.Name, run.ExternalID
				cr["url"] = s.apiURL("repos", r.owner, r.name, "check-runs", strconv.FormatInt(run.ID, 10))
				break
			}
		}
	case "merge_group":
		mg := obj(p, "merge_group")
		n := 1
		if t.p != nil {
			n = t.p.number
		}
		mg["head_sha"] = t.sha
		mg["head_ref"] = fmt.Sprintf("refs/heads/gh-readonly-queue/%s/pr-%d-%s", t.baseName, n, t.sha)
		mg["base_sha"], mg["base_ref"] = t.baseSHA, "refs/heads/"+t.baseName
		obj(mg, "head_commit")["id"] = t.sha
	case "issue_comment":
		issue := obj(p, "issue")
		if t.p == nil {
			delete(issue, "pull_request")
			break
		}
		n := strconv.Itoa(t.p.number)
		issue["number"], issue["state"], issue["title"] = t.p.number, t.p.state, t.p.title
		issue["user"] = normalise(s.userJSON(t.p.author))
		issue["url"] = s.apiURL("repos", r.owner, r.name, "issues", n)
		issue["pull_request"] = map[string]any{
			"url":      s.apiURL("repos", r.owner, r.name, "pulls", n),
			"html_url": s.htmlURL(r.owner, r.name, "pull", n),
			"diff_url": s.htmlURL(r.owner, r.name, "pull", n) + ".diff", "patch_url": s.htmlURL(r.owner, r.name, "pull", n) + ".patch",
		}
	case "installation":
		inst := obj(p, "installation")
		inst["id"], inst["app_id"], inst["app_slug"] = s.installationID, s.appID, s.appSlug
		obj(inst, "account")["login"] = r.owner
		p["repositories"] = []any{map[string]any{"id": r.id, "node_id": fmt.Sprintf("R_%d", r.id), "name": r.name, "full_name": r.fullName(), "private": false}}
	}
	return nil
}

func (s *Server) adjustRepo(m map[string]any, r *repo) {
	m["id"], m["node_id"], m["name"], m["full_name"] = r.id, fmt.Sprintf("R_%d", r.id), r.name, r.fullName()
	m["default_branch"], m["private"] = r.defaultBranch, false
	m["url"], m["html_url"] = s.apiURL("repos", r.owner, r.name), s.htmlURL(r.owner, r.name)
	if _, isPush := m["master_branch"]; isPush {
		m["master_branch"] = r.defaultBranch
	}
	owner := obj(m, "owner")
	owner["login"], owner["id"] = r.owner, stableID(r.owner)
	if _, has := owner["name"]; has {
		owner["name"] = r.owner
	}
}

func (s *Server) adjustPull(m map[string]any, r *repo, p *pull, sha string) {
	fresh := normalise(s.pullJSON(r, p, true)).(map[string]any)
	for k, v := range fresh {
		m[k] = v
	}
	obj(m, "head")["sha"] = sha
}

func (s *Server) minimalPulls(t resolved) []any {
	if t.p == nil {
		return []any{}
	}
	pr := normalise(s.pullMinimalJSON(t.r, t.p)).(map[string]any)
	obj(pr, "head")["sha"] = t.sha
	return []any{pr}
}

func (s *Server) adjustSuite(cs map[string]any, t resolved) {
	cs["head_sha"], cs["head_branch"] = t.sha, t.branch
	cs["before"], cs["after"] = t.parent, t.sha
	cs["app"] = normalise(s.appJSON())
	cs["pull_requests"] = s.minimalPulls(t)
	if hc, isMap := cs["head_commit"].(map[string]any); isMap {
		hc["id"] = t.sha
	}
}

// Deliver POSTs a webhook to url the way GitHub does: JSON body,
// X-GitHub-Event, a unique X-GitHub-Delivery and X-Hub-Signature-256 (and
// the legacy X-Hub-Signature) computed with secret. The caller closes the
// response body.
func (s *Server) Deliver(url, event string, payload []byte, secret string) *http.Response {
	s.t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(payload))
	if err != nil {
		s.t.Fatalf("fakegithub: deliver: %v", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "GitHub-Hookshot/fake")
	req.Header.Set("X-GitHub-Event", event)
	req.Header.Set("X-GitHub-Delivery", newDeliveryID())
	req.Header.Set("X-GitHub-Hook-ID", "1")
	req.Header.Set("X-GitHub-Hook-Installation-Target-Type", "integration")
	req.Header.Set("X-GitHub-Hook-Installation-Target-ID", strconv.FormatInt(s.appID, 10))
	req.Header.Set("X-Hub-Signature-256", "sha256="+hexHMAC(sha256.New, secret, payload))
	req.Header.Set("X-Hub-Signature", "sha1="+hexHMAC(sha1.New, secret, payload))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatalf("fakegithub: deliver %s to %s: %v", event, url, err)
	}
	return resp
}

// Sign returns the X-Hub-Signature-256 value of payload under secret.
func Sign(payload []byte, secret string) string {
	return "sha256=" + hexHMAC(sha256.New, secret, payload)
}

func hexHMAC(h func() hash.Hash, secret string, payload []byte) string {
	mac := hmac.New(h, []byte(secret))
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}

// newDeliveryID is a random UUID (version 4).
func newDeliveryID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}
