import { describe, expect, it } from 'vitest';
import { readHtmlPage } from './html.ts';

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>وزير الخارجية يزور موسكو | الوطن</title>
<meta property="og:site_name" content="الوطن"><meta property="article:published_time" content="2024-05-02T10:00:00+03:00">
<link rel="canonical" href="https://example.org/news/1"><script>var x = "في 12 آذار 2020";</script><style>p{}</style></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/x">أخبار 2023</a></nav></header>
<main><article><h1>وزير الخارجية يزور موسكو</h1>
<p>زار وزير الخارجية موسكو <b>أمس</b> حيث التقى نظيره الروسي في مقر الوزارة، وبحث الجانبان العلاقات الثنائية والتطورات في المنطقة وسبل تعزيز التعاون.</p>
<p>وكان الوزيران قد التقيا في الـ 14 من آذار الماضي في جنيف على هامش اجتماعات مجلس حقوق الإنسان، حيث اتفقا على مواصلة المشاورات.<br>وأضاف الوزير أن الزيارة المقبلة ستكون في تموز المقبل.</p>
<img src=x onerror="alert(1)"></article></main>
<aside><h3>اقرأ أيضاً</h3><ul><li>خبر آخر في 3 كانون الثاني</li></ul></aside>
<footer>جميع الحقوق محفوظة © 2024</footer></body></html>`;

describe('readHtmlPage', () => {
  const page = readHtmlPage(PAGE);
  const lines = page.text.split('\n');

  it('keeps the headline first and one paragraph per block, inline markup flattened', () => {
    expect(lines[0]).toBe('وزير الخارجية يزور موسكو');
    expect(lines[1]).toMatch(/^زار وزير الخارجية موسكو أمس حيث/);
    expect(lines).toContain('وأضاف الوزير أن الزيارة المقبلة ستكون في تموز المقبل.');
  });

  it('drops scripts, navigation, asides and footers', () => {
    expect(page.text).not.toContain('12 آذار 2020');
    expect(page.text).not.toContain('الرئيسية');
    expect(page.text).not.toContain('3 كانون الثاني');
    expect(page.text).not.toContain('جميع الحقوق');
    expect(page.text).not.toContain('onerror');
  });

  it('takes metadata from the page: title without the site name, outlet, date, language, canonical URL', () => {
    expect(page.metadata).toMatchObject({
      title: 'وزير الخارجية يزور موسكو',
      source: 'الوطن',
      published: '2024-05-02',
      language: 'ar',
      url: 'https://example.org/news/1',
    });
  });
});
