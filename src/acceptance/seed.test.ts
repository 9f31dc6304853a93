/**
 * Acceptance on the seed article (read at run time from ../shared, never copied):
 * the claims of the engine issue, checked end to end through analyze().
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyze } from '../analyze.ts';
import { assertDoc } from '../core/assert-doc.ts';
import type { Doc } from '../core/doc.ts';

const seedDir = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));

function loadSeed(): Doc | null {
  if (!existsSync(seedDir)) return null;
  const file = readdirSync(seedDir).find((name) => name.endsWith('.txt'));
  if (!file) return null;
  return analyze({ text: readFileSync(join(seedDir, file), 'utf8'), lang: 'fr', published: '2024-11-07' });
}

const doc = loadSeed();
const skip = doc ? false : `no seed article at ${seedDir}`;

function entityName(id: string | null | undefined): string | null {
  return doc?.get('entities').find((entity) => entity.id === id)?.name ?? null;
}

function mentionOf(surface: string): string | null {
  const mention = doc?.get('mentions').find((m) => m.text === surface);
  return entityName(mention?.entity);
}

function eventsOf(actor: string, type: string, target: string) {
  return (doc?.get('events') ?? []).filter(
    (event) => entityName(event.actor) === actor && event.type === type && entityName(event.target) === target,
  );
}

test('seed: the analysed doc holds every invariant', { skip }, () => {
  assertDoc(doc!);
});

test('seed: capitals and demonyms stand for their states', { skip }, () => {
  assert.equal(mentionOf('Pyongyang'), 'North Korea');
  assert.equal(mentionOf('Moscou'), 'Russia');
  assert.equal(mentionOf('nord-coréens'), 'North Korea');
  assert.equal(mentionOf('Washington'), 'United States');
});

test('seed: both quotes of the NATO secretary general are his', { skip }, () => {
  const direct = doc!.get('quotes').filter((quote) => quote.kind !== 'indirect');
  assert.ok(direct.length >= 2, `expected two direct or block quotes, got ${direct.length}`);
  for (const quote of direct) assert.equal(entityName(quote.speaker), 'Mark Rutte', quote.text.slice(0, 60));
});

test('seed: North Korea aiding Russia is alleged', { skip }, () => {
  assert.ok(eventsOf('North Korea', 'AID', 'Russia').some((event) => event.certainty.value === 'alleged'));
});

test('seed: Iran aiding Russia is alleged, on Rutte\'s word', { skip }, () => {
  const iran = eventsOf('Iran', 'AID', 'Russia');
  assert.ok(iran.some((event) => event.certainty.value === 'alleged' && entityName(event.source?.entity) === 'Mark Rutte'));
});

test('seed: China aiding Russia is suspected', { skip }, () => {
  assert.ok(eventsOf('China', 'AID', 'Russia').some((event) => event.certainty.value === 'suspected'));
});

test('seed: the promotional footer is boilerplate and yields nothing', { skip }, () => {
  const paragraphs = doc!.get('paragraphs');
  const last = paragraphs[paragraphs.length - 1]!;
  assert.equal(last.role, 'boilerplate');
  const inFooter = (span: { start: number }) => span.start >= last.start;
  assert.equal(doc!.get('sentences').filter(inFooter).length, 0);
  assert.equal(doc!.get('mentions').filter(inFooter).length, 0);
});
