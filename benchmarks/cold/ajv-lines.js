// Validates every line of a JSON Lines catalogue against #/$defs/album of the library's JSON Schema with ajv
// (the ajv 8 that ajv-cli 5.0.0 installs). Shapes only: no check digits, no references, no consistency.
//   node benchmarks/cold/ajv-lines.js src/main/resources/io/github/linernotes/json/catalogue.schema.json big.jsonl
'use strict';
const fs = require('fs');
const readline = require('readline');
const Ajv2020 = require('ajv/dist/2020').default;

const [schemaPath, dataPath] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(JSON.parse(fs.readFileSync(schemaPath, 'utf8')), 'catalogue');
const validate = ajv.getSchema('catalogue#/$defs/album');

let line = 0;
let invalid = 0;
const rl = readline.createInterface({ input: fs.createReadStream(dataPath), crlfDelay: Infinity });
rl.on('line', (text) => {
  line++;
  if (text.length === 0) return;
  if (!validate(JSON.parse(text))) {
    invalid++;
    if (invalid <= 10) console.error(`line ${line}: ${ajv.errorsText(validate.errors)}`);
  }
});
rl.on('close', () => {
  console.log(`${line} lines, ${invalid} invalid`);
  process.exitCode = invalid === 0 ? 0 : 1;
});
