import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-events.ts';
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

// A saved page with no date in its meta tags: the date is in the article's header, which is
// dropped with the other headers, beside an update time; the site's header shows today's date.
const WORDPRESS_PAGE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>وزير الخارجية يستقبل نظيره السنغالي – الساحل</title></head>
<body><header class="site-header"><span class="date">الثلاثاء 16 ديسمبر 2025</span><nav><a href="/">الرئيسية</a></nav></header>
<main><article><header class="entry-header"><h1>وزير الخارجية يستقبل نظيره السنغالي</h1>
<div class="entry-meta"><span class="byline">بقلم: التحرير</span>
<span class="posted-on">نشر في <time class="entry-date published" datetime="2025-12-15T09:40:00+00:00">15 ديسمبر 2025</time></span>
<span class="updated-on">آخر تحديث: <time class="updated" datetime="2025-12-16T11:05:00+00:00">16 ديسمبر 2025</time></span></div></header>
<div class="entry-content"><p>استقبل وزير الشؤون الخارجية أمس الأحد بنواكشوط وزير الخارجية السنغالي، في مستهل زيارة عمل تستغرق ثلاثة أيام يبحث خلالها الجانبان ملفات التعاون الثنائي.</p>
<p>وينتظر أن يوقع البلدان يوم الأربعاء المقبل في نواكشوط اتفاقية جديدة لتنظيم الصيد البحري بين البلدين الجارين.</p></div></article></main>
<aside><ul><li><a href="/a">أمطار متفرقة</a> <span class="post-date">14 ديسمبر 2025</span></li></ul></aside></body></html>`;

const TEXT_DATED_PAGE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>الوزيران يلتقيان في الدوحة</title></head>
<body><main><article><header><h1>الوزيران يلتقيان في الدوحة</h1><div class="article-date">نشر في: 8 أكتوبر 2023 - 14:32</div></header>
<p>التقى وزيرا خارجية البلدين أمس في الدوحة، وبحثا العلاقات الثنائية والتطورات الإقليمية وسبل تعزيز التعاون في مجالات الطاقة والنقل.</p>
</article></main></body></html>`;

describe('readHtmlPage: a page dated only in its article header', () => {
  it('takes the published <time> of the article header, not the update time, the site header or the sidebar', () => {
    const page = readHtmlPage(WORDPRESS_PAGE);
    expect(page.metadata.published).toBe('2025-12-15');
    expect(page.dateLines).toEqual(['نشر في 15 ديسمبر 2025', 'آخر تحديث: 16 ديسمبر 2025']);
    const extraction = extractArticle({ id: 'p', text: page.text, metadata: page.metadata, publishedFrom: 'page', pageLines: page.dateLines });
    expect(extraction.article).toMatchObject({ published: '2025-12-15', publishedFrom: 'page', updated: '2025-12-16' });
    expect(extraction.events.map((event) => event.date.edtf)).toEqual(['2025-12-14', '2025-12-17']);
  });

  it('reads a publication line of the header when the page has no machine-readable date', () => {
    const page = readHtmlPage(TEXT_DATED_PAGE);
    expect(page.metadata.published).toBeUndefined();
    expect(page.dateLines).toEqual(['نشر في: 8 أكتوبر 2023 - 14:32']);
    const extraction = extractArticle({ id: 'p', text: page.text, metadata: page.metadata, pageLines: page.dateLines });
    expect(extraction.article).toMatchObject({ published: '2023-10-08', publishedFrom: 'publication-line' });
    expect(extraction.events.map((event) => event.date.edtf)).toEqual(['2023-10-07']);
  });
});

describe('readHtmlPage: dates after the article text', () => {
  it('a date in a list of related articles inside the article is not the page\'s; a labelled line at its foot is', () => {
    const page = readHtmlPage(`<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title></head><body><main><article><h1>خبر</h1>
<p>التقى وزيرا خارجية البلدين أمس في الدوحة، وبحثا العلاقات الثنائية والتطورات الإقليمية وسبل تعزيز التعاون في مجالات الطاقة.</p>
<footer class="entry-footer"><div class="related"><div class="item"><a href="/x">خبر آخر</a> <span class="date">3 مارس 2024</span></div></div>
<span class="posted-on">نُشر في 8 أكتوبر 2023</span></footer></article></main></body></html>`);
    expect(page.text).not.toMatch(/2024|2023/);
    expect(page.dateLines).toEqual(['نُشر في 8 أكتوبر 2023']);
  });
});
