import { z } from 'zod';
import { AppError } from '../domain/errors/app-error.ts';

const ZNlpEnv = z.object({
  NLP_ABSTAIN_THRESHOLD: z.coerce.number().min(0).max(1).default(0.6),
  NLP_LLM_MODE: z.enum(['off', 'primary', 'second_opinion']).default('off'),
  NLP_LLM_BASE_URL: z.url().optional(),
  NLP_LLM_API_KEY: z.string().optional(),
  NLP_LLM_MODEL: z.string().min(1).optional(),
  NLP_LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
});

export interface LlmConfig {
  readonly mode: 'primary' | 'second_opinion';
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly model: string;
  readonly timeoutMs: number;
}

export interface NlpConfig {
  readonly abstainThreshold: number;
  /** Absent when NLP_LLM_MODE is off: debtor text then never leaves the machine. */
  readonly llm?: LlmConfig;
}

/** Reads the nlp settings from the environment; a bad value is a configuration error, not a default. */
export function readNlpConfig(env: NodeJS.ProcessEnv): NlpConfig {
  const parsed = ZNlpEnv.safeParse(emptyToUndefined(env));
  if (!parsed.success) {
    throw new AppError('CONFIG_INVALID', `Invalid nlp settings: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  const values = parsed.data;
  if (values.NLP_LLM_MODE === 'off') return { abstainThreshold: values.NLP_ABSTAIN_THRESHOLD };
  if (!values.NLP_LLM_BASE_URL || !values.NLP_LLM_MODEL) {
    throw new AppError(
      'CONFIG_INVALID',
      `NLP_LLM_MODE=${values.NLP_LLM_MODE} needs NLP_LLM_BASE_URL and NLP_LLM_MODEL (any OpenAI-compatible endpoint). Set them or set NLP_LLM_MODE=off.`,
    );
  }
  return {
    abstainThreshold: values.NLP_ABSTAIN_THRESHOLD,
    llm: {
      mode: values.NLP_LLM_MODE,
      baseUrl: values.NLP_LLM_BASE_URL,
      // Local OpenAI-compatible servers often need no key, but the client insists on one.
      apiKey: values.NLP_LLM_API_KEY ?? 'not-needed',
      model: values.NLP_LLM_MODEL,
      timeoutMs: values.NLP_LLM_TIMEOUT_MS,
    },
  };
}

function emptyToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, value === '' ? undefined : value]),
  );
}
