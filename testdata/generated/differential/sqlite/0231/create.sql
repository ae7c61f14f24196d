-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "count" REAL NOT NULL,
    "balance" TEXT,
    "status" JSONB
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "version" DECIMAL NOT NULL,
    "note" JSONB,
    "secret" INTEGER,
    "url" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "label" BIGINT,
    "color" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" INTEGER NOT NULL DEFAULT 42,
    "updatedAt2" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "name" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "size" BLOB,
    "meta" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "total" DECIMAL NOT NULL,
    "level" BLOB NOT NULL,
    "secret" JSONB,
    "raw" money,
    "projectId" INTEGER NOT NULL,
    CONSTRAINT "Device_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");

-- CreateIndex
CREATE INDEX "Post_slug_idx" ON "Post"("slug" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_handle_key" ON "Profile"("handle");

-- CreateIndex
CREATE INDEX "Profile_secret_handle_idx" ON "Profile"("secret" DESC, "handle");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_url_version_key" ON "Profile"("url", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Project_handle_key" ON "Project"("handle");

-- CreateIndex
CREATE INDEX "Project_label_color_idx" ON "Project"("label" DESC, "color");

-- CreateIndex
CREATE INDEX "Device_total_projectId_idx" ON "Device"("total" DESC, "projectId");

-- CreateIndex
CREATE INDEX "Device_payload_idx" ON "Device"("payload");
