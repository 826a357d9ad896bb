import type { ImageError } from '@/lib/images/fetch-image';
import type { Detection, ExtractOutcome, ExtractedArticle } from '@/lib/article/types';
import type { ChangesSinceSaved } from '@/lib/clips/repository';
import type { ClipMeta } from '@/lib/clips/types';
import type { PageImage } from '@/lib/images/page-images';

/** How the article's images fared when saving: counts for the popup, failures with their reason. */
export interface SavedImages {
  saved: number;
  failed: { url: string; error: ImageError }[];
  overCap: number;
}

/** Why a tab could not be analysed or clipped. Expected failures are values, rendered by the UI. */
export type TabFailure =
  | { reason: 'no-tab'; message: string }
  | { reason: 'restricted'; message: string }
  | { reason: 'extract-failed'; message: string }
  | { reason: 'save-failed'; message: string };

export type AnalyzeResult =
  | { ok: true; article: ExtractedArticle; saved: ClipMeta | null; changes: ChangesSinceSaved | null }
  | ({ ok: false } & TabFailure);

export type SaveResult =
  | { ok: true; clip: ClipMeta; updated: boolean; changed: boolean; images: SavedImages }
  | ({ ok: false } & TabFailure);

/**
 * The one message protocol of Brief: each entry names its sender → receiver,
 * its request payload and its reply.
 */
export interface ProtocolMap {
  /** content script → background: detection result for the sender's tab (drives the badge). */
  detected: { request: Detection; reply: void };
  /** background → extractor in a tab: extract the article from a clone of the live DOM. */
  extract: { request: { summarySentences: number }; reply: ExtractOutcome };
  /** background → extractor in a tab: download the article's images with the page's cookies and cache. */
  fetchImages: { request: { urls: string[] }; reply: PageImage[] };
  /** popup → background: extract a tab and say whether it is already saved. */
  analyzeTab: { request: { tabId: number }; reply: AnalyzeResult };
  /** popup → background: extract a tab and save it. */
  saveTab: { request: { tabId: number }; reply: SaveResult };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Reply<K extends MessageType> = ProtocolMap[K]['reply'];

export interface Envelope<K extends MessageType = MessageType> {
  brief: 1;
  type: K;
  data: Request<K>;
}

const TYPES: readonly MessageType[] = ['detected', 'extract', 'fetchImages', 'analyzeTab', 'saveTab'];

export function envelope<K extends MessageType>(type: K, data: Request<K>): Envelope<K> {
  return { brief: 1, type, data };
}

/** Narrow an unknown runtime message to one of ours; anything else is ignored by every listener. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.brief === 1 && typeof v.type === 'string' && (TYPES as readonly string[]).includes(v.type) && 'data' in v;
}
