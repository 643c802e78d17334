import { describe, expect, it } from 'vitest';
import { CATEGORY_ORDER, type LayerInfo } from '../../../main/frontend/canvas/graph-document';
import { paletteGroups } from '../../../main/frontend/canvas/palette-groups';

function layer(type: string, category: string, categoryLabel: string, summary: string): LayerInfo {
  return { type, category, categoryLabel, summary, role: 'HIDDEN', minInputs: 1, maxInputs: 1, params: [] };
}

// Listed out of the palette's order on purpose.
const catalog: LayerInfo[] = [
  layer('LSTM', 'RECURRENT', 'Recurrent', 'Long short-term memory over a sequence'),
  layer('Dense', 'CORE', 'Core', 'A fully connected layer'),
  layer('Input', 'INPUTS', 'Inputs', 'A vector of features'),
  layer('Conv2D', 'CONVOLUTION', 'Convolution', 'Learns small image filters'),
  layer('Dropout', 'CORE', 'Core', 'Randomly silences units while training'),
  layer('GRU', 'RECURRENT', 'Recurrent', 'A gated recurrent unit'),
];

const names = (query: string) => paletteGroups(catalog, query).map((g) => [g.label, g.items.map((l) => l.type)]);

describe('paletteGroups', () => {
  it('shows every layer in the compiler\'s category order, keeping the catalog\'s order inside a section', () => {
    expect(names('')).toEqual([
      ['Inputs', ['Input']],
      ['Core', ['Dense', 'Dropout']],
      ['Convolution', ['Conv2D']],
      ['Recurrent', ['LSTM', 'GRU']],
    ]);
  });

  it('finds layers by type, ignoring case and surrounding spaces', () => {
    expect(names('  lstm ')).toEqual([['Recurrent', ['LSTM']]]);
  });

  it('finds layers by a word of their summary', () => {
    expect(names('IMAGE')).toEqual([['Convolution', ['Conv2D']]]);
  });

  it('finds every layer of a family by the family\'s name', () => {
    expect(names('recurrent')).toEqual([['Recurrent', ['LSTM', 'GRU']]]);
  });

  it('shows no section when nothing matches', () => {
    expect(paletteGroups(catalog, 'transformer')).toEqual([]);
  });

  it('leaves out layers of a category the palette does not know', () => {
    const withStranger = [...catalog, layer('Mystery', 'UNHEARD_OF', 'Unheard of', 'Not in CATEGORY_ORDER')];
    const shown = paletteGroups(withStranger, '').flatMap((g) => g.items.map((l) => l.type));
    expect(shown).not.toContain('Mystery');
    expect(CATEGORY_ORDER).not.toContain('UNHEARD_OF');
  });
});
