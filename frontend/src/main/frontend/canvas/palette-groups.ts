import { CATEGORY_ORDER, type LayerInfo } from './graph-document';

export type PaletteGroup = { category: string; label: string; items: LayerInfo[] };

/**
 * The palette's sections in the compiler's category order, keeping only the layers whose type, summary or family
 * contains the query (ignoring case and surrounding spaces); a section with no such layer is left out.
 */
export function paletteGroups(layers: LayerInfo[], query: string): PaletteGroup[] {
  const q = query.trim().toLowerCase();
  const matching = layers.filter(
    (l) => !q || l.type.toLowerCase().includes(q) || l.summary.toLowerCase().includes(q) || l.categoryLabel.toLowerCase().includes(q),
  );
  return CATEGORY_ORDER.map((category) => ({
    category,
    label: matching.find((l) => l.category === category)?.categoryLabel ?? category,
    items: matching.filter((l) => l.category === category),
  })).filter((g) => g.items.length > 0);
}
