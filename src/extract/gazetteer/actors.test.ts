import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allActors, findActors } from './index.ts';

const SEED = readFileSync(new URL('../../../data/articles/2025-04-10-al-thawra-us-russia-istanbul-talks.txt', import.meta.url), 'utf8');
const names = (text: string) => findActors(text).map((match) => match.actor.en);

describe('actors', () => {
  it('has unique ids and a country for every person of a state', () => {
    const actors = allActors();
    const ids = actors.map((actor) => `${actor.kind}:${actor.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(actors.filter((a) => a.kind === 'country').length).toBe(197);
    expect(actors.filter((a) => a.kind === 'person').length).toBeGreaterThan(100);
  });

  it('reads the seed: الخارجية الأميركية, زاخاروفا, ترامب', () => {
    const matches = findActors(SEED);
    for (const match of matches) expect(SEED.slice(match.start, match.end)).toBe(match.text);
    const state = findActors('أكدت الخارجية الأميركية أن مسائل الأمن')[0]!;
    expect(state.actor).toMatchObject({ en: 'United States', kind: 'country', country: 'US' });
    expect(state.text).toBe('الأميركية');
    expect(findActors('الناطقة باسم الخارجية الروسية ماريا زاخاروفا').map((m) => m.actor)).toEqual([
      expect.objectContaining({ en: 'Russia', kind: 'country' }),
      expect.objectContaining({ en: 'Maria Zakharova', kind: 'person', country: 'RU' }),
    ]);
    expect(findActors('ومنذ عودة ترامب إلى البيت الأبيض')[0]!.actor).toMatchObject({ en: 'Donald Trump', kind: 'person', country: 'US' });
    expect(names('وكانت زاخاروفا ذكرت')).toEqual(['Maria Zakharova']);
  });

  it('nisba adjectives, definite and indefinite, with proclitics', () => {
    expect(names('مع بدء وفدين أميركي وروسي جولة ثانية')).toEqual(['United States', 'Russia']);
    expect(names('أشار الجانب الروسي')).toEqual(['Russia']);
    expect(names('وصل وفد أمريكي')).toEqual(['United States']);
    expect(names('المشاورات الروسية -الأميركية')).toEqual(['Russia', 'United States']);
    expect(names('الرئيس الكوري الجنوبي')).toEqual(['South Korea']);
    expect(names('القوات السعودية والإماراتية')).toEqual(['Saudi Arabia', 'United Arab Emirates']);
  });

  it('capitals speak for their governments, except where something happens in them', () => {
    expect(names('العلاقات بين موسكو وواشنطن')).toEqual(['Russia', 'United States']);
    expect(names('مع تقليص واشنطن دعمها لكييف')).toEqual(['United States', 'Ukraine']);
    expect(names('أرسلت روسيا مبعوثها إلى واشنطن')).toEqual(['Russia']);
    expect(names('في العاصمة السعودية الرياض')).toEqual([]);
  });

  it('a nisba after a city only locates the city', () => {
    expect(names('المحادثات في اسطنبول التركية')).toEqual([]);
  });

  it('seats of power', () => {
    expect(names('أعلن الكرملين')).toEqual(['Russia']);
    expect(names('قال البيت الأبيض')).toEqual(['United States']);
    expect(names('The Kremlin and the White House')).toEqual(['Russia', 'United States']);
  });

  it('organizations', () => {
    expect(names('الأمم المتحدة ومجلس الأمن الدولي')).toEqual(['United Nations', 'UN Security Council']);
    expect(names('حلف شمال الأطلسي (الناتو) والاتحاد الأوروبي')).toEqual(['NATO', 'NATO', 'European Union']);
    expect(names('جامعة الدول العربية والاتحاد الأفريقي ومجلس التعاون الخليجي')).toEqual(['Arab League', 'African Union', 'Gulf Cooperation Council']);
    expect(names('الوكالة الدولية للطاقة الذرية وأوبك ومنظمة الصحة العالمية')).toEqual(['International Atomic Energy Agency', 'OPEC', 'World Health Organization']);
    expect(names('المحكمة الجنائية الدولية وصندوق النقد الدولي والبنك الدولي واللجنة الدولية للصليب الأحمر')).toEqual([
      'International Criminal Court', 'International Monetary Fund', 'World Bank', 'International Committee of the Red Cross',
    ]);
    expect(names('NATO, the EU, the UN and the IAEA')).toEqual(['NATO', 'European Union', 'United Nations', 'International Atomic Energy Agency']);
    expect(names('WHO said; who knows')).toEqual(['World Health Organization']);
  });

  it('officials with the country they represent', () => {
    const cases: [string, string, string | undefined][] = [
      ['بوتين', 'Vladimir Putin', 'RU'], ['لافروف', 'Sergey Lavrov', 'RU'], ['روبيو', 'Marco Rubio', 'US'],
      ['بلينكن', 'Antony Blinken', 'US'], ['بايدن', 'Joe Biden', 'US'], ['زيلينسكي', 'Volodymyr Zelensky', 'UA'],
      ['أردوغان', 'Recep Tayyip Erdoğan', 'TR'], ['ماكرون', 'Emmanuel Macron', 'FR'], ['شي جين بينغ', 'Xi Jinping', 'CN'],
      ['محمد بن سلمان', 'Mohammed bin Salman', 'SA'], ['السيسي', 'Abdel Fattah el-Sisi', 'EG'], ['الشرع', 'Ahmed al-Sharaa', 'SY'],
      ['الأسد', 'Bashar al-Assad', 'SY'], ['نتنياهو', 'Benjamin Netanyahu', 'IL'], ['عراقجي', 'Abbas Araghchi', 'IR'],
      ['غوتيريش', 'António Guterres', undefined], ['ويتكوف', 'Steve Witkoff', 'US'], ['فيدان', 'Hakan Fidan', 'TR'],
    ];
    for (const [ar, en, country] of cases) {
      const match = findActors(`وقال ${ar} إن`)[0];
      expect(match?.actor.en, ar).toBe(en);
      expect(match?.actor.country, ar).toBe(country);
    }
    expect(names('Lavrov met Rubio; Zelensky called Trump')).toEqual(['Sergey Lavrov', 'Marco Rubio', 'Volodymyr Zelensky', 'Donald Trump']);
  });

  it('names that are words only count in context', () => {
    expect(names('مقاتلو عرين الأسد')).toEqual([]);
    expect(names('أحكام الشرع الإسلامي')).toEqual([]);
    expect(names('استقبلوه بحماس كبير')).toEqual([]);
    expect(names('رئيس الوزراء العراقي محمد شياع السوداني')).toEqual(['Iraq', 'Mohammed Shia al-Sudani']);
    expect(names('الجيش السوداني')).toEqual(['Sudan']);
    expect(names('أكد أنه مصر على موقفه، وحصلت مصر على قرض')).toEqual(['Egypt']);
    expect(names('دعم مالي كبير')).toEqual([]);
  });
});
