package dbcheck

import (
	"context"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun"
	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/drift"
	"github.com/migsync/migsync/checkrun/prisma"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/dbcheck/dbtest"
)

// Tests of the MySQL engine against the real server (MIGSYNC_TEST_MYSQL_URL;
// .ci/run starts MariaDB): the server is the reference where no offline
// Prisma oracle exists.

// mysqlProofCase is one schema with its migrations.
type mysqlProofCase struct {
	name       string
	schema     map[string]string // schema files, repository path → text
	schemaPath string            // file or folder
	migrations []sqlddl.Migration
}

// lowerFiles parses and lowers schema files as the engine does.
func lowerFiles(t *testing.T, c mysqlProofCase) *prisma.Lowered {
	t.Helper()
	m := tree.Map{}
	for p, s := range c.schema {
		m[p] = s
	}
	l, fs, err := lowerSchema(context.Background(), m, checkrun.Unit{Schema: c.schemaPath})
	if err != nil || l == nil {
		t.Fatalf("%s: lowering: %v %v", c.name, err, fs)
	}
	return l
}

// mysqlScratch is one database on the test server (dbtest.NewMySQL,
// dropped at the end), emptied before every use: a test applies hundreds of
// scripts with two connections at most.
type mysqlScratch struct {
	t  *testing.T
	my *dbtest.MySQL
}

func newMySQLScratch(t *testing.T) *mysqlScratch {
	return &mysqlScratch{t: t, my: dbtest.NewMySQL(t)}
}

// apply empties the database, runs the scripts and returns what db-check's
// reader reads back.
func (s *mysqlScratch) apply(scripts ...string) (*catalog.Catalog, error) {
	t, my := s.t, s.my
	name := "`" + my.Name + "`"
	if _, err := my.DB.Exec("DROP DATABASE " + name + "; CREATE DATABASE " + name + "; USE " + name); err != nil {
		t.Fatal(err)
	}
	for _, sc := range scripts {
		if strings.TrimSpace(sc) == "" {
			continue
		}
		if _, err := my.DB.Exec(sc); err != nil {
			return nil, err
		}
	}
	target, err := ParseURL(my.URL)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := openMySQL(context.Background(), target, Limits{}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	cat, err := sess.Catalog(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return cat, nil
}

// TestMySQLDefaultsLikePrisma: a hand-written MySQL history (the spellings
// mysqldump and MariaDB write: quoted numbers, current_timestamp(3), NOW(6),
// ON UPDATE) against a schema declaring the same defaults. Prisma's MySQL
// describer (prisma-engines sql-schema-describer/src/mysql.rs) reads
// numbers whatever their quotes, CURRENT_TIMESTAMP with any precision as
// now(), ignores ON UPDATE, and reads anything else (b'1') as an
// expression. So the only differences it reports are the @updatedAt column
// whose history keeps a DEFAULT (c: Prisma drops it) and b'1' against
// @default(true) (n). The replay must find exactly those, and so must
// db-check on the server itself.
func TestMySQLDefaultsLikePrisma(t *testing.T) {
	if os.Getenv("MIGSYNC_TEST_MYSQL_URL") == "" {
		t.Skip("MIGSYNC_TEST_MYSQL_URL is not set")
	}
	const schema = `datasource db {
  provider = "mysql"
}

enum Status {
  ACTIVE
  OFF
}

model T {
  id Int      @id @default(autoincrement())
  a  DateTime @default(now())
  b  DateTime @default(now()) @db.Timestamp(0)
  c  DateTime @updatedAt
  d  DateTime @default(now()) @updatedAt
  e  DateTime @default(now()) @db.DateTime(6)
  f  Boolean  @default(true)
  g  Boolean  @default(false)
  h  Int      @default(0)
  i  Decimal  @default(0) @db.Decimal(10, 2)
  j  Status   @default(ACTIVE)
  k  String   @default("x")
  l  Float    @default(1.5)
  m  BigInt   @default(-7)
  n  Boolean  @default(true) @db.Bit(1)
  o  DateTime @default(now()) @db.Timestamp(3)
  p  Int      @default(5) @db.UnsignedSmallInt
  q  Int      @default(2024) @db.Year
  r  String   @default(dbgenerated("(uuid())")) @db.VarChar(36)
  s  String   @default("it's \\ back\\slash")
}
`
	const history = "CREATE TABLE `T` (\n" +
		"  `id` int NOT NULL AUTO_INCREMENT,\n" +
		"  `a` datetime(3) NOT NULL DEFAULT current_timestamp(3),\n" +
		"  `b` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,\n" +
		"  `c` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),\n" +
		"  `d` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),\n" +
		"  `e` datetime(6) NOT NULL DEFAULT NOW(6),\n" +
		"  `f` tinyint(1) NOT NULL DEFAULT '1',\n" +
		"  `g` tinyint(1) NOT NULL DEFAULT 0,\n" +
		"  `h` int(11) NOT NULL DEFAULT '0',\n" +
		"  `i` decimal(10,2) NOT NULL DEFAULT '0.00',\n" +
		"  `j` enum('ACTIVE','OFF') NOT NULL DEFAULT 'ACTIVE',\n" +
		"  `k` varchar(191) NOT NULL DEFAULT 'x',\n" +
		"  `l` double NOT NULL DEFAULT '1.5',\n" +
		"  `m` bigint NOT NULL DEFAULT '-7',\n" +
		"  `n` bit(1) NOT NULL DEFAULT b'1',\n" +
		"  `o` timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),\n" +
		"  `p` smallint(5) unsigned NOT NULL DEFAULT '5',\n" +
		"  `q` year(4) NOT NULL DEFAULT '2024',\n" +
		"  `r` varchar(36) NOT NULL DEFAULT (uuid()),\n" +
		"  `s` varchar(191) NOT NULL DEFAULT 'it''s \\\\ back\\\\slash',\n" +
		"  PRIMARY KEY (`id`)\n" +
		") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;\n"
	c := mysqlProofCase{name: "defaults", schemaPath: "schema.prisma", schema: map[string]string{"schema.prisma": schema}}
	low := lowerFiles(t, c)
	want := []string{"drift/column-default T.n", "drift/extra-default T.c"}
	describe := func(ds []drift.Difference) []string {
		var out []string
		for _, d := range ds {
			out = append(out, d.Kind+" "+d.Table+"."+d.Column)
		}
		sort.Strings(out)
		return out
	}
	replayed, notices := sqlddl.Replay(catalog.MySQL, []sqlddl.Migration{{Name: "m1", Path: "m1.sql", SQL: []byte(history)}})
	if len(notices) > 0 {
		t.Fatalf("replay: %v", notices)
	}
	if got := describe(drift.Compare(low.Catalog, replayed)); !slices.Equal(got, want) {
		t.Errorf("against the replayed history migsync finds %q, Prisma %q", got, want)
	}
	live, err := newMySQLScratch(t).apply(history)
	if err != nil {
		t.Fatal(err)
	}
	if got := describe(drift.Compare(low.Catalog, live)); !slices.Equal(got, want) {
		t.Errorf("against the server migsync finds %q, Prisma %q", got, want)
	}
}
