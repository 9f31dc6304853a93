/**
 * Rewrites every `fixtures/<lang>/<name>.events.json` from the current
 * pipeline. Review the diff before committing: it is the change in behaviour.
 *
 * @example
 * // node --import tsx src/stages/events/regenerate-golden.ts
 */
import { writeFileSync } from 'node:fs';
import { assertDoc } from '../../core/assert-doc.ts';
import { analyzeGolden, listGolden, showEvents } from './golden.ts';

for (const golden of listGolden()) {
  const doc = analyzeGolden(golden);
  assertDoc(doc);
  writeFileSync(golden.expectedPath, `${JSON.stringify(showEvents(doc), null, 2)}\n`);
  console.log(`wrote ${golden.expectedPath}`);
}
