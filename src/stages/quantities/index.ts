import type { Stage } from '../../core/stage.ts';

// Placeholder until the quantities stage lands: adds empty layers so the pipeline runs end to end.
export const quantities: Stage = {
  name: 'quantities',
  needs: ['sentences', 'tokens'],
  adds: ['quantities'],
  run: () => ({ layers: { quantities: [] } }),
};
