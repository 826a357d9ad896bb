import type { EvalSection } from './common';

/** The sections of `npm run eval`, in order. Each lives in its own file. */
export const sections: EvalSection[] = [];
