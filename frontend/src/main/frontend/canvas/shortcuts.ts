// The canvas's keyboard shortcuts. Undo and redo go to the server, which owns the history; copy, paste and
// duplicate edit the document in the browser.

export type Shortcut = 'undo' | 'redo' | 'copy' | 'paste' | 'duplicate';

type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean };

/** The shortcut a key press asks for (Ctrl, or Cmd on a Mac, with Z, Shift+Z, Y, C, V or D), or null. */
export function shortcutOf(press: KeyPress): Shortcut | null {
  if (!(press.ctrlKey || press.metaKey)) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === 'c') return 'copy';
  if (key === 'v') return 'paste';
  if (key === 'd') return 'duplicate';
  return null;
}
