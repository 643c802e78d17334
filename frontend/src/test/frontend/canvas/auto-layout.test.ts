import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../main/frontend/canvas/auto-layout';
import type { GraphDoc, GraphNodeDoc } from '../../../main/frontend/canvas/graph-document';
import { edge, graph, iris, node, snapshot } from './test-graphs';

/** The size auto-layout reserves for a node; the canvas draws layer nodes within it. */
const WIDTH = 210;
const HEIGHT = 100;

function at(doc: GraphDoc, id: string): { x: number; y: number } {
  return doc.nodes.find((n) => n.id === id)!.position;
}

function overlap(a: GraphNodeDoc, b: GraphNodeDoc): boolean {
  return (
    a.position.x < b.position.x + WIDTH &&
    b.position.x < a.position.x + WIDTH &&
    a.position.y < b.position.y + HEIGHT &&
    b.position.y < a.position.y + HEIGHT
  );
}

/** An encoder with a skip connection and two heads, every node piled on the same spot. */
function piledUp(): GraphDoc {
  const ids = ['input', 'conv1', 'conv2', 'pool', 'skip', 'add', 'dense', 'head1', 'head2'];
  return graph(
    ids.map((id) => node(id, 'Dense', { x: 5, y: 5 })),
    [
      edge('input', 'conv1'),
      edge('conv1', 'conv2'),
      edge('conv2', 'pool'),
      edge('input', 'skip'),
      edge('pool', 'add', 0),
      edge('skip', 'add', 1),
      edge('add', 'dense'),
      edge('dense', 'head1'),
      edge('dense', 'head2'),
    ],
  );
}

describe('autoLayout', () => {
  it('lays a chain out from left to right on one row', () => {
    const doc = iris();
    doc.nodes = [node('output', 'Output', { x: 0, y: 0 }), node('dense1', 'Dense', { x: 0, y: 300 }), node('input', 'Input', { x: 900, y: 40 })];

    const laidOut = autoLayout(doc);

    expect(at(laidOut, 'input').x).toBeLessThan(at(laidOut, 'dense1').x);
    expect(at(laidOut, 'dense1').x).toBeLessThan(at(laidOut, 'output').x);
    expect(new Set(laidOut.nodes.map((n) => n.position.y)).size).toBe(1);
  });

  it('places every node after all the nodes that feed it', () => {
    const laidOut = autoLayout(piledUp());
    for (const e of laidOut.edges) {
      expect(at(laidOut, e.source).x, `${e.source} → ${e.target}`).toBeLessThan(at(laidOut, e.target).x);
    }
  });

  it('leaves no two nodes overlapping, branches included', () => {
    const laidOut = autoLayout(piledUp());
    for (let i = 0; i < laidOut.nodes.length; i++) {
      for (let j = i + 1; j < laidOut.nodes.length; j++) {
        const [a, b] = [laidOut.nodes[i], laidOut.nodes[j]];
        expect(overlap(a, b), `${a.id} at ${JSON.stringify(a.position)} and ${b.id} at ${JSON.stringify(b.position)}`).toBe(false);
      }
    }
  });

  it('puts unconnected nodes apart as well', () => {
    const laidOut = autoLayout(graph([node('a', 'Input'), node('b', 'Input'), node('c', 'Input')]));
    const [a, b, c] = laidOut.nodes;
    expect([overlap(a, b), overlap(a, c), overlap(b, c)]).toEqual([false, false, false]);
  });

  it('uses whole pixels inside the margin', () => {
    for (const n of autoLayout(piledUp()).nodes) {
      expect(Number.isInteger(n.position.x) && Number.isInteger(n.position.y), n.id).toBe(true);
      expect(n.position.x).toBeGreaterThanOrEqual(20);
      expect(n.position.y).toBeGreaterThanOrEqual(20);
    }
  });

  it('moves nodes only: ids, order, types, parameters, blocks, edges and settings stay as they were', () => {
    const doc = piledUp();
    doc.nodes[1] = { ...doc.nodes[1], params: { filters: 20, kernel: [5, 5] }, group: 'generator' };
    const before = snapshot(doc);

    const laidOut = autoLayout(doc);

    expect(doc).toEqual(before);
    expect(laidOut.nodes.map(({ position, ...rest }) => rest)).toEqual(before.nodes.map(({ position, ...rest }) => rest));
    expect(laidOut.edges).toEqual(before.edges);
    expect({ ...laidOut, nodes: [] }).toEqual({ ...before, nodes: [] });
  });

  it('ignores an edge whose end is missing rather than inventing a node for it', () => {
    const doc = graph([node('a', 'Input'), node('b', 'Dense')], [edge('a', 'b'), edge('b', 'ghost')]);
    const laidOut = autoLayout(doc);
    expect(laidOut.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(at(laidOut, 'a').x).toBeLessThan(at(laidOut, 'b').x);
  });

  it('lays out an empty graph as an empty graph', () => {
    expect(autoLayout(graph([])).nodes).toEqual([]);
  });

  it('is tested against the dagre version the app bundles', () => {
    // vitest.config.ts points the canvas's dagre import at this package's copy; both must be the same release.
    const app = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8'));
    const tests = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(tests.devDependencies['@dagrejs/dagre']).toBe(app.dependencies['@dagrejs/dagre']);
  });
});
