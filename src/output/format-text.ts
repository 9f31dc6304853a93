/**
 * The readable report `veille analyze` prints for a person: the article, its
 * entities, quotes with speakers, events grouped actor → target with their
 * certainty, source and evidence, quantities, the numbers and ranges they
 * were read from, dates and messages.
 */
import type { Contract, ContractEvent, ContractRange, TextSpan } from './contract.ts';

export interface TextStyle {
  /** ANSI colours; only for a terminal. */
  readonly color: boolean;
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', cyan: '\u001b[36m', yellow: '\u001b[33m', green: '\u001b[32m', reset: '\u001b[0m' } as const;

/**
 * Formats a contract as plain text (with colours when asked).
 *
 * @example
 * process.stdout.write(formatText(toContract(doc), { color: process.stdout.isTTY }));
 */
export function formatText(contract: Contract, style: TextStyle): string {
  const paint = (code: keyof typeof ANSI, text: string) => (style.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const heading = (title: string, count: number) => paint('bold', `${title} (${count})`);
  const names = new Map(contract.entities.map((entity) => [entity.id, entity.name]));
  const nameOf = (id: string | null) => (id === null ? '(none)' : (names.get(id) ?? id));
  const quoted = (span: TextSpan | null) => (span ? `"${oneLine(span.text)}"` : '');
  const lines: string[] = [];

  const { article } = contract;
  lines.push(paint('bold', article.title ?? '(untitled)'));
  lines.push(paint('dim', [`lang ${article.lang}`, `published ${article.published ?? 'unknown'}`, article.id ? `id ${article.id}` : ''].filter(Boolean).join(' · ')));
  lines.push('');

  lines.push(heading('Entities', contract.entities.length));
  for (const entity of contract.entities) {
    const ids = [entity.ids.wikidata, entity.ids.iso3].filter(Boolean).join(' ');
    lines.push(`  ${paint('cyan', entity.name)}  ${entity.kind}${ids ? `  ${ids}` : ''}${entity.partOf ? `  (part of ${entity.partOf})` : ''}  ×${entity.mentions.length}`);
  }
  lines.push('', heading('Quotes', contract.quotes.length));
  for (const quote of contract.quotes) {
    lines.push(`  ${quote.kind.padEnd(8)} ${paint('cyan', nameOf(quote.speaker))}: ${quoted(quote)}${quote.cue ? `  cue ${quoted(quote.cue)}` : ''}  ${paint('dim', `[${quote.by}]`)}`);
  }
  lines.push('', heading('Events', contract.events.length));
  for (const [pair, events] of groupByPair(contract.events)) {
    const [actor, target] = pair.split('\u0000');
    lines.push(`  ${paint('cyan', actor ? nameOf(actor) : '(none)')} → ${paint('cyan', target ? nameOf(target) : '(none)')}`);
    for (const event of events) {
      const certainty = `${event.certainty}${event.certaintyCue ? ` (${quoted(event.certaintyCue)})` : ''}`;
      const source = event.source
        ? `source ${event.source.entity !== null ? nameOf(event.source.entity) : `"${event.source.text ?? ''}"`}${event.source.cue ? ` (${quoted(event.source.cue)})` : ''}`
        : 'no source';
      const quantity = event.quantity ? `  ${event.quantity.value}${event.quantity.unit ? ` ${event.quantity.unit}` : ''}` : '';
      lines.push(`    ${paint('yellow', event.type)}  ${certainty}  ${source}${quantity}`);
      lines.push(`      ${quoted(event.evidence)}  ${paint('dim', `[${event.by}; ${event.certaintyBy}]`)}`);
    }
  }
  lines.push('', heading('Quantities', contract.quantities.length));
  for (const quantity of contract.quantities) {
    lines.push(`  ${quoted(quantity)} = ${quantity.value}${quantity.unit ? ` ${quantity.unit}` : ''} (${quantity.approx})  ${paint('dim', `[${quantity.by}]`)}`);
  }
  // Every stated value, counted or not ("trois fois plus", "le 3e"), for readers checking a figure.
  lines.push('', heading('Numbers', contract.numbers.length));
  for (const number of contract.numbers) {
    lines.push(`  ${quoted(number)} = ${number.value} (${number.kind})  ${paint('dim', `[${number.by}]`)}`);
  }
  lines.push('', heading('Ranges', contract.ranges.length));
  for (const range of contract.ranges) {
    lines.push(`  ${quoted(range)} = ${interval(range)}  ${paint('dim', `[${range.by}]`)}`);
  }
  lines.push('', heading('Dates', contract.dates.length));
  for (const date of contract.dates) {
    lines.push(`  ${quoted(date)} = ${date.value ?? 'unresolved'}  ${paint('dim', `[${date.by}]`)}`);
  }
  if (contract.boilerplate.length > 0) lines.push('', paint('dim', `${contract.boilerplate.length} boilerplate paragraph(s) set apart`));
  if (contract.messages.length > 0) {
    lines.push('', heading('Messages', contract.messages.length));
    for (const message of contract.messages) lines.push(`  ${message.level} ${paint('dim', message.rule)}: ${message.text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Events grouped by actor and target, in order of first appearance. */
function groupByPair(events: readonly ContractEvent[]): Map<string, ContractEvent[]> {
  const groups = new Map<string, ContractEvent[]>();
  for (const event of events) {
    const key = `${event.actor ?? ''}\u0000${event.target ?? ''}`;
    const list = groups.get(key) ?? [];
    list.push(event);
    groups.set(key, list);
  }
  return groups;
}

/** "[300, 400]", "]0, 5000]", "[10, +∞[": a bracket turned outwards leaves its bound out. */
function interval(range: ContractRange): string {
  const low = range.min === null ? ']−∞' : `${range.minIncluded ? '[' : ']'}${range.min}`;
  const high = range.max === null ? '+∞[' : `${range.max}${range.maxIncluded ? ']' : '['}`;
  return `${low}, ${high}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 197)}…` : flat;
}
