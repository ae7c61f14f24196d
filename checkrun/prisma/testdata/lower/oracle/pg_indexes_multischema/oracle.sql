-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "ext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH VERSION "1.6";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

-- CreateEnum
CREATE TYPE "auth"."Status" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "Node" (
    "id" SMALLSERIAL NOT NULL,
    "parentId" SMALLINT,

    CONSTRAINT "Node_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."AVeryLongModelNameThatIsDefinitelyGoingToExceedTheLimitOfSixtyThree" (
    "someVeryLongColumnNameNumberOne" TEXT NOT NULL,
    "someVeryLongColumnNameNumberTwo" TEXT NOT NULL,
    "thirdcol" SERIAL NOT NULL,

    CONSTRAINT "AVeryLongModelNameThatIsDefinitelyGoingToExceedTheLimitOfS_pkey" PRIMARY KEY ("someVeryLongColumnNameNumberOne","someVeryLongColumnNameNumberTwo")
);

-- CreateTable
CREATE TABLE "auth"."Doc" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "t" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "ip" INET NOT NULL,

    CONSTRAINT "doc_pk" PRIMARY KEY ("a","b")
);

-- CreateTable
CREATE TABLE "auth"."Child" (
    "id" INTEGER NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "S" (
    "id" INTEGER NOT NULL,
    "st" "auth"."Status" NOT NULL DEFAULT 'A',
    "sts" "auth"."Status"[],
    "c" CITEXT NOT NULL,
    "ts" TIMESTAMPTZ NOT NULL,
    "ts3" TIMESTAMPTZ(3) NOT NULL,
    "t6" TIMESTAMP(6) NOT NULL,
    "tm" TIME NOT NULL,
    "d" DATE NOT NULL,
    "ch" CHAR(10) NOT NULL,
    "vc" VARCHAR NOT NULL,
    "bit" BIT(3) NOT NULL,
    "vb" VARBIT NOT NULL,
    "m" MONEY NOT NULL,
    "nu" DECIMAL(10,2) NOT NULL,
    "r" REAL NOT NULL,
    "x" XML NOT NULL,
    "o" OID NOT NULL,
    "jj" JSON NOT NULL,
    "bo" BOOLEAN NOT NULL,
    "i" INTEGER NOT NULL,
    "bi" BIGINT NOT NULL,
    "ttz" TIMETZ(2) NOT NULL,

    CONSTRAINT "S_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_friends" (
    "A" SMALLINT NOT NULL,
    "B" SMALLINT NOT NULL,

    CONSTRAINT "_friends_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_follow" (
    "A" SMALLINT NOT NULL,
    "B" SMALLINT NOT NULL,

    CONSTRAINT "_follow_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatIsDefinitelyGoingToExceedTheLimitOfSi_idx" ON "auth"."AVeryLongModelNameThatIsDefinitelyGoingToExceedTheLimitOfSixtyThree"("someVeryLongColumnNameNumberTwo");

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatIsDefinitelyGoingToExceedTheLimitOfSi_key" ON "auth"."AVeryLongModelNameThatIsDefinitelyGoingToExceedTheLimitOfSixtyThree"("someVeryLongColumnNameNumberOne", "thirdcol");

-- CreateIndex
CREATE INDEX "Doc_data_idx" ON "auth"."Doc" USING GIN ("data" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "trgm" ON "auth"."Doc" USING GIN ("t" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Doc_n_idx" ON "auth"."Doc" USING HASH ("n");

-- CreateIndex
CREATE INDEX "brin_n" ON "auth"."Doc" USING BRIN ("n" int4_minmax_ops);

-- CreateIndex
CREATE INDEX "Doc_ip_idx" ON "auth"."Doc" USING GIST ("ip" inet_ops);

-- CreateIndex
CREATE INDEX "Doc_t_idx" ON "auth"."Doc" USING SPGIST ("t" text_ops);

-- CreateIndex
CREATE INDEX "legacyname" ON "auth"."Doc"("t" DESC, "n");

-- CreateIndex
CREATE UNIQUE INDEX "Doc_a_t_key" ON "auth"."Doc"("a", "t");

-- CreateIndex
CREATE UNIQUE INDEX "mapped_uq" ON "auth"."Doc"("b", "t");

-- CreateIndex
CREATE UNIQUE INDEX "Child_a_b_key" ON "auth"."Child"("a", "b");

-- CreateIndex
CREATE INDEX "_friends_B_index" ON "_friends"("B");

-- CreateIndex
CREATE INDEX "_follow_B_index" ON "_follow"("B");

-- AddForeignKey
ALTER TABLE "Node" ADD CONSTRAINT "Node_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."Child" ADD CONSTRAINT "Child_a_b_fkey" FOREIGN KEY ("a", "b") REFERENCES "auth"."Doc"("a", "b") ON DELETE SET DEFAULT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_friends" ADD CONSTRAINT "_friends_A_fkey" FOREIGN KEY ("A") REFERENCES "Node"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_friends" ADD CONSTRAINT "_friends_B_fkey" FOREIGN KEY ("B") REFERENCES "Node"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_follow" ADD CONSTRAINT "_follow_A_fkey" FOREIGN KEY ("A") REFERENCES "Node"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_follow" ADD CONSTRAINT "_follow_B_fkey" FOREIGN KEY ("B") REFERENCES "Node"("id") ON DELETE CASCADE ON UPDATE CASCADE;
