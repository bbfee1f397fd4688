// Older plan.json versions, brought up to the current one before they are checked. Each
// schema version that changes the shape adds a step here and a line in schema/CHANGELOG.md;
// version 1 is the first, so there is nothing to upgrade yet.
import { BUNDLE_SCHEMA_VERSION } from './schema.ts';

type Step = (document: Record<string, unknown>) => Record<string, unknown>;

/** steps[n] turns version n into version n + 1. */
const steps: Record<number, Step> = {};

export function upgradeBundleDocument(json: object, version: number): unknown {
  let document = json as Record<string, unknown>;
  for (let at = version; at < BUNDLE_SCHEMA_VERSION; at++) {
    const step = steps[at];
    if (!step) throw new Error(`no upgrade from bundle schema version ${at}`);
    document = step(document);
  }
  return document;
}
