package app_test

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	migsync "github.com/migsync/migsync"
	"github.com/migsync/migsync/app"
	"github.com/migsync/migsync/internal/fakegithub"
)

func TestSetupManifestFlow(t *testing.T) {
	gh := fakegithub.New(t)
	ready := make(chan string, 1)
	type outcome struct {
		res *app.SetupResult
		err error
	}
	done := make(chan outcome, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	go func() {
		res, err := app.Setup(ctx, app.SetupOptions{
			Manifest: migsync.AppManifest, WebURL: gh.URL(), APIURL: gh.URL(), GraphQLURL: gh.GraphQLURL(),
			Org: "acme", PublicURL: "https://migsync.example.com/", Name: "migsync-acme",
			Ready: func(u string) { ready <- u },
		})
		done <- outcome{res, err}
	}()
	page := <-ready
	if !strings.HasPrefix(page, "http://127.0.0.1:") {
		t.Errorf("the setup page is served at %s, not on 127.0.0.1", page)
	}

	// a callback without this setup's state is refused and changes nothing
	resp, err := http.Get(page + "callback?code=stolen&state=guessed")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("callback with a wrong state: %d, want 400", resp.StatusCode)
	}

	status, final := gh.ConfirmAppManifest(page)
	if status != http.StatusOK || !strings.Contains(final, "Created") {
		t.Fatalf("the callback page: %d\n%s", status, final)
	}
	out := <-done
	if out.err != nil {
		t.Fatal(out.err)
	}
	res := out.res
	if n := gh.Calls()["apps/create-from-manifest"]; n != 1 {
		t.Errorf("%d conversion requests, want 1", n)
	}
	if rej := gh.Rejections(); len(rej) > 0 {
		t.Errorf("the fake rejected requests: %v", rej)
	}
	regs := gh.AppRegistrations()
	if len(regs) != 1 || !regs[0].Converted {
		t.Fatalf("registrations: %+v", regs)
	}
	reg := regs[0]
	if reg.Owner != "acme" {
		t.Errorf("registered under %q, want the organization acme", reg.Owner)
	}
	hook, _ := reg.Manifest["hook_attributes"].(map[string]any)
	if hook["url"] != "https://migsync.example.com"+app.WebhookRoute || hook["active"] != true {
		t.Errorf("hook_attributes %v", hook)
	}
	if reg.Manifest["name"] != "migsync-acme" || !strings.HasPrefix(reg.Manifest["redirect_url"].(string), page) {
		t.Errorf("name %v, redirect_url %v", reg.Manifest["name"], reg.Manifest["redirect_url"])
	}
	var fromFile map[string]any
	if err := yaml.Unmarshal(migsync.AppManifest, &fromFile); err != nil {
		t.Fatal(err)
	}
	perms, _ := reg.Manifest["default_permissions"].(map[string]any)
	for k, v := range fromFile["default_permissions"].(map[string]any) {
		if perms[k] != v {
			t.Errorf("permission %s = %v, want app.yml's %v", k, perms[k], v)
		}
	}
	if len(reg.Manifest["default_events"].([]any)) != len(fromFile["default_events"].([]any)) {
		t.Errorf("events %v, want app.yml's %v", reg.Manifest["default_events"], fromFile["default_events"])
	}
	if res.AppID != gh.AppID() || res.WebhookSecret != reg.WebhookSecret || res.PrivateKey != string(gh.PrivateKeyPEM()) {
		t.Errorf("result: id %d secret %t key %t", res.AppID, res.WebhookSecret == reg.WebhookSecret, res.PrivateKey == string(gh.PrivateKeyPEM()))
	}

	// the configuration file serve reads
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "config.yml")
	if err := app.WriteSetupConfig(cfgPath, res, false); err != nil {
		t.Fatal(err)
	}
	if err := app.WriteSetupConfig(cfgPath, res, false); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Errorf("a second write without overwrite: %v", err)
	}
	if err := app.WriteSetupConfig(cfgPath, res, true); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(cfgPath)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("config file mode %v, %v", st.Mode().Perm(), err)
	}
	for _, k := range []string{"GITHUB_APP_INTEGRATION_ID", "GITHUB_APP_WEBHOOK_SECRET", "GITHUB_APP_PRIVATE_KEY", "GITHUB_V3_API_URL", "GITHUB_V4_API_URL", "GITHUB_WEB_URL", "MIGSYNC_PORT"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	c, err := app.ReadConfig(cfgPath)
	if err != nil {
		t.Fatalf("ReadConfig: %v", err)
	}
	if c.Github.App.IntegrationID != gh.AppID() || c.Github.App.WebhookSecret != reg.WebhookSecret ||
		c.Github.App.PrivateKey != string(gh.PrivateKeyPEM()) || c.Github.V3APIURL != gh.URL() ||
		c.Server.PublicURL != "https://migsync.example.com" {
		t.Errorf("config: %+v %+v", c.Github, c.Server)
	}

	// the Kubernetes Secret
	secretPath := filepath.Join(dir, "secret.yml")
	if err := app.WriteSetupSecret(secretPath, "migsync", res, false); err != nil {
		t.Fatal(err)
	}
	var secret struct {
		Kind       string            `yaml:"kind"`
		StringData map[string]string `yaml:"stringData"`
	}
	data, _ := os.ReadFile(secretPath)
	if err := yaml.Unmarshal(data, &secret); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(secretPath); secret.Kind != "Secret" || st.Mode().Perm() != 0o600 ||
		secret.StringData["GITHUB_APP_PRIVATE_KEY"] != res.PrivateKey || secret.StringData["GITHUB_APP_INTEGRATION_ID"] == "" {
		t.Errorf("secret: %s %v", secret.Kind, st.Mode().Perm())
	}
}

// TestSetupExchangeFails: an exchange that fails (here: a wrong API URL)
// ends the setup with an error, says so on the page, and yields nothing.
func TestSetupExchangeFails(t *testing.T) {
	gh := fakegithub.New(t, fakegithub.WithRejectionsAllowed())
	ready := make(chan string, 1)
	errc := make(chan error, 1)
	go func() {
		_, err := app.Setup(context.Background(), app.SetupOptions{
			Manifest: migsync.AppManifest, WebURL: gh.URL(), APIURL: gh.URL() + "nowhere/",
			PublicURL: "https://migsync.example.com", Ready: func(u string) { ready <- u },
		})
		errc <- err
	}()
	status, page := gh.ConfirmAppManifest(<-ready)
	if err := <-errc; err == nil || !strings.Contains(err.Error(), "conversions") {
		t.Errorf("Setup error %v", err)
	}
	if status != http.StatusBadGateway || !strings.Contains(page, "could not be set up") {
		t.Errorf("callback page %d:\n%s", status, page)
	}
	if gh.Calls()["apps/create-from-manifest"] != 0 {
		t.Errorf("calls %v", gh.Calls())
	}
}
