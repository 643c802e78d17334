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

export interface LayerInfo {
  type: string;
  category: string;
  categoryLabel: string;
  summary: string;
  role: string;
  minInputs: number;
  maxInputs: number;
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

/** A short "units=16 · relu" line summarising the parameters people look at first. */
export function paramLine(params: Record<string, unknown>): string {
  return Object.entries(params ?? {})
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object')
    .slice(0, 3)
    .map(([key, value]) => (typeof value === 'string' ? value : `${key} ${value}`))
    .join(' · ');
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
