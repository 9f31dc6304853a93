/**
 * Golden fixtures: each `fixtures/<lang>/<name>.txt` with `<name>.json` (language,
 * paragraph roles, entities) and `<name>.expected.json` (quotes with text, kind,
 * speaker name, cue and rule). Run with UPDATE_GOLDEN=1 to rewrite the expected
 * files, then review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertDoc } from '../../core/assert-doc.ts';
import type { ParagraphRole } from '../../core/layers.ts';
import { buildTestDoc, type TestEntity } from './test-doc.ts';

const ROOT = fileURLToPath(new URL('./fixtures/', import.meta.url));

interface Setup {
  readonly lang: string;
  readonly roles?: Readonly<Record<string, ParagraphRole>>;
  readonly entities: readonly TestEntity[];
}

for (const lang of readdirSync(ROOT)) {
  for (const file of readdirSync(join(ROOT, lang)).filter((name) => name.endsWith('.txt'))) {
    const base = join(ROOT, lang, file.replace(/\.txt$/, ''));
    test(`golden ${lang}/${file}`, () => {
      const text = readFileSync(`${base}.txt`, 'utf8');
      const setup = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Setup;
      const roles = Object.fromEntries(Object.entries(setup.roles ?? {}).map(([index, role]) => [Number(index), role]));
      const doc = buildTestDoc(text, { lang: setup.lang, entities: setup.entities, roles });
      assertDoc(doc);
      const names = new Map(setup.entities.map((entity) => [entity.id, entity.name]));
      const got = doc.get('quotes').map((quote) => ({
        text: quote.text,
        kind: quote.kind,
        speaker: quote.speaker === null ? null : (names.get(quote.speaker) ?? quote.speaker),
        speakerText: quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null,
        cue: quote.cue ? text.slice(quote.cue.start, quote.cue.end) : null,
        by: quote.by,
      }));
      const expectedPath = `${base}.expected.json`;
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(got, null, 2)}\n`);
      assert.deepEqual(got, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
}
