// Small graph documents for the tests, built the way the server sends them.
import type { GraphDoc, GraphEdgeDoc, GraphNodeDoc } from '../../../main/frontend/canvas/graph-document';

export function node(
  id: string,
  type: string,
  position: { x: number; y: number } = { x: 0, y: 0 },
  group: string | null = null,
  params: Record<string, unknown> = {},
): GraphNodeDoc {
  return { id, type, params, position, group };
}

export function edge(source: string, target: string, targetPort = 0, id = `e-${source}-${target}`): GraphEdgeDoc {
  return { id, source, target, targetPort };
}

export function graph(nodes: GraphNodeDoc[], edges: GraphEdgeDoc[] = []): GraphDoc {
  return {
    format: 'deepcanvas-graph',
    version: 1,
    name: 'Test graph',
    description: '',
    nodes,
    edges,
    training: { optimizer: 'adam', epochs: 5 },
  };
}

/** Input(4) → Dense(16, relu) → Output(3, softmax), laid out left to right: the starter template's shape. */
export function iris(): GraphDoc {
  return graph(
    [
      node('input', 'Input', { x: 0, y: 100 }, null, { size: 4 }),
      node('dense1', 'Dense', { x: 270, y: 100 }, null, { units: 16, activation: 'relu' }),
      node('output', 'Output', { x: 540, y: 100 }, null, { units: 3, activation: 'softmax' }),
    ],
    [edge('input', 'dense1'), edge('dense1', 'output')],
  );
}

/** A deep copy, to check afterwards that a function left its argument as it was. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}
