-- CreateTable
CREATE TABLE "Review_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publishedAt" DECIMAL DEFAULT 1.5,
    "total" INTEGER NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL DEFAULT 'back\slash',
    "title" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "Payment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "count_col" TEXT,
    "updatedAt" BOOLEAN NOT NULL DEFAULT true,
    "code" JSONB,
    "endsAt" REAL NOT NULL DEFAULT 1.5,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "carts" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "code" DATETIME,
    "review_v2id_ref" INTEGER,
    "review_v2Id2" INTEGER,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "carts_review_v2id_ref_fkey" FOREIGN KEY ("review_v2id_ref") REFERENCES "Review_v2" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "carts_review_v2Id2_fkey" FOREIGN KEY ("review_v2Id2") REFERENCES "Review_v2" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "weight" BLOB,
    "expiresat_col" BLOB,
    "flags" TEXT NOT NULL DEFAULT 'it''s',
    "startsAt" BLOB,
    "note" JSONB,
    "secret" INTEGER NOT NULL,
    "userId" TEXT,
    CONSTRAINT "User_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_Review_v2ToUser" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_Review_v2ToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Review_v2" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_Review_v2ToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "review_v2_email_0_ix" ON "Review_v2"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Review_v2_publishedAt_email_key" ON "Review_v2"("publishedAt", "email");

-- CreateIndex
CREATE INDEX "Payment_endsAt_idx" ON "Payment"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_endsAt_updatedAt_key" ON "Payment"("endsAt", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "carts_email_key" ON "carts"("email");

-- CreateIndex
CREATE INDEX "carts_review_v2id_ref_idx" ON "carts"("review_v2id_ref");

-- CreateIndex
CREATE UNIQUE INDEX "User_userId_key" ON "User"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "_Review_v2ToUser_AB_unique" ON "_Review_v2ToUser"("A", "B");

-- CreateIndex
CREATE INDEX "_Review_v2ToUser_B_index" ON "_Review_v2ToUser"("B");
