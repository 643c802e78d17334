import { describe, expect, it } from 'vitest';
import { blockId } from '../../../main/frontend/canvas/blocks';
import { addLayer, connect, moveNodes, removeElements } from '../../../main/frontend/canvas/document-edits';
import { edge, graph, iris, node, snapshot } from './test-graphs';

/** Three inputs feeding one Concat on ports 0, 1 and 2. */
function merge() {
  return graph(
    [node('a', 'Input'), node('b', 'Input'), node('c', 'Input'), node('concat1', 'Concat')],
    [edge('a', 'concat1', 0), edge('b', 'concat1', 1), edge('c', 'concat1', 2)],
  );
}

describe('moveNodes', () => {
  it('moves the dragged nodes to whole-pixel positions and leaves the others where they are', () => {
    const doc = iris();
    const moved = moveNodes(doc, new Map([['dense1', { x: 300.4, y: 219.6 }]]))!;
    expect(moved.nodes.map((n) => n.position)).toEqual([{ x: 0, y: 100 }, { x: 300, y: 220 }, { x: 540, y: 100 }]);
    expect(moved.edges).toBe(doc.edges);
  });

  it('answers null when the drag ends where it started, so nothing is sent to the server', () => {
    expect(moveNodes(iris(), new Map([['dense1', { x: 270.3, y: 99.8 }]]))).toBeNull();
    expect(moveNodes(iris(), new Map())).toBeNull();
  });

  it('answers null for a drag of a collapsed block, which is not a node of the document', () => {
    expect(moveNodes(iris(), new Map([[blockId('generator'), { x: 5, y: 5 }]]))).toBeNull();
  });

  it('leaves the given document untouched', () => {
    const doc = iris();
    const before = snapshot(doc);
    moveNodes(doc, new Map([['input', { x: 9, y: 9 }]]));
    expect(doc).toEqual(before);
  });
});

describe('connect', () => {
  it('adds an edge into the target\'s first input', () => {
    const doc = graph([node('input1', 'Input'), node('dense1', 'Dense')]);
    expect(connect(doc, 'input1', 'dense1')!.edges).toEqual([
      { id: 'e-input1-dense1', source: 'input1', target: 'dense1', targetPort: 0 },
    ]);
  });

  it('feeds the next free port of a target that already has inputs', () => {
    const doc = graph([node('a', 'Input'), node('b', 'Input'), node('concat1', 'Concat')], [edge('a', 'concat1', 0)]);
    const added = connect(doc, 'b', 'concat1')!.edges[1];
    expect(added).toEqual({ id: 'e-b-concat1', source: 'b', target: 'concat1', targetPort: 1 });
  });

  it('gives a second edge between the same nodes its own id', () => {
    const once = connect(graph([node('a', 'Input'), node('m', 'Add')]), 'a', 'm')!;
    const twice = connect(once, 'a', 'm')!;
    expect(twice.edges.map((e) => [e.id, e.targetPort])).toEqual([['e-a-m', 0], ['e-a-m-2', 1]]);
  });

  it('refuses to wire a collapsed block: its layers must be shown first', () => {
    expect(connect(iris(), blockId('generator'), 'output')).toBeNull();
    expect(connect(iris(), 'input', blockId('discriminator'))).toBeNull();
  });

  it('leaves the given document untouched', () => {
    const doc = iris();
    const before = snapshot(doc);
    connect(doc, 'input', 'output');
    expect(doc).toEqual(before);
  });
});

describe('removeElements', () => {
  it('removes a node with every edge that touches it', () => {
    const doc = removeElements(iris(), new Set(['dense1']), new Set());
    expect(doc.nodes.map((n) => n.id)).toEqual(['input', 'output']);
    expect(doc.edges).toEqual([]);
  });

  it('removes an edge and keeps both of its nodes', () => {
    const doc = removeElements(iris(), new Set(), new Set(['e-input-dense1']));
    expect(doc.nodes).toHaveLength(3);
    expect(doc.edges.map((e) => e.id)).toEqual(['e-dense1-output']);
  });

  it('renumbers the remaining inputs of a target so its ports stay 0..n-1 in their order', () => {
    const withoutMiddle = removeElements(merge(), new Set(['b']), new Set());
    expect(withoutMiddle.edges.map((e) => [e.source, e.targetPort])).toEqual([['a', 0], ['c', 1]]);

    const withoutFirst = removeElements(merge(), new Set(), new Set(['e-a-concat1']));
    expect(withoutFirst.edges.map((e) => [e.source, e.targetPort])).toEqual([['b', 0], ['c', 1]]);
  });

  it('keeps the port order of inputs listed out of order', () => {
    const doc = graph(
      [node('a', 'Input'), node('b', 'Input'), node('c', 'Input'), node('m', 'Concat')],
      [edge('c', 'm', 2), edge('a', 'm', 0), edge('b', 'm', 1)],
    );
    const left = removeElements(doc, new Set(['a']), new Set());
    expect(left.edges.map((e) => [e.source, e.targetPort])).toEqual([['c', 1], ['b', 0]]);
  });

  it('leaves the given document untouched', () => {
    const doc = merge();
    const before = snapshot(doc);
    removeElements(doc, new Set(['a']), new Set(['e-b-concat1']));
    expect(doc).toEqual(before);
  });
});

describe('addLayer', () => {
  it('puts the first layer of an empty canvas at a fixed spot', () => {
    const { doc, id } = addLayer(graph([]), 'Input', { size: 4 });
    expect(id).toBe('input1');
    expect(doc.nodes).toEqual([{ id: 'input1', type: 'Input', params: { size: 4 }, position: { x: 80, y: 160 }, group: null }]);
  });

  it('appends right of the last layer, so clicking "+" builds a chain from left to right', () => {
    const first = addLayer(iris(), 'Dense', { units: 8 });
    const second = addLayer(first.doc, 'Dense', { units: 8 });
    expect([first.id, second.id]).toEqual(['dense2', 'dense3']);
    expect(second.doc.nodes.slice(3).map((n) => n.position)).toEqual([{ x: 810, y: 100 }, { x: 1080, y: 100 }]);
  });

  it('drops a layer where it was let go, in whole pixels', () => {
    const { doc } = addLayer(iris(), 'Dropout', {}, { x: 123.6, y: -40.2 });
    expect(doc.nodes[3].position).toEqual({ x: 124, y: -40 });
  });

  it('adds the layer outside any block and without edges', () => {
    const before = iris();
    const { doc } = addLayer(before, 'Dense', {});
    expect(doc.nodes[3].group).toBeNull();
    expect(doc.edges).toEqual(before.edges);
  });
});
