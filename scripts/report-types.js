#!/usr/bin/env node
/**
 * What the front end takes from the contracts, generated from their JSON Schemas (the one
 * source). Committed: the TypeScript types of the report (src/report.generated.ts), of the
 * kernel-death answer (src/kerneldeath.generated.ts) and of the space walk
 * (src/spacewalk.generated.ts); `node scripts/report-types.js` (`jlpm
 * build:types`) writes them, `--check` exits 1 when one is not what the schemas give (lint and
 * jest run it). Built, never committed: each schema's validator (src/schemas/*.validate.ts),
 * compiled here by Ajv (draft 2020-12) into plain code, so the page ships the checks and no
 * schema compiler (src/validate.ts loads them); `--validators` writes only these (build:lib
 * runs it before tsc, jest's global setup before the tests).
 */
const fs = require('fs');
const path = require('path');
const { _ } = require('ajv');
const Ajv2020 = require('ajv/dist/2020').default;
const standalone = require('ajv/dist/standalone').default;
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
 * The schemas whose validators are compiled, each with the types generated from it (if any).
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
  { schema: 'explain.schema.json' },
  {
    // The space route's envelope; its answer is space.schema.json's, referred to by $id.
    schema: 'space-walk.schema.json',
    types: path.join(repo, 'src', 'spacewalk.generated.ts'),
    name: 'SpaceWalk',
    refs: ['space.schema.json']
  }
];

/**
 * Keywords that only annotate: they never change a verdict, and left in they would ship as
 * text (the generated code keeps the schema objects its error parameters point into).
 */
const ANNOTATIONS = new Set(['$comment', 'description', 'examples', 'title']);
const SCHEMA_MAPS = new Set([
  '$defs',
  'dependentSchemas',
  'patternProperties',
  'properties'
]);
const SCHEMA_ONE = new Set([
  'additionalProperties',
  'contains',
  'else',
  'if',
  'items',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties'
]);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/**
 * `schema` without its annotations, walked by position (a property named "title" stays).
 */
function withoutAnnotations(schema) {
  if (typeof schema !== 'object' || schema === null) {
    return schema;
  }
  const bare = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) {
      continue;
    }
    bare[key] = SCHEMA_MAPS.has(key)
      ? Object.fromEntries(
          Object.entries(value).map(([name, sub]) => [
            name,
            withoutAnnotations(sub)
          ])
        )
      : SCHEMA_ONE.has(key)
        ? withoutAnnotations(value)
        : SCHEMA_LISTS.has(key)
          ? value.map(withoutAnnotations)
          : value;
  }
  return bare;
}

/**
 * What the generated code may take from Ajv's runtime, and the export of src/contracts.ts that
 * stands in for it (so Ajv is a build tool only). Anything else fails the build.
 */
const RUNTIME = { 'ajv/dist/runtime/ucs2length': 'ucs2length' };

/**
 * The schema's validator as a TypeScript module: `export default validate`, with `.errors`
 * set when it fails (the first error only: allErrors is off). The sentences come from the
 * errors' keyword and params (src/contracts.ts), so Ajv's messages are left out.
 */
async function validatorModule(schemaName, schema, refs = []) {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    messages: false,
    // One statement a line: a schema change reads as a diff.
    code: { source: true, esm: true, lines: true, formats: _`formats` }
  });
  // Only the name is compiled in: the check itself is FORMATS in src/contracts.ts.
  ajv.addFormat('date-time', { type: 'string', validate: () => true });
  for (const other of refs) {
    ajv.addSchema(withoutAnnotations(readSchema(other)));
  }
  const used = new Set();
  const code = standalone(ajv, ajv.compile(withoutAnnotations(schema)))
    .replace(/^"use strict";\n?/, '')
    .replace(/require\("([^"]+)"\)\.default/g, (_match, module) => {
      if (!RUNTIME[module]) {
        throw new Error(
          `${schemaName}: the validator needs ${module}; add it to RUNTIME`
        );
      }
      used.add(RUNTIME[module]);
      return RUNTIME[module];
    });
  if (/\brequire\(/.test(code)) {
    throw new Error(`${schemaName}: the validator requires a module`);
  }
  const imports = ['FORMATS as formats', ...[...used].sort()].join(', ');
  const text = `/**
 * The validator of jupyterlab_isolation_info/${schemaName}, compiled by Ajv at build time by
 * scripts/report-types.js --validators. Not committed: change the schema, then build.
 */
/* eslint-disable */
// @ts-nocheck
import { ${imports} } from '../contracts';
${code}
`;
  return text;
}

/**
 * Where a schema's validator is written: src/schemas/report.validate.ts for report.schema.json.
 */
function validatorPath(schemaName) {
  return path.join(
    repo,
    'src',
    'schemas',
    schemaName.replace(/\.schema\.json$/, '.validate.ts')
  );
}

/**
 * A contract's schema, parsed afresh (compile() may annotate what it is given).
 */
function readSchema(schemaName) {
  return JSON.parse(fs.readFileSync(path.join(pkg, schemaName), 'utf8'));
}

/**
 * json-schema-to-typescript's resolver of the `urn:` ids a contract refers to (`refs`): each
 * is a schema of this package, read from disk, never fetched.
 */
function urnResolver(refs) {
  const byId = new Map(
    refs.map(name => {
      const schema = readSchema(name);
      return [schema.$id, schema];
    })
  );
  return {
    order: 1,
    canRead: /^urn:/i,
    read: file => {
      const schema = byId.get(file.url);
      if (!schema) {
        throw new Error(`${file.url}: no schema of this package has that $id`);
      }
      return schema;
    }
  };
}

/**
 * The committed types: path → text.
 */
async function generateTypes() {
  const files = new Map();
  for (const contract of CONTRACTS.filter(c => c.types)) {
    const schema = readSchema(contract.schema);
    const types = await compile(schema, contract.name, {
      ...OPTIONS,
      bannerComment: contract.banner ?? banner(contract.schema),
      $refOptions: { resolve: { urn: urnResolver(contract.refs ?? []) } }
    });
    files.set(contract.types, types);
  }
  return files;
}

/**
 * The validators, built and not committed: path → text.
 */
async function generateValidators() {
  const files = new Map();
  for (const contract of CONTRACTS) {
    const schema = readSchema(contract.schema);
    files.set(
      validatorPath(contract.schema),
      await validatorModule(contract.schema, schema, contract.refs)
    );
  }
  return files;
}

/**
 * A file's text, or null where there is none.
 */
function current(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/**
 * Writes each file whose text changed; an unchanged one keeps its time, so make and tsc see
 * nothing new.
 */
function write(files) {
  for (const [file, text] of files) {
    if (current(file) === text) {
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

/**
 * Writes the validators (the build and jest's global setup call this).
 */
async function writeValidators() {
  write(await generateValidators());
}

async function main() {
  if (process.argv.includes('--validators')) {
    await writeValidators();
    return;
  }
  const types = await generateTypes();
  if (process.argv.includes('--check')) {
    const stale = [...types].filter(([file, text]) => current(file) !== text);
    if (stale.length) {
      const names = stale.map(([file]) => path.relative(repo, file));
      console.error(
        `${names.join(', ')}: not what the schemas give; run \`jlpm build:types\`.`
      );
      process.exit(1);
    }
    return;
  }
  write(types);
  await writeValidators();
}

module.exports = {
  generateTypes,
  generateValidators,
  outputPath,
  writeValidators
};

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(2);
  });
}
