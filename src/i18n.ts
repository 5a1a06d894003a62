/**
 * The extension's translation domain: its own bundle, loaded with
 * `translator.load(DOMAIN)`.
 */
export const DOMAIN = 'jupyterlab_isolation_info';
