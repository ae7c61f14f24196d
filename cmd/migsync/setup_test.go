package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/migsync/migsync/app"
	"github.com/migsync/migsync/internal/fakegithub"
)

// syncBuffer is a bytes buffer safe for the command and the test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestSetupCommand runs `migsync setup` against the fake GitHub: the
// conversion is requested, the written configuration passes the server's
// reader, and neither the private key nor the webhook secret appears in
// anything the command prints.
func TestSetupCommand(t *testing.T) {
	gh := fakegithub.New(t)
	dir := t.TempDir()
	cfg, secret := filepath.Join(dir, "migsync.yml"), filepath.Join(dir, "secret.yml")
	pr, pw := io.Pipe()
	var stdout, stderr syncBuffer
	code := make(chan int, 1)
	go func() {
		code <- run([]string{"setup", "--no-browser", "--public-url", "https://migsync.example.com",
			"--github-url", gh.URL(), "--api-url", gh.URL(), "--graphql-url", gh.GraphQLURL(),
			"--config", cfg, "--k8s-secret", secret}, io.MultiWriter(pw, &stdout), &stderr)
		pw.Close()
	}()
	page := ""
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if m := regexp.MustCompile(`^\s+(http://127\.0\.0\.1:\d+/)$`).FindStringSubmatch(sc.Text()); m != nil {
			page = m[1]
			break
		}
	}
	if page == "" {
		t.Fatalf("no setup page address printed:\n%s%s", stdout.String(), stderr.String())
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	if status, body := gh.ConfirmAppManifest(page); status != 200 {
		t.Fatalf("callback: %d %s", status, body)
	}
	if c := <-code; c != exitOK {
		t.Fatalf("exit %d\n%s\n%s", c, stdout.String(), stderr.String())
	}
	if n := gh.Calls()["apps/create-from-manifest"]; n != 1 {
		t.Errorf("%d conversion requests, want 1", n)
	}
	for _, k := range []string{"GITHUB_APP_INTEGRATION_ID", "GITHUB_APP_WEBHOOK_SECRET", "GITHUB_APP_PRIVATE_KEY", "GITHUB_V3_API_URL", "GITHUB_V4_API_URL", "GITHUB_WEB_URL", "MIGSYNC_PORT"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	c, err := app.ReadConfig(cfg)
	if err != nil {
		t.Fatalf("the written configuration: %v", err)
	}
	if c.Github.App.IntegrationID != gh.AppID() {
		t.Errorf("integration_id %d, want %d", c.Github.App.IntegrationID, gh.AppID())
	}
	reg := gh.AppRegistrations()[0]
	keyLines := strings.Split(strings.TrimSpace(string(gh.PrivateKeyPEM())), "\n")
	printed := stdout.String() + stderr.String()
	for _, s := range append(keyLines[1:len(keyLines)-1], "PRIVATE KEY", reg.WebhookSecret, reg.ClientSecret) {
		if strings.Contains(printed, s) {
			t.Errorf("the output shows a secret (%.20q…):\n%s", s, printed)
		}
	}
	for _, want := range []string{"Created the GitHub App", cfg, secret, "installations/new"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("the output lacks %q:\n%s", want, stdout.String())
		}
	}
	// existing files are kept unless --force
	if c := run([]string{"setup", "--no-browser", "--public-url", "https://x.example.com", "--config", cfg}, io.Discard, &stderr); c != exitUsage ||
		!strings.Contains(stderr.String(), "exists; pass --force") {
		t.Errorf("setup over an existing config: exit %d, %s", c, stderr.String())
	}
}
