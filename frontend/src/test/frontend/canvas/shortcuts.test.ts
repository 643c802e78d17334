import { describe, expect, it } from 'vitest';
import { shortcutOf } from '../../../main/frontend/canvas/shortcuts';

const press = (key: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean } = { ctrl: true }) => ({
  key,
  ctrlKey: !!modifiers.ctrl,
  metaKey: !!modifiers.meta,
  shiftKey: !!modifiers.shift,
});

describe('shortcutOf', () => {
  it('maps Ctrl with Z, Y, C, V and D to the canvas\'s commands', () => {
    expect(['z', 'y', 'c', 'v', 'd'].map((key) => shortcutOf(press(key)))).toEqual([
      'undo',
      'redo',
      'copy',
      'paste',
      'duplicate',
    ]);
  });

  it('redoes with Ctrl+Shift+Z, whichever case the browser reports the key in', () => {
    expect(shortcutOf(press('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(shortcutOf(press('z', { ctrl: true, shift: true }))).toBe('redo');
  });

  it('accepts Cmd for Ctrl, as on a Mac', () => {
    expect(shortcutOf(press('c', { meta: true }))).toBe('copy');
  });

  it('ignores the keys without Ctrl or Cmd, so typing a "d" adds no layer', () => {
    expect(shortcutOf(press('d', {}))).toBeNull();
    expect(shortcutOf(press('z', { shift: true }))).toBeNull();
  });

  it('ignores other Ctrl combinations', () => {
    expect(shortcutOf(press('s'))).toBeNull();
    expect(shortcutOf(press('Delete'))).toBeNull();
  });
});
