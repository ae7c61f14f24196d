package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/report"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/config"
)

type checkFlags struct {
	dir, base, head, schema, migrations, format string
	staged, strict                              bool
	actions                                     actionsFlags
	// baseRev and headRev are the commits check compared (set with --base).
	baseRev, headRev string
	// warnings are what check tells the user besides the result.
	warnings []string
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	var f checkFlags
	fs := newFlags("migsync check", "Usage: migsync check [flags]\n\nChecks that every Prisma schema under --dir matches its committed migrations.\n"+
		"Exit status: 0 in sync, 1 findings at error level (any with --strict), 2 usage or I/O error, or a schema that cannot be read or that Prisma rejects.", stderr)
	fs.StringVar(&f.dir, "dir", ".", "folder to check (a checkout or any folder inside one)")
	fs.StringVar(&f.base, "base", "", "git ref the change merges into (e.g. origin/main): enables the change rules, and judges the change as it will merge into that ref's tip")
	fs.StringVar(&f.head, "head", "", "git ref to check instead of the files on disk")
	fs.BoolVar(&f.staged, "staged", false, "check the files staged for commit (pre-commit hooks)")
	fs.StringVar(&f.schema, "schema", "", "schema file or folder, relative to --dir (default: discover every project)")
	fs.StringVar(&f.migrations, "migrations", "", "migrations folder, relative to --dir (default: next to the schema)")
	formatFlag(fs, &f.format, true)
	fs.BoolVar(&f.strict, "strict", false, "fail on any difference, not only errors")
	f.actions.register(fs)
	if code, ok := parseFlags(fs, args, stderr, nil); !ok {
		return code
	}
	if !validFormat(stderr, "migsync check", f.format, true) {
		return exitUsage
	}
	if f.staged && f.head != "" {
		fmt.Fprintln(stderr, "migsync check: --staged and --head exclude each other")
		return exitUsage
	}
	if (f.schema == "") != (f.migrations == "") && f.schema == "" {
		fmt.Fprintln(stderr, "migsync check: --migrations needs --schema")
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	// A check is a short-lived process that allocates a few tens of MB:
	// collecting less often saves a tenth of its CPU time.
	debug.SetGCPercent(400)

	res, cfg, err := check(ctx, &f)
	for _, w := range f.warnings {
		fmt.Fprintf(stderr, "migsync check: %s\n", w)
	}
	if err != nil {
		fmt.Fprintf(stderr, "migsync check: %v\n", err)
		return exitUsage
	}
	shown := res
	ropts := report.Options{Config: cfg, Strict: f.strict, Version: version}
	top, prefix, inGit := gitRepo(ctx, f.dir)
	if inGit && !f.staged && f.head == "" {
		// The fix one click away, where the branch is on GitHub (not for a
		// commit being prepared or another commit than the checkout).
		ropts.Branch = fixBranch(ctx, top)
	}
	if f.format != "text" || f.actions != (actionsFlags{}) {
		// annotations, SARIF, JSON and the job summary name files by their
		// path in the repository, as the App does, whatever --dir is
		// (GitHub resolves them against the workspace)
		shown = repoRelative(res, repoPrefix(f.dir, prefix, inGit))
	} else if inGit {
		shown = withRootCommands(res, prefix)
		ropts.Prefix = prefix
	}
	f.actions.branch = ropts.Branch
	if err := report.Write(stdout, f.format, shown, ropts); err != nil {
		fmt.Fprintf(stderr, "migsync check: %v\n", err)
		return exitUsage
	}
	for _, fd := range res.Findings {
		// A schema that cannot be read, parsed or accepted by Prisma is not
		// compared: the check could not run (the README's exit status 2).
		if (fd.Rule == checkrun.RuleSchemaSyntax || fd.Rule == checkrun.RuleSchemaInvalid) && fd.Severity == "error" {
			return exitUsage
		}
	}
	code := exitCode(res, cfg, f.strict)
	if err := f.actions.write(shown, cfg, f.strict, code, f.baseRev, f.headRev); err != nil {
		fmt.Fprintf(stderr, "migsync check: %v\n", err)
		return exitUsage
	}
	return code
}

// check builds the head (and base) trees the flags ask for and analyses them.
func check(ctx context.Context, f *checkFlags) (*checkrun.Result, *config.Repo, error) {
	info, err := os.Stat(f.dir)
	if err != nil {
		return nil, nil, err
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("--dir %s is not a folder", f.dir)
	}
	dir, _ := filepath.Abs(f.dir)
	cfgFile, cfgData, cfgErr := findRepoConfig(dir)
	if cfgErr != nil {
		return nil, nil, cfgErr
	}
	opts := checkrun.Options{}
	if f.schema != "" {
		p := config.Project{Schema: filepath.ToSlash(f.schema), Migrations: filepath.ToSlash(f.migrations)}
		if p.Migrations == "" {
			p.Migrations = defaultMigrations(p.Schema)
		}
		opts.Only = []config.Project{p}
	}

	top, prefix, inGit := gitRepo(ctx, dir)
	needGit := f.base != "" || f.head != "" || f.staged
	if needGit && !inGit {
		return nil, nil, fmt.Errorf("%s is not inside a git repository (needed by --base, --head and --staged)", f.dir)
	}
	var head tree.Tree = tree.NewDir(dir)
	switch {
	case f.staged:
		gt := newGitTree(top, prefix, "")
		defer gt.Close()
		head = gt
		opts.Unstaged = unstagedMigrations(ctx, top, prefix, dir)
	case f.head != "":
		rev, err := resolve(ctx, top, f.head)
		if err != nil {
			return nil, nil, err
		}
		gt := newGitTree(top, prefix, rev)
		defer gt.Close()
		head = gt
	default:
		if inGit {
			opts.Untracked = untracked(ctx, top, prefix)
		}
	}
	var base tree.Tree
	if f.base != "" {
		headRev := "HEAD"
		if f.head != "" {
			headRev = f.head
		}
		rev, err := mergeBase(ctx, top, f.base, headRev)
		if err != nil {
			return nil, nil, err
		}
		f.baseRev = rev
		f.headRev, _ = resolve(ctx, top, headRev)
		gt := newGitTree(top, prefix, rev)
		defer gt.Close()
		base = gt
		// The change is judged as it will merge into --base as it is now,
		// like the App judges a pull request: from the merge base, with
		// --base's own commits since then merged in.
		tip, err := resolve(ctx, top, f.base)
		if err != nil {
			return nil, nil, err
		}
		if tip != rev {
			tt := newGitTree(top, prefix, tip)
			defer tt.Close()
			opts.Tip = tt
		}
	}
	cfg, err := parseRepoConfig(cfgData)
	if base != nil {
		// The base's configuration tells which configuration problems the
		// change introduced: the others are pre-existing.
		baseData := baseRepoConfig(ctx, top, f.baseRev, cfgFile)
		if bc, berr := parseRepoConfig(baseData); berr == nil {
			opts.BaseConfig = bc
		}
		if err != nil && string(baseData) == string(cfgData) {
			// Broken on the base branch already, and untouched: say so, and
			// check with the defaults rather than fail a change that did not
			// cause it (the App does the same).
			f.warnings = append(f.warnings, fmt.Sprintf("%v (already so on the base branch: the defaults were applied)", err))
			cfg, err = nil, nil
		}
	}
	if err != nil {
		return nil, nil, err
	}
	opts.Config = cfg
	res, err := checkrun.Analyze(ctx, base, head, opts)
	return res, cfg, err
}

// unstagedMigrations reads the migration.sql files git does not track under
// the folder (on disk, not staged), by their path relative to it: a
// pre-commit check tells to `git add` their folders instead of asking for
// a migration that exists.
func unstagedMigrations(ctx context.Context, top, prefix, dir string) map[string]string {
	out := map[string]string{}
	for _, p := range untracked(ctx, top, prefix) {
		if path.Base(p) != "migration.sql" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err == nil && len(data) <= tree.MaxFileSize {
			out[p] = string(data)
		}
	}
	return out
}

// parseRepoConfig parses a repository configuration's bytes (nil: none, the
// defaults).
func parseRepoConfig(data []byte) (*config.Repo, error) {
	if data == nil {
		return nil, nil
	}
	return config.ParseRepo(data)
}

// baseRepoConfig reads the configuration file at its path in the
// repository from the base commit; nil when it is not there.
func baseRepoConfig(ctx context.Context, top, rev, file string) []byte {
	if file == "" {
		return nil
	}
	rel, err := filepath.Rel(top, file)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil
	}
	out, err := git(ctx, top, "show", rev+":"+filepath.ToSlash(rel))
	if err != nil {
		return nil
	}
	return out
}

func defaultMigrations(schema string) string {
	d := filepath.ToSlash(filepath.Dir(schema))
	if strings.HasSuffix(schema, ".prisma") {
		if d == "." {
			return "migrations"
		}
		return d + "/migrations"
	}
	return strings.TrimSuffix(schema, "/") + "/../migrations"
}

func resolve(ctx context.Context, top, ref string) (string, error) {
	out, err := git(ctx, top, "rev-parse", "--verify", "--quiet", ref+"^{commit}")
	if err != nil {
		return "", fmt.Errorf("unknown git ref %q", ref)
	}
	return strings.TrimSpace(string(out)), nil
}

// mergeBase is the commit a change from base to head started from, like a
// pull request's diff. If base and head share no history, base itself.
func mergeBase(ctx context.Context, top, base, head string) (string, error) {
	b, err := resolve(ctx, top, base)
	if err != nil {
		return "", err
	}
	h, err := resolve(ctx, top, head)
	if err != nil {
		return "", err
	}
	out, err := git(ctx, top, "merge-base", b, h)
	if err != nil {
		return b, nil
	}
	return strings.TrimSpace(string(out)), nil
}

// loadRepoConfig reads .github/migsync.yml from the folder or its repository
// top; a missing file means defaults.
func loadRepoConfig(dir string) (*config.Repo, error) {
	_, data, err := findRepoConfig(dir)
	if err != nil {
		return nil, err
	}
	return parseRepoConfig(data)
}

// findRepoConfig finds .github/migsync.yml in the folder or above it, up to
// its repository top, and reads it; "" and nil when there is none.
func findRepoConfig(dir string) (string, []byte, error) {
	for d := dir; ; d = filepath.Dir(d) {
		file := filepath.Join(d, filepath.FromSlash(config.RepoConfigPath))
		data, err := os.ReadFile(file)
		if err == nil {
			return file, data, nil
		}
		if !os.IsNotExist(err) {
			return "", nil, err
		}
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil || filepath.Dir(d) == d {
			return "", nil, nil
		}
	}
}

func exitCode(res *checkrun.Result, cfg *config.Repo, strict bool) int {
	if len(res.Projects) == 0 && (strict || (cfg != nil && cfg.Strict)) {
		return exitFindings // nothing was checked: not a pass under --strict
	}
	for _, f := range res.Findings {
		if checkrun.Failing(f, cfg, strict) {
			return exitFindings
		}
	}
	return exitOK
}
