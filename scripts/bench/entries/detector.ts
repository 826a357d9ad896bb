// Bench bundle: the always-on detector as the content script runs it.
import { detectArticle } from '@/lib/article/detect';

declare const BENCH_SLOWDOWN_MS: number;
const started = performance.now();
// A deliberately slowed build (bench self-test) spins here; the real content script has no such code.
while (performance.now() - started < BENCH_SLOWDOWN_MS);
(globalThis as { __benchResult?: unknown }).__benchResult = detectArticle(document, location.href);
