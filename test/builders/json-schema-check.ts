// A small JSON Schema (draft 2020-12) checker for the keywords the published bundle schemas
// use, so the tests can check files against them without a validator package. A keyword it
// does not know is an error, never silently ignored: a newer schema cannot pass unchecked.

export interface SchemaError {
  /** JSON Pointer to the value, e.g. `/plan/profile/schoolName`. */
  path: string;
  keyword: string;
}

type Schema = boolean | { [keyword: string]: unknown };

/** Keywords that describe and never constrain (`format` is an annotation in 2020-12). */
const annotations = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', 'format', 'deprecated', 'readOnly', 'writeOnly']);
const known = new Set([
  ...annotations,
  '$ref',
  '$defs',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
]);

export function checkJsonSchema(root: Schema, value: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  const patterns = new Map<string, RegExp>();
  check(root, value, '', errors);
  return errors;

  function resolve(ref: string): Schema {
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const defs = typeof root === 'object' ? (root.$defs as Record<string, Schema> | undefined) : undefined;
    const target = match ? defs?.[match[1]!] : undefined;
    if (target === undefined) throw new Error(`unsupported or unknown $ref ${ref}`);
    return target;
  }

  function passes(schema: Schema, inner: unknown, path: string): boolean {
    const scratch: SchemaError[] = [];
    check(schema, inner, path, scratch);
    return scratch.length === 0;
  }

  function check(schema: Schema, inner: unknown, path: string, out: SchemaError[]): void {
    if (schema === true) return;
    if (schema === false) {
      out.push({ path, keyword: 'false' });
      return;
    }
    const fail = (keyword: string, at = path) => out.push({ path: at, keyword });
    for (const [keyword, argument] of Object.entries(schema)) {
      if (!known.has(keyword)) throw new Error(`unsupported JSON Schema keyword "${keyword}" at ${path || '/'}`);
      if (annotations.has(keyword) || keyword === '$defs') continue;
      switch (keyword) {
        case '$ref':
          check(resolve(argument as string), inner, path, out);
          break;
        case 'type': {
          const types = Array.isArray(argument) ? (argument as string[]) : [argument as string];
          if (!types.some((type) => hasType(inner, type))) fail('type');
          break;
        }
        case 'enum':
          if (!(argument as unknown[]).some((option) => same(option, inner))) fail('enum');
          break;
        case 'const':
          if (!same(argument, inner)) fail('const');
          break;
        case 'anyOf':
          if (!(argument as Schema[]).some((option) => passes(option, inner, path))) fail('anyOf');
          break;
        case 'oneOf':
          if ((argument as Schema[]).filter((option) => passes(option, inner, path)).length !== 1) fail('oneOf');
          break;
        case 'allOf':
          for (const part of argument as Schema[]) check(part, inner, path, out);
          break;
        case 'not':
          if (passes(argument as Schema, inner, path)) fail('not');
          break;
        default:
          checkTyped(keyword, argument, schema, inner, path, out, fail);
      }
    }
  }

  function checkTyped(keyword: string, argument: unknown, schema: Exclude<Schema, boolean>, inner: unknown, path: string, out: SchemaError[], fail: (keyword: string, at?: string) => void): void {
    const object = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : null;
    const array = Array.isArray(inner) ? (inner as unknown[]) : null;
    const text = typeof inner === 'string' ? inner : null;
    const number = typeof inner === 'number' ? inner : null;
    const limit = argument as number;
    switch (keyword) {
      case 'properties':
        if (object) {
          for (const [name, sub] of Object.entries(argument as Record<string, Schema>)) {
            if (Object.hasOwn(object, name)) check(sub, object[name], `${path}/${name}`, out);
          }
        }
        break;
      case 'required':
        if (object) for (const name of argument as string[]) if (!Object.hasOwn(object, name)) fail('required', `${path}/${name}`);
        break;
      case 'additionalProperties':
        if (object) {
          const declared = (schema.properties ?? {}) as Record<string, unknown>;
          for (const name of Object.keys(object)) if (!Object.hasOwn(declared, name)) check(argument as Schema, object[name], `${path}/${name}`, out);
        }
        break;
      case 'propertyNames':
        if (object) for (const name of Object.keys(object)) check(argument as Schema, name, `${path}/${name}`, out);
        break;
      case 'prefixItems':
        if (array) (argument as Schema[]).forEach((sub, index) => index < array.length && check(sub, array[index], `${path}/${index}`, out));
        break;
      case 'items':
        if (array) {
          const from = ((schema.prefixItems as unknown[] | undefined) ?? []).length;
          for (let index = from; index < array.length; index++) check(argument as Schema, array[index], `${path}/${index}`, out);
        }
        break;
      case 'minItems':
        if (array && array.length < limit) fail(keyword);
        break;
      case 'maxItems':
        if (array && array.length > limit) fail(keyword);
        break;
      case 'minLength':
        if (text !== null && [...text].length < limit) fail(keyword);
        break;
      case 'maxLength':
        if (text !== null && [...text].length > limit) fail(keyword);
        break;
      case 'pattern':
        if (text !== null && !regex(argument as string).test(text)) fail(keyword);
        break;
      case 'minimum':
        if (number !== null && number < limit) fail(keyword);
        break;
      case 'maximum':
        if (number !== null && number > limit) fail(keyword);
        break;
      case 'exclusiveMinimum':
        if (number !== null && number <= limit) fail(keyword);
        break;
      case 'exclusiveMaximum':
        if (number !== null && number >= limit) fail(keyword);
        break;
      default:
        throw new Error(`keyword "${keyword}" is known but not handled`);
    }
  }

  function regex(pattern: string): RegExp {
    let compiled = patterns.get(pattern);
    if (!compiled) {
      compiled = new RegExp(pattern, 'u');
      patterns.set(pattern, compiled);
    }
    return compiled;
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      throw new Error(`unknown JSON Schema type "${type}"`);
  }
}

/** JSON equality: same type and value, objects key by key regardless of order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
