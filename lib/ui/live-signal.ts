import { effect, signal, type Signal } from '@preact/signals';
import { liveQuery } from 'dexie';

/**
 * A signal that follows a Dexie live query: it updates whenever the rows it read change, in this page
 * or in another extension context. `deps` names the signals the query depends on; the query is
 * re-subscribed when they change. Errors land in `error` instead of being swallowed.
 */
export function liveSignal<T>(
  query: () => Promise<T>,
  initial: T,
  deps: () => unknown = () => undefined,
): { value: Signal<T>; error: Signal<Error | null>; stop: () => void } {
  const value = signal(initial);
  const error = signal<Error | null>(null);
  let unsubscribe = () => {};
  const dispose = effect(() => {
    deps();
    unsubscribe();
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        value.value = v;
        error.value = null;
      },
      error: (e: unknown) => {
        error.value = e instanceof Error ? e : new Error(String(e));
      },
    });
    unsubscribe = () => sub.unsubscribe();
  });
  return {
    value,
    error,
    stop: () => {
      dispose();
      unsubscribe();
    },
  };
}
