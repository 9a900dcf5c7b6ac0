/**
 * Lists kept in text order, searched by binary search and grouped by key, so that "the club named last before this offset"
 * or "the mention covering this offset" costs log n, not a scan: extraction stays linear in the
 * length of the article.
 */

/** Index of the first item whose key is at least `x` (the list is sorted by key); `list.length` if none. */
export function lowerBound<T>(list: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The item at `k`, undefined before the first (as after the last): `list[-1]` would be a lookup
 * of a property named "-1" on the array and its prototypes, far slower than an element read.
 */
export const itemAt = <T>(list: readonly T[], k: number): T | undefined => (k >= 0 ? list[k] : undefined);

/** The last item, undefined for an empty list (see `itemAt`). */
export const lastOf = <T>(list: readonly T[]): T | undefined => itemAt(list, list.length - 1);

/** The start of an item: the key of lists kept in text order. */
export const startOf = (s: { start: number }): number => s.start;

/** The first item (sorted by start) that starts at or after `at`. */
export function firstFrom<T extends { start: number }>(list: readonly T[], at: number): T | undefined {
  return list[lowerBound(list, at, startOf)];
}

/** The item (sorted by start, not overlapping one another) with `start <= from && to <= end`, if any. */
export function covering<T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): T | undefined {
  const s = itemAt(list, lowerBound(list, from + 1, startOf) - 1);
  return s !== undefined && s.start <= from && to <= s.end ? s : undefined;
}

/** The items of `xs` by key, each group in the order of `xs`. */
export function groupBy<T, K>(xs: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/**
 * Sorts `list` in place and returns it, exactly as `list.sort(cmp)` does (stably), at less cost
 * for the lists extraction sorts, most of them short and many already in order: a list in order is
 * only checked, a short one is sorted by insertion, and neither makes the copies the built-in sort
 * makes.
 */
export function sortBy<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  const n = list.length;
  let k = 1;
  while (k < n && cmp(list[k - 1] as T, list[k] as T) <= 0) k++;
  if (k >= n) return list;
  if (n > 16) return list.sort(cmp);
  // (the first k items are in order already)
  for (; k < n; k++) {
    const x = list[k] as T;
    let j = k - 1;
    while (j >= 0 && cmp(list[j] as T, x) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}
