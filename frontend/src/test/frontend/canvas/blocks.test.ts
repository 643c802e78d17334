import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { type BlockNodeData, blockId, collapse, groupsOf, isBlockId } from '../../../main/frontend/canvas/blocks';
import type { CanvasAnalysis, GraphDoc } from '../../../main/frontend/canvas/graph-document';
import { edge, graph, node } from './test-graphs';

/** noise → g1 → g2 → (generator ends) d1 → d2 → out, with g1/g2 in the generator and d1/d2 in the discriminator. */
function gan(): GraphDoc {
  return graph(
    [
      node('noise', 'NoiseInput', { x: 0, y: 0 }),
      node('g1', 'Dense', { x: 200, y: 0 }, 'generator'),
      node('g2', 'Dense', { x: 400, y: 100 }, 'generator'),
      node('d1', 'Dense', { x: 600, y: 0 }, 'discriminator'),
      node('d2', 'Dense', { x: 800, y: 0 }, 'discriminator'),
      node('out', 'Output', { x: 1000, y: 0 }),
    ],
    [edge('noise', 'g1'), edge('g1', 'g2'), edge('g2', 'd1'), edge('d1', 'd2'), edge('d2', 'out')],
  );
}

const analysis: CanvasAnalysis = {
  nodes: {
    noise: { shape: '100', params: 0, problems: [] },
    g1: { shape: '128', params: 12_928, problems: [] },
    g2: { shape: '784', params: 101_136, problems: [] },
    d1: { shape: '64', params: 50_240, problems: [] },
    d2: { shape: '1', params: 65, problems: [] },
    out: { shape: '1', params: 2, problems: [] },
  },
  problems: [],
  totalParams: 164_371,
};

/** What the canvas draws before collapsing: a node per document node, an edge per document edge. */
function drawn(doc: GraphDoc): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: doc.nodes.map((n) => ({ id: n.id, position: n.position, data: {} })),
    edges: doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}

function view(doc: GraphDoc, collapsed: string[]) {
  const { nodes, edges } = drawn(doc);
  return collapse(doc, analysis, new Set(collapsed), nodes, edges);
}

describe('groupsOf', () => {
  it('lists the blocks in use, generator before discriminator whatever the order of the nodes', () => {
    const doc = gan();
    doc.nodes.reverse();
    expect(groupsOf(doc)).toEqual(['generator', 'discriminator']);
  });

  it('lists only the blocks some node belongs to', () => {
    expect(groupsOf(graph([node('a', 'Dense', undefined, 'discriminator'), node('b', 'Dense')]))).toEqual(['discriminator']);
    expect(groupsOf(graph([node('a', 'Dense')]))).toEqual([]);
  });
});

describe('block ids', () => {
  it('cannot be mistaken for a layer id that freshId gives', () => {
    expect(blockId('generator')).toBe('__block-generator');
    expect(isBlockId(blockId('discriminator'))).toBe(true);
    expect(isBlockId('dense1')).toBe(false);
    expect(isBlockId('generator')).toBe(false);
  });
});

describe('collapse', () => {
  it('returns the drawn nodes and edges themselves when no block is collapsed', () => {
    const { nodes, edges } = drawn(gan());
    const result = collapse(gan(), analysis, new Set(), nodes, edges);
    expect(result.nodes).toBe(nodes);
    expect(result.edges).toBe(edges);
  });

  it('draws a collapsed block as one node in place of its layers', () => {
    const result = view(gan(), ['generator']);
    expect(result.nodes.map((n) => n.id)).toEqual(['noise', 'd1', 'd2', 'out', '__block-generator']);
  });

  it('puts the block at the mean position of its layers and sums their parameters', () => {
    const block = view(gan(), ['generator']).nodes.find((n) => n.id === '__block-generator')!;
    expect(block.position).toEqual({ x: 300, y: 50 });
    expect(block.data).toEqual({ group: 'generator', layers: 2, params: 12_928 + 101_136, shape: '784' } satisfies BlockNodeData);
    expect(block.type).toBe('block');
    expect([block.draggable, block.deletable, block.selectable]).toEqual([false, false, false]);
  });

  it('gives the block the shape of the layer whose result leaves it, not of its last node', () => {
    const doc = gan();
    // Wired noise → g2 → g1 → d1: g1, although listed first, is the layer whose result leaves the block.
    doc.edges = [edge('noise', 'g2'), edge('g2', 'g1'), edge('g1', 'd1'), edge('d1', 'd2'), edge('d2', 'out')];
    const block = view(doc, ['generator']).nodes.find((n) => n.id === '__block-generator')!;
    expect((block.data as BlockNodeData).shape).toBe('128');
  });

  it('redraws the edges that cross the border to the block and drops those inside it', () => {
    const edges = view(gan(), ['generator']).edges;
    expect(edges.map((e) => [e.id, e.source, e.target, e.deletable])).toEqual([
      ['__view-noise->__block-generator', 'noise', '__block-generator', false],
      ['__view-__block-generator->d1', '__block-generator', 'd1', false],
      ['e-d1-d2', 'd1', 'd2', true],
      ['e-d2-out', 'd2', 'out', true],
    ]);
  });

  it('draws one edge where several layers of the block feed the same node', () => {
    const doc = gan();
    doc.edges.push(edge('g1', 'd1', 1));
    const edges = view(doc, ['generator']).edges;
    expect(edges.filter((e) => e.target === 'd1')).toHaveLength(1);
  });

  it('connects two collapsed blocks to each other', () => {
    const result = view(gan(), ['generator', 'discriminator']);
    expect(result.nodes.map((n) => n.id)).toEqual(['noise', 'out', '__block-generator', '__block-discriminator']);
    expect(result.edges.map((e) => `${e.source}->${e.target}`)).toEqual([
      'noise->__block-generator',
      '__block-generator->__block-discriminator',
      '__block-discriminator->out',
    ]);
  });

  it('only changes the view: the document keeps every layer and edge', () => {
    const doc = gan();
    const before = structuredClone(doc);
    view(doc, ['generator', 'discriminator']);
    expect(doc).toEqual(before);
  });

  it('draws no block for a group without layers, and zero parameters before the first analysis', () => {
    const doc = gan();
    const { nodes, edges } = drawn(doc);
    const result = collapse(doc, null, new Set(['discriminator', 'critic']), nodes, edges);
    const blocks = result.nodes.filter((n) => isBlockId(n.id));
    expect(blocks.map((n) => n.id)).toEqual(['__block-discriminator']);
    expect(blocks[0].data).toMatchObject({ params: 0, shape: null });
  });
});
