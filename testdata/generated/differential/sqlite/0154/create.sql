-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" INTEGER NOT NULL,
    "slug" INTEGER,
    "size" INTEGER DEFAULT -7,
    "tagKind" TEXT NOT NULL DEFAULT 'low_value'
);

-- CreateTable
CREATE TABLE "Rating" (
    "rating_id" TEXT NOT NULL PRIMARY KEY,
    "body" INTEGER NOT NULL,
    "eventId" TEXT,
    CONSTRAINT "Rating_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "publishedat_col" INTEGER DEFAULT 42,
    "logId" TEXT,
    CONSTRAINT "Device_logId_fkey" FOREIGN KEY ("logId") REFERENCES "logs" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "logs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" JSONB NOT NULL,
    "isActive" REAL NOT NULL DEFAULT -2.25,
    "tagKind" TEXT NOT NULL DEFAULT 'low_value'
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" BOOLEAN,
    "label" TEXT NOT NULL DEFAULT '',
    "color" INTEGER,
    "body" DECIMAL NOT NULL DEFAULT 2.25,
    "title_col" DATETIME,
    "weight" DATETIME,
    "tagKind" TEXT NOT NULL DEFAULT 'draft_value',
    "updatedAt" DATETIME NOT NULL,
    "eventId" TEXT NOT NULL,
    "ratingId" TEXT,
    CONSTRAINT "Channel_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Channel_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("rating_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Project" (
    "eventId" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "ratingId"),
    CONSTRAINT "Project_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Project_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("rating_id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "event_tagkind_uq" ON "Event"("tagKind");

-- CreateIndex
CREATE INDEX "Rating_eventId_idx" ON "Rating"("eventId");

-- CreateIndex
CREATE INDEX "Rating_body_idx" ON "Rating"("body");

-- CreateIndex
CREATE UNIQUE INDEX "Device_slug_key" ON "Device"("slug");

-- CreateIndex
CREATE INDEX "Device_logId_idx" ON "Device"("logId");

-- CreateIndex
CREATE UNIQUE INDEX "logs_tagKind_key" ON "logs"("tagKind");

-- CreateIndex
CREATE INDEX "log_tagkind_0_ix" ON "logs"("tagKind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Channel_body_key" ON "Channel"("body");

-- CreateIndex
CREATE INDEX "Channel_eventId_idx" ON "Channel"("eventId");

-- CreateIndex
CREATE INDEX "Channel_label_idx" ON "Channel"("label");
