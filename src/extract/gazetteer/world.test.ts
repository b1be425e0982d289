import { describe, expect, it } from 'vitest';
import { findPlaces, PLACES, worldPlaces } from './index.ts';
import { readFileSync } from 'node:fs';
import { norm } from './matcher.ts';
import { arabicVariants, buildWorld, serializeWorldIndex, worldFromIndexFile, worldIndexFile, type WorldIndexFile } from './world.ts';

/** The generated place (id) found in a text, or null when none is. */
const generated = (text: string) => findPlaces(text).find((match) => match.place.generated) ?? null;

describe('generated gazetteer: data', () => {
  it('holds the world beyond the hand lists, and never a second record of a curated place', () => {
    const places = worldPlaces();
    expect(places.filter((p) => p.kind === 'city').length).toBeGreaterThan(9000);
    expect(places.filter((p) => p.kind === 'region').length).toBeGreaterThan(3000);
    const curatedIds = new Set(PLACES.map((p) => p.id));
    for (const place of places) {
      expect(curatedIds.has(place.id), place.id).toBe(false);
      expect(place.country).toMatch(/^[A-Z]{2}$/);
      expect(Math.abs(place.coordinates[0])).toBeLessThanOrEqual(180);
      expect(Math.abs(place.coordinates[1])).toBeLessThanOrEqual(90);
    }
    // Riyadh, Cairo, Aleppo are the hand lists' own: the generated rows for them are left out.
    for (const name of ['Riyadh', 'Cairo', 'Aleppo', 'Erbil']) expect(places.some((p) => p.en === name && p.kind !== 'region'), name).toBe(false);
  });

  it('writes the spellings the normalizer does not fold', () => {
    expect(arabicVariants('كربلاء', 'IQ').plain).toContain('كربلا');
    expect(arabicVariants('أبو ظبي', 'AE').plain).toContain('أبوظبي');
    expect(arabicVariants('بورسعيد', 'EG').plain).toContain('بور سعيد');
    expect(arabicVariants('هامبورغ', 'DE').plain).toContain('هامبورج');
    expect(arabicVariants('أكادير', 'MA').plain).toContain('أغادير');
    // Short foreign names keep their letter: أغري → أجري would be "conducted".
    expect(arabicVariants('أغري', 'TR').plain).toEqual(['أغري']);
    expect(arabicVariants('الفلوجة', 'IQ').bare).toEqual(['فلوجة']);
  });
});

describe('generated gazetteer: places found', () => {
  it.each([
    // A regional Ethiopian city, the summit's own place rather than "Ethiopia".
    ['عقدت القمة في مدينة بحر دار الإثيوبية', 'bahir-dar-et', 'بحر دار'],
    ['انطلق منتدى تانا في بحر دار', 'bahir-dar-et', 'بحر دار'],
    ['The forum opened in Bahir Dar on Saturday', 'bahir-dar-et', 'Bahir Dar'],
    ['وصل الوفد إلى ديرة داوا', 'dire-dawa-et', 'ديرة داوا'],
    ['اشتباكات في إقليم أمهرة', 'amhara-region-et-region', 'أمهرة'],
    // A Maghrebi spelling (Moroccan ك for g) and its Mashreq twin.
    ['افتتح المؤتمر في الناظور', 'nador-ma', 'الناظور'],
    ['تظاهرات في سيدي بوزيد', 'sidi-bouzid-tn', 'سيدي بوزيد'],
    // A name that is also a word, placed by a place noun or by its country's nisba.
    ['قصف في مدينة العمارة', 'al-amarah-iq', 'العمارة'],
    ['وصل إلى العمارة العراقية', 'al-amarah-iq', 'العمارة'],
    ['وصل النازحون إلى مدينة الجنينة', 'geneina-sd', 'الجنينة'],
    // English names that are words or first names, after a preposition of place.
    ['A storm hit the coast in Mobile, Alabama, on Monday', 'mobile-us', 'Mobile'],
    ['The rally in Denver drew thousands', 'denver-us', 'Denver'],
    // A name two places share: the smaller one with its own division named.
    ['احتفال في الإسكندرية بولاية فيرجينيا', 'alexandria-us', 'الإسكندرية'],
    ['The council met in Alexandria, Virginia', 'alexandria-us', 'Alexandria'],
  ])('%s → %s', (text, id, spelling) => {
    const match = generated(text);
    expect(match?.place.id).toBe(id);
    expect(match?.text).toBe(spelling);
  });

  it('says why when it chose among places or read a word as a place', () => {
    expect(generated('The council met in Alexandria, Virginia')?.why).toMatch(/virginia/);
    expect(generated('قصف في مدينة العمارة')?.why).toMatch(/place noun/);
    expect(generated('A storm in Mobile, Alabama')?.why).toMatch(/also a word/);
  });
});

describe('generated gazetteer: not places', () => {
  it.each([
    // Words: "in the framework of", "the white colour", "sixty days", "conducted", "ongoing".
    ['وذلك في إطار جهود موريتانيا لتعزيز التعاون'],
    ['اختار اللون الأبيض'],
    ['حدد مهلة ستين يوما للانسحاب'],
    ['بوريطة قد أجرى اتصالا هاتفيا بنظيره'],
    ['العمل جاري على إصلاح الطريق'],
    ['أقيم حفل في مدينة جديدة على الساحل'],
    ['في العمارة الحديثة'],
    // People: a title, a surname after a first name, a first name before a surname.
    ['قال الرئيس الروسي فلاديمير بوتين'],
    ['Secretary of State Marco Rubio said'],
    ['Victoria Nuland met the delegation'],
    ['Denver said he would stay'],
    ['Sheikh Mishal al-Sabah received the envoy'],
    // A newspaper, a street, a neighbourhood, a word at the head of a sentence.
    ['نشرت صحيفة الأبيض تقريرا'],
    ['انفجار في شارع بحر دار'],
    ['Reading the report, the minister paused'],
    ['He bought a new Mobile Phone'],
    // A shared name needs its own division: "Moscow" near "American" stays Moscow.
    ['قال المسؤول الأميركي إن الجولة المقبلة ستعقد في موسكو'],
  ])('%s', (text) => {
    expect(generated(text)).toBeNull();
  });

  it('gives a curated place the spellings its hand list lacks: أغادير is Agadir too', () => {
    expect(findPlaces('افتتح المؤتمر في أغادير').map((m) => m.place.id)).toEqual(['agadir']);
    expect(findPlaces('افتتح المؤتمر في أكادير').map((m) => m.place.id)).toEqual(['agadir']);
  });

  it('keeps the hand lists first: Moscow, Riyadh and Istanbul stay the curated cities', () => {
    for (const [text, id] of [
      ['ستعقد الجولة المقبلة في موسكو', 'moscow'],
      ['محادثات في الرياض بين الوفدين', 'riyadh'],
      ['Talks in Istanbul on Thursday', 'istanbul'],
    ] as const) {
      expect(findPlaces(text).map((m) => m.place.id)).toEqual([id]);
    }
  });
});

describe('generated gazetteer: the index file', () => {
  const committed = readFileSync(new URL('./world.index.generated.json', import.meta.url), 'utf8');
  const world = buildWorld();

  it('is what the hand lists and rows give now (after editing them: npm run gazetteer:index)', () => {
    expect(committed === serializeWorldIndex(worldIndexFile(world)), 'world.index.generated.json is out of date: run npm run gazetteer:index').toBe(true);
  });

  it('loads as the places and spellings the build works out', () => {
    const loaded = worldFromIndexFile(JSON.parse(committed) as WorldIndexFile);
    expect(loaded.duplicates).toBe(world.duplicates);
    expect(loaded.places).toEqual(world.places);
    const flat = (aliases: typeof world.aliases) =>
      aliases.map(({ place, name, gate, shared, holders, context, division, nisba }) => ({ place: place.id, name, gate, shared, holders, context, division, nisba }));
    expect(flat(loaded.aliases)).toEqual(flat(world.aliases));
  });

  it('gives the spellings of a first word as the build does, in its order, and nothing for other words', () => {
    const loaded = worldFromIndexFile(JSON.parse(committed) as WorldIndexFile);
    const byFirst = new Map<string, string[]>();
    for (const alias of world.aliases) {
      const first = norm(alias.name).split(' ')[0]!;
      byFirst.set(first, [...(byFirst.get(first) ?? []), `${alias.place.id} ${alias.name}`]);
    }
    expect(byFirst.size).toBeGreaterThan(1000);
    const named = (aliases: readonly { place: { id: string }; name: string }[]) => aliases.map((alias) => `${alias.place.id} ${alias.name}`);
    for (const [word, expected] of byFirst) {
      expect(named(loaded.startingWith(word))).toEqual(expected);
      expect(named(world.startingWith(word))).toEqual(expected);
    }
    expect(loaded.startingWith('وزير')).toEqual([]);
  });

  it('finds a place by its English name as a search of every place finds the first', () => {
    const loaded = worldFromIndexFile(JSON.parse(committed) as WorldIndexFile);
    const seen = new Set<string>();
    const repeated = world.places.find((place) => seen.has(place.en) || !seen.add(place.en))!.en;
    for (const en of [world.places[0]!.en, world.places[5000]!.en, world.places.at(-1)!.en, repeated, 'Nowhere-on-Sea']) {
      const expected = world.places.find((place) => place.en === en);
      expect(expected === undefined).toBe(en === 'Nowhere-on-Sea');
      expect(loaded.named(en)).toEqual(expected);
      expect(world.named(en)).toBe(expected);
    }
  });
});
