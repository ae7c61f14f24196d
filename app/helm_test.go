package app_test

import (
	"bytes"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/migsync/migsync/app"
)

const chartDir = "../deploy/helm/migsync"

// TestHelmChartVersion: the chart's appVersion, which is the default image
// tag, is the version the release builds (VERSION).
func TestHelmChartVersion(t *testing.T) {
	var chart struct {
		AppVersion string `yaml:"appVersion"`
	}
	data, err := os.ReadFile(chartDir + "/Chart.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &chart); err != nil {
		t.Fatal(err)
	}
	version, err := os.ReadFile("../VERSION")
	if err != nil {
		t.Fatal(err)
	}
	if chart.AppVersion != strings.TrimSpace(string(version)) {
		t.Errorf("Chart.yaml appVersion %q, VERSION %q: the chart's default image tag would not be the release's", chart.AppVersion, strings.TrimSpace(string(version)))
	}
}

// TestHelmTemplate renders the chart with `helm template` and a non-default
// value for every server setting, and reads the rendered config.yml back
// with the server's own parser: each setting arrives, and every key of the
// server configuration is rendered (a new setting fails here until the
// chart has it). helm is no project dependency: MIGSYNC_TEST_HELM names the
// binary (default: helm on PATH); skipped without one.
func TestHelmTemplate(t *testing.T) {
	helm := os.Getenv("MIGSYNC_TEST_HELM")
	if helm == "" {
		var err error
		if helm, err = exec.LookPath("helm"); err != nil {
			t.Skip("helm is not installed (set MIGSYNC_TEST_HELM)")
		}
	}
	set := map[string]string{
		"github.integrationId":          "4242",
		"github.webhookSecret":          "hook-secret",
		"github.privateKey":             "not-a-real-key",
		"github.webUrl":                 "https://ghes.example.com/",
		"github.v3ApiUrl":               "https://ghes.example.com/api/v3/",
		"github.v4ApiUrl":               "https://ghes.example.com/api/graphql",
		"server.port":                   "9090",
		"server.publicUrl":              "https://migsync.example.com",
		"migsync.workers":               "7",
		"migsync.queueSize":             "0",
		"migsync.checkTimeout":          "7m",
		"migsync.shutdownTimeout":       "45s",
		"migsync.apiTimeout":            "12s",
		"migsync.maxRetries":            "0",
		"migsync.blobCacheBytes":        "1073741824",
		"migsync.deliveryTtl":           "3h",
		"migsync.logLevel":              "debug",
		"migsync.logFormat":             "text",
		"terminationGracePeriodSeconds": "75",
	}
	args := []string{"template", "t", chartDir}
	for k, v := range set {
		args = append(args, "--set-string", k+"="+v)
	}
	out, err := exec.Command(helm, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("helm template: %v\n%s", err, out)
	}
	var configYML string
	var deployment map[string]any
	dec := yaml.NewDecoder(bytes.NewReader(out))
	for {
		var doc map[string]any
		if err := dec.Decode(&doc); err != nil {
			break
		}
		switch doc["kind"] {
		case "ConfigMap":
			configYML, _ = doc["data"].(map[string]any)["config.yml"].(string)
		case "Deployment":
			deployment = doc
		}
	}
	if configYML == "" || deployment == nil {
		t.Fatalf("no ConfigMap config.yml or Deployment in:\n%s", out)
	}
	c, err := app.ParseConfig([]byte(configYML))
	if err != nil {
		t.Fatalf("the rendered config.yml does not parse: %v\n%s", err, configYML)
	}
	c.SetDefaults() // must keep the explicit zeros
	m := c.Migsync
	got := map[string]any{
		"server.port":       c.Server.Port,
		"server.public_url": c.Server.PublicURL,
		"github.web_url":    c.Github.WebURL,
		"github.v3_api_url": c.Github.V3APIURL,
		"github.v4_api_url": c.Github.V4APIURL,
		"workers":           m.Workers,
		"queue_size":        m.QueueSize,
		"check_timeout":     m.CheckTimeout,
		"shutdown_timeout":  m.ShutdownTimeout,
		"api_timeout":       m.APITimeout,
		"max_retries":       m.MaxRetries,
		"blob_cache_bytes":  m.BlobCacheBytes,
		"delivery_ttl":      m.DeliveryTTL,
		"log_level":         m.LogLevel,
		"log_format":        m.LogFormat,
	}
	want := map[string]any{
		"server.port":       9090,
		"server.public_url": "https://migsync.example.com",
		"github.web_url":    "https://ghes.example.com/",
		"github.v3_api_url": "https://ghes.example.com/api/v3/",
		"github.v4_api_url": "https://ghes.example.com/api/graphql",
		"workers":           7,
		"queue_size":        0,
		"check_timeout":     7 * time.Minute,
		"shutdown_timeout":  45 * time.Second,
		"api_timeout":       12 * time.Second,
		"max_retries":       0,
		"blob_cache_bytes":  int64(1 << 30),
		"delivery_ttl":      3 * time.Hour,
		"log_level":         "debug",
		"log_format":        "text",
	}
	for k, w := range want {
		if !reflect.DeepEqual(got[k], w) {
			t.Errorf("%s = %v, want %v (rendered config.yml:\n%s)", k, got[k], w, configYML)
		}
	}
	// every key of the server configuration's own sections is rendered
	var rendered map[string]map[string]any
	if err := yaml.Unmarshal([]byte(configYML), &rendered); err != nil {
		t.Fatal(err)
	}
	for section, typ := range map[string]reflect.Type{"server": reflect.TypeOf(app.HTTPConfig{}), "migsync": reflect.TypeOf(app.ServiceConfig{})} {
		for i := 0; i < typ.NumField(); i++ {
			key, _, _ := strings.Cut(typ.Field(i).Tag.Get("yaml"), ",")
			if key == "" || key == "-" {
				continue
			}
			if _, ok := rendered[section][key]; !ok {
				t.Errorf("the chart does not render %s.%s", section, key)
			}
		}
	}
	spec := deployment["spec"].(map[string]any)["template"].(map[string]any)["spec"].(map[string]any)
	if spec["terminationGracePeriodSeconds"] != 75 {
		t.Errorf("terminationGracePeriodSeconds = %v", spec["terminationGracePeriodSeconds"])
	}
	ports := spec["containers"].([]any)[0].(map[string]any)["ports"].([]any)
	if ports[0].(map[string]any)["containerPort"] != 9090 {
		t.Errorf("containerPort = %v", ports[0])
	}
}
