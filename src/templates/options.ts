/**
 * TemplateOptions arrive from the sidebar (google.script.run) and the CLI: validated here once,
 * with a message that names the option, the value and what to do, before anything is built.
 */
import * as v from 'valibot';
import { isoToSerial } from './period';
import type { TemplateOptions } from './plan';

const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

const Options = v.object({
  periodStart: IsoDate,
  periodEnd: IsoDate,
  compare: v.picklist(['previous', 'year'], 'expected "previous" or "year"'),
  targets: v.optional(
    v.record(v.string(), v.pipe(v.number('expected a number'), v.finite('expected a finite number'))),
  ),
  useAddonFunctions: v.optional(v.boolean('expected true or false')),
  dataAsOf: v.optional(IsoDate),
});

/** The options, checked; throws an Error naming the template, option and value. */
export function checkOptions(template: string, options: unknown): TemplateOptions {
  const r = v.safeParse(Options, options);
  if (!r.success) {
    const issue = r.issues[0];
    const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
    throw new Error(
      `Template ${template}: option ${path || '(options)'} is ${JSON.stringify(issue.input)} — ${issue.message}.`,
    );
  }
  const o = r.output;
  for (const [name, iso] of [
    ['periodStart', o.periodStart],
    ['periodEnd', o.periodEnd],
  ] as const) {
    try {
      isoToSerial(iso);
    } catch {
      throw new Error(`Template ${template}: option ${name} is "${iso}" — not a calendar date.`);
    }
  }
  if (o.periodEnd < o.periodStart) {
    throw new Error(
      `Template ${template}: the period ends (${o.periodEnd}) before it starts (${o.periodStart}) — swap the dates.`,
    );
  }
  return o;
}
