import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguage } from '../../lang/load.ts';
import { readCues } from './read-cues.ts';
import { cueMatches } from './scan-cues.ts';

/** What the plain global scan finds, as [index, text] pairs. */
function plain(regex: RegExp, text: string): [number, string][] {
  regex.lastIndex = 0;
  return [...text.matchAll(regex)].map((match) => [match.index, match[0]]);
}

const SENTENCES: Record<string, readonly string[]> = {
  fr: [
    "Selon l'agence, le port aurait été fermé mardi, d'après des sources proches du dossier.",
    'SELON LE MINISTÈRE, Lima n’aurait pas démenti ; il a\u00A0démenti hier.',
    'Le maire aurait peut-être signé, a déclaré un porte-parole, mais dément toute pression.',
    '𝐀selon x𝐀 selon \uD800selon \uDC00selon ſelon Quito',
  ],
  en: [
    'According to the coast guard, the ferry reportedly sank, officials said on Friday.',
    'ACCORDING\u202FTO Quito, the mayor may have denied it; she allegedly signed.',
    'Ministers are believed to have left, a spokesperson told reporters, but denied the claims.',
    'KReportedly, 𝐀according to x𝐀 reportedly \uD800said \uDC00said',
  ],
};

test('cueMatches finds what the global scan of a cue regex finds, astral letters and case variants included', () => {
  for (const [code, sentences] of Object.entries(SENTENCES)) {
    const cues = readCues(loadLanguage(code));
    for (const text of sentences) {
      for (const [regex, table] of [[cues.sourceRegex, cues.source], [cues.certaintyRegex, cues.certainty]] as const) {
        const fast = cueMatches(regex, table.keys(), text).map((match): [number, string] => [match.index, match.text]);
        assert.deepEqual(fast, plain(regex, text), `${code}: ${text}`);
      }
    }
  }
});

test('cueMatches falls back to every position when a cue opens with a sign', () => {
  const regex = /(?<![\p{L}\p{N}])(?:«\s*selon|selon)(?![\p{L}\p{N}])/giu;
  const text = 'dit « selon lui » et selon Lima';
  assert.deepEqual(cueMatches(regex, ['« selon', 'selon'], text).map((match): [number, string] => [match.index, match.text]), plain(regex, text));
  assert.deepEqual(plain(regex, text).map(([index]) => index), [4, 21]);
});
