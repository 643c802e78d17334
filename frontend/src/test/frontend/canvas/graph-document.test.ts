import { describe, expect, it } from 'vitest';
import {
  type LayerInfo,
  defaultParams,
  formatCount,
  freshEdgeId,
  freshId,
  paramLine,
  parseJson,
} from '../../../main/frontend/canvas/graph-document';
import { graph, iris, node } from './test-graphs';

describe('freshId', () => {
  it('numbers the first layer of a type 1', () => {
    expect(freshId(iris(), 'Conv2D')).toBe('conv2d1');
  });

  it('takes the next number after the ids already in the document', () => {
    const doc = graph([node('dense1', 'Dense'), node('dense2', 'Dense')]);
    expect(freshId(doc, 'Dense')).toBe('dense3');
  });

  it('fills the first gap rather than counting the layers', () => {
    const doc = graph([node('dense1', 'Dense'), node('dense3', 'Dense')]);
    expect(freshId(doc, 'Dense')).toBe('dense2');
  });

  it('lower-cases the type and drops everything but letters and digits', () => {
    expect(freshId(graph([]), 'MaxPool2D')).toBe('maxpool2d1');
    expect(freshId(graph([]), 'Self-Attention')).toBe('selfattention1');
  });

  it('falls back to "node" for a type with no letters or digits', () => {
    expect(freshId(graph([]), '--')).toBe('node1');
  });

  it('also avoids the ids reserved by a caller that is adding several nodes at once', () => {
    const doc = graph([node('dense1', 'Dense')]);
    expect(freshId(doc, 'Dense', new Set(['dense2', 'dense3']))).toBe('dense4');
  });

  it('never hands out an id twice when its results are reserved in turn', () => {
    const doc = iris();
    const taken = new Set<string>();
    for (let i = 0; i < 50; i++) {
      taken.add(freshId(doc, 'Dense', taken));
    }
    expect(taken.size).toBe(50);
    for (const existing of doc.nodes) {
      expect(taken.has(existing.id)).toBe(false);
    }
  });
});

describe('freshEdgeId', () => {
  it('names an edge after its ends', () => {
    expect(freshEdgeId('input', 'dense1', new Set())).toBe('e-input-dense1');
  });

  it('adds a counter from 2 when the ends are already connected', () => {
    expect(freshEdgeId('a', 'b', new Set(['e-a-b']))).toBe('e-a-b-2');
    expect(freshEdgeId('a', 'b', new Set(['e-a-b', 'e-a-b-2', 'e-a-b-3']))).toBe('e-a-b-4');
  });
});

describe('defaultParams', () => {
  const dense: LayerInfo = {
    type: 'Dense',
    category: 'CORE',
    categoryLabel: 'Core',
    summary: 'A fully connected layer',
    role: 'HIDDEN',
    minInputs: 1,
    maxInputs: 1,
    params: [
      { name: 'units', kind: 'INT', defaultValue: 16 },
      { name: 'activation', kind: 'CHOICE', defaultValue: 'relu', options: ['relu', 'tanh'] },
      { name: 'dropout', kind: 'DOUBLE', defaultValue: 0 },
      { name: 'name', kind: 'STRING' },
      { name: 'bias', kind: 'BOOLEAN', defaultValue: null },
    ],
  };

  it('takes every declared default, zero included, and leaves out parameters without one', () => {
    expect(defaultParams(dense)).toEqual({ units: 16, activation: 'relu', dropout: 0 });
  });

  it('gives an unknown layer type no parameters', () => {
    expect(defaultParams(undefined)).toEqual({});
  });
});

describe('parseJson', () => {
  it('reads JSON', () => {
    expect(parseJson<{ a: number[] }>('{"a":[1,2]}')).toEqual({ a: [1, 2] });
  });

  it('answers null for nothing and for text that is not JSON, rather than throwing', () => {
    expect(parseJson(undefined)).toBeNull();
    expect(parseJson(null)).toBeNull();
    expect(parseJson('')).toBeNull();
    expect(parseJson('{"nodes": [')).toBeNull();
  });
});

describe('paramLine', () => {
  it('shows at most the first three scalar parameters, a text value on its own', () => {
    expect(paramLine({ units: 16, activation: 'relu', dropout: 0.5, l2: 0.01 })).toBe('units 16 · relu · dropout 0.5');
  });

  it('skips empty and structured values', () => {
    expect(paramLine({ kernel: [5, 5], filters: 20, padding: null, stride: undefined, same: true })).toBe(
      'filters 20 · same true',
    );
  });

  it('is empty for a layer without parameters', () => {
    expect(paramLine({})).toBe('');
  });

  it('follows the given order, unknown parameters last', () => {
    expect(paramLine({ activation: 'relu', extra: 1, units: 8 }, ['units', 'activation'])).toBe(
      'units 8 · relu · extra 1',
    );
  });
});

describe('formatCount', () => {
  it('groups thousands with commas whatever the browser language', () => {
    expect(formatCount(431_080)).toBe('431,080');
    expect(formatCount(131)).toBe('131');
  });
});
