import type { Stage } from '../../core/stage.ts';

// Placeholder until the quotes stage lands: adds empty layers so the pipeline runs end to end.
export const quotes: Stage = {
  name: 'quotes',
  needs: ['paragraphs', 'sentences', 'tokens', 'entities', 'mentions'],
  adds: ['quotes'],
  run: () => ({ layers: { quotes: [] } }),
};
