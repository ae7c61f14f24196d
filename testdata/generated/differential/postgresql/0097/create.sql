-- CreateTable
CREATE TABLE "Plan" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "isActive" DECIMAL[],
    "ratio" VARCHAR,
    "position" TIMESTAMP(3) NOT NULL,
    "title" OID NOT NULL DEFAULT 18,
    "planId" BIGINT,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" SMALLSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "count" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TEXT[],
    "updatedAt" SMALLINT DEFAULT -7,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ratings" (
    "id" BIGSERIAL NOT NULL,
    "body" BYTEA NOT NULL,
    "status" VARCHAR(205) NOT NULL,
    "planEmail" TEXT,

    CONSTRAINT "ratings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "ratingId" BIGINT NOT NULL,
    "planId" BIGINT NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("ratingId","planId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_email_key" ON "Plan"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_planId_key" ON "Plan"("planId");

-- CreateIndex
CREATE INDEX "Plan_email_idx" ON "Plan" USING SPGIST ("email");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_slug_key" ON "Folder"("slug");

-- CreateIndex
CREATE INDEX "ratings_planEmail_idx" ON "ratings"("planEmail");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "rating_planemail_fk" FOREIGN KEY ("planEmail") REFERENCES "Plan"("email") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "ratings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
