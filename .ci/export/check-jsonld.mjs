// Checks schema.org JSON-LD files written by the library's SchemaOrg export, offline:
//  1. jsonld.js expands each document; its documentLoader serves https://schema.org (and http, and with a
//     trailing slash) from the bundled schemaorg-context.jsonld and refuses every other URL, so nothing is
//     fetched (schema.org's own context file cannot be fetched here, so the project keeps a small one of its
//     own: @vocab https://schema.org/ plus @id coercion for sameAs and url);
//  2. every expanded type and predicate must be in https://schema.org/ and be declared in the schema-dts
//     package's type definitions (node_modules/schema-dts/dist/schema.d.ts);
//  3. every property must belong to one of its node's types or their supertypes there (the Role pattern:
//     a Role reached through property P may carry P itself), and every https://schema.org/ IRI used as a
//     value (albumProductionType, musicReleaseFormat, …) must be a declared type or enumeration member.
// Usage: node check-jsonld.mjs FILE...   (exit 1 on any failure)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SCHEMA = 'https://schema.org/';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check-jsonld.mjs FILE...');
  process.exit(2);
}

// --- schema-dts: types, their supertypes, their properties, enumeration members ---
const dts = readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8');
const baseParents = new Map(); // XBase -> [YBase, ...]
const baseProps = new Map(); // XBase -> Set(property)
const typeBase = new Map(); // type name -> XBase
const allProps = new Set();
{
  let current = null;
  for (const line of dts.split('\n')) {
    let m = line.match(/^interface (\w+) extends ([^{]+)\{/);
    if (m) {
      current = m[1];
      baseParents.set(current, m[2].split(',').map((s) => s.trim()).filter((s) => /^\w+Base$/.test(s)));
      baseProps.set(current, new Set());
      continue;
    }
    if (line.startsWith('}')) {
      current = null;
      continue;
    }
    m = line.match(/^ {4}"([A-Za-z0-9_]+)"\?: SchemaValue</);
    if (m && current) {
      baseProps.get(current).add(m[1]);
      allProps.add(m[1]);
    }
    m = line.match(/^export interface (\w+)Leaf extends (\w+Base)/) ?? line.match(/^export type (\w+)Leaf<[^=]*= Omit<(\w+Base),/);
    if (m) typeBase.set(m[1], m[2]);
  }
}
const enumMembers = new Set([...dts.matchAll(/"https:\/\/schema\.org\/(\w+)"/g)].map((m) => m[1]));
const types = new Set(typeBase.keys());
const closure = new Map();
function propsOfBase(base) {
  if (closure.has(base)) return closure.get(base);
  const props = new Set(baseProps.get(base) ?? []);
  closure.set(base, props);
  for (const parent of baseParents.get(base) ?? []) for (const p of propsOfBase(parent)) props.add(p);
  return props;
}
if (types.size < 500 || allProps.size < 1000 || !types.has('MusicAlbum') || !allProps.has('albumRelease')) {
  console.error(`schema-dts parse looks wrong: ${types.size} types, ${allProps.size} properties`);
  process.exit(1);
}

// --- offline document loader ---
const context = JSON.parse(readFileSync(resolve(here, 'schemaorg-context.jsonld'), 'utf8'));
const served = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']);
const documentLoader = async (url) => {
  if (served.has(url)) return { contextUrl: null, documentUrl: url, document: context };
  throw new Error(`refusing to load ${url}: only the bundled schema.org context is served`);
};

let failures = 0;
const usedTypes = new Set();
const usedProps = new Set();

function local(iri) {
  return iri.startsWith(SCHEMA) ? iri.slice(SCHEMA.length) : null;
}

function walk(file, node, via, path) {
  if (Array.isArray(node)) {
    node.forEach((n, i) => walk(file, n, via, `${path}[${i}]`));
    return;
  }
  if (node === null || typeof node !== 'object' || '@value' in node) return;
  if ('@list' in node) return walk(file, node['@list'], via, path);
  const nodeTypes = [];
  for (const t of node['@type'] ?? []) {
    const name = local(t);
    if (name === null || !types.has(name)) {
      fail(file, `${path}: type ${t} is not a schema.org type in schema-dts`);
    } else {
      nodeTypes.push(name);
      usedTypes.add(name);
    }
  }
  const keys = Object.keys(node).filter((k) => !k.startsWith('@'));
  if (keys.length === 0 && typeof node['@id'] === 'string' && local(node['@id']) !== null) {
    const name = local(node['@id']);
    if (!types.has(name) && !enumMembers.has(name)) fail(file, `${path}: value ${node['@id']} is not a schema.org term`);
  }
  for (const key of keys) {
    const name = local(key);
    if (name === null || !allProps.has(name)) {
      fail(file, `${path}: property ${key} is not a schema.org property in schema-dts`);
      continue;
    }
    usedProps.add(name);
    if (nodeTypes.length > 0) {
      const rolePattern = nodeTypes.includes('Role') && name === via;
      const allowed = rolePattern || nodeTypes.some((t) => propsOfBase(typeBase.get(t)).has(name));
      if (!allowed) fail(file, `${path}: ${name} is not a property of ${nodeTypes.join('/')} in schema-dts`);
    }
    walk(file, node[key], name, `${path}.${name}`);
  }
  if ('@graph' in node) walk(file, node['@graph'], null, `${path}.@graph`);
}

function fail(file, message) {
  failures++;
  console.error(`FAIL ${file}: ${message}`);
}

for (const file of files) {
  let expanded;
  try {
    expanded = await jsonld.expand(JSON.parse(readFileSync(file, 'utf8')), { documentLoader, safe: true });
  } catch (e) {
    fail(file, `expansion failed: ${e.message}${e.details ? ' ' + JSON.stringify(e.details).slice(0, 500) : ''}`);
    continue;
  }
  if (expanded.length === 0) fail(file, 'expanded to nothing');
  const before = failures;
  walk(file, expanded, null, '$');
  console.log(`${file}: expanded to ${expanded.length} top-level nodes, ${failures - before} problems`);
}
console.log(`types used: ${[...usedTypes].sort().join(', ')}`);
console.log(`properties used: ${[...usedProps].sort().join(', ')}`);
console.log(`check-jsonld: ${files.length} files, ${failures} problems`);
console.log(`${files.length - Math.min(files.length, failures)} passed, ${failures === 0 ? 0 : failures} failed`);
process.exit(failures === 0 ? 0 : 1);
