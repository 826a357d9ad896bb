import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface RowPosition {
  style: Record<string, string>;
  'aria-posinset': number;
  'aria-setsize': number;
}

export interface VirtualListProps {
  count: number;
  /** Every row has this height (CSS keeps rows to it), so positions are arithmetic, not measured. */
  rowHeight: number;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
  /** Render row `index` as an <li> spreading `position` (its place, size and list position for assistive tech). */
  renderRow: (index: number, position: RowPosition) => ComponentChildren;
  /** Told the first visible index as the user scrolls (the model loads rows around it). */
  onFirstVisible: (index: number) => void;
  label: string;
}

/**
 * A list that renders only the rows on screen, however many there are: the page scrolls as usual and a
 * spacer of count × rowHeight keeps the scrollbar honest.
 */
export function VirtualList({ count, rowHeight, overscan = 8, renderRow, onFirstVisible, label }: VirtualListProps) {
  const box = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState({ first: 0, last: Math.min(count, 20) });
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const el = box.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top;
      const first = Math.max(0, Math.floor(-top / rowHeight));
      const last = Math.min(count, Math.ceil((window.innerHeight - top) / rowHeight));
      setRange((r) => (r.first === first && r.last === last ? r : { first, last }));
      onFirstVisible(first);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [count, rowHeight, onFirstVisible]);
  const from = Math.max(0, range.first - overscan);
  const to = Math.min(count, Math.max(range.last, range.first + 1) + overscan);
  const items: ComponentChildren[] = [];
  for (let i = from; i < to; i++) {
    items.push(renderRow(i, { style: { position: 'absolute', top: `${i * rowHeight}px`, left: '0', right: '0', height: `${rowHeight}px` }, 'aria-posinset': i + 1, 'aria-setsize': count }));
  }
  return (
    <ul ref={box} class="virtual-list" aria-label={label} style={{ height: `${count * rowHeight}px`, position: 'relative' }}>
      {items}
    </ul>
  );
}
