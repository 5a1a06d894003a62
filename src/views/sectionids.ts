/**
 * The panel's section ids that are not report keys, and which sections start
 * closed: what the panel needs before its view is loaded (the view's code is
 * loaded the first time the panel is drawn).
 */

/**
 * The panel-only section that explains one path's permissions.
 */
export const EXPLAIN_SECTION = 'explain';

/**
 * The panel-only section that compares the kernel with the server.
 */
export const INSPECT_SECTION = 'inspect';

/**
 * The sections closed until the user opens them (the detail behind the
 * others); every other section starts open.
 */
export const FIRST_CLOSED: ReadonlySet<string> = new Set([
  'capabilities',
  'walls',
  'policy',
  'storage',
  'volumes',
  'limits',
  'kernels'
]);

/**
 * The panel-only section that says where the space went.
 */
export const SPACE_SECTION = 'space';
