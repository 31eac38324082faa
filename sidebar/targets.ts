/**
 * Parses the optional targets field: "CTR=2%, CPC=1.5, IMPRESSIONS=50,000" → { CTR: 0.02, … }.
 * Percent targets become decimals, like the tab's percent cells.
 */
export type TargetsResult = { ok: true; targets: Record<string, number> } | { ok: false; error: string };

export function parseTargets(text: string): TargetsResult {
  const targets: Record<string, number> = {};
  const parts = text
    .split(/[;\n]|,(?!\d{3}\b)/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const part of parts) {
    const m = /^([A-Za-z][A-Za-z0-9_ ]*?)\s*[=:]\s*(-?[\d,]*\.?\d+)\s*(%?)$/.exec(part);
    if (!m) {
      return { ok: false, error: `Target "${part}" is not understood. Write it like CTR=2% or CPC=1.50.` };
    }
    const key = m[1].trim().toUpperCase().replace(/\s+/g, '_');
    const value = Number(m[2].replace(/,/g, '')) / (m[3] ? 100 : 1);
    if (!Number.isFinite(value)) return { ok: false, error: `Target "${part}" has no usable number.` };
    targets[key] = value;
  }
  return { ok: true, targets };
}
