/**
 * `npm run views:rebuild`: recomputes the ranking windows (lib/views/windows.ts)
 * from the hourly view rows. Safe while servers run (flushes wait for it).
 * Needed once after an upgrade during which servers of the previous version
 * kept writing views after the view_windows migration. Database: see
 * scripts/maintenance/cli-database.ts.
 */
import { rebuildViewWindowsLocked } from "../../lib/views/windows";
import { runCommand, withDatabase } from "./cli-database";

runCommand(async () => {
  const started = Date.now();
  const windows = await withDatabase(async (prisma) => {
    await rebuildViewWindowsLocked(prisma);
    return prisma.articleViewWindow.groupBy({ by: ["windowHours"], _count: true, _sum: { views: true }, orderBy: { windowHours: "asc" } });
  });
  for (const w of windows) console.log(`Fenster ${String(w.windowHours).padStart(3)} Std.: ${w._count} Artikel, ${w._sum.views ?? 0} Aufrufe`);
  console.log(`Ranglisten-Fenster neu aufgebaut in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
