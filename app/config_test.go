package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const serverYAML = `
server:
  address: 127.0.0.1
  port: 9000
github:
  web_url: https://ghe.example.com/
  v3_api_url: https://ghe.example.com/api/v3/
  v4_api_url: https://ghe.example.com/api/graphql
  app:
    integration_id: 42
    webhook_secret: from-file
    private_key: |
      -----BEGIN RSA PRIVATE KEY-----
      xyz
      -----END RSA PRIVATE KEY-----
migsync:
  workers: 8
  queue_size: 10
  check_timeout: 2m
  log_level: debug
`

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "server.yml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadConfig(t *testing.T) {
	t.Setenv("GITHUB_APP_WEBHOOK_SECRET", "from-env")
	t.Setenv("MIGSYNC_WORKERS", "3")
	c, err := ReadConfig(writeConfig(t, serverYAML))
	if err != nil {
		t.Fatal(err)
	}
	if c.Server.Address != "127.0.0.1" || c.Server.Port != 9000 {
		t.Errorf("server = %+v", c.Server)
	}
	if c.Github.V3APIURL != "https://ghe.example.com/api/v3/" || c.Github.App.IntegrationID != 42 {
		t.Errorf("github = %+v", c.Github)
	}
	if c.Github.App.WebhookSecret != "from-env" {
		t.Errorf("GITHUB_APP_WEBHOOK_SECRET did not override: %q", c.Github.App.WebhookSecret)
	}
	if c.Migsync.Workers != 3 || c.Migsync.QueueSize != 10 || c.Migsync.CheckTimeout != 2*time.Minute || c.Migsync.LogLevel != "debug" {
		t.Errorf("migsync = %+v", c.Migsync)
	}
	if c.Migsync.BlobCacheBytes != DefaultBlobCacheBytes || c.Migsync.MaxRetries != DefaultMaxRetries {
		t.Errorf("defaults not applied: %+v", c.Migsync)
	}
}

func TestReadConfigDefaultsToGitHubCom(t *testing.T) {
	t.Setenv("GITHUB_APP_INTEGRATION_ID", "7")
	t.Setenv("GITHUB_APP_WEBHOOK_SECRET", "s")
	t.Setenv("GITHUB_APP_PRIVATE_KEY", "k")
	c, err := ReadConfig(writeConfig(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	if c.Github.V3APIURL != DefaultV3APIURL || c.Server.Port != DefaultPort || c.Migsync.Workers != DefaultWorkers {
		t.Errorf("defaults: %+v", c)
	}
}

func TestReadConfigErrors(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"no secret", strings.Replace(serverYAML, "webhook_secret: from-file", "webhook_secret: ''", 1), "webhook_secret"},
		{"unknown key", serverYAML + "  wrokers: 3\n", "wrokers"},
		{"bad workers", strings.Replace(serverYAML, "workers: 8", "workers: -1", 1), "workers"},
		{"no app id", strings.Replace(serverYAML, "integration_id: 42", "integration_id: 0", 1), "integration_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadConfig(writeConfig(t, tt.body))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want mention of %q", err, tt.want)
			}
		})
	}
}

// TestReadServerBadNumbersInEnv: a numeric override that is not a number is
// refused, naming the variable, instead of silently keeping the file's value.
func TestReadConfigBadNumbersInEnv(t *testing.T) {
	for key, want := range map[string]string{
		"MIGSYNC_WORKERS":           `MIGSYNC_WORKERS="four"`,
		"MIGSYNC_PORT":              `MIGSYNC_PORT="four"`,
		"MIGSYNC_QUEUE_SIZE":        `MIGSYNC_QUEUE_SIZE="four"`,
		"GITHUB_APP_INTEGRATION_ID": `GITHUB_APP_INTEGRATION_ID="four"`,
	} {
		t.Run(key, func(t *testing.T) {
			t.Setenv(key, "four")
			_, err := ReadConfig(writeConfig(t, serverYAML))
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("err = %v, want mention of %q", err, want)
			}
		})
	}
}

// The example configuration shipped in deploy/ stays valid.
func TestExampleConfig(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "deploy", "config.example.yml"))
	if err != nil {
		t.Skip("deploy/config.example.yml not present")
	}
	c, err := ParseConfig(data)
	if err != nil {
		t.Fatal(err)
	}
	c.Github.App.IntegrationID, c.Github.App.WebhookSecret, c.Github.App.PrivateKey = 1, "s", "k"
	c.SetDefaults()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Migsync.CheckTimeout != 5*time.Minute || c.Server.Port != 8080 {
		t.Errorf("example config: %+v", c)
	}
}

// TestConfigZeroIsNotUnset: a 0 written in the file or the environment is a
// value, not "unset": max_retries: 0 turns retries off and queue_size: 0
// leaves no waiting room. Absent keys still take the defaults. Before, both
// zeros were silently replaced by the defaults (3 and 100).
func TestConfigZeroIsNotUnset(t *testing.T) {
	t.Setenv("GITHUB_APP_INTEGRATION_ID", "7")
	t.Setenv("GITHUB_APP_WEBHOOK_SECRET", "s")
	t.Setenv("GITHUB_APP_PRIVATE_KEY", "k")
	tests := []struct {
		name, body, env           string
		wantRetries, wantQueueLen int
	}{
		{"absent keys take the defaults", "", "", DefaultMaxRetries, DefaultQueueSize},
		{"zeros in the file", "migsync:\n  max_retries: 0\n  queue_size: 0\n", "", 0, 0},
		{"zero queue from the environment", "migsync:\n  queue_size: 7\n", "0", DefaultMaxRetries, 0},
		{"other values", "migsync:\n  max_retries: 5\n  queue_size: 9\n", "", 5, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv("MIGSYNC_QUEUE_SIZE", tt.env)
			}
			c, err := ReadConfig(writeConfig(t, tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if c.Migsync.MaxRetries != tt.wantRetries {
				t.Errorf("max_retries = %d, want %d", c.Migsync.MaxRetries, tt.wantRetries)
			}
			if c.Migsync.QueueSize != tt.wantQueueLen {
				t.Errorf("queue_size = %d, want %d", c.Migsync.QueueSize, tt.wantQueueLen)
			}
		})
	}
}
