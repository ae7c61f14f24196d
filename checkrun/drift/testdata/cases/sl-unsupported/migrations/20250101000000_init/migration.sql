-- CreateTable
CREATE TABLE "Shape" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "area" circle
);
