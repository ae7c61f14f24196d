-- CreateTable
CREATE TABLE "Member" (
    "member_id" TEXT NOT NULL PRIMARY KEY,
    "secret_col" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "title" BLOB
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "label" INTEGER NOT NULL,
    "kind" INTEGER DEFAULT 1,
    "rank" JSONB NOT NULL,
    "startsAt" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TEXT NOT NULL,
    "raw" circle
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "weight" INTEGER NOT NULL,
    "expiresAt" JSONB NOT NULL,
    "raw" money,
    "updatedAt" DATETIME NOT NULL,
    "couponId" INTEGER,
    CONSTRAINT "Coupon_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "url" DATETIME,
    "avatar" TEXT NOT NULL DEFAULT '',
    "position" BOOLEAN NOT NULL,
    "count" BOOLEAN,
    "raw" circle,
    "regionProjectId" INTEGER,
    "regionMemberId" TEXT,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "User_regionProjectId_regionMemberId_fkey" FOREIGN KEY ("regionProjectId", "regionMemberId") REFERENCES "Region" ("projectId", "memberId") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "avatar" INTEGER,
    "score" BLOB NOT NULL,
    "data" BIGINT NOT NULL,
    "version" TEXT DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Region" (
    "projectId" INTEGER NOT NULL,
    "memberId" TEXT NOT NULL,

    PRIMARY KEY ("projectId", "memberId"),
    CONSTRAINT "Region_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Region_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("member_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Event_label_idx" ON "Event"("label");

-- CreateIndex
CREATE INDEX "event_label_1_ix" ON "Event"("label");

-- CreateIndex
CREATE UNIQUE INDEX "Event_kind_label_key" ON "Event"("kind", "label");

-- CreateIndex
CREATE INDEX "Coupon_couponId_idx" ON "Coupon"("couponId");

-- CreateIndex
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");

-- CreateIndex
CREATE INDEX "User_position_idx" ON "User"("position" DESC);

-- CreateIndex
CREATE INDEX "User_url_idx" ON "User"("url");

-- CreateIndex
CREATE UNIQUE INDEX "User_regionProjectId_regionMemberId_key" ON "User"("regionProjectId", "regionMemberId");

-- CreateIndex
CREATE INDEX "Project_version_avatar_idx" ON "Project"("version", "avatar");

-- CreateIndex
CREATE INDEX "Project_avatar_idx" ON "Project"("avatar" DESC);
