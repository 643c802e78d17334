import { type GraphDoc, type GraphEdgeDoc, type GraphNodeDoc, freshEdgeId, freshId } from './graph-document';

const KEY = 'deepcanvas.clipboard';
const OFFSET = 40;

type Clip = { nodes: GraphNodeDoc[]; edges: GraphEdgeDoc[] };

/** Copies the selected nodes and the edges between them; kept in localStorage so it pastes into other graphs too. */
export function copySelection(doc: GraphDoc, selected: Set<string>): number {
  const nodes = doc.nodes.filter((n) => selected.has(n.id));
  const edges = doc.edges.filter((e) => selected.has(e.source) && selected.has(e.target));
  if (nodes.length > 0) localStorage.setItem(KEY, JSON.stringify({ nodes, edges } satisfies Clip));
  return nodes.length;
}

export function hasClip(): boolean {
  return localStorage.getItem(KEY) !== null;
}

/** Adds a copy of the clipboard with fresh ids, shifted so it does not hide the original. Returns the new ids. */
export function paste(doc: GraphDoc, clipText: string | null = localStorage.getItem(KEY)): { doc: GraphDoc; ids: string[] } {
  if (!clipText) return { doc, ids: [] };
  let clip: Clip;
  try {
    clip = JSON.parse(clipText) as Clip;
  } catch {
    return { doc, ids: [] };
  }
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const n of clip.nodes) {
    const id = freshId(doc, n.type, taken);
    taken.add(id);
    renamed.set(n.id, id);
  }
  const nodes = clip.nodes.map((n) => ({
    ...n,
    id: renamed.get(n.id)!,
    position: { x: n.position.x + OFFSET, y: n.position.y + OFFSET },
  }));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const edges = clip.edges.map((e) => {
    const source = renamed.get(e.source)!;
    const target = renamed.get(e.target)!;
    const id = freshEdgeId(source, target, edgeIds);
    edgeIds.add(id);
    return { ...e, id, source, target };
  });
  return { doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] }, ids: nodes.map((n) => n.id) };
}

/** Duplicate = copy + paste without touching the shared clipboard. */
export function duplicate(doc: GraphDoc, selected: Set<string>): { doc: GraphDoc; ids: string[] } {
  const nodes = doc.nodes.filter((n) => selected.has(n.id));
  const edges = doc.edges.filter((e) => selected.has(e.source) && selected.has(e.target));
  return paste(doc, JSON.stringify({ nodes, edges }));
}
