package handlers

import (
	"strings"
	"testing"
)

func TestHasRecheck(t *testing.T) {
	tests := []struct {
		name string
		body string
		want bool
	}{
		{"alone", "/recheck", true},
		{"spaces and CRLF", "please\r\n  /recheck  \r\nthanks", true},
		{"among lines", "Fixed the migration.\n\n/recheck\n", true},
		{"inline", "can you /recheck please", false},
		{"suffix", "/recheck now", false},
		{"prefix", "x/recheck", false},
		{"other command", "/rechecks", false},
		{"fenced", "```\n/recheck\n```", false},
		{"tilde fence", "~~~sh\n/recheck\n~~~", false},
		{"after fence", "```\ncode\n```\n/recheck", true},
		{"unclosed fence", "```\n/recheck", false},
		{"longer fence", "````\n```\n/recheck\n````", false},
		{"indented code", "    /recheck", false},
		{"quoted", "> /recheck", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HasRecheck(tt.body); got != tt.want {
				t.Errorf("HasRecheck(%q) = %v, want %v", tt.body, got, tt.want)
			}
		})
	}
}

func FuzzHasRecheck(f *testing.F) {
	f.Add("/recheck")
	f.Add("```\n/recheck\n```")
	f.Add("~~~~\n~~~\n/recheck")
	f.Fuzz(func(t *testing.T, body string) {
		got := HasRecheck(body)
		if got && !strings.Contains(body, RecheckCommand) {
			t.Fatalf("recheck found in %q without the command", body)
		}
		// Inside a fence longer than any in the body, nothing is a command.
		if !strings.ContainsAny(body, "`") && HasRecheck("````````````````\n"+body) {
			t.Fatalf("recheck found inside a fence: %q", body)
		}
	})
}

func TestDecideRecheck(t *testing.T) {
	const bot = "migsync[bot]"
	tests := []struct {
		name   string
		who    Commenter
		author string
		want   Decision
	}{
		{"the App itself", Commenter{"migsync[bot]", "Bot"}, "alice", Ignore},
		{"another bot", Commenter{"dependabot[bot]", "Bot"}, "alice", RefuseBot},
		{"bot by type", Commenter{"renovate", "Bot"}, "renovate", RefuseBot},
		{"author", Commenter{"alice", "User"}, "alice", Allow},
		{"author, other case", Commenter{"Alice", "User"}, "alice", Allow},
		{"someone else", Commenter{"bob", "User"}, "alice", NeedPermission},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DecideRecheck(tt.who, tt.author, bot); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDecidePermission(t *testing.T) {
	tests := []struct {
		perm, role string
		want       Decision
	}{
		{"admin", "admin", Allow},
		{"write", "maintain", Allow},
		{"write", "write", Allow},
		{"read", "triage", RefusePermission},
		{"read", "read", RefusePermission},
		{"none", "", RefusePermission},
		{"", "", RefusePermission},
	}
	for _, tt := range tests {
		if got := DecidePermission(tt.perm, tt.role); got != tt.want {
			t.Errorf("DecidePermission(%q, %q) = %v, want %v", tt.perm, tt.role, got, tt.want)
		}
	}
}
