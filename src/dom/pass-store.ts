// Pass store: the page's passes (one extraction and the claims found in it), the claims by id, which text is already
// annotated, the running totals; drops claims whose text left or changed, and passes left without a claim.
import type { Claim } from '../core/types.js';
import { type Extraction, type SegmentIndex, segmentIndexAt } from './extract.js';
import type { Deadline } from './scheduler.js';

/** One extraction (of one or more roots) and the claims found in it; offsets of its claims are into its text. */
export interface Pass {
  extraction: Extraction;
  roots: Element[];
  index: SegmentIndex;
  /** Claims per analyzed chunk, each in text order (chunks arrive in any order: nearest the viewport first). */
  parts: Claim[][];
  /** parts flattened, in text order; null when it must be rebuilt. */
  flat: Claim[] | null;
  /** [start, end) of each analyzed chunk in the pass's text (parts[k] came from bounds[k]). */
  bounds?: Array<[number, number]>;
  /** False until every chunk was analyzed (a pass still being analyzed is never dropped for having no claim). */
  analyzed: boolean;
}

export interface Entry {
  claim: Claim;
  pass: Pass;
  part: number;
}

const hasWarn = (c: Claim): boolean => c.caveats.some((v) => v.severity === 'warn');

export function passClaims(pass: Pass): Claim[] {
  pass.flat ??= pass.parts.flat();
  return pass.flat;
}

/** How a claim is checked against the live page (the wrapper fallback knows its marks; ranges know their nodes). */
export type StaleCheck = (claim: Claim, pass: Pass) => boolean;

export class PassStore {
  private readonly passes: Pass[] = [];
  private readonly byId = new Map<string, Entry>();
  /** Text node → the pass holding it (hit-testing). Entries of dropped passes are deleted with them. */
  private readonly nodePass = new WeakMap<Text, Pass>();
  /** Text already read by some pass: never read twice (a pass dropped for having no claim keeps its text here). */
  readonly annotated = new WeakSet<Text>();
  /** claims() until something changes. */
  private merged: Claim[] | null = null;
  private total = 0;
  private warnTotal = 0;

  get size(): number {
    return this.passes.length;
  }

  stats(): { count: number; warn: number } {
    return { count: this.total, warn: this.warnTotal };
  }

  add(pass: Pass): void {
    this.open(pass);
    for (const s of pass.extraction.segments) this.claimNode(s.node, pass);
  }

  /** Keeps a pass whose nodes are claimed next, in slices (claimNode): a 2 MB article has ~16,000 of them. */
  open(pass: Pass): void {
    this.passes.push(pass);
    this.merged = null;
  }

  /** Marks a text node as read by `pass` (a later collector skips it). */
  claimNode(node: Text, pass: Pass): void {
    this.annotated.add(node);
    this.nodePass.set(node, pass);
  }

  passOf(node: Text): Pass | undefined {
    return this.nodePass.get(node);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  entry(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  register(pass: Pass, part: number, claims: Claim[]): void {
    pass.parts[part] = claims.slice();
    pass.flat = null;
    this.merged = null;
    for (const c of claims) {
      this.byId.set(c.id, { claim: c, pass, part });
      this.total++;
      if (hasWarn(c)) this.warnTotal++;
    }
  }

  forget(id: string, pass?: Pass): void {
    const entry = this.byId.get(id);
    if (!entry || (pass && entry.pass !== pass)) return;
    const list = entry.pass.parts[entry.part];
    const i = list ? list.indexOf(entry.claim) : -1;
    if (list && i >= 0) list.splice(i, 1);
    entry.pass.flat = null;
    this.merged = null;
    this.byId.delete(id);
    this.total--;
    if (hasWarn(entry.claim)) this.warnTotal--;
  }

  /** Each pass's text with its claims, in the order they were read (what the reader's notes are anchored in). */
  texts(): Array<{ text: string; claims: readonly Claim[] }> {
    return this.passes.map((p) => ({ text: p.extraction.text, claims: passClaims(p) }));
  }

  /**
   * Every live claim in document order, without a Range or a layout read: the largest pass's claims (already in text
   * order), with each other pass's claims put in place by a binary search that compares start nodes. Cached until
   * a claim or pass comes or goes.
   */
  claims(): Claim[] {
    if (this.merged) return this.merged;
    const passes = this.passes.slice().sort((a, b) => passClaims(b).length - passClaims(a).length);
    const out: Array<{ claim: Claim; pass: Pass }> = [];
    for (const [i, pass] of passes.entries()) {
      const list = passClaims(pass);
      if (i === 0) {
        for (const claim of list) out.push({ claim, pass });
        continue;
      }
      for (const claim of list) {
        const at = startOf(claim, pass);
        let lo = 0;
        let hi = out.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const other = out[mid]!;
          if (before(startOf(other.claim, other.pass), at)) lo = mid + 1;
          else hi = mid;
        }
        out.splice(lo, 0, { claim, pass });
      }
    }
    this.merged = out.map((x) => x.claim);
    return this.merged;
  }

  /** Whether a removal under one of `nodes` can touch annotated text (a ticker in the header cannot). */
  passesTouchedBy(nodes: readonly Node[]): Pass[] {
    const out: Pass[] = [];
    for (const pass of this.passes) {
      const hit = pass.roots.some(
        (root) =>
          !root.isConnected ||
          nodes.some((node) => root === node || root.contains(node) || node.contains(root)),
      );
      if (hit) out.push(pass);
    }
    return out;
  }

  passesHolding(nodes: Iterable<Text>): Pass[] {
    const out = new Set<Pass>();
    for (const t of nodes) {
      const p = this.nodePass.get(t);
      if (p && this.passes.includes(p)) out.add(p);
    }
    return [...out];
  }

  all(): readonly Pass[] {
    return this.passes;
  }

  /**
   * Checks the claims of `passes` against the live page within `deadline`, forgetting the stale ones; resumable (call
   * again with a fresh deadline until it returns true). Cheap per claim (two lookups and isConnected).
   */
  staleChecker(
    passes: readonly Pass[],
    isStale: StaleCheck,
  ): (deadline: Deadline, gone: string[]) => boolean {
    let p = 0;
    let list: Claim[] | null = null;
    let i = 0;
    return (deadline, gone) => {
      for (; p < passes.length; p++, list = null, i = 0) {
        const pass = passes[p]!;
        list ??= [...passClaims(pass)];
        while (i < list.length) {
          const c = list[i++]!;
          if (isStale(c, pass)) {
            gone.push(c.id);
            this.forget(c.id, pass);
          }
          if ((i & 63) === 0 && deadline()) return false;
        }
      }
      return true;
    };
  }

  /**
   * Drops passes left without a claim (a live counter's old text, a paragraph with no number): their text stays marked
   * as read, their node map goes, so a page that updates every second keeps a flat number of passes.
   */
  prune(): void {
    for (let i = this.passes.length - 1; i >= 0; i--) {
      const pass = this.passes[i]!;
      if (!pass.analyzed || passClaims(pass).length > 0) continue;
      this.passes.splice(i, 1);
      this.merged = null;
      for (const s of pass.extraction.segments)
        if (this.nodePass.get(s.node) === pass) this.nodePass.delete(s.node);
    }
  }

  clear(): void {
    this.passes.length = 0;
    this.byId.clear();
    this.merged = null;
    this.total = 0;
    this.warnTotal = 0;
  }
}

/** Whether a claim's text nodes left the document or were edited (an edited node is annotated again as a whole). */
export function staleByNodes(claim: Claim, pass: Pass, changed: ReadonlySet<Text>): boolean {
  const { segments } = pass.extraction;
  const a = segments[segmentIndexAt(segments, claim.start)]?.node;
  const b = segments[segmentIndexAt(segments, claim.end, true)]?.node;
  if (!a || !b || !a.isConnected || !b.isConnected) return true;
  return changed.has(a) || changed.has(b);
}

/** Where a claim starts on the page: its Text node and the offset in it (null when its text is gone). */
function startOf(claim: Claim, pass: Pass): { node: Text; offset: number } | null {
  const { segments } = pass.extraction;
  const s = segments[segmentIndexAt(segments, claim.start)];
  return s ? { node: s.node, offset: s.nodeOffset + (claim.start - s.start) } : null;
}

/** Whether `a` comes before `b` in the document (text that is gone sorts last). */
function before(a: { node: Text; offset: number } | null, b: { node: Text; offset: number } | null): boolean {
  if (!a || !b) return Boolean(a);
  if (a.node === b.node) return a.offset < b.offset;
  const pos = a.node.compareDocumentPosition(b.node);
  if (pos & 1) return a.node.isConnected;
  return (pos & 4) !== 0;
}
