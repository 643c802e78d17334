import type { Edge, Node } from '@xyflow/react';
import type { CanvasAnalysis, GraphDoc } from './graph-document';

/** The GAN blocks a document uses, in a stable order. */
export function groupsOf(doc: GraphDoc): string[] {
  const groups = new Set(doc.nodes.map((n) => n.group).filter((g): g is string => !!g));
  return ['generator', 'discriminator'].filter((g) => groups.has(g));
}

export function blockId(group: string): string {
  return `__block-${group}`;
}

export function isBlockId(id: string): boolean {
  return id.startsWith('__block-');
}

export type BlockNodeData = { group: string; layers: number; params: number; shape: string | null };

/**
 * A collapsed block is drawn as one node standing for all its layers; edges that cross the block's border are
 * redrawn to it. This is only a view: the document keeps every layer and edge.
 */
export function collapse(
  doc: GraphDoc,
  analysis: CanvasAnalysis | null,
  collapsed: Set<string>,
  nodes: Node[],
  edges: Edge[],
): { nodes: Node[]; edges: Edge[] } {
  if (collapsed.size === 0) return { nodes, edges };
  const groupOf = new Map(doc.nodes.map((n) => [n.id, n.group ?? null] as const));
  const hidden = (id: string) => {
    const g = groupOf.get(id);
    return !!g && collapsed.has(g);
  };
  const blocks: Node[] = [];
  for (const group of collapsed) {
    const members = doc.nodes.filter((n) => n.group === group);
    if (members.length === 0) continue;
    const x = members.reduce((s, n) => s + n.position.x, 0) / members.length;
    const y = members.reduce((s, n) => s + n.position.y, 0) / members.length;
    const params = members.reduce((s, n) => s + (analysis?.nodes?.[n.id]?.params ?? 0), 0);
    // The block's output is what leaves it: the member whose result is used outside (or the last one).
    const leaving = doc.edges.find((e) => members.some((m) => m.id === e.source) && !members.some((m) => m.id === e.target));
    const last = leaving ? leaving.source : members[members.length - 1].id;
    blocks.push({
      id: blockId(group),
      type: 'block',
      position: { x, y },
      draggable: false,
      deletable: false,
      selectable: false,
      data: { group, layers: members.length, params, shape: analysis?.nodes?.[last]?.shape ?? null } satisfies BlockNodeData,
    });
  }
  const visibleNodes = nodes.filter((n) => !hidden(n.id)).concat(blocks);
  const seen = new Set<string>();
  const visibleEdges: Edge[] = [];
  for (const e of edges) {
    const source = hidden(e.source) ? blockId(groupOf.get(e.source)!) : e.source;
    const target = hidden(e.target) ? blockId(groupOf.get(e.target)!) : e.target;
    if (source === target) continue; // an edge inside the block
    const key = `${source}->${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    visibleEdges.push({ ...e, id: source === e.source && target === e.target ? e.id : `__view-${key}`, source, target, deletable: source === e.source && target === e.target });
  }
  return { nodes: visibleNodes, edges: visibleEdges };
}
