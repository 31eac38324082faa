/**
 * Recording stand-ins for Apps Script services. `strictService` fails any access outside
 * what a test allows, so "onOpen touches only the menu" is checked, not assumed.
 */
export interface Recorder {
  calls: string[];
  violations: string[];
}

export function recorder(): Recorder {
  return { calls: [], violations: [] };
}

/** A service where every property access is a violation (and throws, like a missing scope would). */
export function forbiddenService(name: string, rec: Recorder): object {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop === 'symbol') return undefined;
        rec.violations.push(`${name}.${prop}`);
        throw new Error(`${name}.${prop} must not be used here`);
      },
    },
  );
}

/**
 * A chainable object: listed methods record `path(args)` and return `result(method)` (default:
 * the same object, so builder chains work); anything else is a violation.
 */
export function chain(
  path: string,
  methods: string[],
  rec: Recorder,
  result: (method: string, args: unknown[]) => unknown = () => undefined,
): object {
  const self: object = new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop === 'symbol' || prop === 'then') return undefined;
        if (!methods.includes(prop)) {
          rec.violations.push(`${path}.${prop}`);
          throw new Error(`${path}.${prop} must not be used here`);
        }
        return (...args: unknown[]) => {
          rec.calls.push(`${path}.${prop}(${args.map(show).join(', ')})`);
          return result(prop, args) ?? self;
        };
      },
    },
  );
  return self;
}

/** Strings and numbers as JSON; service objects (proxies) only by kind. */
function show(a: unknown): string {
  return typeof a === 'object' && a !== null ? '<object>' : JSON.stringify(a);
}

export const OTHER_SERVICES = [
  'PropertiesService',
  'CacheService',
  'LockService',
  'DriveApp',
  'UrlFetchApp',
  'Session',
  'DocumentApp',
  'GmailApp',
  'ScriptApp',
  'Utilities',
  'Logger',
  'console',
];
