-- CreateTable
CREATE TABLE "Point" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "where" Geometry,
    "raw" varchar(10),
    "blob" MyType NOT NULL
);
