// `npm run schema`: writes the bundle's JSON Schema files into schema/ (see json-schema.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundleJsonSchemas, jsonSchemaText } from './json-schema.ts';

const folder = new URL('../../schema/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [fileName, schema] of Object.entries(bundleJsonSchemas())) {
  const text = jsonSchemaText(schema);
  writeFileSync(new URL(fileName, folder), text);
  process.stdout.write(`schema/${fileName}: ${text.length} bytes\n`);
}
