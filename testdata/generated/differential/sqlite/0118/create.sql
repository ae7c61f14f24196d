-- CreateTable
CREATE TABLE "Project" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" TEXT NOT NULL,
    "projectnumber_ref" INTEGER,
    "projectTenantId" TEXT,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Project_projectnumber_ref_projectTenantId_fkey" FOREIGN KEY ("projectnumber_ref", "projectTenantId") REFERENCES "Project" ("number", "tenantId") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "project_weight_0_ix" ON "Project"("weight");
