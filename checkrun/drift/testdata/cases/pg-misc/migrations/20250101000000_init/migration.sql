-- CreateTable
CREATE TABLE "M" (
    "id" SERIAL NOT NULL,
    "loc" point,
    "names" TEXT[],
    "score" DECIMAL(8,2) NOT NULL,
    "flag" BOOLEAN,

    CONSTRAINT "M_pkey" PRIMARY KEY ("id")
);
