-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL,
    "total" JSONB,
    "body" BOOLEAN NOT NULL,
    "flags" TEXT NOT NULL DEFAULT 'hello',
    "color" TIMESTAMP(3) DEFAULT now(),
    "commentId" INTEGER,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret_col" CHAR,

    CONSTRAINT "address_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE INDEX "Comment_commentId_idx" ON "Comment"("commentId");

-- CreateIndex
CREATE INDEX "comment_commentid_1_ix" ON "Comment"("commentId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Address_secret_col_key" ON "Address"("secret_col");

-- CreateIndex
CREATE INDEX "address_secret_0_ix" ON "Address"("secret_col" DESC);

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "comment_commentid_fk" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
