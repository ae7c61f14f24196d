package fakegithub

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// gitRepo runs git in one local repository.
type gitRepo struct{ dir string }

// errNotFound reports an unknown ref, object or path.
var errNotFound = errors.New("not found")

// run executes git with args and returns stdout.
func (g gitRepo) run(args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", g.dir, "-c", "core.quotePath=false"}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return stdout.Bytes(), nil
}

// resolve turns a SHA, branch, tag or refs/... name into an object SHA of
// the given type ("commit" or "tree").
func (g gitRepo) resolve(ref, kind string) (string, error) {
	if ref == "" || strings.HasPrefix(ref, "-") {
		return "", errNotFound
	}
	candidates := []string{ref}
	if !strings.HasPrefix(ref, "refs/") {
		candidates = append(candidates, "refs/heads/"+ref, "refs/tags/"+ref, "refs/"+ref)
	}
	for _, c := range candidates {
		out, err := g.run("rev-parse", "--verify", "--quiet", c+"^{"+kind+"}")
		if err == nil {
			return strings.TrimSpace(string(out)), nil
		}
	}
	return "", errNotFound
}

// treeEntry is one line of git ls-tree -l.
type treeEntry struct {
	mode, kind, sha, path string
	size                  int64 // -1 for trees and submodules
}

// lsTree lists a tree (recursively with trees included when recursive).
func (g gitRepo) lsTree(treeish string, recursive bool, paths ...string) ([]treeEntry, error) {
	args := []string{"ls-tree", "-l", "-z"}
	if recursive {
		args = append(args, "-r", "-t")
	}
	args = append(args, treeish)
	if len(paths) > 0 {
		args = append(append(args, "--"), paths...)
	}
	out, err := g.run(args...)
	if err != nil {
		return nil, err
	}
	var entries []treeEntry
	for _, rec := range strings.Split(string(out), "\x00") {
		if rec == "" {
			continue
		}
		meta, name, found := strings.Cut(rec, "\t")
		fields := strings.Fields(meta)
		if !found || len(fields) != 4 {
			return nil, fmt.Errorf("git ls-tree: bad line %q", rec)
		}
		size, err := strconv.ParseInt(fields[3], 10, 64)
		if err != nil {
			size = -1
		}
		entries = append(entries, treeEntry{mode: fields[0], kind: fields[1], sha: fields[2], size: size, path: name})
	}
	return entries, nil
}

// objectType returns "blob", "tree", "commit" or errNotFound.
func (g gitRepo) objectType(sha string) (string, error) {
	out, err := g.run("cat-file", "-t", sha)
	if err != nil {
		return "", errNotFound
	}
	return strings.TrimSpace(string(out)), nil
}

// blob returns a blob's content.
func (g gitRepo) blob(sha string) ([]byte, error) {
	if t, err := g.objectType(sha); err != nil || t != "blob" {
		return nil, errNotFound
	}
	return g.run("cat-file", "blob", sha)
}

// commitInfo is the metadata of one commit.
type commitInfo struct {
	sha, tree                     string
	parents                       []string
	authorName, authorEmail       string
	authorDate                    time.Time
	committerName, committerEmail string
	committerDate                 time.Time
	message                       string
}

const commitFormat = "%H%x00%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B"

// commit reads one commit's metadata.
func (g gitRepo) commit(sha string) (commitInfo, error) {
	out, err := g.run("show", "-s", "--format="+commitFormat, sha+"^{commit}")
	if err != nil {
		return commitInfo{}, errNotFound
	}
	return parseCommit(string(out))
}

func parseCommit(rec string) (commitInfo, error) {
	f := strings.SplitN(rec, "\x00", 10)
	if len(f) != 10 {
		return commitInfo{}, fmt.Errorf("git show: unexpected output %q", rec)
	}
	ad, _ := time.Parse(time.RFC3339, f[5])
	cd, _ := time.Parse(time.RFC3339, f[8])
	return commitInfo{
		sha: f[0], tree: f[1], parents: strings.Fields(f[2]),
		authorName: f[3], authorEmail: f[4], authorDate: ad.UTC(),
		committerName: f[6], committerEmail: f[7], committerDate: cd.UTC(),
		message: strings.TrimRight(f[9], "\n"),
	}, nil
}

// log lists the commits reachable from head and not from base, oldest first.
func (g gitRepo) log(base, head string) ([]commitInfo, error) {
	out, err := g.run("rev-list", "--reverse", base+".."+head)
	if err != nil {
		return nil, err
	}
	var commits []commitInfo
	for _, sha := range strings.Fields(string(out)) {
		c, err := g.commit(sha)
		if err != nil {
			return nil, err
		}
		commits = append(commits, c)
	}
	return commits, nil
}

// mergeBase returns the best common ancestor of a and b.
func (g gitRepo) mergeBase(a, b string) (string, error) {
	out, err := g.run("merge-base", a, b)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

// isAncestor reports whether a is an ancestor of (or equal to) b.
func (g gitRepo) isAncestor(a, b string) bool {
	_, err := g.run("merge-base", "--is-ancestor", a, b)
	return err == nil
}

// countCommits counts commits in from..to.
func (g gitRepo) countCommits(from, to string) int {
	out, err := g.run("rev-list", "--count", from+".."+to)
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(strings.TrimSpace(string(out)))
	return n
}

// diff returns the per-file diff from base to head, with renames detected.
func (g gitRepo) diff(base, head string) ([]fileDiff, error) {
	out, err := g.run("diff", "--full-index", "-M", "--no-color", "--no-ext-diff",
		"--src-prefix=a/", "--dst-prefix=b/", base, head)
	if err != nil {
		return nil, err
	}
	return parseDiff(string(out))
}
