/**
 * This extension's version, read from package.json at build time: a release
 * bumps it there and nowhere else.
 */
declare const require: (path: string) => { version: string };

export const VERSION: string = require('../package.json').version;
