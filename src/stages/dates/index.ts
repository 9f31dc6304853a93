import type { Stage } from '../../core/stage.ts';

// Placeholder until the dates stage lands: adds empty layers so the pipeline runs end to end.
export const dates: Stage = {
  name: 'dates',
  needs: ['sentences', 'tokens'],
  adds: ['dates'],
  run: () => ({ layers: { dates: [] } }),
};
