/**
 * Pure, DOM-free helpers for the Space section: bytes as people read them
 * (the collector's human_bytes, mirrored), a folder's path relative to the
 * walk's start, and the share of a volume used.
 */

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];

/**
 * Bytes in binary units: `512 bytes`, `4.0 GiB`.
 */
export function formatBytes(value: number): string {
  let amount = value;
  for (const unit of UNITS) {
    if (amount < 1024 || unit === 'TiB') {
      return unit === 'bytes'
        ? `${value} bytes`
        : `${amount.toFixed(1)} ${unit}`;
    }
    amount /= 1024;
  }
  return `${value} bytes`;
}

/**
 * `path` (absolute, as the walk names it) relative to the walk's resolved
 * start, or null when it does not lie below it.
 */
export function belowStart(path: string, start: string | null): string | null {
  if (!start) {
    return null;
  }
  const prefix = start.endsWith('/') ? start : `${start}/`;
  return path.startsWith(prefix) && path.length > prefix.length
    ? path.slice(prefix.length)
    : null;
}

/**
 * The file browser's path of `name` inside the folder `path` ('' is the
 * root).
 */
export function joinPath(path: string, name: string): string {
  const base = path.replace(/\/+$/, '');
  return base ? `${base}/${name}` : name;
}

/**
 * The folder above `path` in the file browser's terms ('' for the root's
 * children), or null at the root.
 */
export function parentPath(path: string): string | null {
  const base = path.replace(/\/+$/, '');
  if (!base) {
    return null;
  }
  const cut = base.lastIndexOf('/');
  return cut < 0 ? '' : base.slice(0, cut);
}

/**
 * The share of a volume in use, as df's Use% counts it (used over used
 * plus what an ordinary user may still write), 0–100; null when a figure is
 * unknown.
 */
export function usedPercent(
  used: number | null | undefined,
  available: number | null | undefined
): number | null {
  if (used === null || used === undefined) {
    return null;
  }
  if (available === null || available === undefined) {
    return null;
  }
  const whole = used + available;
  return whole > 0 ? Math.min(100, (100 * used) / whole) : null;
}
