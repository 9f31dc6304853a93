/**
 * One-to-one matching of gold items to system items: every admissible pair
 * gets a rank, and pairs are taken best rank first (then in document order),
 * each item used once.
 */

export interface Pair {
  readonly gold: number;
  readonly system: number;
}

/**
 * Greedy one-to-one matching. `rank` returns null for a pair that cannot
 * match, else a number where higher is preferred.
 *
 * @example
 * matchOneToOne(['a', 'b'], ['b', 'a'], (g, s) => (g === s ? 1 : null)); // [{gold:0,system:1},{gold:1,system:0}]
 */
export function matchOneToOne<G, S>(gold: readonly G[], system: readonly S[], rank: (gold: G, system: S) => number | null): Pair[] {
  const candidates: { gold: number; system: number; rank: number }[] = [];
  gold.forEach((g, gi) => {
    system.forEach((s, si) => {
      const value = rank(g, s);
      if (value !== null) candidates.push({ gold: gi, system: si, rank: value });
    });
  });
  candidates.sort((a, b) => b.rank - a.rank || a.gold - b.gold || a.system - b.system);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: Pair[] = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedSystem.has(candidate.system)) continue;
    usedGold.add(candidate.gold);
    usedSystem.add(candidate.system);
    pairs.push({ gold: candidate.gold, system: candidate.system });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Indices in `0..length` that no pair uses on the given side. */
export function unmatched(length: number, pairs: readonly Pair[], side: 'gold' | 'system'): number[] {
  const used = new Set(pairs.map((pair) => pair[side]));
  return Array.from({ length }, (_, index) => index).filter((index) => !used.has(index));
}
