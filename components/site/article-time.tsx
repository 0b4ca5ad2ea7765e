import { formatDateTime, toBerlinIso } from "@/lib/dates";

export function ArticleTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={toBerlinIso(date)} className={className}>
      {formatDateTime(date)}
    </time>
  );
}
