// Checks CSL-JSON files written by the library's CslJson export, offline:
//  1. each file validates against CSL's own csl-data.json schema (draft-07) with ajv;
//  2. citation-js (citeproc-js) renders it as a bibliography with the default APA template, and with the
//     project's own plain style linernotes-check.csl, which prints the fields APA leaves out of a
//     reference list (ISBN, ISSN, the pages of a book);
//  3. every item's authors, title, year must appear in the APA text, and its authors, title, year, pages,
//     ISBN and ISSN in the plain text, as the file gives them.
// Usage: node check-csl.mjs [--reference | --render-only] FILE...   (exit 1 on any failure)
// CSL's schema is read from ../shared/vectors/csl/csl-data.json beside the repository, or from the folder
// that the environment variable LINERNOTES_SHARED names.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.LINERNOTES_SHARED ?? resolve(here, '..', '..', '..', 'shared');
const schemaPath = resolve(shared, 'vectors', 'csl', 'csl-data.json');

const args = process.argv.slice(2);
// --render-only: validate and render, but compare no fields (for generated data, whose random names and
// BCE years citeproc-js reorders and reformats as a style should)
const compare = !args.includes('--render-only');
// --reference: the files hold the reference album's sources, so the facts of its eight citations (from
// ../shared/design/reference-album.md) must be there too, whatever the export wrote
const reference = args.includes('--reference');
const files = args.filter((a) => !a.startsWith('--'));
const REFERENCE = [
  ['Pejrolo', 'Transatlantic Interplays', '2006', 'ISSN 1478-8810'],
  ['Dimery', '2010', 'pp. 34'],
  ['Nastos', 'AllMusic: Review', '2000'],
  ['Feather', 'Mixed Doubles in New Jazz Releases', '1989'],
  ['Caulfield', 'Disc of the day', '2011'],
  ['Hull', 'Grade List: Miles Davis', 'n.d.'],
  ["Ascenseur Pour L'Échafaud", 'Discogs'],
  ['Daniele', 'Il luogo della musica', '2011', 'pp. 133-136', 'ISBN 978-88-904905-9-0'],
];
if (files.length === 0) {
  console.error('usage: node check-csl.mjs [--reference | --render-only] FILE...');
  process.exit(2);
}

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
plugins.config.get('@csl').templates.add('linernotes-check', readFileSync(resolve(here, 'linernotes-check.csl'), 'utf8'));

// citeproc-js prints typographic apostrophes, quotes and dashes; compare without that difference.
const plain = (s) => String(s).normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();

function names(item) {
  return (item.author ?? []).map((a) => a.literal ?? a.family);
}

function year(item) {
  const d = item.issued;
  if (!d) return null;
  if (d.literal) return d.literal;
  return String(d['date-parts'][0][0]);
}

let failures = 0;
let checked = 0;
function fail(file, message) {
  failures++;
  console.error(`FAIL ${file}: ${message}`);
}

for (const file of files) {
  const items = JSON.parse(readFileSync(file, 'utf8'));
  if (!validate(items)) {
    fail(file, 'not valid against csl-data.json: ' + ajv.errorsText(validate.errors));
    continue;
  }
  console.log(`${file}: ${items.length} items valid against ${schemaPath}`);
  if (items.length === 0) continue;
  let cite, apa, full, entries;
  try {
    cite = new Cite(items);
    const render = (template) => cite.format('bibliography', { format: 'text', template, lang: 'en-US' });
    apa = render('apa');
    full = render('linernotes-check');
    entries = cite.format('bibliography', { format: 'text', template: 'linernotes-check', lang: 'en-US', asEntryArray: true });
  } catch (e) {
    fail(file, `citation-js could not render it: ${e.message}`);
    continue;
  }
  if (!compare) {
    checked += items.length;
    console.log(`${file}: ${items.length} items rendered (${apa.split('\n').filter(Boolean).length} APA entries), fields not compared`);
    continue;
  }
  console.log('--- APA ---\n' + apa + '--- linernotes-check ---\n' + full);
  const apaText = plain(apa);
  const byId = new Map(entries.map(([id, text]) => [String(id), plain(text)]));
  if (reference) {
    if (items.length !== REFERENCE.length) fail(file, `${items.length} items, the reference album has ${REFERENCE.length} sources`);
    const rendered = [...byId.values()];
    for (const facts of REFERENCE) {
      if (!rendered.some((entry) => facts.every((f) => entry.includes(plain(f))))) {
        fail(file, `no rendered entry carries all of: ${facts.join(' | ')}`);
      }
    }
  }
  for (const item of items) {
    checked++;
    const entry = byId.get(String(item.id));
    if (entry === undefined) {
      fail(file, `item ${item.id} has no entry in the rendered bibliography`);
      continue;
    }
    const wanted = { author: names(item), title: item.title, year: year(item) };
    for (const [field, values] of Object.entries(wanted)) {
      for (const v of [values].flat()) {
        if (v == null) continue;
        if (!apaText.includes(plain(v))) fail(file, `item ${item.id}: ${field} "${v}" missing from the APA bibliography`);
        if (!entry.includes(plain(v))) fail(file, `item ${item.id}: ${field} "${v}" missing from its entry: ${entry}`);
      }
    }
    for (const field of ['page', 'ISBN', 'ISSN']) {
      if (item[field] != null && !entry.includes(plain(item[field]))) {
        fail(file, `item ${item.id}: ${field} "${item[field]}" missing from its entry: ${entry}`);
      }
    }
  }
}
console.log(`check-csl: ${checked} items checked in ${files.length} files`);
console.log(`${checked - Math.min(checked, failures)} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
