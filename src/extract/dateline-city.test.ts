/** The dateline's place as the place rules read it: found by dateline.ts, handed over by datelineFrom. */
import { describe, expect, it } from 'vitest';
import { classifyParagraphs, splitParagraphs } from './article.ts';
import { datelineFrom } from './dateline-city.ts';
import { dateArticle } from './dateline.ts';

function datelineIn(text: string) {
  const paragraphs = classifyParagraphs(splitParagraphs(text));
  const language = /[A-Za-z]/.test(paragraphs[1]?.text.slice(0, 3) ?? '') ? 'en' : 'ar';
  return datelineFrom(dateArticle(paragraphs, [], language, { published: '2025-03-01', from: 'metadata' }).dateline, paragraphs);
}

describe('the dateline\'s place', () => {
  it.each([
    ['القاهرة - (أ ف ب): أعلنت وزارة الخارجية المصرية الثلاثاء أن', 'Cairo', 'القاهرة'],
    ['الكويت - 12 - 2 (كونا) -- بحث وزير الخارجية مع نظيره العراقي', 'Kuwait City', 'الكويت'],
    ['مسقط في 27 أبريل /العُمانية/ أكد وزير الخارجية أن', 'Muscat', 'مسقط'],
    ['رام الله 22-1-2025 وفا- أدانت الرئاسة الفلسطينية', 'Ramallah', 'رام الله'],
    ['بورتسودان 5-3-2025 (سونا) - رحب مجلس السيادة', 'Port Sudan', 'بورتسودان'],
    ['انواكشوط، 20/01/2025 (ومأ) - استقبل وزير الشؤون الخارجية', 'Nouakchott', 'انواكشوط'],
    ['تونس (وات) - التقى وزير الشؤون الخارجية', 'Tunis', 'تونس'],
    ['بغداد - الصباح', 'Baghdad', 'بغداد'],
    ['الجزائر: سمير بن علي', 'Algiers', 'الجزائر'],
    ['طهران/ 11 آذار/ مارس/ إرنا – أكد المتحدث باسم وزارة الخارجية', 'Tehran', 'طهران'],
    ['بكين 10 مارس 2025 (شينخوا) قال وزير الخارجية الصيني', 'Beijing', 'بكين'],
    ['RIYADH, Dec 3 (Reuters) - Saudi Arabia\'s Foreign Minister met', 'Riyadh', 'RIYADH'],
    ['KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said', 'Kyiv', 'KYIV'],
    ['ISTANBUL', 'Istanbul', 'ISTANBUL'],
  ])('%s → %s', (line, place, text) => {
    const dateline = datelineIn(`Headline\n${line}\nالنص.`);
    expect(dateline).toMatchObject({ paragraph: 1, text, place: { en: place } });
    expect(line.slice(dateline!.start, dateline!.end)).toBe(text);
  });

  it('a town the gazetteer lacks with its country in brackets: the country', () => {
    expect(datelineIn('عنوان\nالصخيرات (المغرب) 17 ديسمبر 2015 (وال) - وقع أعضاء من مجلس النواب')).toMatchObject({ text: 'المغرب', place: { en: 'Morocco' } });
  });

  it('a byline first, the dateline after it', () => {
    expect(datelineIn('عنوان\nكتب: يوسف الإدريسي\nالرباط - استقبل الوزير نظيره')).toMatchObject({ paragraph: 2, place: { en: 'Rabat' } });
  });

  it('no dateline: prose that opens with a place, a headline alone, a paragraph far down, a sea', () => {
    expect(datelineIn('عنوان\nالقاهرة ستستضيف في العاشر من أيار المقبل اجتماعا لوزراء خارجية دول جوار السودان، في محاولة جديدة')).toBeNull();
    expect(datelineIn('Saudi Arabia\'s Foreign Minister met his Iranian counterpart in Riyadh on Wednesday, the ministry said.')).toBeNull();
    expect(datelineIn('Headline\nFirst.\nSecond.\nThird.\nFourth.\nFifth.\nSixth.\nRIYADH, Dec 3 (Reuters) - late')).toBeNull();
    expect(datelineIn('Headline\nThe Red Sea - a crossing')).toBeNull();
    expect(datelineIn('Headline\nNEW RULES')).toBeNull();
  });
});

describe('a dateline handed over', () => {
  const paragraphs = classifyParagraphs(splitParagraphs('عنوان\nالكويت - 10 - 2 (كونا) -- بحث الوزير'));
  it('as the events document records it: paragraph, place, place as written', () => {
    expect(datelineFrom({ paragraph: 1, place: 'Kuwait City', placeLocal: 'الكويت' }, paragraphs)).toMatchObject({ paragraph: 1, start: 0, end: 6, place: { en: 'Kuwait City' } });
    expect(datelineFrom({ paragraph: 1, place: 'Riyadh', placeLocal: null }, paragraphs)).toMatchObject({ place: { en: 'Riyadh' } });
  });
  it('none when it names no known place or stands outside the text', () => {
    expect(datelineFrom({ paragraph: 1, place: null, placeLocal: 'PORT SUDAN' }, paragraphs)).toBeNull();
    expect(datelineFrom({ paragraph: null, place: 'Riyadh', placeLocal: 'الرياض' }, paragraphs)).toBeNull();
    expect(datelineFrom({ paragraph: 1, place: 'Nowhere Land', placeLocal: 'لا مكان' }, paragraphs)).toBeNull();
    expect(datelineFrom(null, paragraphs)).toBeNull();
  });
});
