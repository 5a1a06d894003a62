/**
 * jest's global setup: the contracts' validators (src/schemas/*.validate.ts) are build outputs,
 * not committed, so they are compiled before any test imports src/validate.ts; a fresh clone's
 * `jlpm jest` needs no build first.
 */
const { writeValidators } = require('./report-types');

module.exports = writeValidators;
