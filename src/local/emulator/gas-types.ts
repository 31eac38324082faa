/**
 * Holds the emulator to `@types/google-apps-script`: `class EmuSheet implements Calls<Sheet, 'getRange' | …>`
 * makes every listed method accept every overload Apps Script declares (up to four) with the same
 * primitive parameter types, and return the same primitive types. Apps Script objects (a Range
 * argument, a Sheet result) are the emulator's own classes, each held to its own `Calls`.
 * List every method `src/gas` calls on that class.
 */
type Primitive = string | number | boolean | null | undefined | void;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an object parameter is checked by its own class
type Arg<T> = [T] extends [Primitive] ? T : any;
type Args<A extends unknown[]> = { [I in keyof A]: Arg<A[I]> };
type Out<R> = [R] extends [Primitive] ? R : unknown;
type Sig<A extends unknown[], R> = (...a: Args<A>) => Out<R>;

type Signatures<F> = F extends {
  (...a: infer A1): infer R1;
  (...a: infer A2): infer R2;
  (...a: infer A3): infer R3;
  (...a: infer A4): infer R4;
}
  ? Sig<A1, R1> & Sig<A2, R2> & Sig<A3, R3> & Sig<A4, R4>
  : never;

/**
 * Apps Script enums are objects named like their members at run time (the emulator hands out the
 * names, e.g. "SHEET"); @types declares numeric enums. Emulator methods take `Enum<X>`.
 */
export type Enum<E> = E | string;

export type Calls<T, K extends keyof T> = { [P in K]: Signatures<T[P]> };
