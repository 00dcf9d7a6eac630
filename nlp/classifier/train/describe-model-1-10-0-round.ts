/**
 * The model card's account of model 1.10.0 (issue 16, eighth round): the independently written
 * sets become training data, what was measured to choose how, and the held-out numbers before and
 * after. Kept apart from the report writer so that each round's text is one small file.
 */
export function describeModel1100Round(): string[] {
  return [
    '## What changed in 1.10.0 (issue 16, eighth round) and why',
    '',
    'Seven rounds of corpus batches written by the project moved the sets written outside it by about',
    '0.005 macro-F1 a round (1.9.0 on its three held-out sets, each scored once: independent-v10 0.897 /',
    '79.7% / 2.6%, v11 0.906 / 82.0% / 3.1%, v12 0.908 / 82.1% / 2.8%; macro-F1 / coverage / confidently',
    'wrong). What the model lacked was not another phrasing of ours but the way other people write. The',
    'nine earlier independent sets (4,517 replies by eleven writers who never saw the corpus) had been',
    'dev sets, read by class and used to fit the confidence, never trained on. Since 1.10.0 they are',
    'training data; the three sets that arrived last stay held out from everything.',
    '',
    '- Measured before choosing, each of v4, v5, v7 and v9 left out of everything (trained on the corpus',
    '  and the other eight sets, confidence fitted on the calibration split alone), against the 1.9.0',
    '  recipe on the same set: macro-F1 v9 0.898 -> 0.938, v7 0.917 -> 0.961, v4 0.894 -> 0.926, v5',
    '  0.921 -> 0.970; v9 coverage 78.0% -> 85.4%, confidently wrong 2.5% -> 1.2%. Counting the sets twice',
    '  gave the same mean macro-F1 (0.9485 against 0.949): they count once.',
    '- Rule and confidence only out of fold: the trained sets are split into three folds, set by set',
    "  (a set is one writer's way of writing, so a fold never shares a writer with its fit); each set",
    '  is scored by a fit on the corpus and the other folds, and only these scores, with the',
    '  calibration split, choose the decision rule and fit the confidence (nlp/classifier/',
    '  fit-reason-model.ts, DEV_FOLDS). Four fits instead of one: `npm run train:nlp` takes about 2.5',
    '  minutes.',
    '- Error weight of the confidence 4.5 -> 6, chosen with v9 and v4 each left out of everything',
    '  (CONFIDENCE_ERROR_WEIGHT): 4.5 left v9 at 2.1% confidently wrong, 6 is the smallest tried that',
    '  kept both at 2% or less (v9 0.938 / 86.4% / 1.6%, v4 0.924 / 85.7% / 1.4%).',
    '- Nothing else changed: the same corpus (1.7.0), features, L2 decay and signals. The held-out',
    '  split of the corpus is fitted as before, on the corpus train split alone, so its numbers compare',
    '  with earlier models (0.798 -> 0.797; its ECE rises with the error weight).',
    '- Held-out sets, each scored once on 1.10.0 (nothing was changed after): independent-v10 0.897 /',
    '  79.7% / 2.6% -> 0.944 / 89.9% / 1.3%, v11 0.906 / 82.0% / 3.1% -> 0.962 / 87.5% / 1.5%, v12 0.908',
    "  / 82.1% / 2.8% -> 0.952 / 87.5% / 1.3%: issue 16's goals (0.93, 85%, 2%) on all three.",
    '- Price: 119,765 features kept instead of 66,166 (the new writers bring new words and character',
    '  n-grams); reason-model.json 7.6 -> 14.2 MB, parsed once per process (68 -> 128 ms, about 34 MB',
    '  more memory); the per-message latency is in `npm run bench:nlp`.',
    '- What this does not show: v10 to v12, like most of the trained sets, were written by helper',
    '  sessions given LABELS.md, each in one sitting, so the model has now learned how such writers',
    '  write. A set written by people in another way (the hidden set of the issue, real debtors) may',
    '  score lower; the corpus held-out split, written by the project, did not move. Each new',
    '  independent set is scored once on arrival before it joins the training data.',
    '',
  ];
}
