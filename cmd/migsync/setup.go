package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"time"

	migsync "github.com/migsync/migsync"
	"github.com/migsync/migsync/app"
)

func init() { subcommands["setup"] = runSetup }

// runSetup is `migsync setup`: it creates the GitHub App from its manifest
// (app.yml, built into the binary) with GitHub's manifest flow and writes
// the server configuration (and, if asked, a Kubernetes Secret). The App's
// private key and webhook secret go to those files only (mode 0600), never
// to the terminal.
func runSetup(args []string, stdout, stderr io.Writer) int {
	var (
		o                          app.SetupOptions
		config, secret, secretName string
		manifest                   string
		force, noBrowser           bool
		timeout                    time.Duration
	)
	fs := newFlags("migsync setup", "Usage: migsync setup --public-url URL [flags]\n\n"+
		"Creates the migsync GitHub App from its manifest: a page on 127.0.0.1 sends the manifest to GitHub,\n"+
		"you name the App and confirm, and GitHub's answer (the App id, private key and webhook secret)\n"+
		"is written to --config (and --k8s-secret), never printed.", stderr)
	fs.StringVar(&o.PublicURL, "public-url", "", "the URL at which GitHub will reach migsync serve (the webhook URL is this + "+app.WebhookRoute+")")
	fs.StringVar(&o.WebURL, "github-url", app.DefaultGitHubURL, "GitHub's web address; a GitHub Enterprise Server's, e.g. https://ghes.example.com/")
	fs.StringVar(&o.APIURL, "api-url", "", "the REST API base (default: from --github-url: api.github.com, or <github-url>/api/v3/)")
	fs.StringVar(&o.GraphQLURL, "graphql-url", "", "the GraphQL API (default: from --github-url)")
	fs.StringVar(&o.Org, "org", "", "create the App for this organization (default: your user account)")
	fs.StringVar(&o.Name, "name", "", "the App's name (default: the manifest's; names are unique on a GitHub instance)")
	fs.StringVar(&manifest, "manifest", "", "App manifest to use instead of the built-in app.yml")
	fs.StringVar(&config, "config", "migsync.yml", "write the server configuration here (mode 0600)")
	fs.StringVar(&secret, "k8s-secret", "", "also write a Kubernetes Secret manifest with the credentials here (mode 0600)")
	fs.StringVar(&secretName, "secret-name", "migsync", "the Kubernetes Secret's name (the Helm chart's github.existingSecret)")
	fs.StringVar(&o.Listen, "listen", "127.0.0.1:0", "address of the local setup page")
	fs.BoolVar(&force, "force", false, "replace existing output files")
	fs.BoolVar(&noBrowser, "no-browser", false, "print the page's address without opening a browser")
	fs.DurationVar(&timeout, "timeout", 30*time.Minute, "give up after this long")
	if code, ok := parseFlags(fs, args, stderr, nil); !ok {
		return code
	}
	o.Manifest = migsync.AppManifest
	if manifest != "" {
		data, err := os.ReadFile(manifest)
		if err != nil {
			fmt.Fprintf(stderr, "migsync setup: %v\n", err)
			return exitUsage
		}
		o.Manifest = data
	}
	for _, p := range []string{config, secret} {
		if p == "" || force {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			fmt.Fprintf(stderr, "migsync setup: %s exists; pass --force to replace it\n", p)
			return exitUsage
		}
	}
	o.Ready = func(page string) {
		fmt.Fprintf(stdout, "Open this page to create the GitHub App (it sends app.yml to GitHub; you confirm there):\n\n  %s\n\nWaiting for GitHub (Ctrl-C to give up)…\n", page)
		if !noBrowser {
			openBrowser(page)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	res, err := app.Setup(ctx, o)
	if err != nil {
		fmt.Fprintf(stderr, "migsync setup: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "\nCreated the GitHub App %q (id %d, owner %s): %s\n", res.Name, res.AppID, res.Owner, res.HTMLURL)
	if err := app.WriteSetupConfig(config, res, force); err != nil {
		fmt.Fprintf(stderr, "migsync setup: write %s: %v\n", config, err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "Wrote %s (mode 0600): the App id, private key and webhook secret. Run: migsync serve --config %s\n", config, config)
	if secret != "" {
		if err := app.WriteSetupSecret(secret, secretName, res, force); err != nil {
			fmt.Fprintf(stderr, "migsync setup: write %s: %v\n", secret, err)
			return exitUsage
		}
		fmt.Fprintf(stdout, "Wrote %s (mode 0600): the Kubernetes Secret %q. Apply it, then: helm install migsync deploy/helm/migsync --set github.existingSecret=%s\n", secret, secretName, secretName)
	}
	fmt.Fprintf(stdout, "Next: install the App on your repositories: %s\n", res.InstallURL())
	return exitOK
}

// openBrowser tries to open url in the user's browser; the address is
// printed anyway.
func openBrowser(url string) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
			return
		}
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err == nil {
		go func() { _ = cmd.Wait() }()
	}
}
