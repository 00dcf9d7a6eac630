import { type Choice, ListStyle, type PromptOptions } from 'botbuilder-dialogs';

/** Prompt options for a choice shown as buttons (suggested actions); the label is also what a typed answer matches. */
export function choicePrompt(
  prompt: string,
  labels: readonly string[],
  synonyms: readonly string[][] = [],
): PromptOptions {
  const choices: Choice[] = labels.map((label, index) => ({
    value: label,
    action: { type: 'imBack', title: label, value: label },
    synonyms: synonyms[index] ? [...synonyms[index]] : [],
  }));
  return { prompt, choices, style: ListStyle.suggestedAction };
}
