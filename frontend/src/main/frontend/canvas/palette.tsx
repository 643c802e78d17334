import React, { useMemo, useState } from 'react';
import type { LayerInfo } from './graph-document';
import { paletteGroups } from './palette-groups';

export const LAYER_DRAG_TYPE = 'application/x-deepcanvas-layer';

type PaletteProps = {
  layers: LayerInfo[];
  onAdd: (type: string) => void;
};

/**
 * The layer palette: grouped by family, searchable, each entry explained on hover; drag it, double-click it, or
 * press its always-visible "+" (a real button, so Tab and Enter reach it) to add it.
 */
export function Palette({ layers, onAdd }: PaletteProps) {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroups(layers, query), [layers, query]);

  return (
    <aside className="dc-palette" aria-label="Layer palette">
      <input
        className="dc-palette-search"
        type="search"
        placeholder="Search layers…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label="Search layers"
      />
      <div className="dc-palette-groups">
        {groups.length === 0 && <div className="dc-palette-empty">No layer matches “{query}”.</div>}
        {groups.map((g) => (
          <section key={g.category} className={`dc-palette-group dc-cat-${g.category.toLowerCase()}`}>
            <h3 className="dc-palette-heading">{g.label}</h3>
            {g.items.map((l) => (
              <div
                key={l.type}
                className="dc-palette-item"
                data-type={l.type}
                title={l.summary}
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.setData(LAYER_DRAG_TYPE, l.type);
                  e.dataTransfer.effectAllowed = 'move';
                }}
                onDoubleClick={() => onAdd(l.type)}
              >
                <span className="dc-palette-dot" />
                <span className="dc-palette-name">{l.type}</span>
                <button
                  type="button"
                  className="dc-palette-add"
                  title={`Add ${l.type}`}
                  aria-label={`Add ${l.type}`}
                  onClick={() => onAdd(l.type)}
                >
                  +
                </button>
              </div>
            ))}
          </section>
        ))}
      </div>
    </aside>
  );
}
