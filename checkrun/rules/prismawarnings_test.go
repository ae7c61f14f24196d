package rules

import (
	"strconv"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/tree"
)

// A header as Prisma Migrate writes it (from the teable corpus project).
const warnedSQL = `/*
  Warnings:

  - You are about to drop the column ` + "`base_id`" + ` on the ` + "`collaborator`" + ` table. All the data in the column will be lost.
  - A unique constraint covering the columns ` + "`[resource_type,resource_id,user_id]`" + ` on the table ` + "`collaborator`" + ` will be added. If there are existing duplicate values, this will fail.
  - Added the required column ` + "`resource_id`" + ` to the ` + "`collaborator`" + ` table without a default value. This is not possible if the table is not empty.
  - Something Prisma may say one day,
    over two lines.

*/
-- AlterTable
ALTER TABLE "collaborator" DROP COLUMN "base_id";
`

func TestPrismaWarnings(t *testing.T) {
	ws := prismaWarnings(warnedSQL)
	var got []string
	for _, w := range ws {
		got = append(got, w.object()+" @"+strconv.Itoa(w.Line))
	}
	want := "column collaborator.base_id @4|unique collaborator(resource_type,resource_id,user_id) @5|column collaborator.resource_id @6| @7"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
	if ws[3].Text != "Something Prisma may say one day, over two lines." {
		t.Errorf("continued item = %q", ws[3].Text)
	}
	for _, sql := range []string{
		"",
		"-- CreateTable\nCREATE TABLE a (id int);",
		"/* a comment */\nCREATE TABLE a (id int);",
		"/*\n  Warnings:\n\n  - never closed\n", // not Prisma's
		"CREATE TABLE a (id int);\n/*\n  Warnings:\n  - not at the top\n*/\n",
	} {
		if ws := prismaWarnings(sql); len(ws) != 0 {
			t.Errorf("prismaWarnings(%q) = %+v, want none", sql, ws)
		}
	}
}

// TestDestructiveUsesPrismaWarnings: a new migration's Prisma warnings become
// destructive-SQL findings at their lines, once per object: the dropped
// column, also seen in the SQL, is reported once, at its statement.
func TestDestructiveUsesPrismaWarnings(t *testing.T) {
	base := tree.Map{
		"prisma/migrations/20240101000000_init/migration.sql": "CREATE TABLE \"collaborator\" (\"id\" TEXT NOT NULL, \"base_id\" TEXT);\n",
	}
	head := with(base, "prisma/migrations/20240201000000_resources/migration.sql", warnedSQL)
	got := Check(Input{Base: set(t, base), Head: set(t, head)})
	var desc []string
	for _, f := range got {
		if f.Rule != DestructiveSQL {
			continue
		}
		desc = append(desc, strconv.Itoa(f.Line)+" "+f.Object)
	}
	want := "12 column collaborator.base_id|5 unique collaborator(resource_type,resource_id,user_id)|6 column collaborator.resource_id|7 warning prisma/migrations/20240201000000_resources/migration.sql:7"
	if strings.Join(desc, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(desc, "|"), want)
	}
}

func FuzzPrismaWarnings(f *testing.F) {
	f.Add(warnedSQL)
	f.Add("/*\nWarnings:\n- a\n*/")
	f.Fuzz(func(t *testing.T, sql string) {
		n := strings.Count(sql, "\n") + 1
		for _, w := range prismaWarnings(sql) {
			if w.Line < 1 || w.Line > n || w.Text == "" {
				t.Fatalf("warning %+v out of %d lines", w, n)
			}
			_ = w.object()
		}
	})
}
