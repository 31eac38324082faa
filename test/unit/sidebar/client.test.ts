import { assertJsonSafe, createClient, type ScriptRunner } from '../../../sidebar/client';

/** A google.script.run double: records calls and lets the test settle them in any order. */
function fakeRun() {
  const pending: { name: string; payload: unknown; ok: (v: unknown) => void; fail: (e: unknown) => void }[] =
    [];
  const runner = (): ScriptRunner => {
    let ok: (v: unknown) => void = () => undefined;
    let fail: (e: unknown) => void = () => undefined;
    const r: Record<string, unknown> = {
      withSuccessHandler(cb: (v: unknown) => void) {
        ok = cb;
        return r;
      },
      withFailureHandler(cb: (e: unknown) => void) {
        fail = cb;
        return r;
      },
    };
    for (const name of ['echo', 'boom']) {
      r[name] = (payload: unknown) => pending.push({ name, payload, ok, fail });
    }
    return r as unknown as ScriptRunner;
  };
  return { runner, pending };
}

type Api = { echo: [{ n: number }, number]; boom: [undefined, never] };

describe('google.script.run promise client', () => {
  it('resolves with the server value and rejects with an Error carrying the server message', async () => {
    const { runner, pending } = fakeRun();
    const client = createClient<Api>(runner);
    const a = client.call('echo', { n: 1 });
    const b = client.call('boom', undefined);
    pending[0].ok(42);
    pending[1].fail({ message: 'Exception: sheet is protected' });
    await expect(a).resolves.toBe(42);
    await expect(b).rejects.toThrow('Exception: sheet is protected');
  });

  it('keeps at most maxInFlight calls running and starts queued ones as others finish', async () => {
    const { runner, pending } = fakeRun();
    const client = createClient<Api>(runner, { maxInFlight: 2 });
    const results = [1, 2, 3, 4].map((n) => client.call('echo', { n }));
    expect(pending).toHaveLength(2);
    expect(client.inFlight()).toBe(2);
    pending[1].ok(2);
    await results[1];
    expect(pending).toHaveLength(3);
    expect(pending[2].payload).toEqual({ n: 3 });
    pending[0].ok(1);
    pending[2].ok(3);
    await Promise.all([results[0], results[2]]);
    pending[3].ok(4);
    await expect(Promise.all(results)).resolves.toEqual([1, 2, 3, 4]);
    expect(client.inFlight()).toBe(0);
  });

  it('refuses payloads holding a Date, before calling the server', async () => {
    const { runner, pending } = fakeRun();
    const client = createClient<Api>(runner);
    await expect(client.call('echo', { n: 1, when: new Date() } as unknown as { n: number })).rejects.toThrow(
      'payload.when is a Date; send an ISO date string instead',
    );
    expect(pending).toHaveLength(0);
  });

  it('explains a missing server function instead of crashing', async () => {
    const { runner } = fakeRun();
    const client = createClient<{ missing: [undefined, unknown] }>(runner);
    await expect(client.call('missing', undefined)).rejects.toThrow(
      'The spreadsheet has no "missing" function',
    );
    expect(client.inFlight()).toBe(0);
  });
});

describe('JSON-safety check', () => {
  it('accepts canonical rows: strings, finite numbers, null, nested arrays', () => {
    expect(() => assertJsonSafe({ rows: [['2025-07-20', 12, null, 'x']] })).not.toThrow();
  });
  it.each([
    [{ rows: [[new Date(0)]] }, 'payload.rows[0][0] is a Date'],
    [{ x: NaN }, 'payload.x is NaN'],
    [{ x: Infinity }, 'payload.x is Infinity'],
    [{ f: () => 1 }, 'payload.f is a function'],
    [{ m: new Map() }, 'payload.m is not a plain object'],
  ])('rejects %p', (value, message) => {
    expect(() => assertJsonSafe(value)).toThrow(message);
  });
});

describe('server answers are checked before the sidebar uses them', () => {
  it('rejects a commit result without counts, naming the endpoint and the field', async () => {
    const { runner, pending } = fakeRun();
    const client = createClient<{ echo: [{ n: number }, unknown] }>(runner, {
      checkResponse: (name, value) => {
        if (typeof (value as { added?: unknown }).added !== 'number')
          throw new Error(`${name}: "added" is missing`);
      },
    });
    const call = client.call('echo', { n: 1 });
    pending[0].ok({ tab: 'Data · Posts' });
    await expect(call).rejects.toThrow('echo: "added" is missing');
    expect(client.inFlight()).toBe(0);
  });
});
