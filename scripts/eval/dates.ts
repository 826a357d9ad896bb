import type { EvalSection } from './common';

/** Placeholder until this section is written. */
export const datesSection: EvalSection = { name: 'dates', run: async () => [] };
