/**
 * Typed promise client over google.script.run. The same client talks to Apps Script and to the
 * local workbench (whose shim defines a compatible google.script.run).
 * - at most `maxInFlight` calls run at once (Apps Script allows ~10; we stay well below),
 * - payloads must be JSON-safe: google.script.run silently drops Date (even nested), so we refuse it.
 */

/** The chainable runner google.script.run provides. */
export interface ScriptRunner {
  withSuccessHandler(cb: (value: unknown) => void): ScriptRunner;
  withFailureHandler(cb: (error: unknown) => void): ScriptRunner;
}

/** Endpoint map: name → [payload, result]. */
export type Endpoints<E> = { [K in keyof E]: [unknown, unknown] };

export interface Client<E extends Endpoints<E>> {
  call<K extends keyof E & string>(name: K, payload: E[K][0]): Promise<E[K][1]>;
  inFlight(): number;
}

export class NotJsonSafeError extends Error {}

/** Throws when a value cannot cross google.script.run unchanged (Date, functions, NaN, class instances). */
export function assertJsonSafe(value: unknown, path = 'payload'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new NotJsonSafeError(`${path} is ${value}; send a finite number or null`);
    return;
  }
  if (value instanceof Date) throw new NotJsonSafeError(`${path} is a Date; send an ISO date string instead`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) assertJsonSafe(value[i], `${path}[${i}]`);
    return;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      throw new NotJsonSafeError(`${path} is not a plain object`);
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) assertJsonSafe(v, `${path}.${k}`);
    }
    return;
  }
  throw new NotJsonSafeError(`${path} is a ${typeof value}; it cannot be sent to the spreadsheet`);
}

/** Error messages from Apps Script arrive as Error, string or {message}; normalise to Error. */
export function toError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (typeof e === 'string') return new Error(e);
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') {
    return new Error((e as { message: string }).message);
  }
  return new Error('The spreadsheet did not answer. Check your connection and try again.');
}

export interface ClientOptions {
  maxInFlight?: number;
  /** Checks a result before it is handed over; throws to reject the call. */
  checkResponse?: (name: string, value: unknown) => void;
}

export function createClient<E extends Endpoints<E>>(
  runner: () => ScriptRunner,
  options: ClientOptions = {},
): Client<E> {
  const max = Math.max(1, options.maxInFlight ?? 3);
  let running = 0;
  const queue: (() => void)[] = [];

  const release = (): void => {
    running--;
    const next = queue.shift();
    if (next) next();
  };

  const start = (name: string, payload: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      running++;
      let settled = false;
      const done = (f: () => void) => {
        if (settled) return;
        settled = true;
        release();
        f();
      };
      try {
        const r = runner()
          .withSuccessHandler((v) =>
            done(() => {
              try {
                options.checkResponse?.(name, v);
                resolve(v);
              } catch (err) {
                reject(toError(err));
              }
            }),
          )
          .withFailureHandler((err) => done(() => reject(toError(err)))) as unknown as Record<
          string,
          unknown
        >;
        const fn = r[name];
        if (typeof fn !== 'function')
          throw new Error(`The spreadsheet has no "${name}" function; update the add-on.`);
        (fn as (p: unknown) => void).call(r, payload);
      } catch (err) {
        done(() => reject(toError(err)));
      }
    });

  return {
    call(name, payload) {
      try {
        if (payload !== undefined) assertJsonSafe(payload);
      } catch (err) {
        return Promise.reject(err);
      }
      if (running < max) return start(name, payload) as Promise<never>;
      return new Promise((resolve, reject) => {
        queue.push(() => start(name, payload).then(resolve, reject));
      });
    },
    inFlight: () => running,
  };
}
