package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	cases := []struct {
		name                 string
		stamped, stampedRev  string
		info                 *debug.BuildInfo
		wantVersion, wantRev string
	}{
		{"release build", "0.1.0", "abc123", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "0.1.0", "abc123"},
		{"stamped version, commit from vcs", "0.1.0", "", &debug.BuildInfo{Settings: vcs("def456", "false")}, "0.1.0", "def456"},
		{"go install @version", "", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.1.0"}}, "v0.1.0", "unknown"},
		{"go build in a dirty checkout", "", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261127033300-0123456789ab+dirty"}, Settings: vcs("0123456789abcdef", "true")}, "v0.0.0-20261127033300-0123456789ab+dirty", "0123456789abcdef-dirty"},
		{"go run", "", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev", "unknown"},
		{"no build info", "", "", nil, "dev", "unknown"},
	}
	for _, c := range cases {
		v, rev := buildVersion(c.stamped, c.stampedRev, c.info)
		if v != c.wantVersion || rev != c.wantRev {
			t.Errorf("%s: %q %q, want %q %q", c.name, v, rev, c.wantVersion, c.wantRev)
		}
	}
}

func TestVersionCommand(t *testing.T) {
	for _, arg := range []string{"version", "--version", "-v"} {
		var out, errOut bytes.Buffer
		if code := run([]string{arg}, &out, &errOut); code != exitOK {
			t.Fatalf("%s: exit %d, stderr %s", arg, code, errOut.String())
		}
		line := out.String()
		if !strings.HasPrefix(line, "migsync "+version+" (commit "+commit+", ") || !strings.Contains(line, "PostgreSQL parser: libpg_query ") {
			t.Errorf("%s printed %q", arg, line)
		}
	}
}
