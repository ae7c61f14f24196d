package fakegithub

import (
	"fmt"
	"strconv"
	"time"
)

// appPermissions are the permissions the fake App is installed with.
var appPermissions = M{
	"checks": "write", "contents": "read", "pull_requests": "write",
	"issues": "write", "metadata": "read",
}

var appEvents = []string{"check_run", "check_suite", "issue_comment", "merge_group", "pull_request", "push"}

// appJSON is the integration object.
func (s *Server) appJSON() M {
	created := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return M{
		"id": s.appID, "slug": s.appSlug, "node_id": fmt.Sprintf("A_%d", s.appID),
		"client_id": fmt.Sprintf("Iv1.fake%d", s.appID),
		"owner":     s.userJSON("migsync"), "name": s.appSlug, "description": "fake App",
		"external_url": "https://github.invalid/" + s.appSlug, "html_url": s.htmlURL("apps", s.appSlug),
		"created_at": created, "updated_at": created,
		"permissions": appPermissions, "events": appEvents,
	}
}

func getApp(s *Server, q *request) response {
	return ok(s.shaped(q.rt.opID, 200, s.appJSON()))
}

func createAccessToken(s *Server, q *request) response {
	if q.param("installation_id") != strconv.FormatInt(s.installationID, 10) {
		return notFound()
	}
	token, expires := s.issueToken()
	return created(s.shaped(q.rt.opID, 201, M{
		"token": token, "expires_at": expires.Format(time.RFC3339),
		"permissions": appPermissions, "repository_selection": "all",
	}))
}

func getRepoInstallation(s *Server, q *request) response {
	r := s.repoFor(q)
	if r == nil {
		return notFound()
	}
	id := strconv.FormatInt(s.installationID, 10)
	created := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return ok(s.shaped(q.rt.opID, 200, M{
		"id": s.installationID, "app_id": s.appID, "app_slug": s.appSlug,
		"account": s.userJSON(r.owner), "target_id": stableID(r.owner), "target_type": "Organization",
		"repository_selection": "all", "single_file_name": nil,
		"access_tokens_url": s.apiURL("app", "installations", id, "access_tokens"),
		"repositories_url":  s.apiURL("installation", "repositories"),
		"html_url":          s.htmlURL("settings", "installations", id),
		"permissions":       appPermissions, "events": appEvents,
		"created_at": created, "updated_at": created, "suspended_by": nil, "suspended_at": nil,
	}))
}

func getPermission(s *Server, q *request) response {
	if s.repoFor(q) == nil {
		return notFound()
	}
	user := q.param("username")
	perm, set := s.permissions[lowerASCII(user)]
	if !set {
		perm = "read"
	}
	role := perm
	u := s.userJSON(user)
	u["permissions"] = M{"admin": perm == "admin", "maintain": perm == "admin", "push": perm == "admin" || perm == "write",
		"triage": perm != "none" && perm != "read", "pull": perm != "none"}
	u["role_name"] = role
	return ok(s.shaped(q.rt.opID, 200, M{"permission": perm, "role_name": role, "user": u}))
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
