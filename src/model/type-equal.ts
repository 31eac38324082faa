/**
 * `true` only when A and B are the same type (optional fields included), for compile-time checks
 * that a valibot boundary schema still describes the interface it guards.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
