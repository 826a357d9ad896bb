import type { EvalSection } from './common';
import { datesSection } from './dates';
import { detectionSection } from './detection';
import { extractionSection } from './extraction';
import { summarySection } from './summary';

/** The sections of `npm run eval`, in order. Each lives in its own file. */
export const sections: EvalSection[] = [extractionSection, detectionSection, datesSection, summarySection];
