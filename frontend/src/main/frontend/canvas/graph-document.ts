// The graph document as the server sends it (see docs/graph-format.md). The browser never decides what a
// graph means; it only edits positions and connections and draws the server's analysis.

export interface GraphNodeDoc {
  id: string;
  type: string;
  params: Record<string, unknown>;
  position: { x: number; y: number };
  group: string | null;
}

export interface GraphEdgeDoc {
  id: string;
  source: string;
  target: string;
  targetPort: number;
}

export interface GraphDoc {
  format: string;
  version: number;
  name: string;
  description: string;
  nodes: GraphNodeDoc[];
  edges: GraphEdgeDoc[];
  training: Record<string, unknown>;
}

export interface NodeBadge {
  shape: string | null;
  params: number;
  problems: string[];
}

export interface ProblemView {
  code: string;
  nodeId: string | null;
  edgeId: string | null;
  message: string;
}

export interface CanvasAnalysis {
  nodes: Record<string, NodeBadge>;
  problems: ProblemView[];
  totalParams: number;
}

export interface ParamSpec {
  name: string;
  kind: string;
  defaultValue?: unknown;
  min?: number;
  max?: number;
  options?: string[];
  help?: string;
}

export interface LayerInfo {
  type: string;
  category: string;
  categoryLabel: string;
  summary: string;
  role: string;
  minInputs: number;
  maxInputs: number;
  params: ParamSpec[];
}

/** Palette sections in the order the compiler declares them. */
export const CATEGORY_ORDER = ['INPUTS', 'CORE', 'CONVOLUTION', 'RECURRENT', 'ATTENTION', 'MERGE', 'GAN'];

/** A node id not yet used in the document: "dense3" after dense1 and dense2. */
export function freshId(doc: GraphDoc, type: string, taken: Set<string> = new Set()): string {
  const base = type.toLowerCase().replace(/[^a-z0-9]/g, '') || 'node';
  const used = new Set([...doc.nodes.map((n) => n.id), ...taken]);
  for (let i = 1; ; i++) {
    const candidate = `${base}${i}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** An edge id not in `taken`: "e-a-b", or "e-a-b-2" when a and b are already connected once. */
export function freshEdgeId(source: string, target: string, taken: Set<string>): string {
  let id = `e-${source}-${target}`;
  for (let i = 2; taken.has(id); i++) id = `e-${source}-${target}-${i}`;
  return id;
}

export function defaultParams(info: LayerInfo | undefined): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const spec of info?.params ?? []) {
    if (spec.defaultValue !== undefined && spec.defaultValue !== null) params[spec.name] = spec.defaultValue;
  }
  return params;
}

export function parseJson<T>(text: string | undefined | null): T | null {
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/**
 * A short "units 16 · relu" line summarising the parameters people look at first, in the order the layer catalog
 * declares them (`order`), so an edit never reshuffles it; parameters the catalog does not know come last.
 */
export function paramLine(params: Record<string, unknown>, order: string[] = []): string {
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  return Object.entries(params ?? {})
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object')
    .sort(([a], [b]) => rank(a) - rank(b))
    .slice(0, 3)
    .map(([key, value]) => (typeof value === 'string' ? value : `${key} ${value}`))
    .join(' · ');
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
