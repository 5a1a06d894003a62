#!/usr/bin/env node
/**
 * TypeScript types of the report, generated from its JSON Schema, the one source of the
 * contract: `node scripts/report-types.js` writes src/report.generated.ts, `--check` exits 1
 * when the committed file is not what the schema gives (lint and jest run the check).
 */
const fs = require('fs');
const path = require('path');
const { compile } = require('json-schema-to-typescript');

const repo = path.resolve(__dirname, '..');
const schemaPath = path.join(
  repo,
  'jupyterlab_isolation_info',
  'report.schema.json'
);
const outputPath = path.join(repo, 'src', 'report.generated.ts');

const BANNER = `/**
 * The isolation report's types, generated from
 * jupyterlab_isolation_info/report.schema.json by \`jlpm build:types\`.
 * Do not edit: change the schema, then regenerate.
 */`;

// Keywords that annotate a schema without checking anything.
const PROSE = new Set(['description', 'title', '$schema', '$id', 'format']);

/**
 * The schema without its annotations. Inside `properties` and `$defs` the keys
 * are names (a report key may well be called "title"), so only schemas below
 * them are stripped.
 */
function withoutProse(node) {
  if (Array.isArray(node)) {
    return node.map(withoutProse);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const result = {};
  for (const [key, value] of Object.entries(node)) {
    if (PROSE.has(key)) {
      continue;
    }
    result[key] =
      key === 'properties' || key === '$defs'
        ? Object.fromEntries(
            Object.entries(value).map(([name, schema]) => [
              name,
              withoutProse(schema)
            ])
          )
        : withoutProse(value);
  }
  return result;
}

async function generate() {
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const types = await compile(schema, 'IsolationReport', {
    bannerComment: BANNER,
    additionalProperties: false,
    style: { singleQuote: true, trailingComma: 'none', arrowParens: 'avoid' }
  });
  // The schema itself, so the panel checks a report's shape before it renders
  // one; only the keywords that check, not the prose, to keep the bundle small.
  const checking = withoutProse(schema);
  return (
    types +
    '\n/**\n * The report schema, for validating a report before it is rendered.\n */\n' +
    `export const REPORT_SCHEMA = ${JSON.stringify(checking)};\n`
  );
}

async function main() {
  const generated = await generate();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(outputPath)
      ? fs.readFileSync(outputPath, 'utf8')
      : '';
    if (committed !== generated) {
      console.error(
        'src/report.generated.ts is not what report.schema.json gives: run `jlpm build:types`.'
      );
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(outputPath, generated);
}

module.exports = { generate, outputPath };

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(2);
  });
}
