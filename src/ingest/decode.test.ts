import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeBytes } from './decode.ts';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url));
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

test('decodeBytes: encodings from BOM, header, declaration and sniffing', () => {
  const cases: { name: string; input: Uint8Array; hints: { contentType?: string; declared?: string }; text: string; encoding: string }[] = [
    { name: 'plain UTF-8', input: utf8('élu à Séoul'), hints: {}, text: 'élu à Séoul', encoding: 'utf-8' },
    { name: 'UTF-8 BOM is dropped', input: bytes(0xef, 0xbb, 0xbf, 0x61), hints: { contentType: 'text/html; charset=iso-8859-1' }, text: 'a', encoding: 'utf-8' },
    { name: 'invalid UTF-8 falls back to windows-1252', input: bytes(0x63, 0x61, 0x66, 0xe9), hints: {}, text: 'café', encoding: 'windows-1252' },
    { name: 'windows-1252 C1 bytes: ’ € œ “ ”', input: bytes(0x6c, 0x92, 0x80, 0x9c, 0x93, 0x94), hints: { contentType: 'text/html; charset=windows-1252' }, text: 'l’€œ“”', encoding: 'windows-1252' },
    { name: 'ISO-8859-1 label reads as windows-1252', input: bytes(0x92), hints: { contentType: 'text/html; charset="ISO-8859-1"' }, text: '’', encoding: 'windows-1252' },
    { name: 'ISO-8859-15 header: 0xA4 is €', input: bytes(0xa4, 0xbd), hints: { contentType: 'text/html;charset=ISO-8859-15' }, text: '€œ', encoding: 'iso-8859-15' },
    { name: 'declared hint', input: bytes(0xa4), hints: { declared: 'ISO8859-15' }, text: '€', encoding: 'iso-8859-15' },
    { name: 'header wins over meta', input: utf8('<meta charset="iso-8859-15">é'), hints: { contentType: 'text/html; charset=utf-8' }, text: '<meta charset="iso-8859-15">é', encoding: 'utf-8' },
    { name: 'unknown label is ignored', input: utf8('é'), hints: { contentType: 'text/html; charset=x-klingon' }, text: 'é', encoding: 'utf-8' },
    { name: 'page claiming UTF-8 but Latin-1 still reads', input: bytes(0x3c, 0x6d, 0x65, 0x74, 0x61, 0x20, 0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74, 0x3d, 0x75, 0x74, 0x66, 0x2d, 0x38, 0x3e, 0xe9), hints: {}, text: '<meta charset=utf-8>é', encoding: 'windows-1252' },
    { name: 'XML declaration', input: new Uint8Array([...utf8('<?xml version="1.0" encoding="ISO-8859-15"?><rss>'), 0xa4]), hints: {}, text: '<?xml version="1.0" encoding="ISO-8859-15"?><rss>€', encoding: 'iso-8859-15' },
    { name: 'UTF-16LE BOM', input: bytes(0xff, 0xfe, 0xe9, 0x00, 0x74, 0x00), hints: {}, text: 'ét', encoding: 'utf-16le' },
    { name: 'UTF-8 page under a default Latin-1 header', input: utf8('élu · 10 000 €'), hints: { contentType: 'text/html; charset=ISO-8859-1' }, text: 'élu · 10 000 €', encoding: 'utf-8' },
    { name: 'UTF-8 page declaring windows-1252 in its meta', input: utf8('<meta charset="windows-1252">Séoul'), hints: {}, text: '<meta charset="windows-1252">Séoul', encoding: 'utf-8' },
    { name: 'empty input', input: bytes(), hints: {}, text: '', encoding: 'utf-8' },
  ];
  for (const c of cases) {
    const decoded = decodeBytes(c.input, c.hints);
    assert.equal(decoded.text, c.text, c.name);
    assert.equal(decoded.encoding, c.encoding, c.name);
  }
});

test('decodeBytes: Windows-1252 and ISO-8859-15 pages found by their meta tags', () => {
  const legacy = decodeBytes(fixture('fr-windows-1252.html'));
  assert.equal(legacy.encoding, 'windows-1252');
  assert.match(legacy.text, /l’énergie/);
  assert.match(legacy.text, /120 €/);
  assert.match(legacy.text, /«\u00A0C’est/);
  const latin9 = decodeBytes(fixture('fr-iso-8859-15.html'));
  assert.equal(latin9.encoding, 'iso-8859-15');
  assert.match(latin9.text, /5 milliards €/);
  assert.match(latin9.text, /œuf/);
});

test('decodeBytes: binary input is refused with a clear error', () => {
  const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
  assert.throws(() => decodeBytes(png), /veille: .*binary/);
  const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  assert.throws(() => decodeBytes(controls), /binary/);
});
