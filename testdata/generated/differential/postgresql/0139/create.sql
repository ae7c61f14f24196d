-- CreateTable
CREATE TABLE "carts" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ratio" VARBIT DEFAULT '1111',
    "total" BIGINT,
    "body" TIMESTAMPTZ,
    "amount" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "roleid_ref" TEXT NOT NULL,

    CONSTRAINT "carts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "createdAt" DOUBLE PRECISION NOT NULL,
    "color_col" INTEGER NOT NULL,
    "flags_col" JSONB,
    "hash" VARBIT(10) NOT NULL,
    "cartId" INTEGER NOT NULL,
    "memberId" INTEGER,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "ratio" BYTEA,
    "slug" TEXT NOT NULL,
    "position" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "weight" DOUBLE PRECISION DEFAULT 1.5,
    "position2" VARBIT(9) NOT NULL DEFAULT '1111',
    "raw" int4range,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "score" CHAR NOT NULL DEFAULT 'a',
    "level" INTEGER DEFAULT -7,
    "amount" TEXT NOT NULL DEFAULT 'back\slash',
    "secret" MONEY NOT NULL,
    "score2" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "endsAt" BOOLEAN,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "carts_email_key" ON "carts"("email");

-- CreateIndex
CREATE UNIQUE INDEX "cart_ratio_uq" ON "carts"("ratio");

-- CreateIndex
CREATE UNIQUE INDEX "carts_roleid_ref_key" ON "carts"("roleid_ref");

-- CreateIndex
CREATE INDEX "cart_email_0_ix" ON "carts"("email", "ratio");

-- CreateIndex
CREATE INDEX "carts_email_idx" ON "carts"("email");

-- CreateIndex
CREATE INDEX "Role_cartId_idx" ON "Role"("cartId");

-- CreateIndex
CREATE INDEX "role_color_0_ix" ON "Role"("color_col");

-- CreateIndex
CREATE UNIQUE INDEX "Member_handle_key" ON "Member"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "member_pair_key" ON "Member"("position2", "weight");

-- CreateIndex
CREATE UNIQUE INDEX "Project_score2_key" ON "Project"("score2");

-- AddForeignKey
ALTER TABLE "carts" ADD CONSTRAINT "carts_roleid_ref_fkey" FOREIGN KEY ("roleid_ref") REFERENCES "Role"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "carts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
