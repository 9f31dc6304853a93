import type { Stage } from '../../core/stage.ts';

// Placeholder until the entities stage lands: adds empty layers so the pipeline runs end to end.
export const entities: Stage = {
  name: 'entities',
  needs: ['paragraphs', 'sentences', 'tokens'],
  adds: ['entities', 'mentions'],
  run: () => ({ layers: { entities: [], mentions: [] } }),
};
