-- CreateTable
CREATE TABLE "Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score" BOOLEAN NOT NULL,
    "title_col" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "body" REAL DEFAULT 0,
    "title2" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "url" BIGINT NOT NULL,
    "publishedAt" REAL DEFAULT -2.25,
    "rank" REAL NOT NULL DEFAULT -2.25,
    "code" DATETIME
);

-- CreateTable
CREATE TABLE "PlanWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" BOOLEAN NOT NULL,
    "ratio" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "email" BIGINT DEFAULT 1234567890123,
    "size" JSONB NOT NULL,
    "categoryId" TEXT NOT NULL,
    CONSTRAINT "PlanWithAVeryLongNameThatGoesOnAndOnForTruncation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ratio" DECIMAL DEFAULT 2.25,
    "meta" REAL NOT NULL,
    "startsAt" INTEGER,
    "label_col" TEXT,
    "startsAt2" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isActive" INTEGER,
    "logKind" TEXT NOT NULL DEFAULT 'Published'
);

-- CreateTable
CREATE TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "categoryId" TEXT NOT NULL,
    "planWithAVeryLongNameThatGoesOnAndOnForTruncationId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "categoryId2" TEXT NOT NULL,

    PRIMARY KEY ("categoryId", "planWithAVeryLongNameThatGoesOnAndOnForTruncationId"),
    CONSTRAINT "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_planWithAVeryLongNameThatGoesOnAndOnForTruncationId_fkey" FOREIGN KEY ("planWithAVeryLongNameThatGoesOnAndOnForTruncationId") REFERENCES "PlanWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_categoryId2_fkey" FOREIGN KEY ("categoryId2") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" BLOB
);

-- CreateIndex
CREATE INDEX "order_title2_0_ix" ON "Order"("title2" DESC);

-- CreateIndex
CREATE INDEX "Order_body_idx" ON "Order"("body");

-- CreateIndex
CREATE UNIQUE INDEX "order_pair_key" ON "Order"("title2", "title_col");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_slug_key" ON "Audit"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PlanWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "PlanWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE INDEX "PlanWithAVeryLongNameThatGoesOnAndOnForTruncation_email_idx" ON "PlanWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE INDEX "planwithaverylongnamethatgoesonandonfort_categoryid_1_ix" ON "PlanWithAVeryLongNameThatGoesOnAndOnForTruncation"("categoryId");

-- CreateIndex
CREATE INDEX "taskwithaverylongnamethatgoesonandonfort_categoryid2_0_ix" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("categoryId2");

-- CreateIndex
CREATE INDEX "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_categoryId2_idx" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("categoryId2");
