/**
 * Checks on the shared seed and gold dev texts, read at run time (never
 * copied): the seed's promotional footer is boilerplate, and no dev text
 * loses what a reader extracts from it (quotes, quantities, dates, entity
 * mentions) to the boilerplate rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertDoc } from '../../core/assert-doc.ts';
import type { Doc } from '../../core/doc.ts';
import { segmentText } from './segment-text.ts';
import { SHARED_DIR } from '../../testing/shared.ts';

const SHARED = SHARED_DIR;
const SEED = join(SHARED, 'seed', '000_cfd0b1280e6771f2.txt');
const DEV = join(SHARED, 'gold', 'dev');

interface GoldDoc {
  id?: string;
  lang: string;
  text: string;
  quotes?: { text: string }[];
  quantities?: { text: string }[];
  dates?: { text: string }[];
  entities?: { key: string; mentions?: string[] }[];
}

test('seed: navigation on top and the promotional footer are boilerplate, the rest is kept', (t) => {
  if (!existsSync(SEED)) return t.skip(`${SEED} is absent; shared seed not available`);
  const text = readFileSync(SEED, 'utf8');
  const doc = segmentText(text, 'fr');
  assertDoc(doc);
  const paragraphs = doc.get('paragraphs');
  const last = paragraphs[paragraphs.length - 1];
  assert.equal(paragraphs[0]?.role, 'boilerplate');
  assert.equal(last?.role, 'boilerplate');
  assert.equal(paragraphs.filter((p) => p.role === 'boilerplate').length, 2);
  assert.equal(paragraphs[1]?.role, 'title');
  assert.ok(paragraphs.some((p) => p.role === 'attribution'), 'the line under the block quote is an attribution');
  assert.ok(paragraphs.filter((p) => p.role === 'heading').length >= 2, 'subheadings found');
});

test('dev texts: nothing a reader extracts lies only in boilerplate', (t) => {
  if (!existsSync(DEV)) return t.skip(`${DEV} is absent; gold dev texts not available`);
  const files = readdirSync(DEV).filter((name) => name.endsWith('.json') && name !== 'keys.json');
  const lost: string[] = [];
  for (const name of files) {
    const gold = JSON.parse(readFileSync(join(DEV, name), 'utf8')) as GoldDoc;
    const doc = segmentText(gold.text, gold.lang);
    assertDoc(doc);
    const strings = [
      ...(gold.quotes ?? []).map((q) => q.text),
      ...(gold.quantities ?? []).map((q) => q.text),
      ...(gold.dates ?? []).map((d) => d.text),
    ];
    for (const s of strings) if (occursOutside(gold.text, s) && !insideKept(doc, gold.text, [s])) lost.push(`${name}: "${s}"`);
    for (const entity of gold.entities ?? []) {
      const mentions = (entity.mentions ?? []).filter((m) => gold.text.includes(m));
      if (mentions.length > 0 && !insideKept(doc, gold.text, mentions)) lost.push(`${name}: entity ${entity.key}`);
    }
  }
  assert.deepEqual(lost, []);
});

test('dev texts: every body paragraph of prose gets sentences', (t) => {
  if (!existsSync(DEV)) return t.skip(`${DEV} is absent; gold dev texts not available`);
  for (const name of readdirSync(DEV).filter((n) => n.endsWith('.json') && n !== 'keys.json')) {
    const gold = JSON.parse(readFileSync(join(DEV, name), 'utf8')) as GoldDoc;
    const doc = segmentText(gold.text, gold.lang);
    assertDoc(doc);
    const long = doc.get('paragraphs').filter((p) => p.end - p.start > 400);
    assert.ok(long.every((p) => p.role === 'body'), `${name}: a paragraph of more than 400 characters is not body`);
  }
});

/** True when the string is in the text at all (gold strings may be normalised). */
function occursOutside(text: string, s: string): boolean {
  return s.length > 0 && text.includes(s);
}

/** True when one occurrence of one of the strings starts and ends inside sentences of one paragraph that is not boilerplate. */
function insideKept(doc: Doc, text: string, strings: readonly string[]): boolean {
  const sentences = doc.get('sentences');
  const paragraphOf = (at: number) => sentences.find((s) => s.start <= at && at <= s.end)?.paragraph;
  return strings.some((s) => {
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      const first = paragraphOf(at);
      if (first !== undefined && first === paragraphOf(at + s.length)) return true;
    }
    return false;
  });
}
