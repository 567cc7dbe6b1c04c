import edtf from 'edtf';
import { parser } from './node_modules/edtf/src/parser.js';
import fs from 'fs';
const lines = [...new Set(fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(x => x))];
const rows = { ok: [], gram: [], none: [] };
for (const raw of lines) {
  const s = JSON.parse(raw);
  if (/[\t\n\r]/.test(s) || /[\ud800-\udfff]/.test(s)) continue;
  let grammar = 'no';
  try { if (parser().feed(s).results.length) grammar = 'yes'; } catch (e) {}
  let row;
  try {
    if (/^\d{5,}$/.test(s)) throw new Error('timestamp');
    const r = edtf(s, { level: 1 });
    row = [raw, grammar, 'ok', r.type, r.toEDTF(), r.min, r.max];
    rows.ok.push(row);
  } catch (e) {
    row = [raw, grammar, 'error', '', '', '', ''];
    (grammar === 'yes' ? rows.gram : rows.none).push(row);
  }
}
let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const shuffle = a => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const take = (a, n) => shuffle(a).slice(0, n);
const out = [['input', 'grammar', 'level1', 'type', 'edtf', 'min', 'max'].join('\t')];
for (const r of [...take(rows.ok, 1500), ...take(rows.gram, 700), ...take(rows.none, 700)])
  out.push(r.map(v => v === null ? 'null' : String(v)).join('\t'));
fs.writeFileSync(process.argv[3], out.join('\n') + '\n');
console.error(rows.ok.length, rows.gram.length, rows.none.length);
