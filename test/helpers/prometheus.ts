/** One sample of the Prometheus text format. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A metric family: its TYPE, HELP and samples (a histogram's _bucket, _sum and _count included). */
export interface Family {
  type: string;
  help: string;
  samples: Sample[];
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?\s*/y;

/**
 * Reads the Prometheus text exposition format (0.0.4) strictly: every line is a HELP, a TYPE
 * or a sample of a declared family with well-formed labels and a number; throws naming the line.
 */
export function parsePrometheus(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const familyOf = (name: string) => families.get(name) ?? families.get(name.replace(/_(?:bucket|sum|count)$/, ''));
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (meta) {
      const family = families.get(meta[2]!) ?? { type: 'untyped', help: '', samples: [] };
      if (meta[1] === 'TYPE') {
        if (!/^(?:counter|gauge|histogram|summary|untyped)$/.test(meta[3]!)) throw new Error(`line ${i + 1}: bad TYPE`);
        family.type = meta[3]!;
      } else family.help = meta[3]!;
      families.set(meta[2]!, family);
      continue;
    }
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`line ${i + 1} is not a sample: ${line}`);
    const labels: Record<string, string> = {};
    const body = match[2] ?? '';
    LABEL.lastIndex = 0;
    while (LABEL.lastIndex < body.length) {
      const at = LABEL.lastIndex;
      const label = LABEL.exec(body);
      if (!label || LABEL.lastIndex === at) throw new Error(`line ${i + 1}: bad labels: ${body}`);
      labels[label[1]!] = label[2]!;
    }
    const value = Number(match[3] === '+Inf' ? Infinity : match[3] === '-Inf' ? -Infinity : match[3]);
    if (Number.isNaN(value) && match[3] !== 'NaN') throw new Error(`line ${i + 1}: bad value ${match[3]}`);
    const family = familyOf(match[1]!);
    if (!family) throw new Error(`line ${i + 1}: sample of an undeclared metric ${match[1]}`);
    family.samples.push({ name: match[1]!, labels, value });
  }
  return families;
}
