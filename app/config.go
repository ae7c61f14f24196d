package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/palantir/go-githubapp/githubapp"
	"gopkg.in/yaml.v3"
)

// Config is the configuration of `migsync serve`: go-githubapp's keys
// (server.*, github.*) plus migsync's own section.
type Config struct {
	Server  HTTPConfig       `yaml:"server"`
	Github  githubapp.Config `yaml:"github"`
	Migsync ServiceConfig    `yaml:"migsync"`
}

// HTTPConfig is where the server listens.
type HTTPConfig struct {
	Address string `yaml:"address"`
	Port    int    `yaml:"port"`
	// PublicURL is the server's externally visible base URL (optional; used
	// in log lines and the App manifest only).
	PublicURL string `yaml:"public_url"`
}

// ServiceConfig tunes migsync's processing.
type ServiceConfig struct {
	// Workers is the number of checks processed concurrently.
	Workers int `yaml:"workers"`
	// QueueSize is how many events may wait for a worker; a full queue
	// answers 503 so GitHub shows the delivery as failed. 0 leaves no
	// waiting room: an event is taken only when a worker is free.
	QueueSize int `yaml:"queue_size"`
	// CheckTimeout bounds one check, API calls included.
	CheckTimeout time.Duration `yaml:"check_timeout"`
	// ShutdownTimeout bounds how long SIGTERM waits for in-flight work.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// LogLevel is a zerolog level: debug, info, warn, error.
	LogLevel string `yaml:"log_level"`
	// LogFormat is "json" (default) or "text".
	LogFormat string `yaml:"log_format"`
	// BlobCacheBytes bounds the shared cache of file contents by blob SHA.
	BlobCacheBytes int64 `yaml:"blob_cache_bytes"`
	// APITimeout bounds one GitHub API request (retries excluded).
	APITimeout time.Duration `yaml:"api_timeout"`
	// MaxRetries is how often a failed GitHub request (5xx, timeout,
	// secondary rate limit) is retried; 0: never.
	MaxRetries int `yaml:"max_retries"`
	// DeliveryTTL is how long a seen X-GitHub-Delivery id is remembered.
	DeliveryTTL time.Duration `yaml:"delivery_ttl"`
	// QueueURL is the durable queue of accepted deliveries and deferred
	// work: "sqlite:PATH" (the default, a file in the temporary directory:
	// one process) or "postgres://…" (shared by replicas).
	QueueURL string `yaml:"queue_url"`
	// InstanceID names this process in the queue's leases; an instance
	// that restarts takes back the jobs its previous run left. Default: the
	// host name (a pod's name). Replicas must have distinct ones.
	InstanceID string `yaml:"instance_id"`
	// CompletionRetryFor is how long a check run completion GitHub refuses
	// is retried in the background (with backoff), across restarts.
	CompletionRetryFor time.Duration `yaml:"completion_retry_for"`
	// CheckRequestBudget bounds the files one check reads one request each
	// (when the commit's archive cannot be read): beyond it the check says
	// it is incomplete rather than spending the installation's hourly rate
	// limit.
	CheckRequestBudget int `yaml:"check_request_budget"`
	// RateLimitReserve is the headroom (X-RateLimit-Remaining) below which
	// low-priority work of an installation waits for the limit's reset.
	RateLimitReserve int `yaml:"rate_limit_reserve"`
	// MaxRechecks bounds the open pull requests re-checked when a push
	// changes a Prisma project of the branch they merge into (the most
	// recently updated first); a negative value turns these re-checks off.
	MaxRechecks int `yaml:"max_rechecks"`

	// given records which of the settings whose 0 is a value (QueueSize,
	// MaxRetries) the file or the environment set: SetDefaults fills only
	// the others. A Config built in Go leaves them to SetDefaults while 0;
	// set them after SetDefaults to keep a 0.
	given zeroable
}

// zeroable lists the settings for which 0 is a value, not "unset".
type zeroable struct {
	queueSize, maxRetries bool
}

// Server defaults.
const (
	DefaultPort            = 8080
	DefaultWorkers         = 4
	DefaultQueueSize       = 100
	DefaultCheckTimeout    = 5 * time.Minute
	DefaultShutdownTimeout = 60 * time.Second
	DefaultBlobCacheBytes  = 256 << 20
	DefaultAPITimeout      = 30 * time.Second
	DefaultMaxRetries      = 3
	DefaultDeliveryTTL     = time.Hour
	DefaultCompletionRetry = time.Hour
	DefaultRequestBudget   = 1000
	DefaultRateReserve     = 500
	DefaultMaxRechecks     = 50
	DefaultGitHubURL       = "https://github.com/"
	DefaultV3APIURL        = "https://api.github.com/"
	DefaultV4APIURL        = "https://api.github.com/graphql"
)

// ReadConfig reads a server configuration file, applies the environment
// overrides (ApplyEnv), fills defaults and validates it.
func ReadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("server config: %w", err)
	}
	c, err := ParseConfig(data)
	if err != nil {
		return nil, err
	}
	if err := c.ApplyEnv(); err != nil {
		return nil, fmt.Errorf("server config: %w", err)
	}
	c.SetDefaults()
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("server config: %w", err)
	}
	return c, nil
}

// ParseConfig decodes a server configuration without defaults, environment
// or validation. Unknown keys are errors; an empty document is valid.
func ParseConfig(data []byte) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("server config: %w", err)
	}
	// Which zeroable keys are written at all (a second, lenient pass over
	// the same, already validated document).
	var present struct {
		Migsync struct {
			QueueSize  *int `yaml:"queue_size"`
			MaxRetries *int `yaml:"max_retries"`
		} `yaml:"migsync"`
	}
	if err := yaml.Unmarshal(data, &present); err != nil {
		return nil, fmt.Errorf("server config: %w", err)
	}
	c.Migsync.given = zeroable{queueSize: present.Migsync.QueueSize != nil, maxRetries: present.Migsync.MaxRetries != nil}
	return &c, nil
}

// ApplyEnv applies environment overrides: go-githubapp's GITHUB_* variables
// (GITHUB_WEB_URL, GITHUB_V3_API_URL, GITHUB_V4_API_URL,
// GITHUB_APP_INTEGRATION_ID, GITHUB_APP_WEBHOOK_SECRET,
// GITHUB_APP_PRIVATE_KEY) through githubapp.Config.SetValuesFromEnv, then
// MIGSYNC_ADDRESS, MIGSYNC_PORT, MIGSYNC_WORKERS, MIGSYNC_QUEUE_SIZE,
// MIGSYNC_LOG_LEVEL, MIGSYNC_QUEUE_URL and MIGSYNC_INSTANCE_ID.
//
// A numeric variable that is set but not a number is an error (a typo must
// not silently fall back to the file's value).
func (c *Config) ApplyEnv() error {
	if v, ok := os.LookupEnv("GITHUB_APP_INTEGRATION_ID"); ok {
		if _, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err != nil {
			return fmt.Errorf("GITHUB_APP_INTEGRATION_ID=%q is not a number", v)
		}
	}
	c.Github.SetValuesFromEnv("")
	str := func(key string, dst *string) {
		if v, ok := os.LookupEnv(key); ok {
			*dst = v
		}
	}
	var bad []string
	num := func(key string, dst *int) bool {
		if v, ok := os.LookupEnv(key); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				bad = append(bad, fmt.Sprintf("%s=%q is not a number", key, v))
				return false
			}
			*dst = n
			return true
		}
		return false
	}
	str("MIGSYNC_ADDRESS", &c.Server.Address)
	num("MIGSYNC_PORT", &c.Server.Port)
	num("MIGSYNC_WORKERS", &c.Migsync.Workers)
	if num("MIGSYNC_QUEUE_SIZE", &c.Migsync.QueueSize) {
		c.Migsync.given.queueSize = true
	}
	str("MIGSYNC_LOG_LEVEL", &c.Migsync.LogLevel)
	str("MIGSYNC_QUEUE_URL", &c.Migsync.QueueURL)
	str("MIGSYNC_INSTANCE_ID", &c.Migsync.InstanceID)
	if len(bad) > 0 {
		return errors.New(strings.Join(bad, "; "))
	}
	return nil
}

// SetDefaults fills unset values. A 0 is unset, except for queue_size and
// max_retries written in the file or the environment, where 0 is a value.
func (c *Config) SetDefaults() {
	if c.Server.Port == 0 {
		c.Server.Port = DefaultPort
	}
	if c.Github.WebURL == "" {
		c.Github.WebURL = DefaultGitHubURL
	}
	if c.Github.V3APIURL == "" {
		c.Github.V3APIURL = DefaultV3APIURL
	}
	if c.Github.V4APIURL == "" {
		c.Github.V4APIURL = DefaultV4APIURL
	}
	m := &c.Migsync
	if m.Workers == 0 {
		m.Workers = DefaultWorkers
	}
	if m.QueueSize == 0 && !m.given.queueSize {
		m.QueueSize = DefaultQueueSize
	}
	if m.CheckTimeout == 0 {
		m.CheckTimeout = DefaultCheckTimeout
	}
	if m.ShutdownTimeout == 0 {
		m.ShutdownTimeout = DefaultShutdownTimeout
	}
	if m.LogLevel == "" {
		m.LogLevel = "info"
	}
	if m.LogFormat == "" {
		m.LogFormat = "json"
	}
	if m.BlobCacheBytes == 0 {
		m.BlobCacheBytes = DefaultBlobCacheBytes
	}
	if m.APITimeout == 0 {
		m.APITimeout = DefaultAPITimeout
	}
	if m.MaxRetries == 0 && !m.given.maxRetries {
		m.MaxRetries = DefaultMaxRetries
	}
	if m.DeliveryTTL == 0 {
		m.DeliveryTTL = DefaultDeliveryTTL
	}
	if m.QueueURL == "" {
		m.QueueURL = "sqlite:" + filepath.Join(os.TempDir(), "migsync-queue.db")
	}
	if m.CompletionRetryFor == 0 {
		m.CompletionRetryFor = DefaultCompletionRetry
	}
	if m.CheckRequestBudget == 0 {
		m.CheckRequestBudget = DefaultRequestBudget
	}
	if m.MaxRechecks == 0 {
		m.MaxRechecks = DefaultMaxRechecks
	}
	if m.RateLimitReserve == 0 {
		m.RateLimitReserve = DefaultRateReserve
	}
}

// Validate reports the first invalid value. The server refuses to start
// without a webhook secret, an App id or a private key.
func (c *Config) Validate() error {
	switch {
	case strings.TrimSpace(c.Github.App.WebhookSecret) == "":
		return errors.New("github.app.webhook_secret (or GITHUB_APP_WEBHOOK_SECRET) is required: refusing to accept unsigned webhooks")
	case c.Github.App.IntegrationID <= 0:
		return errors.New("github.app.integration_id (or GITHUB_APP_INTEGRATION_ID) is required")
	case strings.TrimSpace(c.Github.App.PrivateKey) == "":
		return errors.New("github.app.private_key (or GITHUB_APP_PRIVATE_KEY) is required")
	case c.Server.Port < 0 || c.Server.Port > 65535:
		return fmt.Errorf("server.port %d is out of range", c.Server.Port)
	case c.Migsync.Workers < 1:
		return fmt.Errorf("migsync.workers must be at least 1, got %d", c.Migsync.Workers)
	case c.Migsync.QueueSize < 0:
		return fmt.Errorf("migsync.queue_size must not be negative, got %d", c.Migsync.QueueSize)
	case c.Migsync.MaxRetries < 0:
		return fmt.Errorf("migsync.max_retries must not be negative, got %d", c.Migsync.MaxRetries)
	case c.Migsync.CheckRequestBudget < 0:
		return fmt.Errorf("migsync.check_request_budget must not be negative, got %d", c.Migsync.CheckRequestBudget)
	case c.Migsync.LogFormat != "json" && c.Migsync.LogFormat != "text":
		return fmt.Errorf("migsync.log_format must be json or text, got %q", c.Migsync.LogFormat)
	}
	return nil
}
