-- CreateTable
CREATE TABLE "Account" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "url" TIMESTAMP(3) NOT NULL,
    "name" OID NOT NULL DEFAULT 29,
    "note" OID NOT NULL,
    "accountId" BIGINT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_slug_key" ON "Account"("slug");

-- CreateIndex
CREATE INDEX "account_accountid_0_ix" ON "Account"("accountId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
