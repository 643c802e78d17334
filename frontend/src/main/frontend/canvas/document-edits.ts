// The few edits the canvas makes to the document by itself (moving, connecting, deleting, adding a layer). Each
// returns a new document and leaves the given one untouched; the server then analyses the result.
import { isBlockId } from './blocks';
import { type GraphDoc, freshEdgeId, freshId } from './graph-document';

export type Point = { x: number; y: number };

/** How far right of the last layer "+" puts the next one, so a chain builds up left to right. */
export const APPEND_STEP = 270;
/** Where the first layer of an empty canvas goes. */
export const FIRST_POSITION: Point = { x: 80, y: 160 };

/** The document with the dragged nodes at their new (whole-pixel) positions, or null when none really moved. */
export function moveNodes(doc: GraphDoc, moved: Map<string, Point>): GraphDoc | null {
  const changed = doc.nodes.some((n) => {
    const p = moved.get(n.id);
    return p && (Math.round(p.x) !== n.position.x || Math.round(p.y) !== n.position.y);
  });
  if (!changed) return null;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const p = moved.get(n.id);
      return p ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } } : n;
    }),
  };
}

/**
 * The document with an edge from source to target, feeding the target's next free input port; null for a
 * collapsed block, whose layers must be shown before they can be wired.
 */
export function connect(doc: GraphDoc, source: string, target: string): GraphDoc | null {
  if (isBlockId(source) || isBlockId(target)) return null;
  const port = doc.edges.filter((e) => e.target === target).length;
  const id = freshEdgeId(source, target, new Set(doc.edges.map((e) => e.id)));
  return { ...doc, edges: [...doc.edges, { id, source, target, targetPort: port }] };
}

/**
 * The document without the given nodes (and every edge touching them) and edges. Each target's remaining inputs
 * are renumbered so its ports stay 0..n-1 in their original order.
 */
export function removeElements(doc: GraphDoc, nodeIds: Set<string>, edgeIds: Set<string>): GraphDoc {
  const keptEdges = doc.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
  const renumbered = keptEdges.map((e) => ({
    ...e,
    targetPort: keptEdges.filter((o) => o.target === e.target && o.targetPort < e.targetPort).length,
  }));
  return { ...doc, nodes: doc.nodes.filter((n) => !nodeIds.has(n.id)), edges: renumbered };
}

/**
 * The document with a new layer of the given type and parameters under a fresh id, at the given position or, when
 * none is given, right of the last layer.
 */
export function addLayer(
  doc: GraphDoc,
  type: string,
  params: Record<string, unknown>,
  position?: Point,
): { doc: GraphDoc; id: string } {
  const id = freshId(doc, type);
  const last = doc.nodes[doc.nodes.length - 1];
  const at = position ?? (last ? { x: last.position.x + APPEND_STEP, y: last.position.y } : FIRST_POSITION);
  return {
    doc: {
      ...doc,
      nodes: [...doc.nodes, { id, type, params, position: { x: Math.round(at.x), y: Math.round(at.y) }, group: null }],
    },
    id,
  };
}
