import type { Stage } from '../../core/stage.ts';

// Placeholder until the segment stage lands: adds empty layers so the pipeline runs end to end.
export const segment: Stage = {
  name: 'segment',
  needs: [],
  adds: ['paragraphs', 'sentences', 'tokens'],
  run: () => ({ layers: { paragraphs: [], sentences: [], tokens: [] } }),
};
