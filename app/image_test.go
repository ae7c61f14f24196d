package app_test

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/migsync/migsync/internal/fakegithub"
)

// TestImage runs the container image built from deploy/Dockerfile
// (scripts/build-image) against the fake GitHub: `serve`, the image's
// default command, validates the App key with GET /app, answers
// /api/health, and stops cleanly on SIGTERM, never logging the key.
//
//	MIGSYNC_TEST_IMAGE=ghcr.io/migsync/migsync:<version>-amd64 go test -run TestImage ./app/
//
// MIGSYNC_TEST_CONTAINER is the runner (default "podman"; in a sandbox
// "podman --storage-driver vfs --runtime runc"), MIGSYNC_TEST_CONTAINER_FLAGS
// extra `run` flags (a sandbox that forbids raising rlimits needs
// "--ulimit nofile=20000:20000 --ulimit nproc=1024:1024"). The container
// shares the host's network to reach the fake on 127.0.0.1. Skipped unless
// MIGSYNC_TEST_IMAGE is set.
func TestImage(t *testing.T) {
	image := os.Getenv("MIGSYNC_TEST_IMAGE")
	if image == "" {
		t.Skip("MIGSYNC_TEST_IMAGE is not set")
	}
	runner := strings.Fields(os.Getenv("MIGSYNC_TEST_CONTAINER"))
	if len(runner) == 0 {
		runner = []string{"podman"}
	}
	var extraEnv []string
	container := func(args ...string) (string, error) {
		cmd := exec.Command(runner[0], append(runner[1:], args...)...)
		cmd.Env = append(os.Environ(), extraEnv...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		if err != nil {
			err = fmt.Errorf("%s %s: %w\n%s", strings.Join(runner, " "), strings.Join(args, " "), err, errb.String())
		}
		return strings.TrimSpace(out.String() + errb.String()), err
	}

	gh := fakegithub.New(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	key := string(gh.PrivateKeyPEM())
	// -e NAME passes the runner's variable: the key is on no command line
	extraEnv = []string{
		fmt.Sprintf("MIGSYNC_PORT=%d", port),
		fmt.Sprintf("GITHUB_APP_INTEGRATION_ID=%d", gh.AppID()),
		"GITHUB_APP_WEBHOOK_SECRET=image-test-secret",
		"GITHUB_V3_API_URL=" + gh.URL(),
		"GITHUB_V4_API_URL=" + gh.GraphQLURL(),
		"GITHUB_APP_PRIVATE_KEY=" + key,
	}
	args := []string{"run", "-d", "--network", "host"}
	for _, kv := range extraEnv {
		args = append(args, "-e", kv[:strings.Index(kv, "=")])
	}
	args = append(args, strings.Fields(os.Getenv("MIGSYNC_TEST_CONTAINER_FLAGS"))...)
	id, err := container(append(args, image)...)
	if err != nil {
		t.Fatal(err)
	}
	id = id[strings.LastIndex(id, "\n")+1:]
	t.Cleanup(func() { _, _ = container("rm", "-f", id) })

	url := fmt.Sprintf("http://127.0.0.1:%d/api/health", port)
	deadline := time.Now().Add(60 * time.Second)
	status := 0
	for time.Now().Before(deadline) {
		resp, err := http.Get(url)
		if err == nil {
			status = resp.StatusCode
			resp.Body.Close()
			if status == http.StatusOK {
				break
			}
		}
		if running, _ := container("inspect", "--format", "{{.State.Running}}", id); running == "false" {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if status != http.StatusOK {
		logs, _ := container("logs", id)
		t.Fatalf("GET %s: status %d within 60s; container log:\n%s", url, status, logs)
	}
	if gh.Calls()["apps/get-authenticated"] == 0 {
		t.Errorf("serve did not validate the App key (GET /app); calls: %v", gh.Calls())
	}
	if out, err := container("stop", "-t", "30", id); err != nil {
		t.Fatalf("stop: %v %s", err, out)
	}
	code, err := container("inspect", "--format", "{{.State.ExitCode}}", id)
	if err != nil || code != "0" {
		t.Errorf("exit code after SIGTERM: %q %v", code, err)
	}
	logs, _ := container("logs", id)
	t.Logf("container log:\n%s", logs)
	if strings.Contains(logs, "PRIVATE KEY") || strings.Contains(logs, strings.Split(key, "\n")[1]) {
		t.Error("the log shows the private key")
	}
}
