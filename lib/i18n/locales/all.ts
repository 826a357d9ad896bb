import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import type { Translation } from './index';

/** Every shipped UI language; the build writes `_locales/<code>/messages.json` for each. English is the default. */
export const LOCALES: Record<string, Translation> = { en, de, ar };
export const DEFAULT_LOCALE = 'en';
