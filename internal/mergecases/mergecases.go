// Package mergecases holds the merge-aware check's acceptance cases (issue 9)
// as data, so that the engine, the CLI (on local git repositories) and the
// App (against the fake GitHub) are tested on the same commits and must
// report the same findings: two pull requests A and B start from the same
// base; A merges; B is judged as it will merge into the new tip.
package mergecases

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/finding"
)

// Schema is the base branch's schema; Init its only migration.
const Schema = `datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  bio   String?
}
`

const Init = `-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "bio" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
`

// Paths of the project's files.
const (
	SchemaPath = "prisma/schema.prisma"
	Migrations = "prisma/migrations"
)

// Base is the base branch's files before A and B.
func Base() map[string]string {
	return map[string]string{
		SchemaPath:                          Schema,
		Migrations + "/migration_lock.toml": "provider = \"postgresql\"\n",
		Migrations + "/20240101000000_init/migration.sql": Init,
		"README.md": "# shop\n",
	}
}

// Want is one finding the check of B must report after A merged.
type Want struct {
	Rule string
	File string
	Line int
	Side string // "merge", "head", "base"
	// Contains are substrings of the message.
	Contains []string
}

// Case is one acceptance case.
type Case struct {
	Name string
	// A and B are the files each pull request writes on top of Base ("":
	// the file is deleted).
	A, B map[string]string
	// Want is what B's check reports once A merged (nothing else fails).
	Want []Want
	// Rebase, when not nil, is B rebased onto the tip after A merged, given
	// the folder name B's finding suggested: the files it writes on top of
	// the tip ("": deleted). Its check is green.
	Rebase func(suggested string) map[string]string
}

const post = `
model Post {
  id    Int    @id @default(autoincrement())
  title String
}
`

const postSQL = `-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
`

const tag = `model Tag {
  id   Int    @id @default(autoincrement())
  name String
}

`

const tagSQL = `-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
`

const nicknameSQL = `-- AlterTable
ALTER TABLE "User" ADD COLUMN "nickname" TEXT;
`

// Folder names of the cases' migrations.
const (
	APost       = "20240301000000_add_post"
	BTag        = "20240201000000_add_tag" // older than A's: out of order once A merges
	ANickname   = "20240301000000_add_nickname"
	BNickname   = "20240302000000_user_nickname"
	ADropBio    = "20240301000000_drop_bio"
	BBioVarchar = "20240302000000_bio_varchar"
)

func sql(folder string) string { return Migrations + "/" + folder + "/migration.sql" }

// SchemaWithTag is the base schema with B's Tag model before User.
var SchemaWithTag = strings.Replace(Schema, "model User {", tag+"model User {", 1)

// Cases are acceptance points 1–3 of issue 9.
func Cases() []Case {
	nickname := strings.Replace(Schema, "  bio   String?\n", "  bio      String?\n  nickname String?\n", 1)
	return []Case{
		{
			// Acceptance 1: A and B each add a migration; B's sorts before
			// A's.
			Name: "out-of-order",
			A:    map[string]string{SchemaPath: Schema + post, sql(APost): postSQL},
			B:    map[string]string{SchemaPath: SchemaWithTag, sql(BTag): tagSQL},
			Want: []Want{{Rule: "rules/migration-order", File: sql(BTag), Line: 1, Side: "merge",
				Contains: []string{BTag, APost}}},
			Rebase: func(suggested string) map[string]string {
				return map[string]string{
					SchemaPath:     SchemaWithTag + post,
					sql(suggested): tagSQL,
				}
			},
		},
		{
			// Acceptance 2: both add the same column with their own
			// migrations.
			Name: "same-column",
			A:    map[string]string{SchemaPath: nickname, sql(ANickname): nicknameSQL},
			B:    map[string]string{SchemaPath: nickname, sql(BNickname): nicknameSQL},
			Want: []Want{{Rule: "migrations/sql-error", File: sql(BNickname), Line: 2, Side: "merge",
				Contains: []string{"nickname"}}},
		},
		{
			// Acceptance 3: A drops a column, B alters it.
			Name: "dropped-column",
			A: map[string]string{
				SchemaPath:    strings.Replace(Schema, "  bio   String?\n", "", 1),
				sql(ADropBio): "-- AlterTable\nALTER TABLE \"User\" DROP COLUMN \"bio\";\n",
			},
			B: map[string]string{
				SchemaPath:       strings.Replace(Schema, "  bio   String?\n", "  bio   String? @db.VarChar(200)\n", 1),
				sql(BBioVarchar): "-- AlterTable\nALTER TABLE \"User\" ALTER COLUMN \"bio\" SET DATA TYPE VARCHAR(200);\n",
			},
			Want: []Want{
				{Rule: "merge/schema-conflict", File: SchemaPath, Line: 9, Side: "merge",
					Contains: []string{"rebase: both branches changed model User"}},
				{Rule: "migrations/sql-error", File: sql(BBioVarchar), Line: 2, Side: "merge",
					Contains: []string{"bio"}},
			},
		},
	}
}

var reFolder = regexp.MustCompile(`Rename its folder to (\d{14}_[a-z0-9_]+)`)

// Suggested is the folder name an out-of-order finding's message suggests
// ("" when it suggests none).
func Suggested(message string) string {
	if m := reFolder.FindStringSubmatch(message); m != nil {
		return m[1]
	}
	return ""
}

// Apply returns files with changes written over them ("" deletes).
func Apply(files, changes map[string]string) map[string]string {
	out := make(map[string]string, len(files)+len(changes))
	for p, c := range files {
		out[p] = c
	}
	for p, c := range changes {
		if c == "" {
			delete(out, p)
		} else {
			out[p] = c
		}
	}
	return out
}

// Repo is a local git repository holding a case's commits: main with Base,
// and branches a and b from it with A's and B's changes.
type Repo struct {
	t   testing.TB
	Dir string
}

// NewRepo builds a case's repository in a new temporary folder; HEAD is
// left on main.
func NewRepo(t testing.TB, c Case) *Repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	r := &Repo{t: t, Dir: t.TempDir()}
	r.Git("init", "-q", "-b", "main")
	r.Commit(Base(), "init")
	for _, br := range []struct {
		name    string
		changes map[string]string
	}{{"a", c.A}, {"b", c.B}} {
		r.Git("checkout", "-q", "-b", br.name, "main")
		r.Commit(br.changes, "pull request "+br.name)
	}
	r.Git("checkout", "-q", "main")
	return r
}

// Git runs git in the repository and returns its trimmed output.
func (r *Repo) Git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=Dev", "-c", "user.email=dev@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = r.Dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// Commit writes changes ("" deletes) on the current branch and commits them;
// it returns the commit.
func (r *Repo) Commit(changes map[string]string, msg string) string {
	r.t.Helper()
	for p, c := range changes {
		full := filepath.Join(r.Dir, filepath.FromSlash(p))
		if c == "" {
			if err := os.Remove(full); err != nil && !os.IsNotExist(err) {
				r.t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			r.t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			r.t.Fatal(err)
		}
	}
	r.Git("add", "-A")
	r.Git("commit", "-q", "--allow-empty", "-m", msg)
	return r.Git("rev-parse", "HEAD")
}

// MergeA merges branch a into main with a merge commit, as GitHub's merge
// button does, and returns main's new head; HEAD is left on main.
func (r *Repo) MergeA() string {
	r.t.Helper()
	r.Git("checkout", "-q", "main")
	r.Git("merge", "-q", "--no-ff", "-m", "Merge pull request a", "a")
	return r.Git("rev-parse", "HEAD")
}

// RebaseB makes branch b start from main's head again, with changes on top
// of main's files (B rebased, its conflicts resolved), and returns its head;
// HEAD is left on b.
func (r *Repo) RebaseB(changes map[string]string) string {
	r.t.Helper()
	r.Git("checkout", "-q", "-B", "b", "main")
	return r.Commit(changes, "pull request b, rebased")
}

// Check asserts that the failing findings (introduced errors, the default
// configuration's rule) are exactly wants, and returns the folder name an
// out-of-order finding suggests ("" if none).
func Check(t testing.TB, fs []finding.Finding, wants []Want) string {
	t.Helper()
	var failing []finding.Finding
	suggested := ""
	for _, f := range fs {
		if f.Severity == finding.Error && f.Introduced {
			failing = append(failing, f)
		}
		if s := Suggested(f.Message); s != "" {
			suggested = s
		}
	}
	if len(failing) != len(wants) {
		t.Errorf("%d failing findings, want %d:%s", len(failing), len(wants), Describe(fs))
	}
	for _, w := range wants {
		found := false
		for _, f := range failing {
			if f.Rule != w.Rule || f.File != w.File || f.Line != w.Line || string(f.Side) != w.Side {
				continue
			}
			found = true
			for _, c := range w.Contains {
				if !strings.Contains(f.Message, c) {
					t.Errorf("%s at %s:%d: message %q lacks %q", f.Rule, f.File, f.Line, f.Message, c)
				}
			}
		}
		if !found {
			t.Errorf("no %s at %s:%d (side %s) among:%s", w.Rule, w.File, w.Line, w.Side, Describe(fs))
		}
	}
	return suggested
}

// Describe lists findings one a line, for test failures.
func Describe(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\n  %s %s %s:%d side=%s introduced=%v %s", f.Severity, f.Rule, f.File, f.Line, f.Side, f.Introduced, f.Message)
	}
	return b.String()
}
