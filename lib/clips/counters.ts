import type { ClipMeta } from '@/lib/clips/types';

/** The counter keys a clip contributes to. */
export function countersOf(clip: Pick<ClipMeta, 'read' | 'favourite' | 'archived' | 'status' | 'siteName' | 'tags'>): string[] {
  const keys = ['all'];
  if (!clip.read) keys.push('unread');
  if (clip.favourite) keys.push('favourite');
  if (clip.archived) keys.push('archived');
  if (clip.status === 'pending') keys.push('pending');
  if (clip.siteName) keys.push(`site:${clip.siteName}`);
  for (const tag of new Set(clip.tags)) keys.push(`tag:${tag}`);
  return keys;
}

/**
 * Counter changes for replacing `before` by `after` (either may be absent: insert or delete), added
 * to `delta` when given (to batch many rows).
 */
export function counterDelta(before: ClipMeta | undefined, after: ClipMeta | undefined, delta = new Map<string, number>()): Map<string, number> {
  for (const key of before ? countersOf(before) : []) delta.set(key, (delta.get(key) ?? 0) - 1);
  for (const key of after ? countersOf(after) : []) delta.set(key, (delta.get(key) ?? 0) + 1);
  return delta;
}
