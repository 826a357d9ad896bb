import type { EvalSection } from './common';

/** Placeholder until this section is written. */
export const summarySection: EvalSection = { name: 'summary', run: async () => [] };
