import type { PictureSources } from "@/lib/media/client-safe";

/**
 * A picture in AVIF, WebP or JPEG at several widths: the browser takes the
 * first format it knows and the smallest width that fills `sizes`. Width and
 * height are set, so the page does not move when it arrives. `priority`:
 * the one picture above the fold (loaded at once, high priority); every
 * other picture waits until it is near the viewport.
 */
export function ResponsivePicture({
  sources,
  alt,
  sizes,
  priority = false,
  className,
}: {
  sources: PictureSources;
  alt: string;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    <picture>
      {sources.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={sources.src}
        srcSet={sources.jpegSrcSet}
        sizes={sizes}
        width={sources.width}
        height={sources.height}
        alt={alt}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding={priority ? undefined : "async"}
        className={className}
      />
    </picture>
  );
}
