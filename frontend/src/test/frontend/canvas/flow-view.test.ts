import { describe, expect, it } from 'vitest';
import {
  type LayerFlowNode,
  reconcile,
  replacesGraph,
  toFlowEdges,
  toFlowNodes,
} from '../../../main/frontend/canvas/flow-view';
import type { CanvasAnalysis, LayerInfo } from '../../../main/frontend/canvas/graph-document';
import { edge, graph, iris, node } from './test-graphs';

const catalog = new Map<string, LayerInfo>(
  [
    { type: 'Input', category: 'INPUTS', role: 'INPUT', summary: 'Where the data comes in' },
    { type: 'Dense', category: 'CORE', role: 'HIDDEN', summary: 'A fully connected layer' },
    { type: 'Output', category: 'CORE', role: 'OUTPUT', summary: 'The prediction and its loss' },
  ].map((l) => [l.type, { ...l, categoryLabel: l.category, minInputs: 0, maxInputs: 1, params: [] }]),
);

const analysis: CanvasAnalysis = {
  nodes: {
    input: { shape: '4', params: 0, problems: [] },
    dense1: { shape: '16', params: 80, problems: [] },
    output: { shape: '3', params: 51, problems: ['Output expects a class count'] },
  },
  problems: [{ code: 'SHAPE_MISMATCH', nodeId: 'output', edgeId: 'e-dense1-output', message: 'shapes differ' }],
  totalParams: 131,
};

function flowNodes(selected: string[] = [], result: CanvasAnalysis | null = analysis): LayerFlowNode[] {
  return toFlowNodes(iris(), result, catalog, new Set(selected));
}

describe('toFlowNodes', () => {
  it('draws each layer with its catalog entry, parameter line and the server\'s badge', () => {
    const dense = flowNodes(['dense1'])[1];
    expect(dense).toEqual({
      id: 'dense1',
      type: 'layer',
      ariaLabel: 'Dense dense1',
      position: { x: 270, y: 100 },
      selected: true,
      data: {
        type: 'Dense',
        category: 'CORE',
        summary: 'A fully connected layer',
        role: 'HIDDEN',
        paramText: 'units 16 · relu',
        shape: '16',
        params: 80,
        problems: [],
        group: null,
      },
    });
  });

  it('passes the problems of a broken layer on', () => {
    expect(flowNodes()[2].data.problems).toEqual(['Output expects a class count']);
  });

  it('names each node for screen readers, with its most important problem', () => {
    expect(flowNodes()[2].ariaLabel).toBe('Output output, problem: Output expects a class count');
  });

  it('writes the parameter line in the order the catalog declares, whatever order an edit left', () => {
    const withSpecs = new Map(catalog);
    withSpecs.set('Dense', {
      ...catalog.get('Dense')!,
      params: [{ name: 'units', kind: 'INT' }, { name: 'activation', kind: 'CHOICE' }],
    });
    const edited = iris();
    edited.nodes[1] = { ...edited.nodes[1], params: { activation: 'tanh', units: 32 } };
    expect(toFlowNodes(edited, null, withSpecs, new Set())[1].data.paramText).toBe('units 32 · tanh');
  });

  it('shows no shape and no parameter count before the first analysis arrives', () => {
    const data = flowNodes([], null)[1].data;
    expect([data.shape, data.params, data.problems]).toEqual([null, null, []]);
  });

  it('draws a layer type the catalog does not know as a plain hidden layer', () => {
    const [unknown] = toFlowNodes(graph([node('x1', 'Mystery')]), null, catalog, new Set());
    expect(unknown.data).toMatchObject({ category: 'UNKNOWN', role: 'HIDDEN', summary: 'Mystery' });
  });
});

describe('toFlowEdges', () => {
  it('numbers the inputs of a layer fed by several edges, and only those', () => {
    const doc = graph(
      [node('a', 'Input'), node('b', 'Input'), node('m', 'Concat'), node('d', 'Dense')],
      [edge('a', 'm', 0), edge('b', 'm', 1), edge('m', 'd', 0)],
    );
    expect(toFlowEdges(doc, null).map((e) => e.label)).toEqual(['#1', '#2', undefined]);
  });

  it('marks the edges the analysis names in a problem', () => {
    expect(toFlowEdges(iris(), analysis).map((e) => [e.id, e.className])).toEqual([
      ['e-input-dense1', undefined],
      ['e-dense1-output', 'dc-edge-broken'],
    ]);
  });
});

describe('reconcile', () => {
  it('keeps the previous object of every node that did not change, so React does not redraw it', () => {
    const before = flowNodes();
    const after = reconcile(before, flowNodes());
    after.forEach((n, i) => expect(n).toBe(before[i]));
  });

  it('takes the new object for a node whose badge, selection or position changed', () => {
    const before = flowNodes();
    const changedAnalysis: CanvasAnalysis = {
      ...analysis,
      nodes: { ...analysis.nodes, dense1: { shape: '32', params: 160, problems: [] } },
    };
    const rebadged = reconcile(before, flowNodes([], changedAnalysis));
    expect(rebadged.map((n, i) => n === before[i])).toEqual([true, false, true]);

    const selected = reconcile(before, flowNodes(['output']));
    expect(selected.map((n, i) => n === before[i])).toEqual([true, true, false]);

    const next = flowNodes();
    next[0] = { ...next[0], position: { x: 1, y: 100 } };
    expect(reconcile(before, next)[0]).toBe(next[0]);
  });

  it('takes the new object when only the problems of a node changed', () => {
    const before = flowNodes();
    const fixed: CanvasAnalysis = { ...analysis, nodes: { ...analysis.nodes, output: { shape: '3', params: 51, problems: [] } } };
    expect(reconcile(before, flowNodes([], fixed))[2]).not.toBe(before[2]);
  });

  it('follows the new list: added nodes appear, removed ones go', () => {
    const before = flowNodes();
    const next = toFlowNodes(graph([node('dense1', 'Dense', { x: 270, y: 100 }, null, { units: 16, activation: 'relu' }), node('extra', 'Dense')]), analysis, catalog, new Set());
    const result = reconcile(before, next);
    expect(result.map((n) => n.id)).toEqual(['dense1', 'extra']);
    expect(result[0]).toBe(before[1]);
  });
});

describe('replacesGraph', () => {
  const ids = (...list: string[]) => new Set(list);

  it('keeps the view for the very first document', () => {
    expect(replacesGraph(ids(), ids('a', 'b', 'c', 'd'))).toBe(false);
  });

  it('keeps the view for an edit that adds or removes two nodes in all', () => {
    expect(replacesGraph(ids('a', 'b'), ids('a', 'b', 'c', 'd'))).toBe(false);
    expect(replacesGraph(ids('a', 'b', 'c', 'd'), ids('a', 'b'))).toBe(false);
    expect(replacesGraph(ids('a', 'b', 'c'), ids('a', 'c', 'd'))).toBe(false);
  });

  it('frames the view anew when three or more nodes come or go', () => {
    expect(replacesGraph(ids('a', 'b'), ids('a', 'b', 'c', 'd', 'e'))).toBe(true);
    expect(replacesGraph(ids('a', 'b', 'c'), ids('a', 'd'))).toBe(true);
    expect(replacesGraph(ids('a', 'b', 'c'), ids('x', 'y', 'z'))).toBe(true);
  });
});
