-- Views per section and UTC hour for the newsroom's dashboard, kept current
-- by the flush; filled once from the hourly rows there are.

-- CreateTable
CREATE TABLE "SectionViewHourly" (
    "hour" TIMESTAMP(3) NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "SectionViewHourly_pkey" PRIMARY KEY ("hour","sectionId")
);

INSERT INTO "SectionViewHourly" ("hour", "sectionId", "views")
SELECT v."hour", a."sectionId", sum(v."views")::int
FROM "ArticleViewHourly" v
JOIN "Article" a ON a.id = v."articleId"
GROUP BY v."hour", a."sectionId";
