import { describe, expect, it } from 'vitest';
import { copySelection, duplicate, hasClip, paste } from '../../../main/frontend/canvas/clipboard';
import { edge, graph, iris, node, snapshot } from './test-graphs';

describe('copySelection', () => {
  it('counts the copied nodes and makes the clipboard available', () => {
    expect(hasClip()).toBe(false);
    expect(copySelection(iris(), new Set(['dense1', 'output']))).toBe(2);
    expect(hasClip()).toBe(true);
  });

  it('leaves the clipboard as it was when nothing is selected', () => {
    copySelection(iris(), new Set(['dense1']));
    const before = localStorage.getItem('deepcanvas.clipboard');
    expect(copySelection(iris(), new Set())).toBe(0);
    expect(copySelection(iris(), new Set(['no-such-node']))).toBe(0);
    expect(localStorage.getItem('deepcanvas.clipboard')).toBe(before);
  });
});

describe('paste', () => {
  it('adds the copied nodes under fresh ids, moved down and right, with their parameters and block', () => {
    const source = graph([node('dense1', 'Dense', { x: 100, y: 50 }, 'generator', { units: 64, activation: 'tanh' })]);
    copySelection(source, new Set(['dense1']));

    const { doc, ids } = paste(source);

    expect(ids).toEqual(['dense2']);
    expect(doc.nodes).toHaveLength(2);
    expect(doc.nodes[1]).toEqual({
      id: 'dense2',
      type: 'Dense',
      params: { units: 64, activation: 'tanh' },
      position: { x: 140, y: 90 },
      group: 'generator',
    });
  });

  it('keeps only the edges between copied nodes and rewires them to the copies', () => {
    const doc = iris();
    copySelection(doc, new Set(['input', 'dense1']));

    const pasted = paste(doc);

    expect(pasted.ids).toEqual(['input1', 'dense2']);
    const added = pasted.doc.edges.slice(doc.edges.length);
    expect(added).toEqual([{ id: 'e-input1-dense2', source: 'input1', target: 'dense2', targetPort: 0 }]);
    // The edge from dense1 to output was not part of the selection's inside, so it is not duplicated.
    expect(pasted.doc.edges).toHaveLength(3);
  });

  it('keeps every original node and edge, and leaves the given document untouched', () => {
    const doc = iris();
    const before = snapshot(doc);
    copySelection(doc, new Set(['input', 'dense1', 'output']));

    const pasted = paste(doc);

    expect(doc).toEqual(before);
    expect(pasted.doc.nodes.slice(0, 3)).toEqual(before.nodes);
    expect(pasted.doc.edges.slice(0, 2)).toEqual(before.edges);
    expect(pasted.doc.name).toBe(before.name);
    expect(pasted.doc.training).toEqual(before.training);
  });

  it('gives distinct node and edge ids when the same clipboard is pasted again and again', () => {
    let doc = iris();
    copySelection(doc, new Set(['input', 'dense1', 'output']));
    for (let i = 0; i < 4; i++) {
      doc = paste(doc).doc;
    }
    const nodeIds = doc.nodes.map((n) => n.id);
    const edgeIds = doc.edges.map((e) => e.id);
    expect(nodeIds).toHaveLength(15);
    expect(new Set(nodeIds).size).toBe(15);
    expect(edgeIds).toHaveLength(10);
    expect(new Set(edgeIds).size).toBe(10);
    for (const e of doc.edges) {
      expect(nodeIds).toContain(e.source);
      expect(nodeIds).toContain(e.target);
    }
  });

  it('pastes into another graph, renaming the nodes whose ids that graph already uses', () => {
    copySelection(iris(), new Set(['dense1', 'output']));
    const other = graph([node('dense1', 'Dense'), node('dense2', 'Dense')], []);

    const pasted = paste(other);

    expect(pasted.ids).toEqual(['dense3', 'output1']);
    expect(pasted.doc.edges).toEqual([{ id: 'e-dense3-output1', source: 'dense3', target: 'output1', targetPort: 0 }]);
  });

  it('keeps the input port of a copied edge, so a merge layer keeps the order of its inputs', () => {
    const merge = graph(
      [node('a', 'Input'), node('b', 'Input'), node('concat1', 'Concat')],
      [edge('a', 'concat1', 1), edge('b', 'concat1', 0)],
    );
    copySelection(merge, new Set(['a', 'b', 'concat1']));

    const added = paste(merge).doc.edges.slice(2);

    expect(added.map((e) => [e.source, e.target, e.targetPort])).toEqual([
      ['input1', 'concat2', 1],
      ['input2', 'concat2', 0],
    ]);
  });

  it('suffixes an edge id that the document already uses for other ends', () => {
    // A document whose edge ids do not follow the usual pattern may already hold the id a copy would get.
    const doc = graph([node('a', 'Input'), node('b', 'Dense')], [{ id: 'e-input1-dense1', source: 'a', target: 'b', targetPort: 0 }]);
    copySelection(doc, new Set(['a', 'b']));

    const added = paste(doc).doc.edges.slice(1);

    expect(added).toEqual([{ id: 'e-input1-dense1-2', source: 'input1', target: 'dense1', targetPort: 0 }]);
  });

  it('changes nothing when the clipboard is empty or holds something that is not a copy', () => {
    const doc = iris();
    expect(paste(doc)).toEqual({ doc, ids: [] });
    expect(paste(doc, null)).toEqual({ doc, ids: [] });
    expect(paste(doc, 'not json')).toEqual({ doc, ids: [] });
  });
});

describe('duplicate', () => {
  it('copies and pastes the selection in one step', () => {
    const { doc, ids } = duplicate(iris(), new Set(['dense1', 'output']));
    expect(ids).toEqual(['dense2', 'output1']);
    expect(doc.edges.map((e) => e.id)).toEqual(['e-input-dense1', 'e-dense1-output', 'e-dense2-output1']);
    expect(doc.nodes.find((n) => n.id === 'dense2')?.position).toEqual({ x: 310, y: 140 });
  });

  it('does not touch the shared clipboard', () => {
    copySelection(iris(), new Set(['input']));
    const clip = localStorage.getItem('deepcanvas.clipboard');

    duplicate(iris(), new Set(['dense1']));

    expect(localStorage.getItem('deepcanvas.clipboard')).toBe(clip);
  });

  it('adds nothing for an empty selection', () => {
    const doc = iris();
    const result = duplicate(doc, new Set());
    expect(result.ids).toEqual([]);
    expect(result.doc).toEqual(doc);
  });
});
