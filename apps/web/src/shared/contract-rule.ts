import type { FormRule } from 'antd';

/** The part of a zod schema a form needs; kept structural so the web app need not import zod. */
interface Parser {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
}

/**
 * A form rule that is the contract's own schema, so a form refuses exactly what the server would,
 * with the same Chinese message. `empty` is what an untouched optional field means to the API.
 */
export function contractRule(schema: Parser, empty: null | '' = ''): FormRule {
  return {
    validator: async (_, value: unknown) => {
      const result = schema.safeParse(value === '' || value === undefined ? empty : value);
      if (!result.success) throw new Error(result.error.issues[0]?.message);
    },
  };
}
