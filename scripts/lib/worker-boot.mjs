// Worker entry: load TypeScript through tsx, as the main script does, then the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
