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

async function generate() {
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  // Types only: the panel checks reports against the schema the server serves
  // (isolation-info/schema), so the bundle carries no copy of it.
  return compile(schema, 'IsolationReport', {
    bannerComment: BANNER,
    additionalProperties: false,
    style: { singleQuote: true, trailingComma: 'none', arrowParens: 'avoid' }
  });
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
