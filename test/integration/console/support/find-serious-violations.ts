import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core in the page as it stands and returns its serious and critical violations. The
 * page's context must be opened with `bypassCSP: true`, only so that axe can be injected: the
 * console itself allows no script.
 */
export async function findSeriousViolations(page: Page) {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`,
  )) as { id: string; impact: string; nodes: number }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
