/**
 * A timeline as a reader sees it: one line per event, grouped by day.
 */
import type { TimelineEntry } from '../../graph/timeline.ts';
import { clip, type Paint } from './paint.ts';

/**
 * Formats timeline entries under a heading.
 *
 * @example
 * formatTimeline('Russia', entityTimeline(events, 'Q159'), painter(false));
 */
export function formatTimeline(heading: string, entries: readonly TimelineEntry[], paint: Paint, total = entries.length): string {
  const lines = [paint('bold', `${heading} (${entries.length}${total > entries.length ? ` of ${total}` : ''} events)`)];
  let day: string | null | undefined;
  for (const { day: entryDay, event } of entries) {
    if (entryDay !== day) lines.push(paint('bold', entryDay ?? 'undated'));
    day = entryDay;
    const quantity = event.quantity ? `  ${event.quantity.value}${event.quantity.unit ? ` ${event.quantity.unit}` : ''}` : '';
    const source = event.source ? `  source ${event.source.entity?.name ?? event.source.text ?? '?'}` : '';
    lines.push(`  ${paint('cyan', event.actor?.name ?? '(none)')} → ${paint('yellow', event.type)} → ${paint('cyan', event.target?.name ?? '(none)')}  ${event.certainty}${source}${quantity}  ${event.outlet ?? '?'} #${event.articleId}`);
    lines.push(`    ${paint('dim', `"${clip(event.evidence.text, 100)}"`)}`);
  }
  return `${lines.join('\n')}\n`;
}
