-- CreateTable
CREATE TABLE "ProductLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "body" BLOB,
    "avatar" DECIMAL
);

-- CreateTable
CREATE TABLE "Comment" (
    "comment_id" TEXT NOT NULL PRIMARY KEY,
    "version" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "Task" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "meta" DATETIME NOT NULL,
    "status" DECIMAL NOT NULL DEFAULT 1.5,
    "size" BIGINT NOT NULL DEFAULT 1234567890123,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "channelwithaverylongnamethatgoesonandonfortruncations" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "startsAt" TEXT NOT NULL,
    "amount" INTEGER DEFAULT 42,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE INDEX "productlink_avatar_0_ix" ON "ProductLink"("avatar" DESC);

-- CreateIndex
CREATE INDEX "ProductLink_avatar_idx" ON "ProductLink"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "comment_version_uq" ON "Comment"("version");

-- CreateIndex
CREATE INDEX "Comment_version_idx" ON "Comment"("version" DESC);

-- CreateIndex
CREATE INDEX "comment_version_1_ix" ON "Comment"("version");

-- CreateIndex
CREATE UNIQUE INDEX "Task_email_key" ON "Task"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Task_meta_key" ON "Task"("meta");

-- CreateIndex
CREATE INDEX "Task_meta_email_idx" ON "Task"("meta", "email");

-- CreateIndex
CREATE INDEX "Task_email_idx" ON "Task"("email");

-- CreateIndex
CREATE UNIQUE INDEX "channelwithaverylongnamethatgoesonandonfortruncations_handle_key" ON "channelwithaverylongnamethatgoesonandonfortruncations"("handle");
