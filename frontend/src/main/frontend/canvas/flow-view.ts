// How the document and the server's analysis become React Flow's nodes and edges.
import type { Edge, Node } from '@xyflow/react';
import { type CanvasAnalysis, type GraphDoc, type LayerInfo, paramLine } from './graph-document';

export type LayerNodeData = {
  type: string;
  category: string;
  summary: string;
  role: string;
  paramText: string;
  shape: string | null;
  params: number | null;
  problems: string[];
  group: string | null;
};

export type LayerFlowNode = Node<LayerNodeData, 'layer'>;

/** How many node ids one document change may add or remove and still keep the user's view where it is. */
const SMALL_EDIT = 2;

function sameData(a: LayerNodeData, b: LayerNodeData): boolean {
  return (
    a.type === b.type &&
    a.category === b.category &&
    a.role === b.role &&
    a.paramText === b.paramText &&
    a.shape === b.shape &&
    a.params === b.params &&
    a.group === b.group &&
    a.problems.join('\n') === b.problems.join('\n')
  );
}

/** Keeps the previous object for every node that did not change, so React Flow skips it. */
export function reconcile(previous: LayerFlowNode[], next: LayerFlowNode[]): LayerFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const old = before.get(n.id);
    return old &&
      old.position.x === n.position.x &&
      old.position.y === n.position.y &&
      !!old.selected === !!n.selected &&
      sameData(old.data, n.data)
      ? old
      : n;
  });
}

/** One layer node per document node, carrying the catalog's description and the server's badge. */
export function toFlowNodes(
  doc: GraphDoc,
  analysis: CanvasAnalysis | null,
  layers: Map<string, LayerInfo>,
  selected: Set<string>,
): LayerFlowNode[] {
  return doc.nodes.map((n) => {
    const info = layers.get(n.type);
    const badge = analysis?.nodes?.[n.id];
    const problems = badge?.problems ?? [];
    return {
      id: n.id,
      type: 'layer',
      // What a screen reader says when the node gets focus: its type and id, and its most important problem.
      ariaLabel: `${n.type} ${n.id}${problems.length > 0 ? `, problem: ${problems[0]}` : ''}`,
      position: { x: n.position?.x ?? 0, y: n.position?.y ?? 0 },
      selected: selected.has(n.id),
      data: {
        type: n.type,
        category: info?.category ?? 'UNKNOWN',
        summary: info?.summary ?? n.type,
        role: info?.role ?? 'HIDDEN',
        paramText: paramLine(n.params, (info?.params ?? []).map((p) => p.name)),
        shape: badge?.shape ?? null,
        params: badge ? badge.params : null,
        problems: badge?.problems ?? [],
        group: n.group ?? null,
      },
    };
  });
}

/** One edge per document edge; a target with several inputs numbers them, and an edge with a problem is marked. */
export function toFlowEdges(doc: GraphDoc, analysis: CanvasAnalysis | null): Edge[] {
  const brokenEdges = new Set((analysis?.problems ?? []).map((p) => p.edgeId).filter((id): id is string => !!id));
  return doc.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    label: doc.edges.filter((other) => other.target === e.target).length > 1 ? `#${e.targetPort + 1}` : undefined,
    className: brokenEdges.has(e.id) ? 'dc-edge-broken' : undefined,
  }));
}

/**
 * Whether a new document replaces most of the graph (opening a version, an import, undoing a paste), so the view
 * is framed anew; a small edit, or the very first document, keeps the user's view where it is.
 */
export function replacesGraph(previousIds: Set<string>, nextIds: Set<string>): boolean {
  if (previousIds.size === 0) return false;
  let changed = 0;
  nextIds.forEach((id) => { if (!previousIds.has(id)) changed++; });
  previousIds.forEach((id) => { if (!nextIds.has(id)) changed++; });
  return changed > SMALL_EDIT;
}
