package app

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/go-github/v60/github"
	"gopkg.in/yaml.v3"
)

// GitHub's App-manifest flow, which `migsync setup` runs
// (https://docs.github.com/apps/sharing-github-apps/registering-a-github-app-from-a-manifest):
//
//  1. a page on 127.0.0.1 posts the manifest (app.yml, with this server's
//     webhook URL and the page's own callback as redirect_url) to GitHub's
//     "new App" form, for the user's account or an organization, on
//     github.com or a GitHub Enterprise Server;
//  2. the user names the App and confirms; GitHub redirects the browser to
//     the callback with a one-time code and the state the page sent;
//  3. the callback checks the state and exchanges the code with
//     POST /app-manifests/{code}/conversions for the App's id, private key
//     and webhook secret (the code is valid for an hour, once).
//
// WriteSetupConfig and WriteSetupSecret then store the credentials for
// `migsync serve` (files of mode 0600); nothing here prints them.

// SetupOptions configure Setup.
type SetupOptions struct {
	// Manifest is the App manifest as YAML (app.yml).
	Manifest []byte
	// WebURL is GitHub's web address: https://github.com/ (default) or a
	// GitHub Enterprise Server's, e.g. https://ghes.example.com/.
	WebURL string
	// APIURL and GraphQLURL default from WebURL: api.github.com for
	// github.com, <WebURL>api/v3/ and <WebURL>api/graphql for a server.
	APIURL, GraphQLURL string
	// Org registers the App under this organization (default: the signed-in
	// user's account).
	Org string
	// PublicURL is where this server will be reachable; the App's webhook
	// URL is PublicURL + WebhookRoute.
	PublicURL string
	// Name overrides the manifest's App name (App names are unique on a
	// GitHub instance).
	Name string
	// Listen is the local page's address (default 127.0.0.1:0, any port).
	Listen string
	// Ready is called with the local page's URL once it is served.
	Ready func(pageURL string)
	// HTTPClient makes the conversion request (default: a client with a
	// 30 s timeout).
	HTTPClient *http.Client
}

// SetupResult is the App GitHub created, with its credentials.
type SetupResult struct {
	AppID   int64
	Slug    string
	Name    string
	Owner   string
	HTMLURL string
	// The credentials: the caller stores them and must never print them.
	PrivateKey, WebhookSecret, ClientID, ClientSecret string

	opts SetupOptions // the URLs the App was created on
}

// InstallURL is where the App is installed on repositories.
func (r *SetupResult) InstallURL() string {
	return strings.TrimSuffix(r.HTMLURL, "/") + "/installations/new"
}

func (o *SetupOptions) defaults() error {
	if o.WebURL == "" {
		o.WebURL = DefaultGitHubURL
	}
	web, err := url.Parse(o.WebURL)
	if err != nil || !web.IsAbs() || web.Host == "" {
		return fmt.Errorf("the GitHub URL %q is not an absolute URL", o.WebURL)
	}
	if !strings.HasSuffix(o.WebURL, "/") {
		o.WebURL += "/"
	}
	cloud := strings.EqualFold(web.Hostname(), "github.com")
	if o.APIURL == "" {
		o.APIURL = DefaultV3APIURL
		if !cloud {
			o.APIURL = o.WebURL + "api/v3/"
		}
	}
	if !strings.HasSuffix(o.APIURL, "/") {
		o.APIURL += "/"
	}
	if o.GraphQLURL == "" {
		o.GraphQLURL = DefaultV4APIURL
		if !cloud {
			o.GraphQLURL = o.WebURL + "api/graphql"
		}
	}
	pub, err := url.Parse(o.PublicURL)
	if o.PublicURL == "" || err != nil || !pub.IsAbs() || pub.Host == "" || (pub.Scheme != "https" && pub.Scheme != "http") {
		return fmt.Errorf("--public-url %q: need the absolute http(s) URL at which GitHub will reach this server, e.g. https://migsync.example.com", o.PublicURL)
	}
	o.PublicURL = strings.TrimSuffix(o.PublicURL, "/")
	if o.Listen == "" {
		o.Listen = "127.0.0.1:0"
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	return nil
}

// manifestJSON is the manifest to post: app.yml with the webhook URL, the
// redirect URL and the name filled in.
func (o *SetupOptions) manifestJSON(redirect string) (string, error) {
	var m map[string]any
	if err := yaml.Unmarshal(o.Manifest, &m); err != nil {
		return "", fmt.Errorf("the App manifest: %w", err)
	}
	if m == nil {
		return "", errors.New("the App manifest is empty")
	}
	hook, _ := m["hook_attributes"].(map[string]any)
	if hook == nil {
		hook = map[string]any{"active": true}
	}
	hook["url"] = o.PublicURL + WebhookRoute
	m["hook_attributes"] = hook
	m["redirect_url"] = redirect
	if o.Name != "" {
		m["name"] = o.Name
	}
	if name, _ := m["name"].(string); name == "" {
		return "", errors.New("the App manifest has no name (pass --name)")
	}
	b, err := json.Marshal(m)
	return string(b), err
}

var setupPage = template.Must(template.New("setup").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>migsync setup</title></head>
<body>
<h1>Create the migsync GitHub App</h1>
<p>This page sends migsync's App manifest to {{.Target}}. GitHub asks you to name the App and confirm, then
sends you back here, and <code>migsync setup</code> writes the server configuration.</p>
<form id="manifest" method="post" action="{{.Action}}">
<input type="hidden" name="manifest" value="{{.Manifest}}">
<button type="submit">Create the GitHub App on {{.Target}}</button>
</form>
<script>document.getElementById("manifest").submit()</script>
</body></html>
`))

var setupDone = template.Must(template.New("done").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>migsync setup</title></head>
<body>
{{if .Err}}<h1>The App could not be set up</h1><p>{{.Err}}</p><p>See the terminal; run <code>migsync setup</code> again.</p>
{{else}}<h1>Created {{.Name}}</h1>
<p>migsync wrote the server configuration; the terminal says where. Next, <a href="{{.Install}}">install the App</a> on your repositories.</p>
{{end}}</body></html>
`))

// Setup runs the manifest flow and returns the created App. It ends when
// the code has been exchanged, the exchange failed, or ctx is done.
func Setup(ctx context.Context, o SetupOptions) (*SetupResult, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", o.Listen)
	if err != nil {
		return nil, fmt.Errorf("the local setup page: %w", err)
	}
	defer l.Close()
	local := "http://" + l.Addr().String()
	manifest, err := o.manifestJSON(local + "/callback")
	if err != nil {
		return nil, err
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	state := hex.EncodeToString(b)
	action := o.WebURL + "settings/apps/new"
	target := strings.TrimSuffix(o.WebURL, "/") + " (your account)"
	if o.Org != "" {
		action = o.WebURL + "organizations/" + url.PathEscape(o.Org) + "/settings/apps/new"
		target = strings.TrimSuffix(o.WebURL, "/") + " (organization " + o.Org + ")"
	}
	action += "?state=" + state

	type outcome struct {
		res *SetupResult
		err error
	}
	done := make(chan outcome, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_ = setupPage.Execute(w, map[string]string{"Action": action, "Manifest": manifest, "Target": target})
	})
	mux.HandleFunc("GET /callback", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		q := r.URL.Query()
		if subtle.ConstantTimeCompare([]byte(q.Get("state")), []byte(state)) != 1 {
			// not the redirect of this page's post: ignore it, keep waiting
			w.WriteHeader(http.StatusBadRequest)
			_ = setupDone.Execute(w, map[string]string{"Err": "This request does not carry the state this setup sent to GitHub; it was ignored."})
			return
		}
		code := q.Get("code")
		if code == "" {
			w.WriteHeader(http.StatusBadRequest)
			_ = setupDone.Execute(w, map[string]string{"Err": "GitHub sent no code."})
			return
		}
		res, err := o.convert(r.Context(), code)
		if err != nil {
			w.WriteHeader(http.StatusBadGateway)
			_ = setupDone.Execute(w, map[string]string{"Err": err.Error()})
		} else {
			_ = setupDone.Execute(w, map[string]string{"Name": res.Name, "Install": res.InstallURL()})
		}
		select {
		case done <- outcome{res, err}:
		default:
		}
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(l) }()
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if o.Ready != nil {
		o.Ready(local + "/")
	}
	select {
	case out := <-done:
		return out.res, out.err
	case <-ctx.Done():
		return nil, fmt.Errorf("no App was created: %w", ctx.Err())
	}
}

// convert exchanges the code (POST /app-manifests/{code}/conversions).
func (o *SetupOptions) convert(ctx context.Context, code string) (*SetupResult, error) {
	base, err := url.Parse(o.APIURL)
	if err != nil {
		return nil, err
	}
	client := github.NewClient(o.HTTPClient)
	client.BaseURL = base // exactly as given: GitHub Enterprise Server's ends in api/v3/
	client.UserAgent = "migsync/" + Version
	cfg, _, err := client.Apps.CompleteAppManifest(ctx, code)
	if err != nil {
		return nil, fmt.Errorf("exchange the code with POST %sapp-manifests/…/conversions: %w", o.APIURL, err)
	}
	res := &SetupResult{
		AppID: cfg.GetID(), Slug: cfg.GetSlug(), Name: cfg.GetName(), HTMLURL: cfg.GetHTMLURL(),
		Owner:      cfg.GetOwner().GetLogin(),
		PrivateKey: cfg.GetPEM(), WebhookSecret: cfg.GetWebhookSecret(),
		ClientID: cfg.GetClientID(), ClientSecret: cfg.GetClientSecret(),
		opts: *o,
	}
	if res.AppID == 0 || res.PrivateKey == "" || res.WebhookSecret == "" {
		return nil, errors.New("GitHub's answer lacks the App id, private key or webhook secret")
	}
	return res, nil
}

// setupConfig is the server configuration file WriteSetupConfig writes.
type setupConfig struct {
	Server struct {
		Address   string `yaml:"address"`
		Port      int    `yaml:"port"`
		PublicURL string `yaml:"public_url"`
	} `yaml:"server"`
	Github struct {
		WebURL   string `yaml:"web_url"`
		V3APIURL string `yaml:"v3_api_url"`
		V4APIURL string `yaml:"v4_api_url"`
		App      struct {
			IntegrationID int64  `yaml:"integration_id"`
			WebhookSecret string `yaml:"webhook_secret"`
			PrivateKey    string `yaml:"private_key"`
		} `yaml:"app"`
	} `yaml:"github"`
}

// WriteSetupConfig writes a `migsync serve --config` file for the App, of
// mode 0600. An existing file is replaced only with overwrite.
func WriteSetupConfig(path string, r *SetupResult, overwrite bool) error {
	var c setupConfig
	c.Server.Address, c.Server.Port, c.Server.PublicURL = "0.0.0.0", DefaultPort, r.opts.PublicURL
	c.Github.WebURL, c.Github.V3APIURL, c.Github.V4APIURL = r.opts.WebURL, r.opts.APIURL, r.opts.GraphQLURL
	c.Github.App.IntegrationID, c.Github.App.WebhookSecret, c.Github.App.PrivateKey = r.AppID, r.WebhookSecret, r.PrivateKey
	body, err := yaml.Marshal(&c)
	if err != nil {
		return err
	}
	head := fmt.Sprintf("# migsync serve configuration for the GitHub App %q (id %d), written by migsync setup.\n"+
		"# It holds the App's private key and webhook secret: keep it private (mode 0600).\n"+
		"# Other settings (migsync: workers, queue_size, …) have their defaults: see docs/app.md.\n", r.Slug, r.AppID)
	return writePrivate(path, append([]byte(head), body...), overwrite)
}

// WriteSetupSecret writes a Kubernetes Secret manifest named name with the
// keys the Helm chart's github.existingSecret expects, of mode 0600.
func WriteSetupSecret(path, name string, r *SetupResult, overwrite bool) error {
	secret := map[string]any{
		"apiVersion": "v1",
		"kind":       "Secret",
		"metadata":   map[string]any{"name": name},
		"type":       "Opaque",
		"stringData": map[string]string{
			"GITHUB_APP_INTEGRATION_ID": fmt.Sprint(r.AppID),
			"GITHUB_APP_WEBHOOK_SECRET": r.WebhookSecret,
			"GITHUB_APP_PRIVATE_KEY":    r.PrivateKey,
		},
	}
	body, err := yaml.Marshal(secret)
	if err != nil {
		return err
	}
	head := fmt.Sprintf("# The GitHub App %q (id %d), written by migsync setup. Apply with kubectl apply -f;\n"+
		"# the Helm chart uses it with --set github.existingSecret=%s. It holds the private key: keep it private.\n", r.Slug, r.AppID, name)
	return writePrivate(path, append([]byte(head), body...), overwrite)
}

// writePrivate writes data to path with mode 0600 (a new file, or, with
// overwrite, a replacement renamed into place).
func writePrivate(path string, data []byte, overwrite bool) error {
	if !overwrite {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists; pass --force to replace it", path)
		}
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".migsync-setup-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
