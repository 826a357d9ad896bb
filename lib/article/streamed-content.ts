/**
 * Streamed server rendering (React 18+, so every Next.js "app router" site): the server sends the page's shell
 * first, with a placeholder where slow parts go (`<template id="B:0">` after a `<!--$?-->` comment, or
 * `<template id="P:0">`), then sends those parts later in the same response inside `<div hidden id="S:0">`, with a
 * small inline script (`$RC("B:0","S:0")`, `$RS("S:0","P:0")`) that moves each part into its place. In a tab the
 * scripts have run and this is already done. In a page read without running its scripts (the command line, a saved
 * page) the article can sit, whole, in a hidden element at the end of the body, where cleaning drops it as hidden.
 * Brief does the move itself, the way React's instructions do, without running any of the page's code.
 */

/** React's instructions, from the inline scripts or (under a strict CSP) from `<template data-rci|data-rri|data-rsi>`. */
const BOUNDARY_CALL = /\$R[CR]\(\s*"(B:[\w-]+)"\s*,\s*"(S:[\w-]+)"/g;
const SEGMENT_CALL = /\$RS\(\s*"(S:[\w-]+)"\s*,\s*"(P:[\w-]+)"/g;

interface Move {
  segment: string;
  /** The id of the `<template>` the segment replaces. */
  target: string;
  /** A boundary (B:) replaces its fallback too; a placeholder (P:) only itself. */
  boundary: boolean;
}

function instructions(doc: Document, segments: Set<string>): Move[] {
  const moves = new Map<string, Move>();
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const code = script.textContent ?? '';
    if (!code.includes('$R')) continue;
    for (const m of code.matchAll(BOUNDARY_CALL)) moves.set(m[2], { segment: m[2], target: m[1], boundary: true });
    for (const m of code.matchAll(SEGMENT_CALL)) moves.set(m[1], { segment: m[1], target: m[2], boundary: false });
  }
  for (const t of Array.from(doc.querySelectorAll('template[data-sid]'))) {
    const segment = t.getAttribute('data-sid') ?? '';
    const bid = t.getAttribute('data-bid');
    const pid = t.getAttribute('data-pid');
    if (bid) moves.set(segment, { segment, target: bid, boundary: true });
    else if (pid) moves.set(segment, { segment, target: pid, boundary: false });
  }
  // Pages saved without their scripts: React numbers a segment like the placeholder it fills in the common case.
  for (const segment of segments) {
    if (moves.has(segment)) continue;
    const n = segment.slice(2);
    if (doc.getElementById(`B:${n}`)?.tagName === 'TEMPLATE') moves.set(segment, { segment, target: `B:${n}`, boundary: true });
    else if (doc.getElementById(`P:${n}`)?.tagName === 'TEMPLATE') moves.set(segment, { segment, target: `P:${n}`, boundary: false });
  }
  return [...moves.values()];
}

/** Remove a boundary's fallback: the nodes after its `<!--$?-->` up to the matching `<!--/$-->`, which is returned. */
function clearFallback(start: Comment): Node | null {
  const parent = start.parentNode!;
  let depth = 0;
  let node = start.nextSibling;
  while (node) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) return node;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') depth++;
    }
    const next = node.nextSibling;
    parent.removeChild(node);
    node = next;
  }
  return null;
}

/**
 * Put each streamed part of `doc` where the page's own scripts would have put it; returns how many were placed.
 * Changes `doc` (a working copy). Parts whose placeholder is missing stay where they are.
 */
export function placeStreamedContent(doc: Document): number {
  // Every move fills a <template>: a page without one (nearly all) is left at once, before any selector query.
  if (!doc.getElementsByTagName('template').length) return 0;
  const hidden = Array.from(doc.querySelectorAll('[hidden]')).filter((el) => el.id.startsWith('S:'));
  if (!hidden.length) return 0;
  let placed = 0;
  for (const move of instructions(doc, new Set(hidden.map((el) => el.id)))) {
    const segment = doc.getElementById(move.segment);
    const target = doc.getElementById(move.target);
    if (!segment || !target?.parentNode || segment.contains(target)) continue;
    const parent = target.parentNode;
    let before: Node | null = target;
    const start = target.previousSibling;
    if (move.boundary && start?.nodeType === 8 && (start as Comment).data === '$?') {
      before = clearFallback(start as Comment);
      (start as Comment).data = '$';
    }
    if (before && before.parentNode !== parent) before = null;
    while (segment.firstChild) parent.insertBefore(segment.firstChild, before);
    if (target.parentNode) target.remove();
    segment.remove();
    placed++;
  }
  return placed;
}
