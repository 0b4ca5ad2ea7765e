/**
 * `npm run bench:pictures`: the time and memory to process one 24-megapixel
 * photo (6000 × 4000, generated here) through the upload pipeline: checks,
 * one decode with EXIF orientation, the whole-picture variants at 320–1920 px
 * and the three crops, in AVIF, WebP and JPEG. Prints wall time, CPU time,
 * the process's peak RSS (sampled, and the kernel's high-water mark) and the
 * load average, since the machine is shared.
 */
import { loadavg } from "node:os";
import { preparePicture } from "../lib/media/library";
import { demoPhoto } from "../lib/media/demo-photo";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const runs = Number(process.argv[2] ?? 3);
  process.stdout.write("Erzeuge ein 24-Megapixel-Foto (6000 × 4000, JPEG) … ");
  const photo = await demoPhoto(6000, 4000);
  console.log(`${(photo.length / 1024 / 1024).toFixed(1)} MB`);
  const before = process.memoryUsage().rss;
  console.log(`RSS vor der Verarbeitung: ${mb(before)}; Last (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
  for (let run = 1; run <= runs; run++) {
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const cpu = process.cpuUsage();
    const started = performance.now();
    const prepared = await preparePicture(photo, { mime: "image/jpeg", fileName: "bench.jpg" });
    const ms = performance.now() - started;
    clearInterval(sampler);
    const used = process.cpuUsage(cpu);
    const bytes = prepared.files.reduce((sum, f) => sum + f.data.length, 0);
    console.log(
      `Lauf ${run}: ${(ms / 1000).toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s), ` +
        `Spitze RSS ${mb(peak)} (+${mb(peak - before)}), ${prepared.files.length} Dateien, ${mb(bytes)}; ` +
        `Last: ${loadavg()[0].toFixed(2)}`,
    );
  }
  console.log(`Höchststand RSS laut Kernel (maxRSS): ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
