// The published JSON Schema of a submission bundle (schema/*.schema.json), generated from the
// zod schemas the app itself reads bundles with, so a school group can check a plan.json or
// manifest.json with any JSON Schema tool. `npm run schema` writes the files; a unit test
// fails when the committed files no longer match what this gives.
import { z } from 'zod';
import { BUNDLE_SCHEMA_VERSION, BundleDocumentSchema, BundleFactsSchema, BundleSummarySchema, ManifestSchema } from '../../shared/bundle/schema.ts';
import { InventoryLineSchema } from '../../shared/devices/schema.ts';
import { DecisionSchema } from '../../shared/fees/schema.ts';
import { FindingSchema } from '../../shared/findings/finding.ts';
import { PlanSchema } from '../../shared/plan/schema.ts';
import { SchoolYearSchema } from '../../shared/policy/goals.ts';
import { ReferenceListSchema } from '../../shared/prices/schema.ts';
import { RichTextSchema } from '../../shared/richtext/schema.ts';

/** A name for the schema, not an address anything is fetched from. */
export const SCHEMA_ID_BASE = 'https://digiplanner.be/schema/';

export const planSchemaFile = `plan.v${BUNDLE_SCHEMA_VERSION}.schema.json`;
export const manifestSchemaFile = `manifest.v${BUNDLE_SCHEMA_VERSION}.schema.json`;

interface Meta {
  id: string;
  description: string;
}

/**
 * Parts used more than once (or large) get a readable name under `$defs`; without these the
 * rich text alone is written out again at every field that holds it (half a megabyte).
 */
function namedParts(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  registry.add(SchoolYearSchema, { id: 'SchoolYear', description: 'A school year of the Digiplan term.' });
  registry.add(RichTextSchema, { id: 'RichText', description: 'Formatted text: paragraphs, headings, lists (4 levels), bold, italic and web or mail links.' });
  registry.add(PlanSchema, { id: 'Plan', description: "The school's whole plan as the app stores it." });
  registry.add(DecisionSchema, { id: 'Decision', description: "A school council's decision on the fees of a school year." });
  registry.add(InventoryLineSchema, { id: 'InventoryLine', description: 'One line of the device inventory.' });
  registry.add(ReferenceListSchema, { id: 'ReferenceList', description: 'A reference price list the fee and purchase rules were checked against.' });
  registry.add(BundleFactsSchema, { id: 'Facts', description: 'What the rules and sums give for the plan; a validator works them out again and compares.' });
  registry.add(FindingSchema, { id: 'Finding', description: 'One finding of the rules, with its catalog key and source.' });
  registry.add(BundleSummarySchema, { id: 'Summary', description: 'The key figures of one school: one row of the roll-up.' });
  nameRichTextParts(registry);
  return registry;
}

type Node = z.ZodObject<{ type: z.ZodLiteral<string>; content: z.ZodArray<z.ZodUnion<Node[]>> }>;

/**
 * Rich text writes its list levels out one by one, and a bullet and an ordered list of the
 * same level share their items: inlined, the four levels grow to 16 copies (400 kB). Named
 * once each, they stay small. The walk follows shared/richtext/schema.ts and says so when
 * that file's shape has changed.
 */
function nameRichTextParts(registry: z.core.$ZodRegistry<Meta>): void {
  const node = (parent: Node, index: number, type: string): Node => {
    const found = parent.shape.content.element.options[index];
    if (found?.shape.type.value !== type) throw new Error(`shared/richtext/schema.ts changed: expected ${type} at option ${index}; update nameRichTextParts`);
    return found;
  };
  const doc = RichTextSchema as unknown as Node;
  registry.add(node(doc, 0, 'paragraph'), { id: 'RichTextParagraph', description: 'A paragraph of rich text.' });
  let list: Node | null = node(doc, 2, 'bulletList');
  for (let level = 1; list; level++) {
    const items = list.shape.content as unknown as z.ZodArray<Node>;
    registry.add(items, { id: `RichTextListItems${level}`, description: `The items of a list at nesting level ${level}.` });
    list = items.element.shape.content.element.options.length > 1 ? node(items.element, 1, 'bulletList') : null;
  }
}

function publish(schema: z.ZodType, fileName: string, title: string, description: string): object {
  // io 'input': the schema says what the app accepts when it reads a file (a field with a
  // default may be left out, a non-strict object may carry more keys), not what it writes.
  // unrepresentable 'throw' (the default): a construct JSON Schema cannot say fails here
  // instead of quietly becoming "anything". Refinements (a real calendar date, shares adding
  // up to 100 %, ...) cannot be expressed and are left out; schema/CHANGELOG.md lists them.
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw', metadata: namedParts() });
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${SCHEMA_ID_BASE}${fileName}`, title, description, ...rest };
}

/** Every published schema of the current bundle version, by file name under schema/. */
export function bundleJsonSchemas(): Record<string, object> {
  return {
    [planSchemaFile]: publish(
      BundleDocumentSchema,
      planSchemaFile,
      `Digiplanner submission bundle: plan.json (version ${BUNDLE_SCHEMA_VERSION})`,
      "The machine-readable plan of one school and school year: the plan, its device inventory, the reference price lists it was checked against and the facts the rules give. Checks a schema cannot express (real calendar dates, shares adding up to 100 %, facts equal to what the rules give again) are made by `digiplan validate`.",
    ),
    [manifestSchemaFile]: publish(
      ManifestSchema,
      manifestSchemaFile,
      `Digiplanner submission bundle: manifest.json (version ${BUNDLE_SCHEMA_VERSION})`,
      'The table of contents of a submission bundle: format, schema version, school, school year and the size and SHA-256 of every other file in the zip.',
    ),
  };
}

/** How a schema is written to its file: two-space JSON and a final newline. */
export function jsonSchemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
