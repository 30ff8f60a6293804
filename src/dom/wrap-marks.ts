// Fallback painting where CSS.highlights is missing: own-namespace <claimlens-mark> wrappers, removed without a trace.

export const MARK_TAG = 'claimlens-mark';

/** Nodes this module created (marks, split-off text): the mutation observer must not take them for page changes. */
export const OWN_NODES: WeakSet<Node> = new WeakSet();
/** A page Text node's data right after we split it: a characterData record showing this data is ours. */
export const OWN_DATA: WeakMap<Text, string> = new WeakMap();

interface Split {
  orig: Text;
  added: Text;
}

export interface Wrapped {
  marks: Element[];
  splits: Split[];
}

/** Text nodes the range touches, in document order (no TreeWalker: keep to what every DOM has). */
function textNodesIn(range: Range): Text[] {
  const out: Text[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const end = range.endContainer;
  let node: Node | null = range.startContainer;
  // Descend to the first leaf at the start boundary.
  if (node.nodeType !== 3 && node.childNodes.length > range.startOffset)
    node = node.childNodes[range.startOffset]!;
  while (node) {
    if (node.nodeType === 3 && range.intersectsNode(node)) out.push(node as Text);
    if (node === end && node.nodeType === 3) break;
    // Next node in document order inside root.
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
    if (node && !range.intersectsNode(node)) break;
  }
  return out;
}

/**
 * Wraps the non-whitespace text of `range` in <claimlens-mark> elements (one per text node piece), splitting
 * text nodes at the range's edges. Returns what `unwrap` needs to restore the DOM exactly.
 */
export function wrapRange(doc: Document, range: Range, attrs: Record<string, string>): Wrapped {
  const result: Wrapped = { marks: [], splits: [] };
  const nodes = textNodesIn(range);
  const startNode = range.startContainer;
  const startOffset = range.startOffset;
  const endNode = range.endContainer;
  const endOffset = range.endOffset;
  for (const node of nodes) {
    let target = node;
    const from = node === startNode ? startOffset : 0;
    const to = node === endNode ? endOffset : node.data.length;
    if (to <= from) continue;
    // Never wrap whitespace-only text: a stray element between inline boxes changes layout and is meaningless.
    if (node.data.slice(from, to).trim() === '') continue;
    if (to < target.data.length) {
      const added = target.splitText(to);
      OWN_NODES.add(added);
      OWN_DATA.set(target, target.data);
      result.splits.push({ orig: target, added });
    }
    if (from > 0) {
      const added = target.splitText(from);
      OWN_NODES.add(added);
      OWN_DATA.set(target, target.data);
      result.splits.push({ orig: target, added });
      target = added;
    }
    const mark = doc.createElement(MARK_TAG);
    OWN_NODES.add(mark);
    for (const [k, v] of Object.entries(attrs)) mark.setAttribute(k, v);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    result.marks.push(mark);
  }
  return result;
}

/** Removes the wrappers and merges back the text nodes this module split, leaving the page's DOM as it was. */
export function unwrap(wrapped: Wrapped): void {
  for (const mark of wrapped.marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  for (let i = wrapped.splits.length - 1; i >= 0; i--) {
    const { orig, added } = wrapped.splits[i]!;
    // Only merge what is still side by side; if the page moved a piece, leave its nodes alone.
    if (orig.nextSibling === added) {
      orig.appendData(added.data);
      OWN_DATA.set(orig, orig.data);
      added.parentNode?.removeChild(added);
    }
  }
  wrapped.marks = [];
  wrapped.splits = [];
}
