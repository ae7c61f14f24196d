package sqlddl

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// pgCase is one replay test: SQL, the catalogue it must produce (pgDump
// without positions) and the notices it must report. Cases with dbOK also
// run in the differential test against a real PostgreSQL.
type pgCase struct {
	name    string
	sql     string
	want    string
	notices []string // "line: message"
	dbOK    bool     // valid in PostgreSQL: also checked against a real database
}

var pgCases = []pgCase{
	{
		name: "prisma create table",
		dbOK: true,
		sql: `-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" VARCHAR(255),
    "role" "Role" NOT NULL DEFAULT 'USER',
    "roles" "Role"[] DEFAULT ARRAY['USER']::"Role"[],
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "nums" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "amount" DECIMAL(65,30) NOT NULL DEFAULT 1.20,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT NOT NULL DEFAULT 'it''s',
    "data" JSONB NOT NULL DEFAULT '{"a":1}',
    "uuid" UUID NOT NULL DEFAULT gen_random_uuid(),
    "big" BIGINT NOT NULL DEFAULT 5,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
`,
		want: `enum Role USER,ADMIN
table Post
  column id TEXT NOT NULL
  column authorId INTEGER NOT NULL
  primary key Post_pkey (id)
  index Post_authorId_idx (authorId)
  foreign key Post_authorId_fkey (authorId) -> User (id) delete=CASCADE update=CASCADE
table User
  column id INTEGER NOT NULL DEFAULT[sequence] User_id_seq
  column email TEXT NOT NULL
  column name VARCHAR(255)
  column role "Role" enum=Role NOT NULL DEFAULT[value] 'USER'
  column roles "Role"[] enum=Role DEFAULT[value] ARRAY['USER']::"Role"[]
  column tags TEXT[] DEFAULT[value] ARRAY[]::TEXT[]
  column nums INTEGER[] DEFAULT[value] ARRAY[1, 2]::INTEGER[]
  column createdAt TIMESTAMP(3) NOT NULL DEFAULT[now] 
  column updatedAt TIMESTAMP(3) NOT NULL
  column score DOUBLE PRECISION NOT NULL DEFAULT[value] 1.5
  column amount DECIMAL(65,30) NOT NULL DEFAULT[value] 1.20
  column active BOOLEAN NOT NULL DEFAULT[value] true
  column note TEXT NOT NULL DEFAULT[value] 'it''s'
  column data JSONB NOT NULL DEFAULT[value] '{"a":1}'
  column uuid UUID NOT NULL DEFAULT[expr] gen_random_uuid()
  column big BIGINT NOT NULL DEFAULT[value] 5
  primary key User_pkey (id)
  unique index User_email_key (email)
`,
	},
	{
		name: "inline constraints and implicit names",
		dbOK: true,
		sql: `CREATE TABLE org (id int PRIMARY KEY);
CREATE TABLE t (
  id bigserial PRIMARY KEY,
  email varchar(255) UNIQUE NOT NULL,
  org_id int REFERENCES org ON DELETE SET NULL,
  age int CHECK (age > 0),
  created timestamp DEFAULT now(),
  createdtz timestamptz(3) DEFAULT CURRENT_TIMESTAMP,
  score numeric(10,2) DEFAULT 0,
  neg int DEFAULT -1,
  flag boolean DEFAULT 'f',
  data jsonb DEFAULT '{}'::jsonb,
  tags text[] DEFAULT '{}',
  names varchar(20)[] DEFAULT '{a,"b c"}',
  gen int GENERATED ALWAYS AS (age * 2) STORED,
  small smallserial,
  code char(3),
  bits bit varying(8),
  f float,
  ts time,
  body text NULL,
  CHECK (score >= 0),
  UNIQUE (org_id, email)
);`,
		want: `table org
  column id INTEGER NOT NULL
  primary key org_pkey (id)
table t
  column id BIGINT NOT NULL DEFAULT[sequence] t_id_seq
  column email VARCHAR(255) NOT NULL
  column org_id INTEGER
  column age INTEGER
  column created TIMESTAMP(6) DEFAULT[now] 
  column createdtz TIMESTAMPTZ(3) DEFAULT[now] 
  column score DECIMAL(10,2) DEFAULT[value] 0
  column neg INTEGER DEFAULT[value] -1
  column flag BOOLEAN DEFAULT[value] false
  column data JSONB DEFAULT[value] '{}'
  column tags TEXT[] DEFAULT[value] ARRAY[]::TEXT[]
  column names VARCHAR(20)[] DEFAULT[value] ARRAY['a', 'b c']::VARCHAR(20)[]
  column gen INTEGER GENERATED age * 2
  column small SMALLINT NOT NULL DEFAULT[sequence] t_small_seq
  column code CHAR(3)
  column bits VARBIT(8)
  column f DOUBLE PRECISION
  column ts TIME(6)
  column body TEXT
  primary key t_pkey (id)
  unique constraint t_email_key (email)
  unique constraint t_org_id_email_key (org_id, email)
  foreign key t_org_id_fkey (org_id) -> org (id) delete=SET NULL update=
  check t_age_check age > 0
  check t_score_check score >= 0
`,
	},
	{
		name: "create index variants",
		dbOK: true,
		sql: `CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE "Doc" ("id" TEXT NOT NULL, "title" TEXT, "email" TEXT, "n" INT, "tags" TEXT[], "deletedAt" TIMESTAMP(3));
-- next migration
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Doc_title_trgm_idx" ON "Doc" USING gin ("title" gin_trgm_ops);
-- next migration
CREATE INDEX IF NOT EXISTS "Doc_title_trgm_idx" ON "Doc" USING gin ("title" gin_trgm_ops);
CREATE INDEX "Doc_n_desc_idx" ON "Doc" ("n" DESC, "id") INCLUDE ("email");
CREATE UNIQUE INDEX "Doc_email_live_key" ON "Doc" ("email") WHERE "deletedAt" IS NULL;
CREATE INDEX ON "Doc" (lower("email"));
CREATE INDEX ON "Doc" ("n", "id");
CREATE INDEX ON "Doc" ("n", "id");
CREATE INDEX "Doc_tags_idx" ON "Doc" USING GIN ("tags" array_ops);
CREATE INDEX "Doc_n_hash" ON public."Doc" USING hash ("n");`,
		want: `extension pg_trgm schema= version=
table Doc
  column id TEXT NOT NULL
  column title TEXT
  column email TEXT
  column n INTEGER
  column tags TEXT[]
  column deletedAt TIMESTAMP(3)
  unique index Doc_email_live_key (email) WHERE "deletedAt" IS NULL
  index Doc_lower_idx ((lower(email)))
  index Doc_n_desc_idx (n DESC, id) INCLUDE (email)
  index Doc_n_hash (n) USING HASH
  index Doc_n_id_idx (n, id)
  index Doc_n_id_idx1 (n, id)
  index Doc_tags_idx (tags array_ops) USING GIN
  index Doc_title_trgm_idx (title gin_trgm_ops) USING GIN
`,
	},
	{
		name: "drop index",
		sql: `CREATE TABLE a (id int PRIMARY KEY, x int, y int, CONSTRAINT a_y_key UNIQUE (y));
CREATE INDEX a_x_idx ON a (x);
DROP INDEX IF EXISTS missing_idx;
DROP INDEX CONCURRENTLY a_x_idx;
DROP INDEX a_y_key;
DROP INDEX a_pkey;
DROP INDEX nothing_here;`,
		notices: []string{
			`ERROR 5: DROP INDEX: cannot drop index "a_y_key" because constraint "a_y_key" on table "a" requires it`,
			`ERROR 6: DROP INDEX: cannot drop index "a_pkey" because the primary key constraint requires it`,
			`ERROR 7: DROP INDEX: index "nothing_here" does not exist`,
		},
		want: `table a
  column id INTEGER NOT NULL
  column x INTEGER
  column y INTEGER
  primary key a_pkey (id)
  unique constraint a_y_key (y)
`,
	},
	{
		name: "alter table columns",
		dbOK: true,
		sql: `CREATE TABLE "P" ("id" SERIAL PRIMARY KEY);
CREATE TABLE "T" ("id" INT NOT NULL, "a" TEXT, "b" INT, "c" VARCHAR(10), "pid" INT,
  CONSTRAINT "T_pkey" PRIMARY KEY ("id"));
CREATE INDEX "T_b_idx" ON "T" ("b");
CREATE INDEX "T_a_b_idx" ON "T" ("a", "b");
CREATE INDEX "T_c_idx" ON "T" ("c");
ALTER TABLE "T" ADD CONSTRAINT "T_pid_fkey" FOREIGN KEY ("pid") REFERENCES "P"("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT;
ALTER TABLE "T" ADD COLUMN "d" TEXT NOT NULL DEFAULT 'x',
  ADD COLUMN IF NOT EXISTS "a" TEXT,
  ADD COLUMN "e" INTEGER[];
ALTER TABLE "T" DROP COLUMN "b";
ALTER TABLE "T" DROP COLUMN IF EXISTS "zzz";
ALTER TABLE "T" RENAME COLUMN "c" TO "cc";
ALTER TABLE "P" RENAME COLUMN "id" TO "pk";
ALTER TABLE "T" ALTER COLUMN "cc" SET DATA TYPE TEXT, ALTER COLUMN "cc" SET NOT NULL;
ALTER TABLE "T" ALTER COLUMN "d" DROP NOT NULL, ALTER COLUMN "d" DROP DEFAULT;
ALTER TABLE "T" ALTER COLUMN "a" SET DEFAULT 'hello';
ALTER TABLE "T" ALTER COLUMN "e" SET DEFAULT ARRAY[1]::INTEGER[];
ALTER TABLE "T" ALTER COLUMN "e" TYPE BIGINT[] USING "e"::BIGINT[];
ALTER TABLE "T" ALTER COLUMN "a" SET DEFAULT NULL;
ALTER TABLE ONLY "T" ALTER COLUMN "id" TYPE BIGINT USING ("id"::bigint);`,
		want: `table P
  column pk INTEGER NOT NULL DEFAULT[sequence] P_id_seq
  primary key P_pkey (pk)
table T
  column id BIGINT NOT NULL
  column a TEXT
  column cc TEXT NOT NULL
  column pid INTEGER
  column d TEXT
  column e BIGINT[] DEFAULT[value] ARRAY[1]::BIGINT[]
  primary key T_pkey (id)
  index T_c_idx (cc)
  foreign key T_pid_fkey (pid) -> P (pk) delete=RESTRICT update=SET DEFAULT
`,
	},
	{
		name: "constraints add drop rename",
		dbOK: true,
		sql: `CREATE TABLE "A" ("id" TEXT NOT NULL, "x" INT, "y" INT);
CREATE TABLE "B" ("id" TEXT NOT NULL, "aId" TEXT, "v" INT);
ALTER TABLE "A" ADD CONSTRAINT "A_pkey" PRIMARY KEY ("id");
ALTER TABLE "A" ADD CONSTRAINT "A_x_y_key" UNIQUE ("x", "y");
ALTER TABLE "A" ADD CONSTRAINT "A_x_check" CHECK ("x" > 0);
ALTER TABLE "B" ADD PRIMARY KEY ("id");
ALTER TABLE "B" ADD FOREIGN KEY ("aId") REFERENCES "A";
ALTER TABLE "B" ADD CONSTRAINT "B_v_positive" CHECK ("v" >= 0) NOT VALID;
ALTER TABLE "B" VALIDATE CONSTRAINT "B_v_positive";
ALTER TABLE "B" RENAME CONSTRAINT "B_aId_fkey" TO "B_a_fkey";
ALTER TABLE "A" RENAME CONSTRAINT "A_x_y_key" TO "A_xy_key";
ALTER TABLE "A" DROP CONSTRAINT "A_x_check";
ALTER TABLE "A" DROP CONSTRAINT IF EXISTS "nope";
CREATE UNIQUE INDEX "A_y_idx" ON "A" ("y");
ALTER TABLE "A" ADD CONSTRAINT "A_y_unique" UNIQUE USING INDEX "A_y_idx";
ALTER TABLE "B" DROP CONSTRAINT "B_pkey", ADD CONSTRAINT "B_pkey" PRIMARY KEY ("id", "v");`,
		want: `table A
  column id TEXT NOT NULL
  column x INTEGER
  column y INTEGER
  primary key A_pkey (id)
  unique constraint A_xy_key (x, y)
  unique constraint A_y_unique (y)
table B
  column id TEXT NOT NULL
  column aId TEXT
  column v INTEGER NOT NULL
  primary key B_pkey (id, v)
  foreign key B_a_fkey (aId) -> A (id) delete= update=
  check B_v_positive v >= 0
`,
	},
	{
		name: "renames and schemas",
		dbOK: true,
		sql: `CREATE TABLE "Old" ("id" SERIAL NOT NULL, CONSTRAINT "Old_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Ref" ("id" INT NOT NULL, "oldId" INT NOT NULL);
CREATE INDEX "Ref_oldId_idx" ON "Ref"("oldId");
ALTER TABLE "Ref" ADD CONSTRAINT "Ref_oldId_fkey" FOREIGN KEY ("oldId") REFERENCES "Old"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Old" RENAME TO "New";
ALTER TABLE "New" RENAME CONSTRAINT "Old_pkey" TO "New_pkey";
ALTER INDEX "Ref_oldId_idx" RENAME TO "Ref_newId_idx";
ALTER SEQUENCE "Old_id_seq" RENAME TO "New_id_seq";
CREATE SCHEMA IF NOT EXISTS "archive";
CREATE TABLE "Gone" ("id" INT);
ALTER TABLE "Gone" SET SCHEMA "archive";
CREATE TABLE archive."Box" ("id" INT PRIMARY KEY, "newId" INT REFERENCES public."New"("id"));`,
		want: `table New
  column id INTEGER NOT NULL DEFAULT[sequence] New_id_seq
  primary key New_pkey (id)
table Ref
  column id INTEGER NOT NULL
  column oldId INTEGER NOT NULL
  index Ref_newId_idx (oldId)
  foreign key Ref_oldId_fkey (oldId) -> New (id) delete=RESTRICT update=CASCADE
table archive.Box
  column id INTEGER NOT NULL
  column newId INTEGER
  primary key Box_pkey (id)
  foreign key Box_newId_fkey (newId) -> New (id) delete= update=
table archive.Gone
  column id INTEGER
`,
	},
	{
		name: "enums",
		dbOK: true,
		sql: `CREATE TYPE "Status" AS ENUM ('A', 'C');
ALTER TYPE "Status" ADD VALUE 'B' BEFORE 'C';
ALTER TYPE "Status" ADD VALUE 'D' AFTER 'C';
ALTER TYPE "Status" ADD VALUE 'E';
ALTER TYPE "Status" ADD VALUE IF NOT EXISTS 'E';
-- next migration
CREATE TABLE "J" ("s" "Status" NOT NULL DEFAULT 'A'::"Status", "ss" "Status"[] DEFAULT '{A,B}');
ALTER TYPE "Status" RENAME VALUE 'A' TO 'AA';
ALTER TYPE "Status" RENAME TO "JobStatus";
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE "K" ("m" mood, "n" public.mood DEFAULT 'ok');
DROP TYPE IF EXISTS "Nope";
CREATE TYPE "Temp" AS ENUM ('x');
DROP TYPE "Temp";`,
		want: `enum JobStatus AA,B,C,D,E
enum mood sad,ok
table J
  column s "JobStatus" enum=JobStatus NOT NULL DEFAULT[value] 'AA'
  column ss "JobStatus"[] enum=JobStatus DEFAULT[value] ARRAY['AA', 'B']::"JobStatus"[]
table K
  column m "mood" enum=mood
  column n "mood" enum=mood DEFAULT[value] 'ok'
`,
	},
	{
		name: "prisma enum migration pattern",
		dbOK: true,
		sql: `CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OLD');
CREATE TABLE "User" ("id" INT NOT NULL, "role" "Role" NOT NULL DEFAULT 'USER', "roles" "Role"[]);
-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN', 'OWNER');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TABLE "User" ALTER COLUMN "roles" TYPE "Role_new"[] USING ("roles"::text::"Role_new"[]);
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;`,
		want: `enum Role USER,ADMIN,OWNER
table User
  column id INTEGER NOT NULL
  column role "Role" enum=Role NOT NULL DEFAULT[value] 'USER'
  column roles "Role"[] enum=Role
`,
	},
	{
		name: "drop table cascade",
		dbOK: true,
		sql: `CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p(id));
CREATE TABLE d (id int PRIMARY KEY, p_id int, CONSTRAINT d_p FOREIGN KEY (p_id) REFERENCES p(id));
DROP TABLE p CASCADE;
DROP TABLE IF EXISTS nothing;
DROP TABLE d, c;`,
	},
	{
		name: "drop table referenced without cascade",
		sql: `CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p(id));
DROP TABLE p;`,
		notices: []string{`ERROR 3: DROP TABLE: cannot drop table "p" because constraint "c_p_id_fkey" on table "c" depends on it`},
		want: `table c
  column id INTEGER NOT NULL
  column p_id INTEGER
  primary key c_pkey (id)
`,
	},
	{
		name: "extensions sequences views triggers comments",
		dbOK: true,
		sql: `CREATE EXTENSION IF NOT EXISTS "pgcrypto";
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE SEQUENCE IF NOT EXISTS "Counter_seq" START 100;
CREATE SEQUENCE "Gone_seq";
DROP SEQUENCE "Gone_seq";
CREATE TABLE "Counter" ("id" INTEGER NOT NULL DEFAULT nextval('"Counter_seq"'), "v" TEXT DEFAULT gen_random_uuid()::text);
ALTER SEQUENCE "Counter_seq" OWNED BY "Counter"."id";
CREATE VIEW "CounterView" AS SELECT "id" FROM "Counter";
CREATE OR REPLACE VIEW "CounterView" AS SELECT "id", "v" FROM "Counter";
CREATE MATERIALIZED VIEW "CounterMat" AS SELECT count(*) FROM "Counter";
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v := 'x'; RETURN NEW; END $$;
CREATE TRIGGER "Counter_touch" BEFORE UPDATE ON "Counter" FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER "Counter_touch2" BEFORE INSERT ON "Counter" FOR EACH ROW EXECUTE FUNCTION touch();
DROP TRIGGER "Counter_touch2" ON "Counter";
COMMENT ON TABLE "Counter" IS 'counts';
COMMENT ON COLUMN "Counter"."v" IS 'value';
DROP VIEW IF EXISTS "Nope";`,
		want: `extension pgcrypto schema= version=
view CounterMat
view CounterView
table Counter
  column id INTEGER NOT NULL DEFAULT[sequence] Counter_seq
  column v TEXT DEFAULT[expr] gen_random_uuid()::text
  trigger Counter_touch
`,
	},
	{
		name: "statements that do not change the schema",
		dbOK: true,
		sql: `SET statement_timeout = 0;
BEGIN;
CREATE TABLE "X" ("id" INT, "n" TEXT);
INSERT INTO "X" VALUES (1, 'a');
UPDATE "X" SET "n" = 'b' WHERE "id" = 1;
DELETE FROM "X" WHERE "id" = 2;
SELECT 1;
GRANT SELECT ON "X" TO PUBLIC;
ALTER TABLE "X" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "X" OWNER TO CURRENT_USER;
CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
DROP FUNCTION f();
ANALYZE "X";
COMMIT;`,
		want: `table X
  column id INTEGER
  column n TEXT
`,
	},
	{
		name: "DO blocks",
		dbOK: true,
		sql: `CREATE TABLE "R" ("id" INT);
DO $$
BEGIN
  ALTER TABLE "R" ADD COLUMN "s" text;
  UPDATE "R" SET "s" = 'x';
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'Kind') THEN
    CREATE TYPE "Kind" AS ENUM ('a', 'b');
  END IF;
  EXECUTE 'CREATE INDEX "R_s_idx" ON "R" ("s")';
END $$;
DO $$ BEGIN
  ALTER TYPE "Kind" ADD VALUE IF NOT EXISTS 'c';
END $$;
DO $$ BEGIN
  CREATE TYPE "Kind" AS ENUM ('a', 'b');
EXCEPTION WHEN duplicate_object THEN null;
END $$;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'Kind') THEN
    CREATE TYPE "Kind" AS ENUM ('a', 'b');
  END IF;
END $$;`,
		want: `enum Kind a,b,c
table R
  column id INTEGER
  column s TEXT
  index R_s_idx (s)
`,
	},
	{
		name: "long identifiers are truncated",
		dbOK: true,
		sql: `CREATE TABLE "ThisIsAVeryLongTableNameThatGoesOnAndOnAndOnBeyondTheLimitOfSixtyThreeBytes" (
  "AndAnEquallyLongColumnNameThatAlsoGoesOnAndOnBeyondTheLimitOfSixtyThree" SERIAL PRIMARY KEY,
  "other" INT UNIQUE
);
CREATE INDEX ON "ThisIsAVeryLongTableNameThatGoesOnAndOnAndOnBeyondTheLimitOfSixtyThreeBytes" ("other");`,
		want: `table ThisIsAVeryLongTableNameThatGoesOnAndOnAndOnBeyondTheLimitOfSix
  column AndAnEquallyLongColumnNameThatAlsoGoesOnAndOnBeyondTheLimitOfSi INTEGER NOT NULL DEFAULT[sequence] ThisIsAVeryLongTableNameThatG_AndAnEquallyLongColumnNameTha_seq
  column other INTEGER
  primary key ThisIsAVeryLongTableNameThatGoesOnAndOnAndOnBeyondTheLimit_pkey (AndAnEquallyLongColumnNameThatAlsoGoesOnAndOnBeyondTheLimitOfSi)
  index ThisIsAVeryLongTableNameThatGoesOnAndOnAndOnBeyondThe_other_idx (other)
  unique constraint ThisIsAVeryLongTableNameThatGoesOnAndOnAndOnBeyondThe_other_key (other)
`,
	},
	{
		name: "missing objects and unsupported statements",
		sql: `ALTER TABLE "Missing" ADD COLUMN "x" INT;
CREATE TABLE "T" ("id" INT);
ALTER TABLE "T" DROP COLUMN "nope";
ALTER TABLE "T" ALTER COLUMN "nope" SET NOT NULL;
CREATE INDEX "T_nope_idx" ON "T" ("nope");
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
ALTER TABLE "T" ADD CONSTRAINT "T_fk" FOREIGN KEY ("id") REFERENCES "Nowhere"("id");
ALTER TYPE "NoEnum" ADD VALUE 'x';
CREATE TABLE "T" ("id" INT);
CREATE TABLE IF NOT EXISTS "T" ("id" INT);`,
		notices: []string{
			`ERROR 1: ALTER TABLE: relation "Missing" does not exist`,
			`ERROR 3: ALTER TABLE: column "nope" of relation "T" does not exist`,
			`ERROR 4: ALTER TABLE: column "nope" of relation "T" does not exist`,
			`ERROR 5: CREATE INDEX: column "nope" of table "T" does not exist`,
			`6: CREATE DOMAIN: this statement is not modelled by the replay; its effect on the schema is ignored`,
			`ERROR 7: ALTER TABLE: referenced table "Nowhere" does not exist`,
			`ERROR 8: ALTER TYPE: type "NoEnum" does not exist`,
			`ERROR 9: CREATE TABLE: relation "T" already exists`,
		},
		want: `table T
  column id INTEGER
`,
	},
	{
		name: "statements the replay does not model",
		sql: `CREATE TABLE "M" ("id" INT, "r" int4range);
CREATE TABLE "M_like" (LIKE "M");
ALTER TABLE "M" ADD CONSTRAINT "M_excl" EXCLUDE USING gist ("r" WITH &&);
CREATE TYPE "Pair" AS ("a" INT, "b" INT);
ALTER TABLE "M" ATTACH PARTITION "X" FOR VALUES IN (1);
CREATE MATERIALIZED VIEW "MV" AS SELECT 1 AS x;
CREATE INDEX "MV_x_idx" ON "MV" ("x");
CREATE TABLE "Copy" AS SELECT * FROM "M";
DO LANGUAGE plv8 'x';
DO $$ BEGIN EXECUTE format('ALTER TABLE %I ADD COLUMN x INT', 'M'); END $$;`,
		notices: []string{
			`2: CREATE TABLE: LIKE clauses are not replayed; the copied columns of table "M_like" are missing`,
			`3: ALTER TABLE: EXCLUDE constraints are not modelled; constraint on table "M" ignored`,
			`4: CREATE TYPE: this statement is not modelled by the replay; its effect on the schema is ignored`,
			`5: ALTER TABLE: ATTACH PARTITION is not modelled; the statement's other changes were applied`,
			`8: CREATE TABLE: CREATE TABLE … AS takes its columns from a query, which is not replayed; table "Copy" is missing`,
			`9: DO: DO block in language "plv8" is not replayed`,
			`10: DO: a DO block runs SQL built at run time (EXECUTE format('ALTER TABLE %I ADD COLUMN x INT', 'M')), which is not replayed`,
		},
		want: `view MV
table M
  column id INTEGER
  column r INT4RANGE unsupported
table M_like
`,
	},
	{
		name: "hand-written changes",
		dbOK: true,
		sql: `CREATE TABLE "P" ("id" INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "code" TEXT, "data" JSONB);
CREATE TABLE "C" ("id" INT, "pid" INT, "pcode" TEXT, "x" INT, "y" INT, UNIQUE ("x", "y"));
ALTER TABLE "P" ADD CONSTRAINT "P_code_key" UNIQUE ("code");
ALTER TABLE "C" ADD COLUMN "ref" INT REFERENCES "P"("id") ON DELETE CASCADE,
  ADD COLUMN "k" TEXT UNIQUE;
ALTER TABLE "C" ADD CONSTRAINT "C_pcode_fkey" FOREIGN KEY ("pcode") REFERENCES "P"("code");
ALTER TABLE "P" DROP COLUMN "code" CASCADE;
ALTER TABLE "C" DROP COLUMN "y";
ALTER TABLE "P" RENAME COLUMN "id" TO "pid";
CREATE UNIQUE INDEX "C_id_idx" ON "C" ("id");
ALTER TABLE "C" ADD CONSTRAINT "C_pkey" PRIMARY KEY USING INDEX "C_id_idx";
CREATE UNIQUE INDEX "C_pid_idx" ON "C" ("pid") INCLUDE ("x");
ALTER TABLE "C" ADD CONSTRAINT "C_pid_key" UNIQUE USING INDEX "C_pid_idx";
ALTER TABLE "C" ADD CONSTRAINT "C_x_key" UNIQUE ("x") INCLUDE ("pid", "k");
CREATE INDEX "P_data_kind_idx" ON "P" (("data"->>'kind'));
CREATE INDEX "P_lower_idx" ON "P" (lower("data"->>'name') text_pattern_ops DESC);
ALTER TABLE "P" ADD COLUMN "at" TIMESTAMPTZ DEFAULT timezone('utc'::text, now()),
  ADD COLUMN "exp" TIMESTAMP(3) DEFAULT now() + interval '1 day';
CREATE TYPE "Flag" AS ENUM ('on', 'off');
ALTER TABLE "C" ADD COLUMN "flag" "Flag", ADD COLUMN "flags" "Flag"[] DEFAULT ARRAY['on']::"Flag"[];
DROP TYPE "Flag" CASCADE;`,
		want: `table C
  column id INTEGER NOT NULL
  column pid INTEGER
  column pcode TEXT
  column x INTEGER
  column ref INTEGER
  column k TEXT
  primary key C_pkey (id)
  unique constraint C_k_key (k)
  unique constraint C_pid_key (pid) INCLUDE (x)
  unique constraint C_x_key (x) INCLUDE (pid, k)
  foreign key C_ref_fkey (ref) -> P (pid) delete=CASCADE update=
table P
  column pid INTEGER NOT NULL DEFAULT[sequence] P_id_seq
  column data JSONB
  column at TIMESTAMPTZ(6) DEFAULT[expr] timezone('utc'::text, now())
  column exp TIMESTAMP(3) DEFAULT[expr] now() + '1 day'::interval
  primary key P_pkey (pid)
  index P_data_kind_idx ((data ->> 'kind'))
  index P_lower_idx ((lower(data ->> 'name')) text_pattern_ops DESC)
`,
	},
	{
		name: "renamed columns in expressions",
		dbOK: true,
		sql: `CREATE TABLE "E" ("id" INT, "email" TEXT, "n" INT CHECK ("n" > 0), "g" INT GENERATED ALWAYS AS ("n" * 2) STORED);
CREATE INDEX "E_lower_idx" ON "E" (lower("email"));
CREATE INDEX "E_part_idx" ON "E" ("id") WHERE "email" IS NOT NULL;
ALTER TABLE "E" RENAME COLUMN "email" TO "mail";
ALTER TABLE "E" RENAME COLUMN "n" TO "num";
CREATE INDEX "E_id_idx" ON "E" ("id") WHERE "mail" <> 'num';
ALTER TABLE "E" DROP COLUMN "g";
ALTER TABLE "E" DROP COLUMN "num";`,
		want: `table E
  column id INTEGER
  column mail TEXT
  index E_id_idx (id) WHERE mail <> 'num'
  index E_lower_idx ((lower(mail)))
  index E_part_idx (id) WHERE mail IS NOT NULL
`,
	},
	{
		name: "syntax error",
		sql: `CREATE TABLE "A" ("id" INT);

-- comment
CREATE TABL "B" ("id" INT);`,
		notices: []string{`ERROR 4: syntax error: syntax error at or near "TABL" (PostgreSQL would reject this migration; it was not replayed)`},
	},
	{
		name: "unsupported types",
		sql:  `CREATE TABLE "G" ("tsv" tsvector, "iv" interval, "pt" point, "ci" citext, "xml" xml, "money" money, "ltree" public.ltree);`,
		want: `table G
  column tsv TSVECTOR unsupported
  column iv INTERVAL unsupported
  column pt POINT unsupported
  column ci CITEXT
  column xml XML
  column money MONEY
  column ltree LTREE unsupported
`,
	},
}

// pgCaseMigrations splits a case's SQL into migrations at lines reading
// "-- next migration" (statements PostgreSQL refuses to run in one
// transaction with others); all are named m.sql, lines count per file.
func pgCaseMigrations(sql string) []Migration {
	var ms []Migration
	for i, part := range strings.Split(sql, "\n-- next migration\n") {
		ms = append(ms, Migration{Name: fmt.Sprintf("m%03d", i), Path: "m.sql", SQL: []byte(part)})
	}
	return ms
}

// pgReplayCase replays one case's SQL.
func pgReplayCase(sql string) (*catalog.Catalog, []Notice) {
	return Replay(catalog.Postgres, pgCaseMigrations(sql))
}

func TestReplayPostgresStatements(t *testing.T) {
	for _, tc := range pgCases {
		t.Run(tc.name, func(t *testing.T) {
			cat, notices := pgReplayCase(tc.sql)
			got := pgDump(cat, false)
			if got != tc.want {
				t.Errorf("catalogue:\n--- got\n%s--- want\n%s", got, tc.want)
			}
			var gotNotices []string
			for _, n := range notices {
				prefix := ""
				if n.Error {
					prefix = "ERROR "
				}
				gotNotices = append(gotNotices, prefix+strings.TrimPrefix(n.String(), "m.sql:"))
			}
			if strings.Join(gotNotices, "\n") != strings.Join(tc.notices, "\n") {
				t.Errorf("notices:\n--- got\n%s\n--- want\n%s", strings.Join(gotNotices, "\n"), strings.Join(tc.notices, "\n"))
			}
			if tc.dbOK && len(tc.notices) > 0 {
				t.Errorf("a case valid in PostgreSQL reports notices")
			}
		})
	}
}

// TestPostgresStatementsDifferential runs the statement cases that are
// valid SQL in a real PostgreSQL and compares its schema with the replay's.
func TestPostgresStatementsDifferential(t *testing.T) {
	url := os.Getenv("MIGSYNC_TEST_POSTGRES_URL")
	if url == "" {
		t.Skip("MIGSYNC_TEST_POSTGRES_URL is not set")
	}
	ctx, admin := pgAdmin(t, url)
	for _, tc := range pgCases {
		if !tc.dbOK {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			ms := pgCaseMigrations(tc.sql)
			want, _ := Replay(catalog.Postgres, ms)
			defaultOps := map[string]bool{}
			got := pgApplyAndIntrospect(ctx, t, admin, url, "migsync_case_"+pgDBName(tc.name), ms, defaultOps)
			pgNormalizeOpclasses(got, want, defaultOps)
			pgCompareDumps(t, pgDump(got, false), pgDump(want, false), pgCaseSpellings)
		})
	}
}

// TestReplayPostgresPositions checks that objects and notices point at the
// line where their statement starts (after any comments before it).
func TestReplayPostgresPositions(t *testing.T) {
	sql := `/*
  Warnings: a Prisma header comment
*/
-- CreateTable
CREATE TABLE "A" (
    "id" TEXT NOT NULL,
    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "A"
  ADD COLUMN "b" INT; CREATE INDEX "A_b_idx" ON "A"("b");
DO $$
BEGIN

  ALTER TABLE "A" ADD COLUMN "c" INT;
  ALTER TABLE "Nope" ADD COLUMN "c" INT;
END $$;
/* before */ ALTER TABLE "Gone" DROP COLUMN "x";`
	cat, notices := Replay(catalog.Postgres, []Migration{{Name: "m", Path: "p/m.sql", SQL: []byte(sql)}})
	tb := cat.Table("", "A")
	if tb == nil {
		t.Fatal("table A missing")
	}
	checks := []struct {
		what string
		got  catalog.Pos
		want catalog.Pos
	}{
		{"table", tb.Pos, catalog.Pos{File: "p/m.sql", Line: 5, EndLine: 8}},
		{"column id", tb.Columns[0].Pos, catalog.Pos{File: "p/m.sql", Line: 6, EndLine: 6}},
		{"column b", tb.Columns[1].Pos, catalog.Pos{File: "p/m.sql", Line: 12, EndLine: 12}},
		{"primary key", tb.PrimaryKey.Pos, catalog.Pos{File: "p/m.sql", Line: 7, EndLine: 7}},
		{"index", tb.Indexes[0].Pos, catalog.Pos{File: "p/m.sql", Line: 12, EndLine: 12}},
		{"column c (DO block)", tb.Columns[2].Pos, catalog.Pos{File: "p/m.sql", Line: 16, EndLine: 16}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s at %+v, want %+v", c.what, c.got, c.want)
		}
	}
	want := []string{
		`ERROR p/m.sql:17: ALTER TABLE: relation "Nope" does not exist`,
		`ERROR p/m.sql:19: ALTER TABLE: relation "Gone" does not exist`,
	}
	if got := pgNoticeLines(notices); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("notices:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if notices[1].Statement != `ALTER TABLE "Gone" DROP COLUMN "x"` {
		t.Errorf("notice statement %q", notices[1].Statement)
	}
}

// TestReplayPostgresAcrossMigrations checks that state carries from one
// migration to the next and that a syntax error skips only its file.
func TestReplayPostgresAcrossMigrations(t *testing.T) {
	ms := []Migration{
		{Name: "1_init", Path: "1_init/migration.sql", SQL: []byte(`CREATE TYPE "E" AS ENUM ('a'); CREATE TABLE "T" ("id" INT, "e" "E");`)},
		{Name: "2_bad", Path: "2_bad/migration.sql", SQL: []byte("ALTER TABLE \"T\" ADD COLUMN \"x\" INT;\nALTER TABLE \"T\" ADD COLUMN;")},
		{Name: "3_more", Path: "3_more/migration.sql", SQL: []byte(`ALTER TYPE "E" ADD VALUE 'b'; ALTER TABLE "T" ADD COLUMN "y" "E"[];`)},
	}
	cat, notices := Replay(catalog.Postgres, ms)
	got := pgDump(cat, true)
	want := `enum E a,b @1_init/migration.sql:1
table T @1_init/migration.sql:1
  column id INTEGER @1_init/migration.sql:1
  column e "E" enum=E @1_init/migration.sql:1
  column y "E"[] enum=E @3_more/migration.sql:1
`
	if got != want {
		t.Errorf("catalogue:\n%s\nwant:\n%s", got, want)
	}
	if e := cat.Enum("", "E"); e == nil || len(e.ValuePos) != 2 || e.ValuePos[0].File != "1_init/migration.sql" || e.ValuePos[1].File != "3_more/migration.sql" {
		t.Errorf("enum value positions: %+v", e)
	}
	if len(notices) != 1 || !notices[0].Error || notices[0].Pos.Line != 2 || notices[0].Pos.File != "2_bad/migration.sql" {
		t.Errorf("want one error notice at 2_bad/migration.sql:2, got %v", notices)
	}
}

func TestPgEnumWords(t *testing.T) {
	for in, want := range map[string]string{
		"AT_AttachPartition":   "ATTACH PARTITION",
		"OBJECT_FOREIGN_TABLE": "foreign table",
		"CONSTR_EXCLUSION":     "EXCLUSION",
	} {
		if got := pgEnumWords(in); got != want {
			t.Errorf("pgEnumWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReplayPostgresOversized(t *testing.T) {
	big := []byte(strings.Repeat("-- padding\n", MaxSQLSize/10))
	notices := ReplayOne(catalog.New(catalog.Postgres), Migration{Name: "big", Path: "big/migration.sql", SQL: big})
	if len(notices) != 1 || !notices[0].Error || notices[0].Pos.Line != 1 {
		t.Fatalf("want one error notice for an oversized file, got %v", notices)
	}
}

// TestReplayPostgresNamespaces follows the schemas a history creates,
// renames and drops: a multi-schema project's migration creates them, and
// Prisma's CREATE SCHEMA IF NOT EXISTS only for those that are missing.
func TestReplayPostgresNamespaces(t *testing.T) {
	cat, notices := pgReplayCase(`CREATE SCHEMA IF NOT EXISTS "base";
CREATE SCHEMA IF NOT EXISTS "base";
CREATE SCHEMA audit;
CREATE SCHEMA AUTHORIZATION alice;
CREATE SCHEMA old CREATE TABLE t (id int);
ALTER SCHEMA old RENAME TO kept;
DROP SCHEMA audit;
CREATE SCHEMA public;`)
	if got, want := strings.Join(cat.Namespaces, ","), "base,alice,kept"; got != want {
		t.Errorf("namespaces %q, want %q", got, want)
	}
	if tb := cat.Table("kept", "t"); tb == nil {
		t.Errorf("CREATE SCHEMA's nested CREATE TABLE is not in the renamed schema")
	}
	var msgs []string
	for _, n := range notices {
		msgs = append(msgs, n.Message)
	}
	if len(msgs) != 1 || !strings.Contains(msgs[0], `schema "public" already exists`) {
		t.Errorf("notices %q, want one for CREATE SCHEMA public", msgs)
	}
	for _, s := range []string{"", "public", "base", "alice", "kept"} {
		if !cat.HasNamespace(s) {
			t.Errorf("HasNamespace(%q) = false", s)
		}
	}
	if cat.HasNamespace("audit") {
		t.Errorf("the dropped schema audit still exists")
	}
}
