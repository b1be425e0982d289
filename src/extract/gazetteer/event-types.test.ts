import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_IDS } from '../../events/vocabulary.ts';
import { classifyEvent, classifyEventAll } from './index.ts';

const type = (clause: string) => classifyEvent(clause)?.type ?? null;

describe('cues and the contract\'s types', () => {
  it('every type of the vocabulary but `other` is signalled, and only by its own ids', () => {
    const clauses: Record<string, string> = {
      meeting: 'عقد الوزيران اجتماعا في جنيف',
      visit: 'زار الرئيس دمشق',
      call: 'أجرى الرئيسان اتصالا هاتفيا',
      statement: 'أعلنت الخارجية موقفها',
      agreement: 'توصل الطرفان إلى اتفاق',
      sanction: 'فرضت واشنطن عقوبات جديدة',
      military: 'شنت الطائرات غارات على المدينة',
      vote: 'جرت الانتخابات الرئاسية',
    };
    for (const id of EVENT_TYPE_IDS) {
      if (id === 'other') continue;
      expect(type(clauses[id] ?? ''), id).toBe(id);
    }
  });
});

describe('one verb, two kinds', () => {
  it('"struck" is a strike, "struck a deal" an agreement', () => {
    expect(type('Israel struck targets in southern Lebanon')).toBe('military');
    expect(type('RSF drones struck a displacement camp')).toBe('military');
    expect(type('The two sides struck a deal in Doha')).toBe('agreement');
    expect(type('They struck an agreement on prisoners')).toBe('agreement');
    expect(type('The army recaptured the city of Bara')).toBe('military');
  });
});

describe('seed-like clauses', () => {
  it('عقدا جولة أولى من مباحثات → meeting, on the verb', () => {
    const cue = classifyEvent('وكان الجانبان عقدا جولة أولى من مباحثات تطبيع العمل الدبلوماسي في الـ 27 من شباط الماضي في اسطنبول')!;
    expect(cue.type).toBe('meeting');
    expect(cue.text).toBe('عقدا');
  });
  it('توصلت ... إلى اتفاقين → agreement', () => {
    expect(type('وتوصلت الولايات المتحدة في الـ26 من آذار الماضي إلى اتفاقين منفصلين مع كل من أوكرانيا وروسيا')).toBe('agreement');
  });
  it('أرسلت روسيا مبعوثها ... إلى واشنطن → visit', () => {
    const cue = classifyEvent('وفي الأسبوع الماضي، أرسلت روسيا مبعوثها كيريل ديميترييف إلى واشنطن')!;
    expect(cue.type).toBe('visit');
    expect(cue.text).toBe('أرسلت');
  });
  it('جرى أول اللقاءات → meeting', () => {
    expect(type('جرى أول اللقاءات بين وفدي البلدين في العاصمة السعودية الرياض')).toBe('meeting');
  });
  it('بدء الغزو الروسي لأوكرانيا → military', () => {
    expect(type('وخاصة بعد بدء الغزو الروسي لأوكرانيا عام 2022')).toBe('military');
  });
  it('ذكرت أمس أن الجولة ... ستعقد → statement governs', () => {
    expect(type('وكانت الناطقة باسم الخارجية الروسية ماريا زاخاروفا ذكرت أمس أن الجولة الثانية من المشاورات ستعقد في اسطنبول')).toBe('statement');
  });
  it('مع بدء وفدين ... جولة ثانية من المحادثات → meeting (nouns only)', () => {
    expect(type('مع بدء وفدين أميركي وروسي جولة ثانية من المحادثات في اسطنبول التركية اليوم')).toBe('meeting');
  });
});

describe('each type', () => {
  it.each([
    ['التقى وزير الخارجية نظيره الروسي', 'meeting'],
    ['وبحث الرئيسان العلاقات الثنائية', 'meeting'],
    ['انطلقت أعمال القمة العربية', 'meeting'],
    ['سيعقد الوزراء اجتماعا طارئا', 'meeting'],
    ['زار الرئيس الفرنسي بيروت', 'visit'],
    ['يصل الوزير إلى أنقرة غدا في زيارة رسمية', 'visit'],
    ['أجرى الرئيس اتصالا هاتفيا مع نظيره', 'call'],
    ['تلقى ولي العهد اتصالاً هاتفياً من الرئيس', 'call'],
    ['أعلنت وزارة الدفاع', 'statement'],
    ['وصرح المتحدث باسم الخارجية', 'statement'],
    ['أصدرت الخارجية بيانا', 'statement'],
    ['وقعت الحكومتان اتفاقية للتعاون', 'agreement'],
    ['دخلت الهدنة حيز التنفيذ', 'agreement'],
    ['أعلن الطرفان وقف إطلاق النار', 'statement'],
    ['فرضت واشنطن عقوبات جديدة على طهران', 'sanction'],
    ['شنت الطائرات غارات على ريف إدلب', 'military'],
    ['قصفت المدفعية مواقع في الجنوب', 'military'],
    ['جرت الانتخابات الرئاسية', 'vote'],
    ['صوت مجلس الأمن على مشروع قرار', 'vote'],
    ['The two ministers held talks in Geneva', 'meeting'],
    ['Blinken visited Ankara', 'visit'],
    ['Putin and Trump spoke by phone', 'call'],
    ['The ministry said on Monday', 'statement'],
    ['The sides signed an agreement', 'agreement'],
    ['Washington imposed sanctions', 'sanction'],
    ['An airstrike hit the city', 'military'],
    ['Parliament voted on the bill', 'vote'],
  ])('%s → %s', (clause, expected) => {
    expect(type(clause)).toBe(expected);
  });

  it('وقع انفجار is not a signature', () => {
    expect(classifyEventAll('وقع انفجار في المدينة').some((cue) => cue.type === 'agreement')).toBe(false);
  });

  it('returns null without a cue', () => {
    expect(classifyEvent('الطقس جميل اليوم')).toBeNull();
  });

  it('classifyEventAll gives every cue with offsets into the clause', () => {
    const clause = 'أكدت الخارجية أن المحادثات أسفرت عن اتفاق';
    const cues = classifyEventAll(clause);
    expect(cues.map((c) => c.type)).toEqual(['statement', 'meeting', 'agreement']);
    for (const cue of cues) expect(clause.slice(cue.start, cue.end)).toBe(cue.text);
  });
});
