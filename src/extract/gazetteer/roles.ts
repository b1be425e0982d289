/**
 * The offices of the persons the actor lexicon knows (actors-data.ts), in both languages, so
 * that the glossary can say who an actor is: "Hakan Fidan, Foreign Minister (Turkey)" /
 * "هاكان فيدان، وزير الخارجية (تركيا)". A role's years ("Foreign Minister (until 2024)") are
 * carried over as written, with Arabic words.
 */
const ROLES_AR: Record<string, string> = {
  Adviser: 'مستشار',
  Ambassador: 'سفير',
  'Ambassador to the United States': 'السفير لدى الولايات المتحدة',
  'Arab League Secretary-General': 'الأمين العام لجامعة الدول العربية',
  Chancellor: 'المستشار',
  Commander: 'القائد',
  'Crown Prince and Prime Minister': 'ولي العهد ورئيس مجلس الوزراء',
  'Defence Minister': 'وزير الدفاع',
  'Defence Minister / negotiator': 'وزير الدفاع وكبير المفاوضين',
  'Deputy Chairman of the Security Council': 'نائب رئيس مجلس الأمن',
  'Deputy Foreign Minister': 'نائب وزير الخارجية',
  'Deputy Special Envoy': 'نائب المبعوث الخاص',
  'EU foreign policy chief': 'مسؤول السياسة الخارجية في الاتحاد الأوروبي',
  Emir: 'الأمير',
  'European Commission President': 'رئيس المفوضية الأوروبية',
  'European Council President': 'رئيس المجلس الأوروبي',
  'Finance Minister': 'وزير المالية',
  'Foreign Minister': 'وزير الخارجية',
  'Foreign Ministry spokesman': 'المتحدث باسم وزارة الخارجية',
  'Foreign Ministry spokeswoman': 'المتحدثة باسم وزارة الخارجية',
  'Foreign Secretary': 'وزير الخارجية',
  'GCC Secretary-General': 'الأمين العام لمجلس التعاون الخليجي',
  'Hamas leader': 'قائد حركة حماس',
  'Hamas negotiator': 'مفاوض حركة حماس',
  'Hamas political leader': 'رئيس المكتب السياسي لحركة حماس',
  'Head of the Presidential Office': 'رئيس مكتب الرئاسة',
  'Hezbollah leader': 'الأمين العام لحزب الله',
  'Houthi leader': 'زعيم جماعة الحوثي',
  'IAEA Director General': 'المدير العام للوكالة الدولية للطاقة الذرية',
  'ICC Prosecutor': 'المدعي العام للمحكمة الجنائية الدولية',
  'Intelligence chief': 'رئيس جهاز الاستخبارات',
  'KDP leader': 'رئيس الحزب الديمقراطي الكردستاني',
  King: 'الملك',
  'Kremlin spokesman': 'المتحدث باسم الكرملين',
  Leader: 'الزعيم',
  Minister: 'وزير',
  'Minister of State for Foreign Affairs': 'وزير الدولة للشؤون الخارجية',
  'Minister of Strategic Affairs': 'وزير الشؤون الاستراتيجية',
  'NATO Secretary General': 'الأمين العام لحلف شمال الأطلسي',
  'National Security Advisor': 'مستشار الأمن القومي',
  Pope: 'البابا',
  Premier: 'رئيس مجلس الدولة',
  President: 'الرئيس',
  'President of the Kurdistan Region': 'رئيس إقليم كردستان',
  'Presidential Council head': 'رئيس المجلس الرئاسي',
  'Presidential Leadership Council head': 'رئيس مجلس القيادة الرئاسي',
  'Presidential aide': 'مساعد الرئيس',
  'Prime Minister': 'رئيس الوزراء',
  'Prime Minister and Foreign Minister': 'رئيس مجلس الوزراء ووزير الخارجية',
  'RSF commander': 'قائد قوات الدعم السريع',
  'Secretary of Defense': 'وزير الدفاع',
  'Secretary of State': 'وزير الخارجية',
  'Secretary of the Supreme National Security Council': 'أمين المجلس الأعلى للأمن القومي',
  'Security Council Secretary': 'أمين مجلس الأمن',
  'Sovereignty Council head': 'رئيس مجلس السيادة',
  'Speaker of Parliament': 'رئيس البرلمان',
  'Special Envoy': 'المبعوث الخاص',
  'Special Envoy for Syria': 'المبعوث الخاص إلى سوريا',
  'State Department spokesperson': 'المتحدث باسم وزارة الخارجية',
  Sultan: 'السلطان',
  'Supreme Leader': 'المرشد الأعلى',
  'UN Ambassador': 'المندوب لدى الأمم المتحدة',
  'UN Envoy': 'مبعوث الأمم المتحدة',
  'UN Secretary-General': 'الأمين العام للأمم المتحدة',
  'UN Special Envoy for Syria': 'المبعوث الأممي الخاص إلى سوريا',
  'UN Special Envoy for Yemen': 'المبعوث الأممي الخاص إلى اليمن',
  'Vice President': 'نائب الرئيس',
  'WHO Director-General': 'المدير العام لمنظمة الصحة العالمية',
  'White House press secretary': 'المتحدثة باسم البيت الأبيض',
};

/** "Foreign Minister (until 2024)" → its base and its years. */
const YEARS = /^(.*?)\s*\((?:until\s+)?(\d{4}(?:[–-]\d{4})?)\)$/;

/** A role in English and Arabic; the Arabic is left out for a role the table does not know. */
export function roleNames(role: string): { en: string; ar?: string } {
  const years = YEARS.exec(role);
  const base = years ? years[1]! : role;
  const ar = ROLES_AR[base];
  if (!ar) return { en: role };
  if (!years) return { en: role, ar };
  return { en: role, ar: role.includes('until') ? `${ar} (حتى ${years[2]})` : `${ar} (${years[2]})` };
}
