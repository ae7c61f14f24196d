package fakegithub

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// The GitHub App manifest flow (`migsync setup`): a form POST of the
// manifest to github.com's /settings/apps/new (or
// /organizations/{org}/settings/apps/new), where the user names the App and
// confirms; GitHub redirects to the manifest's redirect_url with a code and
// the state it was given; the code is exchanged once, within an hour, with
// POST /app-manifests/{code}/conversions for the App's id, private key and
// webhook secret. The fake plays the confirming user: the POST redirects at
// once. The App "created" is the fake's own (its id and key), so a server
// configured from the conversion authenticates against this fake.

// AppRegistration is one manifest posted to the fake.
type AppRegistration struct {
	// Owner is the organization the App was registered under ("" for the
	// signed-in user's account).
	Owner    string
	Manifest map[string]any
	State    string
	// Code is the code the redirect carried; Converted reports whether it
	// was exchanged.
	Code      string
	Converted bool
	// WebhookSecret and ClientSecret are the secrets the conversion returned.
	WebhookSecret, ClientSecret string
}

// AppRegistrations returns the manifests posted so far.
func (s *Server) AppRegistrations() []AppRegistration {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]AppRegistration, len(s.registrations))
	for i, r := range s.registrations {
		out[i] = *r
	}
	return out
}

const appsNewPath = "/settings/apps/new"

// appsNewRoute reports whether p is a manifest form's target.
func appsNewRoute(p string) (owner string, ok bool) {
	if p == appsNewPath {
		return "", true
	}
	if rest, found := strings.CutPrefix(p, "/organizations/"); found {
		if org, tail, _ := strings.Cut(rest, "/"); org != "" && "/"+tail == appsNewPath {
			return org, true
		}
	}
	return "", false
}

func (s *Server) serveAppsNew(w http.ResponseWriter, r *http.Request) {
	owner, _ := appsNewRoute(r.URL.Path)
	if r.Method != http.MethodPost {
		http.Error(w, "the manifest flow POSTs a form", http.StatusMethodNotAllowed)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(r.PostForm.Get("manifest")), &m); err != nil {
		s.reject("web/apps-new", http.StatusUnprocessableEntity, "the manifest field is not JSON: "+err.Error())
		http.Error(w, "Invalid GitHub App configuration: the manifest is not JSON", http.StatusUnprocessableEntity)
		return
	}
	hook, _ := m["hook_attributes"].(map[string]any)
	redirect, _ := m["redirect_url"].(string)
	var missing []string
	for name, v := range map[string]any{"url": m["url"], "hook_attributes.url": hook["url"], "redirect_url": redirect} {
		if str, _ := v.(string); str == "" {
			missing = append(missing, name)
		}
	}
	target, err := url.Parse(redirect)
	if len(missing) > 0 || err != nil || !target.IsAbs() {
		s.reject("web/apps-new", http.StatusUnprocessableEntity, "manifest lacks "+strings.Join(missing, ", ")+" or has a relative redirect_url")
		http.Error(w, "Invalid GitHub App configuration", http.StatusUnprocessableEntity)
		return
	}
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	reg := &AppRegistration{Owner: owner, Manifest: m, State: r.URL.Query().Get("state"), Code: hex.EncodeToString(b)}
	s.mu.Lock()
	s.registrations = append(s.registrations, reg)
	s.mu.Unlock()
	q := target.Query()
	q.Set("code", reg.Code)
	if reg.State != "" {
		q.Set("state", reg.State)
	}
	target.RawQuery = q.Encode()
	http.Redirect(w, r, target.String(), http.StatusFound)
}

// createFromManifest is POST /app-manifests/{code}/conversions: each code
// converts once.
func createFromManifest(s *Server, q *request) response {
	var reg *AppRegistration
	for _, r := range s.registrations {
		if r.Code == q.param("code") && !r.Converted {
			reg = r
		}
	}
	if reg == nil {
		return notFound()
	}
	reg.Converted = true
	secret := make([]byte, 20)
	_, _ = rand.Read(secret)
	reg.WebhookSecret = hex.EncodeToString(secret)
	_, _ = rand.Read(secret)
	reg.ClientSecret = hex.EncodeToString(secret)
	app := s.appJSON()
	if name, _ := reg.Manifest["name"].(string); name != "" {
		app["name"] = name
	}
	if perms, ok := reg.Manifest["default_permissions"].(map[string]any); ok {
		app["permissions"] = perms
	}
	if events, ok := reg.Manifest["default_events"].([]any); ok {
		app["events"] = events
	}
	if reg.Owner != "" {
		app["owner"] = s.userJSON(reg.Owner)
	}
	app["webhook_secret"] = reg.WebhookSecret
	app["client_secret"] = reg.ClientSecret
	app["pem"] = string(s.PrivateKeyPEM())
	return created(s.shaped(q.rt.opID, 201, app))
}

var (
	manifestFormAction = regexp.MustCompile(`<form[^>]* method="post" action="([^"]+)"`)
	manifestFormField  = regexp.MustCompile(`name="manifest" value="([^"]*)"`)
)

// ConfirmAppManifest plays the user's browser in the manifest flow: it
// opens page (the app's setup page), submits its form — the manifest — to
// the fake, which confirms at once, and follows the redirect back to the
// page's callback. It returns the callback's status and page.
func (s *Server) ConfirmAppManifest(page string) (int, string) {
	s.t.Helper()
	resp, err := http.Get(page)
	if err != nil {
		s.t.Fatalf("fakegithub: open the setup page: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	action := manifestFormAction.FindStringSubmatch(string(body))
	field := manifestFormField.FindStringSubmatch(string(body))
	if action == nil || field == nil || !strings.Contains(string(body), ".submit()") {
		s.t.Fatalf("fakegithub: the setup page has no self-submitting manifest form:\n%s", body)
	}
	resp, err = http.PostForm(html.UnescapeString(action[1]), url.Values{"manifest": {html.UnescapeString(field[1])}})
	if err != nil {
		s.t.Fatalf("fakegithub: submit the manifest: %v", err)
	}
	defer resp.Body.Close()
	body, _ = io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}
