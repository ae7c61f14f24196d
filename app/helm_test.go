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
// with the server's own parser: each setting arrives, either in config.yml
// or as its MIGSYNC_* environment override on the container (the queue URL,
// which may carry a password, and the per-pod instance id). A setting of
// the server configuration that the chart cannot set, or that this test
// gives no value, fails here. helm is no project dependency:
// MIGSYNC_TEST_HELM names the binary (default: helm on PATH); skipped
// without one.
func TestHelmTemplate(t *testing.T) {
	helm := os.Getenv("MIGSYNC_TEST_HELM")
	if helm == "" {
		var err error
		if helm, err = exec.LookPath("helm"); err != nil {
			t.Skip("helm is not installed (set MIGSYNC_TEST_HELM)")
		}
	}
	// migsync.* settings: config key -> value given to the chart and the
	// value the server must read
	settings := map[string]struct {
		value string
		want  any
	}{
		"workers":              {"7", 7},
		"queue_size":           {"0", 0},
		"check_timeout":        {"7m", 7 * time.Minute},
		"shutdown_timeout":     {"45s", 45 * time.Second},
		"api_timeout":          {"12s", 12 * time.Second},
		"max_retries":          {"0", 0},
		"blob_cache_bytes":     {"1073741824", int64(1 << 30)},
		"delivery_ttl":         {"3h", 3 * time.Hour},
		"log_level":            {"debug", "debug"},
		"log_format":           {"text", "text"},
		"completion_retry_for": {"20m", 20 * time.Minute},
		"check_request_budget": {"321", 321},
		"rate_limit_reserve":   {"77", 77},
		"max_rechecks":         {"-1", -1},
	}
	// settings the chart passes as environment variables, with the value
	// each must have ("" when it comes from the pod, not from a value)
	env := map[string]string{
		"queue_url":   "postgres://migsync:pw@queue.example.com:5432/migsync?sslmode=require",
		"instance_id": "",
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
		"queue.url":                     env["queue_url"],
		"terminationGracePeriodSeconds": "75",
	}
	for key, s := range settings {
		set["migsync."+camel(key)] = s.value
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
	var rendered map[string]map[string]any
	if err := yaml.Unmarshal([]byte(configYML), &rendered); err != nil {
		t.Fatal(err)
	}
	spec := deployment["spec"].(map[string]any)["template"].(map[string]any)["spec"].(map[string]any)
	container := spec["containers"].([]any)[0].(map[string]any)
	containerEnv := map[string]map[string]any{}
	for _, e := range container["env"].([]any) {
		e := e.(map[string]any)
		containerEnv[e["name"].(string)] = e
	}

	// every migsync.* setting, by the server configuration's own fields
	typ, val := reflect.TypeOf(c.Migsync), reflect.ValueOf(c.Migsync)
	for i := 0; i < typ.NumField(); i++ {
		key, _, _ := strings.Cut(typ.Field(i).Tag.Get("yaml"), ",")
		if key == "" || key == "-" {
			continue
		}
		if want, ok := env[key]; ok {
			e := containerEnv["MIGSYNC_"+strings.ToUpper(key)]
			switch {
			case e == nil:
				t.Errorf("the chart does not set migsync.%s (no MIGSYNC_%s on the container)", key, strings.ToUpper(key))
			case want != "" && e["value"] != want:
				t.Errorf("MIGSYNC_%s = %v, want %q", strings.ToUpper(key), e["value"], want)
			case want == "" && e["valueFrom"] == nil:
				t.Errorf("MIGSYNC_%s: %v, want a value from the pod", strings.ToUpper(key), e)
			}
			continue
		}
		s, ok := settings[key]
		if !ok {
			t.Errorf("migsync.%s: this test gives it no value; add one (and to the chart)", key)
			continue
		}
		if _, ok := rendered["migsync"][key]; !ok {
			t.Errorf("the chart does not render migsync.%s", key)
			continue
		}
		if got := val.Field(i).Interface(); !reflect.DeepEqual(got, s.want) {
			t.Errorf("migsync.%s = %v, want %v (from --set migsync.%s=%s)", key, got, s.want, camel(key), s.value)
		}
	}
	// server.* and github.*
	for name, pair := range map[string][2]any{
		"server.port":       {c.Server.Port, 9090},
		"server.public_url": {c.Server.PublicURL, "https://migsync.example.com"},
		"github.web_url":    {c.Github.WebURL, "https://ghes.example.com/"},
		"github.v3_api_url": {c.Github.V3APIURL, "https://ghes.example.com/api/v3/"},
		"github.v4_api_url": {c.Github.V4APIURL, "https://ghes.example.com/api/graphql"},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s = %v, want %v", name, pair[0], pair[1])
		}
	}
	typ = reflect.TypeOf(app.HTTPConfig{})
	for i := 0; i < typ.NumField(); i++ {
		if key, _, _ := strings.Cut(typ.Field(i).Tag.Get("yaml"), ","); key != "" {
			if _, ok := rendered["server"][key]; !ok {
				t.Errorf("the chart does not render server.%s", key)
			}
		}
	}
	if spec["terminationGracePeriodSeconds"] != 75 {
		t.Errorf("terminationGracePeriodSeconds = %v", spec["terminationGracePeriodSeconds"])
	}
	if port := container["ports"].([]any)[0].(map[string]any)["containerPort"]; port != 9090 {
		t.Errorf("containerPort = %v", port)
	}
}

// camel turns a config key (check_timeout) into the chart's value name
// (checkTimeout).
func camel(key string) string {
	parts := strings.Split(key, "_")
	for i := 1; i < len(parts); i++ {
		parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
	}
	return strings.Join(parts, "")
}
