import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` that exists (no 2018-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .superRefine((value, ctx) => {
    if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: `impossible date ${value}` });
  });

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A JSON `null` counts as a missing field. */
const nullAsMissing = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === null ? undefined : v), schema.optional());
const optionalText = nullAsMissing(z.string().trim().max(2000));

/** A report as a file describes it, before the loader adds id fallback, title fallback and origin. */
export const reportInput = z.object({
  id: z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1, 'id is empty').max(300, 'id is longer than 300 characters'))
    .optional(),
  date: isoDate.nullable().optional(),
  title: nullAsMissing(z.string().trim().max(1000)),
  text: z.string().refine((t) => t.trim().length > 0, 'text is empty'),
  source: optionalText,
  url: optionalText,
});

export type ReportInput = z.infer<typeof reportInput>;

/** One line per problem: "field: message". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
