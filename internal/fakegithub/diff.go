package fakegithub

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// fileDiff is one file of a unified diff, as GitHub reports it in
// pulls/list-files, repos/compare-commits and repos/get-commit.
type fileDiff struct {
	filename, previous   string
	status               string // added, removed, modified, renamed
	oldSHA, newSHA       string
	additions, deletions int
	patch                string // from the first @@ line; empty for binary files
	hunks                []hunk
}

// hunk is one @@ block: its line ranges and its lines.
type hunk struct {
	oldStart, oldLen int
	newStart, newLen int
	header           string
	lines            []string // with their ' ', '+', '-' or '\' prefix
	position         int      // patch position of the @@ line (0 for the first)
}

var hunkRE = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@`)

// parseDiff splits git diff output into files.
func parseDiff(out string) ([]fileDiff, error) {
	var files []fileDiff
	var cur *fileDiff
	var patch []string
	flush := func() {
		if cur == nil {
			return
		}
		cur.patch = strings.Join(patch, "\n")
		files = append(files, *cur)
		cur, patch = nil, nil
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for _, line := range lines {
		if strings.HasPrefix(line, "diff --git ") {
			flush()
			cur = &fileDiff{status: "modified"}
			name := pathFromDiffGit(strings.TrimPrefix(line, "diff --git "))
			cur.filename, cur.previous = name, name
			continue
		}
		if cur == nil {
			continue
		}
		m := hunkRE.FindStringSubmatch(line)
		if m == nil && len(cur.hunks) == 0 {
			parseHeaderLine(cur, line)
			continue
		}
		if m != nil {
			h := hunk{header: line, position: len(patch)}
			h.oldStart, _ = strconv.Atoi(m[1])
			h.oldLen = atoiDefault(m[2], 1)
			h.newStart, _ = strconv.Atoi(m[3])
			h.newLen = atoiDefault(m[4], 1)
			cur.hunks = append(cur.hunks, h)
			patch = append(patch, line)
			continue
		}
		h := &cur.hunks[len(cur.hunks)-1]
		h.lines = append(h.lines, line)
		patch = append(patch, line)
		switch {
		case strings.HasPrefix(line, "+"):
			cur.additions++
		case strings.HasPrefix(line, "-"):
			cur.deletions++
		}
	}
	flush()
	for i := range files {
		if files[i].status != "renamed" {
			files[i].previous = ""
		}
	}
	return files, nil
}

// parseHeaderLine reads the extended header lines between "diff --git" and
// the first hunk.
func parseHeaderLine(f *fileDiff, line string) {
	switch {
	case strings.HasPrefix(line, "new file mode"):
		f.status = "added"
	case strings.HasPrefix(line, "deleted file mode"):
		f.status = "removed"
	case strings.HasPrefix(line, "rename from "):
		f.status, f.previous = "renamed", strings.TrimPrefix(line, "rename from ")
	case strings.HasPrefix(line, "rename to "):
		f.filename = strings.TrimPrefix(line, "rename to ")
	case strings.HasPrefix(line, "index "):
		if fields := strings.Fields(strings.TrimPrefix(line, "index ")); len(fields) > 0 {
			f.oldSHA, f.newSHA, _ = strings.Cut(fields[0], "..")
		}
	case strings.HasPrefix(line, "--- a/"):
		f.previous = strings.TrimPrefix(line, "--- a/")
	case strings.HasPrefix(line, "+++ b/"):
		f.filename = strings.TrimPrefix(line, "+++ b/")
	}
}

// pathFromDiffGit takes "a/p b/p" (same path both sides) apart.
func pathFromDiffGit(rest string) string {
	if n := len(rest); n >= 7 && (n-5)%2 == 0 {
		l := (n - 5) / 2
		a, b := rest[:2+l], rest[3+l:]
		if strings.HasPrefix(a, "a/") && strings.HasPrefix(b, "b/") && a[2:] == b[2:] {
			return a[2:]
		}
	}
	if i := strings.Index(rest, " b/"); i > 2 {
		return rest[2:i]
	}
	return rest
}

func atoiDefault(s string, def int) int {
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}

// sideLines returns the line numbers of side ("LEFT" or "RIGHT") that the
// diff shows, mapped to their patch positions (1-based, counted from the
// line after the first @@ header as GitHub's "position" is).
func (f *fileDiff) sideLines(side string) map[int]int {
	out := map[int]int{}
	for _, h := range f.hunks {
		oldLine, newLine := h.oldStart, h.newStart
		for i, line := range h.lines {
			pos := h.position + 1 + i
			switch {
			case strings.HasPrefix(line, "+"):
				if side == "RIGHT" {
					out[newLine] = pos
				}
				newLine++
			case strings.HasPrefix(line, "-"):
				if side == "LEFT" {
					out[oldLine] = pos
				}
				oldLine++
			case strings.HasPrefix(line, `\`):
			default:
				if side == "RIGHT" {
					out[newLine] = pos
				} else {
					out[oldLine] = pos
				}
				oldLine++
				newLine++
			}
		}
	}
	return out
}

// patchLines is the number of positions the patch has (lines after the
// first @@ header).
func (f *fileDiff) patchLines() int {
	if f.patch == "" {
		return 0
	}
	return strings.Count(f.patch, "\n")
}

// diffHunkUpTo returns the part of the patch GitHub shows as a review
// comment's diff_hunk: from the hunk header to the commented position.
func (f *fileDiff) diffHunkUpTo(position int) string {
	lines := strings.Split(f.patch, "\n")
	start := 0
	for _, h := range f.hunks {
		if h.position <= position {
			start = h.position
		}
	}
	if position >= len(lines) {
		position = len(lines) - 1
	}
	return strings.Join(lines[start:position+1], "\n")
}

func (f *fileDiff) String() string {
	return fmt.Sprintf("%s %s +%d -%d", f.status, f.filename, f.additions, f.deletions)
}
