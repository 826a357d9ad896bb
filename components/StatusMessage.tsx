import type { ComponentChildren } from 'preact';

export interface StatusMessageProps {
  kind?: 'info' | 'ok' | 'warn' | 'error';
  children: ComponentChildren;
}

/** A message announced to screen readers: errors assertively, the rest politely. */
export function StatusMessage({ kind = 'info', children }: StatusMessageProps) {
  return (
    <div class={`status ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
