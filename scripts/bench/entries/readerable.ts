// Bench bundle: the baseline, isProbablyReaderable alone.
import { isProbablyReaderable } from '@mozilla/readability';

(globalThis as { __benchResult?: unknown }).__benchResult = isProbablyReaderable(document);
