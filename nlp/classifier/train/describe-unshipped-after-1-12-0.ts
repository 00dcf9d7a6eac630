/**
 * The model card's account of what was tried after model 1.12.0 for the weakest kind of reply (a
 * reason named only to deny it) and not shipped (three candidates), with the numbers that decided it, so that the
 * next attempt starts from them instead of repeating them.
 */
export function describeUnshippedAfter1120(): string[] {
  return [
    '## Tried after 1.12.0 and not shipped (issue 16)',
    '',
    'Each candidate was judged by a rule written down before any of its numbers was seen: ship',
    'when, with independent-v9 and v4 left out of everything (`npm run measure:nlp-left-out`, error',
    'weight 6, run for both recipes in the same session; 1.12.0: v9 0.941 / 89.1% / 1.9%, v4 0.939 /',
    '88.2% / 1.4%), the mean macro-F1 does not fall and the mean confidently-wrong rate does not rise by',
    'more than 0.1 point, and every held-out floor still holds. independent-v19 (written for this kind',
    'of reply and scored on arrival on 1.12.0: 0.947 / 87.5% / 1.7%, denied reason accuracy 0.882 with',
    '6 of 153 confidently wrong) is the set that says whether the kind got better.',
    '',
    '- More training data for the kind: 512 replies written from LABELS.md alone by another helper',
    '  (41% naming a reason only to deny it, 20% two reasons; built by a seeded script from about 950',
    '  sentences it wrote). Left out: v9 0.943 / 89.1% / 1.6%, v4 0.949 / 87.5% / 1.1% (passes), but',
    '  held out v16 0.936 / 90.6% / 2.0% and v18 0.948 / 88.9% / 0.9% fell under their floors, and v19',
    '  barely moved (0.949 / 88.6% / 1.7%; denied reason 0.889, still 6 confidently wrong). Not shipped;',
    '  the replies are not in the project.',
    '- Structure for the kind: a Dutch or German negator that ends its clause ("wir bestreiten die',
    '  Rechnung nicht", "dat klopt niet") reaching back over the clause, and firmer denials ("kaum",',
    '  "keineswegs", "allerminst", "hardly") counted as negators. Left out: v9 0.943 / 89.3% / 1.6%, v4',
    '  0.939 / 88.4% / 1.4% (passes); held out v15 0.973 / 94.1% / 0.4%, v16 0.941 / 90.0% / 1.3%, v17',
    '  0.966 / 91.9% / 0.4%, v18 0.952 / 89.1% / 1.1%: the floors hold. But on v19 it answered two more',
    '  denials confidently wrong (8 of 153; the set 2.2%, over the goal), so the change meant for the',
    '  kind made it worse on the set that measures it. Not shipped: it passed the rule as written, so',
    "  this is a judgement made after seeing v19, which is why the third attempt's rule has a third part.",
    '- Structure again, this time from errors read: the 512 replies of the first attempt, never trained',
    '  on, served as a dev set and their errors on 1.12.0 were read by class (a denied PO number, "X is',
    '  not the problem", "nothing to do with X", "instead of X", colloquial French "je conteste pas",',
    '  "didnt" typed without its apostrophe). The scope of a negation grew to match: the Dutch and German',
    '  clause-final negator also before "the problem/issue/reason", the verb before a French "pas"',
    '  without "ne", negating phrases in four languages, the apostrophe-less forms. The rule got a third',
    '  part: on independent-v21, a new set written for the kind and scored on both models in the same',
    '  run, macro-F1 may not fall and confidently wrong may not rise. Left out: v9 0.945 / 89.3% / 1.4%,',
    '  v4 0.940 / 88.4% / 1.4% (passes); held out: v15 0.973 / 93.9% / 0.4%, v16 0.938 / 90.0% / 1.6%,',
    '  v17 0.966 / 91.9% / 0.4%, v18 0.952 / 89.1% / 1.1%, v19 0.948 / 87.9% / 2.2%; v21 0.9295 / 86.9%',
    '  / 1.9% -> 0.931 / 86.4% / 2.1% (denied reason: 5 -> 6 confidently wrong). Not shipped.',
    '- So the denied reason stays the weakest kind. Three changes aimed at it each left it as it was or',
    '  answered one to three more denials confidently wrong: the errors are not in the reach of a',
    '  negation but in what the model makes of a reason it sees ruled out. What the held-out sets get',
    '  wrong is still unread (v17, v19 and v21 are held out).',
    '',
  ];
}
