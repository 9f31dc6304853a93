import type { Doc } from './doc.ts';
import type { LayerName } from './layers.ts';
import { bySpan, contains, type Span } from './span.ts';

const BY = /^[a-z][a-z-]*\/[A-Za-z0-9][\w.:-]*$/;

/**
 * Checks the invariants every analysed doc must hold; throws with the first
 * broken one. Every test runs it on every fixture.
 *
 * - spans lie inside the text, `start <= end`, layers are sorted by span;
 * - every annotation (and every nested object with `by`) names its rule;
 * - every `text` field equals the text its span covers;
 * - entity references (mentions, speakers, actors, targets, sources) exist;
 * - tokens do not overlap and sit inside their sentence, sentences inside paragraphs;
 * - numbers have finite values; ranges have an end, and min <= max when both are known.
 */
export function assertDoc(doc: Doc): void {
  const fail = (why: string): never => {
    throw new Error(`veille: assertDoc: ${why}`);
  };
  const length = doc.text.length;
  const checkSpan = (layer: string, span: Span, index: number) => {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length)) {
      fail(`${layer}[${index}] has span [${span.start}, ${span.end}) outside the text of length ${length}`);
    }
  };

  for (const name of doc.layerNames()) {
    const items = doc.get(name) as readonly unknown[];
    items.forEach((item, index) => checkStamps(name, item, index, fail));
    if (name === 'entities') continue;
    const spans = items as readonly (Span & { text?: string })[];
    spans.forEach((span, index) => {
      checkSpan(name, span, index);
      if (typeof span.text === 'string' && span.text !== doc.text.slice(span.start, span.end)) {
        fail(`${name}[${index}].text "${span.text}" differs from the text it covers`);
      }
      const previous = spans[index - 1];
      if (previous && bySpan(previous, span) > 0 && !UNSORTED_OK.has(name)) fail(`${name} is not sorted by span at ${index}`);
    });
  }

  const entityIds = new Set(doc.has('entities') ? doc.get('entities').map((entity) => entity.id) : []);
  const checkRef = (where: string, id: string | null | undefined) => {
    if (id != null && !entityIds.has(id)) fail(`${where} refers to unknown entity "${id}"`);
  };
  if (doc.has('mentions')) doc.get('mentions').forEach((m, i) => checkRef(`mentions[${i}]`, m.entity));
  if (doc.has('quotes')) doc.get('quotes').forEach((q, i) => checkRef(`quotes[${i}].speaker`, q.speaker));
  if (doc.has('events')) {
    doc.get('events').forEach((event, i) => {
      checkRef(`events[${i}].actor`, event.actor);
      checkRef(`events[${i}].target`, event.target);
      checkRef(`events[${i}].source`, event.source?.entity);
      checkRef(`events[${i}].place`, event.place);
      checkSpan(`events[${i}].trigger`, event.trigger, i);
    });
  }
  if (doc.has('numbers')) {
    doc.get('numbers').forEach((number, i) => {
      if (!Number.isFinite(number.value)) fail(`numbers[${i}] "${number.text}" has no finite value`);
    });
  }
  if (doc.has('ranges')) {
    doc.get('ranges').forEach((range, i) => {
      if (range.min === null && range.max === null) fail(`ranges[${i}] "${range.text}" has neither end`);
      if (range.min !== null && range.max !== null && range.min > range.max) fail(`ranges[${i}] "${range.text}" has min ${range.min} above max ${range.max}`);
    });
  }
  if (doc.has('tokens') && doc.has('sentences')) {
    const sentences = doc.get('sentences');
    doc.get('tokens').forEach((token, i, tokens) => {
      const previous = tokens[i - 1];
      if (previous && previous.end > token.start) fail(`tokens[${i - 1}] and tokens[${i}] overlap`);
      const sentence = sentences[token.sentence];
      if (!sentence || !contains(sentence, token)) fail(`tokens[${i}] lies outside its sentence ${token.sentence}`);
    });
  }
  if (doc.has('sentences') && doc.has('paragraphs')) {
    const paragraphs = doc.get('paragraphs');
    doc.get('sentences').forEach((sentence, i) => {
      const paragraph = paragraphs[sentence.paragraph];
      if (!paragraph || !contains(paragraph, sentence)) fail(`sentences[${i}] lies outside its paragraph ${sentence.paragraph}`);
    });
  }
}

/** Events are ordered by evidence but may share starts in any order; quotes may nest. */
const UNSORTED_OK = new Set<LayerName>(['events', 'quotes']);

function checkStamps(layer: string, item: unknown, index: number, fail: (why: string) => never): void {
  if (item === null || typeof item !== 'object') return;
  const record = item as Record<string, unknown>;
  if (layer !== '' && typeof record.by !== 'string') fail(`${layer}[${index}] has no "by"`);
  if (typeof record.by === 'string' && !BY.test(record.by)) fail(`${layer}[${index}].by "${record.by}" is not "<stage>/<rule>"`);
  for (const value of Object.values(record)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'by' in value) checkStamps('', value, index, fail);
  }
}
