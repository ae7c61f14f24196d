-- CreateTable
CREATE TABLE "notewithaverylongnamethatgoesonandonfortruncations" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL DEFAULT 0,
    "body" TEXT NOT NULL DEFAULT 'back\slash',
    "title" TEXT,
    "raw" VARCHAR(10)
);

-- CreateIndex
CREATE INDEX "notewithaverylongnamethatgoesonandonfort_body_0_ix" ON "notewithaverylongnamethatgoesonandonfortruncations"("body");
