import { describe, expect, it } from 'vitest';
import { renderPageHead } from '../../../../channels/web/render-page-head.ts';

describe('renderPageHead', () => {
  it('escapes the title and loads the stylesheet and deferred scripts, nothing inline', () => {
    const head = renderPageHead({
      language: 'en',
      title: 'A <b>&',
      stylesheet: '/s.css',
      scripts: ['/a.js'],
    });
    expect(head).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n/u);
    expect(head).toContain('<title>A &lt;b&gt;&amp;</title>');
    expect(head).toContain(
      '<link rel="stylesheet" href="/s.css">\n<script src="/a.js" defer></script>\n</head>',
    );
    expect(head).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(head.endsWith('</head>')).toBe(true);
  });
});
