// Binomial error bars for benchmark scores (Miller 2024, "Adding Error Bars to Evals"; Wilson for small n).

const Z = 1.959964;

/** Wilson 95% interval for a proportion p on n items, as fractions. */
export function wilson(p: number, n: number): [number, number] {
  const d = 1 + (Z * Z) / n;
  const c = (p + (Z * Z) / (2 * n)) / d;
  const h = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

/**
 * 95% half-width of the difference of two scores on the same n items, with per-item correlation rho
 * between the models. sqrt(p(1-p)/n) is an upper bound on each score's SE even when pass@1 averages
 * several samples per item (Miller 2024), so this is the interval to beat.
 */
export function diffHalfWidth(p1: number, p2: number, n: number, rho: number): number {
  const s1 = Math.sqrt((p1 * (1 - p1)) / n);
  const s2 = Math.sqrt((p2 * (1 - p2)) / n);
  return Z * Math.sqrt(Math.max(0, s1 * s1 + s2 * s2 - 2 * rho * s1 * s2));
}

/** Items needed before a gap of `delta` between p1 and p2 is distinguishable at p < .05. */
export function itemsNeeded(p1: number, p2: number, delta: number, rho: number): number {
  const v = p1 * (1 - p1) + p2 * (1 - p2) - 2 * rho * Math.sqrt(p1 * (1 - p1) * p2 * (1 - p2));
  return Math.ceil((Z / delta) ** 2 * v);
}
