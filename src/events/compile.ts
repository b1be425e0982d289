/**
 * A fast yes/no check compiled from a valibot schema (the same schema object: nothing is
 * written twice). valibot builds an output copy of every object and an issue list as it goes,
 * which at 10,000 events is most of the cost of validating; the compiled check only walks the
 * input. It answers true only when valibot would accept the value AND return it unchanged
 * (no unknown key to strip, no tuple item to drop), so the input can be used as valibot's
 * output. Any other answer means "ask valibot", which gives the verdict and the messages.
 *
 * Only the schema and action types the events contract uses are compiled; anything else
 * throws when compiling (a new kind of rule must be taught here, not silently skipped).
 * Closures, not generated source: the view runs under a CSP without 'unsafe-eval'.
 */
import type * as v from 'valibot';

export type Check = (value: unknown) => boolean;

/** What the compiler reads of a schema or pipe action (valibot's own objects, loosely typed). */
interface AnyNode {
  type: string;
  pipe?: readonly AnyNode[];
  kind: string;
  requirement?: unknown;
  entries?: Record<string, AnyNode>;
  item?: AnyNode;
  items?: readonly AnyNode[];
  wrapped?: AnyNode;
  key?: AnyNode;
  value?: AnyNode;
  options?: readonly unknown[];
  literal?: unknown;
  default?: unknown;
  fallback?: unknown;
}

function compileAction(action: AnyNode): Check | null {
  if (action.kind === 'metadata') return null; // description, title: nothing to check
  if (action.kind !== 'validation') throw new Error(`compile: ${action.kind} "${action.type}" changes the value; not supported`);
  const requirement = action.requirement;
  switch (action.type) {
    case 'min_length': {
      const min = requirement as number;
      return (value) => (value as { length: number }).length >= min;
    }
    case 'min_value': {
      const min = requirement as number;
      return (value) => (value as number) >= min;
    }
    case 'max_value': {
      const max = requirement as number;
      return (value) => (value as number) <= max;
    }
    case 'integer':
      return (value) => Number.isInteger(value);
    case 'regex': {
      const pattern = requirement as RegExp;
      if (pattern.global || pattern.sticky) throw new Error('compile: a global or sticky regex keeps state between calls');
      return (value) => pattern.test(value as string);
    }
    case 'check': {
      const predicate = requirement as (value: unknown) => unknown;
      return (value) => !!predicate(value);
    }
    default:
      throw new Error(`compile: validation "${action.type}" is not supported`);
  }
}

function compileNode(node: AnyNode): Check {
  if (node.default !== undefined || node.fallback !== undefined) throw new Error(`compile: defaults and fallbacks are not supported (${node.type})`);
  if (node.pipe) {
    const [base, ...actions] = node.pipe;
    if (!base) throw new Error('compile: an empty pipe');
    const baseCheck = compileNode(base);
    const checks = actions.map(compileAction).filter((c): c is Check => c !== null);
    if (checks.length === 0) return baseCheck;
    if (checks.length === 1) {
      const only = checks[0] as Check;
      return (value) => baseCheck(value) && only(value);
    }
    return (value) => {
      if (!baseCheck(value)) return false;
      for (const check of checks) if (!check(value)) return false;
      return true;
    };
  }
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal': {
      const literal = node.literal;
      return (value) => value === literal;
    }
    case 'picklist': {
      const options = node.options as readonly unknown[];
      return (value) => options.includes(value);
    }
    case 'optional': {
      const wrapped = compileNode(node.wrapped as AnyNode);
      return (value) => value === undefined || wrapped(value);
    }
    case 'nullable': {
      const wrapped = compileNode(node.wrapped as AnyNode);
      return (value) => value === null || wrapped(value);
    }
    case 'array': {
      const item = compileNode(node.item as AnyNode);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = (node.items as readonly AnyNode[]).map(compileNode);
      // valibot's tuple drops items past its length: such a value is not returned unchanged.
      return (value) => {
        if (!Array.isArray(value) || value.length !== items.length) return false;
        for (let i = 0; i < items.length; i++) if (!(items[i] as Check)(value[i])) return false;
        return true;
      };
    }
    case 'object': {
      const entries = Object.entries(node.entries as Record<string, AnyNode>).map(([key, schema]) => ({
        key,
        check: compileNode(schema),
        optional: schema.type === 'optional',
      }));
      const known = new Set(entries.map((e) => e.key));
      return (value) => {
        // valibot takes any object here, arrays too; it would copy an array's schema keys
        // into a plain object, so an array is never returned unchanged.
        if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        for (const entry of entries) {
          if (entry.key in record) {
            if (!entry.check(record[entry.key])) return false;
          } else if (!entry.optional) return false;
        }
        // An unknown key would be stripped from valibot's output.
        for (const key in record) if (!known.has(key)) return false;
        return true;
      };
    }
    case 'record': {
      const keyCheck = compileNode(node.key as AnyNode);
      const valueCheck = compileNode(node.value as AnyNode);
      return (value) => {
        // valibot takes arrays here too, copied into a plain object: never returned unchanged.
        if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        for (const key in record) {
          // valibot skips inherited keys and these three (prototype pollution): its output lacks them.
          if (!Object.hasOwn(record, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') return false;
          if (!keyCheck(key) || !valueCheck(record[key])) return false;
        }
        return true;
      };
    }
    default:
      throw new Error(`compile: schema "${node.type}" is not supported`);
  }
}

/** Compile a valibot schema into a check that is true only where valibot returns the input unchanged. */
export function compileCheck(schema: v.GenericSchema): Check {
  return compileNode(schema as unknown as AnyNode);
}
