import type { EvalSection } from './common';

/** Placeholder until this section is written. */
export const detectionSection: EvalSection = { name: 'detection', run: async () => [] };
