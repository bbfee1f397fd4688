// The published JSON Schema (schema/*.schema.json): the committed files are what the
// generator gives from the zod schemas now, the fixture bundle's plan.json and manifest.json
// satisfy them, and they refuse a missing key or a wrong type like the app does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleJsonSchemas, jsonSchemaText, manifestSchemaFile, planSchemaFile, SCHEMA_ID_BASE } from '../../../../electron/bundle/json-schema.ts';
import { BUNDLE_SCHEMA_VERSION, BundleDocumentSchema, ManifestSchema } from '../../../../shared/bundle/schema.ts';
import { fixtureFiles, jsonOf } from '../../../builders/bundles.ts';
import { checkJsonSchema } from '../../../builders/json-schema-check.ts';

const schemaFolder = new URL('../../../../schema/', import.meta.url);
const published = (fileName: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(fileName, schemaFolder), 'utf8')) as Record<string, unknown>;
const stale = (fileName: string) => `schema/${fileName} is not what the zod schemas give now: run \`npm run schema\` and add a line to schema/CHANGELOG.md`;

describe('the published JSON Schema', () => {
  const generated = bundleJsonSchemas();

  it('publishes plan.json and manifest.json of the current version', () => {
    expect(Object.keys(generated).sort()).toEqual([`manifest.v${BUNDLE_SCHEMA_VERSION}.schema.json`, `plan.v${BUNDLE_SCHEMA_VERSION}.schema.json`]);
  });

  it.each(Object.keys(generated))('commits %s exactly as the generator writes it', (fileName) => {
    let committed: string;
    try {
      committed = readFileSync(new URL(fileName, schemaFolder), 'utf8');
    } catch {
      throw new Error(`schema/${fileName} is missing: run \`npm run schema\``);
    }
    expect(JSON.parse(committed), stale(fileName)).toEqual(generated[fileName]);
    expect(committed === jsonSchemaText(generated[fileName]!), stale(fileName)).toBe(true);
  });

  it.each(Object.keys(generated))('gives %s a name, a title and a description', (fileName) => {
    expect(generated[fileName]).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${SCHEMA_ID_BASE}${fileName}`,
      title: expect.stringContaining(`version ${BUNDLE_SCHEMA_VERSION}`) as string,
      description: expect.any(String) as string,
    });
  });

  it('says in the changelog what the current version is', () => {
    const changelog = readFileSync(new URL('CHANGELOG.md', schemaFolder), 'utf8');
    for (let version = 1; version <= BUNDLE_SCHEMA_VERSION; version++) expect(changelog).toMatch(new RegExp(`^## Version ${version}\\b`, 'm'));
  });
});

describe('the fixture bundle against the published schema', () => {
  const files = fixtureFiles();
  const plan = published(planSchemaFile);
  const manifest = published(manifestSchemaFile);

  it('finds plan.json and manifest.json of the fixture valid', () => {
    expect(checkJsonSchema(plan, jsonOf(files, 'plan.json'))).toEqual([]);
    expect(checkJsonSchema(manifest, jsonOf(files, 'manifest.json'))).toEqual([]);
  });

  it('refuses a plan.json missing a required key, as the app does', () => {
    const { checkedOn: _, ...json } = jsonOf(files, 'plan.json');
    expect(checkJsonSchema(plan, json)).toEqual([{ path: '/checkedOn', keyword: 'required' }]);
    expect(BundleDocumentSchema.safeParse(json).success).toBe(false);
  });

  it('refuses a value of the wrong type, down inside the plan, as the app does', () => {
    const json = jsonOf(files, 'plan.json');
    expect(checkJsonSchema(plan, { ...json, schoolYear: 2026 })).toContainEqual({ path: '/schoolYear', keyword: 'type' });
    const deep = structuredClone(json) as { plan: { profile: { schoolName: unknown } } };
    deep.plan.profile.schoolName = 42;
    expect(checkJsonSchema(plan, deep)).toEqual([{ path: '/plan/profile/schoolName', keyword: 'type' }]);
    expect(BundleDocumentSchema.safeParse(deep).success).toBe(false);
  });

  it('refuses an unknown key and a manifest hash that is not SHA-256', () => {
    expect(checkJsonSchema(plan, { ...jsonOf(files, 'plan.json'), extra: true })).toEqual([{ path: '/extra', keyword: 'false' }]);
    const json = jsonOf(files, 'manifest.json') as { files: { sha256: string }[] };
    json.files[0]!.sha256 = 'ABC';
    expect(checkJsonSchema(manifest, json)).toEqual([{ path: '/files/0/sha256', keyword: 'pattern' }]);
    expect(ManifestSchema.safeParse(json).success).toBe(false);
  });

  it('leaves what JSON Schema cannot say to the app: an impossible date passes the schema, not digiplan validate', () => {
    const json = { ...jsonOf(files, 'plan.json'), checkedOn: '2026-02-30' };
    expect(checkJsonSchema(plan, json)).toEqual([]);
    expect(BundleDocumentSchema.safeParse(json).success).toBe(false);
  });

  it('refuses a keyword it does not know instead of passing it unchecked', () => {
    expect(() => checkJsonSchema({ type: 'object', dependentRequired: {} }, {})).toThrow(/dependentRequired/);
  });
});
