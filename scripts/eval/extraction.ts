import type { EvalSection } from './common';

/** Placeholder until this section is written. */
export const extractionSection: EvalSection = { name: 'extraction', run: async () => [] };
