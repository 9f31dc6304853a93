import type { Stage } from '../../core/stage.ts';

// Placeholder until the events stage lands: adds empty layers so the pipeline runs end to end.
export const events: Stage = {
  name: 'events',
  needs: ['paragraphs', 'sentences', 'tokens', 'entities', 'mentions', 'quotes', 'quantities', 'dates'],
  adds: ['events'],
  run: () => ({ layers: { events: [] } }),
};
