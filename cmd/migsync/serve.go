package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/rs/zerolog"

	"github.com/migsync/migsync/app"
)

func init() {
	subcommands["serve"] = func(args []string, _, _ io.Writer) int { return runServe(args) }
}

// runServe runs the GitHub App: `migsync serve --config FILE`. It returns
// when SIGTERM or SIGINT has drained the server.
func runServe(args []string) int {
	fs := flag.NewFlagSet("migsync serve", flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	path := fs.String("config", "", "server configuration file (YAML); GITHUB_* and MIGSYNC_* variables override it")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *path == "" {
		fmt.Fprintln(os.Stderr, "migsync serve: --config FILE is required")
		return exitUsage
	}
	cfg, err := app.ReadConfig(*path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "migsync serve:", err)
		return exitUsage
	}
	log, err := newLogger(cfg.Migsync.LogLevel, cfg.Migsync.LogFormat, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "migsync serve:", err)
		return exitUsage
	}
	app.Version = version

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	srv, err := app.New(ctx, cfg, app.WithLogger(log))
	if err != nil {
		log.Error().Err(err).Msg("cannot start")
		return exitUsage
	}
	if err := srv.Serve(ctx); err != nil {
		log.Error().Err(err).Msg("server stopped")
		return 1
	}
	log.Info().Msg("server stopped")
	return exitOK
}

// newLogger builds the zerolog logger: JSON lines, or human text.
func newLogger(level, format string, w io.Writer) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil {
		return zerolog.Logger{}, fmt.Errorf("migsync.log_level: %w", err)
	}
	if format == "text" {
		w = zerolog.ConsoleWriter{Out: w}
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}
