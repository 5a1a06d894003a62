#!/usr/bin/env node
/**
 * What the front end takes from the contracts, generated from their JSON Schemas (the one
 * source): the TypeScript types of the report (src/report.generated.ts) and of the kernel-death
 * answer (src/kerneldeath.generated.ts), and the schemas themselves, copied byte for byte into
 * src/schemas/ for the one validator (src/validate.ts) to compile. `node scripts/report-types.js`
 * writes them; `--check` exits 1 when a committed file is not what the schemas give (lint and
 * jest run the check).
 */
const fs = require('fs');
const path = require('path');
const { compile } = require('json-schema-to-typescript');

const repo = path.resolve(__dirname, '..');
const pkg = path.join(repo, 'jupyterlab_isolation_info');
const outputPath = path.join(repo, 'src', 'report.generated.ts');

const banner = schema => `/**
 * Types generated from jupyterlab_isolation_info/${schema} by \`jlpm build:types\`.
 * Do not edit: change the schema, then regenerate.
 */`;

const OPTIONS = {
  additionalProperties: false,
  style: { singleQuote: true, trailingComma: 'none', arrowParens: 'avoid' }
};

/**
 * The schemas the validator compiles, each with the types generated from it (if any).
 */
const CONTRACTS = [
  {
    schema: 'report.schema.json',
    types: outputPath,
    name: 'IsolationReport',
    // Kept as it was, so the report's types do not churn.
    banner: `/**
 * The isolation report's types, generated from
 * jupyterlab_isolation_info/report.schema.json by \`jlpm build:types\`.
 * Do not edit: change the schema, then regenerate.
 */`
  },
  {
    schema: 'kerneldeath.schema.json',
    types: path.join(repo, 'src', 'kerneldeath.generated.ts'),
    name: 'KernelDeathAnswer'
  },
  // The explanation's types are written by hand (src/explain/types.ts), checked by a jest test.
  { schema: 'explain.schema.json' }
];

/**
 * Every generated file: path → text.
 */
async function generate() {
  const files = new Map();
  for (const contract of CONTRACTS) {
    const text = fs.readFileSync(path.join(pkg, contract.schema), 'utf8');
    files.set(path.join(repo, 'src', 'schemas', contract.schema), text);
    if (contract.types) {
      const types = await compile(JSON.parse(text), contract.name, {
        ...OPTIONS,
        bannerComment: contract.banner ?? banner(contract.schema)
      });
      files.set(contract.types, types);
    }
  }
  return files;
}

async function main() {
  const files = await generate();
  if (process.argv.includes('--check')) {
    const stale = [...files].filter(
      ([file, text]) =>
        !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text
    );
    if (stale.length) {
      const names = stale.map(([file]) => path.relative(repo, file));
      console.error(
        `${names.join(', ')}: not what the schemas give; run \`jlpm build:types\`.`
      );
      process.exit(1);
    }
    return;
  }
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

module.exports = { generate, outputPath };

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(2);
  });
}
